#include "ComposerWidget.h"
#include "widgets/CtrlEnter.h"
#include "widgets/Palette.h"

#include "MrkdwnPreview.h"
#include "PostConfirmDialog.h"
#include "TimeText.h"
#include "announce/AnnouncePoster.h"
#include "announce/AnnounceService.h"
#include "core/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace shiftdesk {

namespace {

const AnnounceTemplate* templateOf(AnnounceService* service, const AnnounceDraft& draft)
{
    return service->templates().find(draft.templateId);
}

QString kindHeading(AnnounceKind kind)
{
    switch (kind) {
    case AnnounceKind::Announcement:
        return ComposerWidget::tr("New announcement");
    case AnnounceKind::Update:
        return ComposerWidget::tr("Update");
    case AnnounceKind::Resolution:
        return ComposerWidget::tr("Resolution");
    }
    return {};
}

} // namespace

ComposerWidget::ComposerWidget(AnnounceService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_heading(new QLabel(this))
    , m_destination(new QLabel(this))
    , m_broadcast(new QCheckBox(tr("Also send to the &channel"), this))
    , m_fieldsBox(new QGroupBox(tr("Details"), this))
    , m_fieldsForm(new QFormLayout)
    , m_refill(new QPushButton(tr("&Refill text from details"), this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new MrkdwnPreview(this))
    , m_lintView(new QListView(this))
    , m_lintModel(new QStandardItemModel(this))
    , m_count(new QLabel(this))
    , m_promises(new QLabel(this))
    , m_savedLabel(new QLabel(this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
    , m_post(new QPushButton(tr("&Post…"), this))
{
    setObjectName(QStringLiteral("composer"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_destination->setObjectName(QStringLiteral("destination"));
    m_destination->setTextFormat(Qt::PlainText);
    m_destination->setWordWrap(true);
    m_broadcast->setObjectName(QStringLiteral("broadcastCheck"));
    m_broadcast->setToolTip(tr("Slack's “Also send to channel”: the reply shows in the channel "
                               "as well as in the thread"));

    m_fieldsBox->setObjectName(QStringLiteral("fieldsBox"));
    auto* fieldsLayout = new QVBoxLayout(m_fieldsBox);
    m_fieldsForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fieldsLayout->addLayout(m_fieldsForm);
    auto* refillRow = new QHBoxLayout;
    refillRow->addStretch();
    m_refill->setObjectName(QStringLiteral("refillButton"));
    m_refill->setToolTip(tr("The text was edited by hand, so the details no longer change it. "
                            "This replaces the text with the template filled from the details."));
    refillRow->addWidget(m_refill);
    fieldsLayout->addLayout(refillRow);

    m_editor->setObjectName(QStringLiteral("announceEditor"));
    m_editor->setAccessibleName(tr("Announcement text (Slack formatting)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("Write in Slack's formatting: *bold*, _italic_, ~strike~, "
                                    "`code`, > quote, <https://link|label>"));
    m_editor->setTabChangesFocus(true);
    m_preview->setObjectName(QStringLiteral("announcePreview"));
    m_preview->setAccessibleName(tr("Preview: the message as Slack will show it"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("composerSplit"));
    split->setChildrenCollapsible(false);
    auto wrap = [this](const QString& label, QWidget* w) {
        auto* box = new QWidget(this);
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        auto* caption = new QLabel(label, box);
        caption->setBuddy(w);
        l->addWidget(caption);
        l->addWidget(w, 1);
        return box;
    };
    split->addWidget(wrap(tr("&Text"), m_editor));
    split->addWidget(wrap(tr("Preview (as Slack shows it)"), m_preview));

    m_lintView->setObjectName(QStringLiteral("lintView"));
    m_lintView->setAccessibleName(tr("Warnings"));
    m_lintView->setModel(m_lintModel);
    m_lintView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lintView->setWordWrap(true);
    m_lintView->setUniformItemSizes(false);
    m_lintView->setToolTip(tr("Click a warning to select its place in the text"));

    m_count->setObjectName(QStringLiteral("charCount"));
    m_promises->setObjectName(QStringLiteral("promisesLabel"));
    m_promises->setTextFormat(Qt::PlainText);
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_savedLabel->setTextFormat(Qt::PlainText);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_post->setObjectName(QStringLiteral("postButton"));
    m_post->setDefault(true);
    m_post->setToolTip(tr("Shows the message and where it goes first, then posts it"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(m_broadcast);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addSpacing(12);
    footer->addWidget(m_promises, 1);
    footer->addWidget(m_savedLabel);
    footer->addSpacing(12);
    footer->addWidget(m_discard);
    footer->addWidget(m_post);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_destination);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(split, 1);
    layout->addWidget(m_lintView);
    layout->addLayout(footer);

    m_saveDebounce.setSingleShot(true);
    m_saveDebounce.setInterval(kSaveDebounceMs);
    m_saveMax.setSingleShot(true);
    m_saveMax.setInterval(kSaveMaxDelayMs);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(0);
    m_previewMax.setSingleShot(true);
    m_previewMax.setInterval(kLongPreviewMaxDelayMs);
    m_lintTimer.setSingleShot(true);
    m_lintTimer.setInterval(120);
    connect(&m_saveDebounce, &QTimer::timeout, this, &ComposerWidget::saveNow);
    connect(&m_saveMax, &QTimer::timeout, this, &ComposerWidget::saveNow);
    connect(&m_previewTimer, &QTimer::timeout, this, &ComposerWidget::updatePreviewNow);
    connect(&m_previewMax, &QTimer::timeout, this, &ComposerWidget::updatePreviewNow);
    connect(&m_lintTimer, &QTimer::timeout, this, &ComposerWidget::runLint);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ComposerWidget::textEdited);
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this]() {
        if (!m_previewTimer.isActive()) // else the update on its way scrolls too
            m_preview->scrollToFraction(editorScrollFraction());
    });
    connect(m_broadcast, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        m_draft.broadcast = on;
        m_dirty = true;
        saveNow();
        m_destination->setText(tr("To: %1").arg(m_service->destination(m_draft)));
    });
    connect(m_lintView, &QListView::clicked, this,
            [this](const QModelIndex& index) { jumpToIssue(index.row()); });
    connect(m_lintView, &QListView::activated, this,
            [this](const QModelIndex& index) { jumpToIssue(index.row()); });
    connect(m_refill, &QPushButton::clicked, this, &ComposerWidget::refillFromFields);
    connect(m_discard, &QPushButton::clicked, this, &ComposerWidget::discard);
    connect(m_post, &QPushButton::clicked, this, &ComposerWidget::requestPost);
    pressOnCtrlEnter(this, m_post);
    connect(m_service, &AnnounceService::templatesChanged, this, &ComposerWidget::buildFields);
    setEnabled(false);
}

ComposerWidget::~ComposerWidget()
{
    saveNow();
}

bool ComposerWidget::openDraft(qint64 id)
{
    if (isPinned()) // a post is being confirmed or sent: the draft on screen must stay
        return id == m_draft.id;
    saveNow();
    const std::optional<AnnounceDraft> d = m_service->store().draft(id);
    if (!d) {
        m_draft = AnnounceDraft();
        setEnabled(false);
        return false;
    }
    m_loading = true;
    m_draft = *d;
    m_heading->setText(kindHeading(m_draft.kind));
    m_destination->setText(tr("To: %1").arg(m_service->destination(m_draft)));
    m_broadcast->setVisible(m_draft.kind != AnnounceKind::Announcement);
    m_broadcast->setChecked(m_draft.broadcast);
    const AnnounceTemplate* t = templateOf(m_service, m_draft);
    m_lastFilled = t ? t->fill(m_draft.fields, m_service->fillOptions()) : QString();
    buildFields();
    m_editor->setPlainText(m_draft.text);
    m_preview->setContext(m_service->mrkdwnContext());
    m_loading = false;
    m_dirty = false;
    setEnabled(true);
    lockIfInterrupted();
    updatePreviewNow();
    runLint();
    m_savedLabel->setText(m_draft.postAttemptAt.isValid()
                              ? tr("An earlier post of this draft was interrupted")
                              : tr("Saved"));
    return true;
}

void ComposerWidget::buildFields()
{
    while (m_fieldsForm->rowCount() > 0)
        m_fieldsForm->removeRow(0);
    const AnnounceTemplate* t = templateOf(m_service, m_draft);
    m_fieldsBox->setVisible(t && !t->fields.isEmpty());
    m_fieldsBox->setTitle(t ? tr("Details: %1").arg(t->name) : tr("Details"));
    if (!t)
        return;
    for (const AnnounceField& f : t->fields) {
        const QString value = m_draft.fields.value(f.id, f.defaultValue);
        QWidget* input = nullptr;
        if (f.type == AnnounceField::Type::Choice) {
            auto* combo = new QComboBox(m_fieldsBox);
            combo->addItems(f.choices);
            combo->setCurrentText(value);
            connect(combo, &QComboBox::currentTextChanged, this,
                    [this, id = f.id](const QString& v) { fieldChanged(id, v); });
            input = combo;
        } else if (f.type == AnnounceField::Type::MultiLine) {
            auto* edit = new QPlainTextEdit(value, m_fieldsBox);
            edit->setTabChangesFocus(true);
            edit->setPlaceholderText(f.placeholder);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
            connect(edit, &QPlainTextEdit::textChanged, this,
                    [this, edit, id = f.id]() { fieldChanged(id, edit->toPlainText()); });
            input = edit;
        } else {
            auto* edit = new QLineEdit(value, m_fieldsBox);
            QString hint = f.placeholder;
            if (hint.isEmpty() && f.type == AnnounceField::Type::Time)
                hint = tr("HH:mm, e.g. 13:00");
            else if (hint.isEmpty() && f.type == AnnounceField::Type::TimeList)
                hint = tr("HH:mm, HH:mm …, e.g. 13:00, 15:00");
            edit->setPlaceholderText(hint);
            connect(edit, &QLineEdit::textEdited, this,
                    [this, id = f.id](const QString& v) { fieldChanged(id, v); });
            input = edit;
        }
        input->setObjectName(QStringLiteral("field_") + f.id);
        input->setAccessibleName(f.label);
        m_fieldsForm->addRow(f.required ? tr("%1 *").arg(f.label) : f.label, input);
    }
    m_refill->setEnabled(m_editor->toPlainText() != m_lastFilled);
}

void ComposerWidget::fieldChanged(const QString& id, const QString& value)
{
    if (m_loading)
        return;
    m_draft.fields.insert(id, value);
    const AnnounceTemplate* t = templateOf(m_service, m_draft);
    const bool untouched = m_editor->toPlainText() == m_lastFilled;
    if (t) {
        m_lastFilled = t->fill(m_draft.fields, m_service->fillOptions());
        if (untouched) {
            m_editor->setPlainText(m_lastFilled); // textEdited() saves
            return;
        }
    }
    m_dirty = true;
    m_saveDebounce.start();
    if (!m_saveMax.isActive())
        m_saveMax.start();
}

void ComposerWidget::refillFromFields()
{
    const AnnounceTemplate* t = templateOf(m_service, m_draft);
    if (!t)
        return;
    m_lastFilled = t->fill(m_draft.fields, m_service->fillOptions());
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(m_lastFilled); // one undo step
}

void ComposerWidget::textEdited()
{
    if (m_loading)
        return;
    m_draft.text = m_editor->toPlainText();
    m_dirty = true;
    m_savedLabel->setText(tr("Editing…"));
    m_saveDebounce.start();
    if (!m_saveMax.isActive())
        m_saveMax.start();
    schedulePreview();
    m_lintTimer.start();
    m_refill->setEnabled(m_draft.text != m_lastFilled);
    updateFooter();
}

bool ComposerWidget::saveNow()
{
    m_saveDebounce.stop();
    m_saveMax.stop();
    if (!m_dirty || m_draft.id == 0)
        return true;
    m_draft.text = m_editor->toPlainText();
    // The store may have changed under us (a post attempt was recorded): keep its flag.
    if (const auto stored = m_service->store().draft(m_draft.id))
        m_draft.postAttemptAt = stored->postAttemptAt;
    else
        return false; // posted or discarded meanwhile
    if (!m_service->saveDraft(m_draft)) {
        m_savedLabel->setText(tr("Not saved!"));
        m_saveMax.start(); // try again shortly; the text stays in the editor meanwhile
        return false;
    }
    m_dirty = false;
    m_savedLabel->setText(
        tr("Saved %1").arg(TimeText::time(m_draft.updatedAt, m_service->timeZone())));
    Q_EMIT saved(m_draft.id);
    return true;
}

// A short text is previewed on the next pass of the event loop. A long one is previewed when
// typing pauses, and at least every kLongPreviewMaxDelayMs while it goes on: rendering 10,000
// characters takes ~12 ms (mostly the colour emoji font), which no keystroke should wait for.
void ComposerWidget::schedulePreview()
{
    const bool isLong = m_editor->document()->characterCount() > kInstantPreviewChars;
    m_previewTimer.setInterval(isLong ? kLongPreviewDelayMs : 0);
    m_previewTimer.start();
    if (isLong && !m_previewMax.isActive())
        m_previewMax.start();
}

void ComposerWidget::updatePreviewNow()
{
    m_previewTimer.stop();
    m_previewMax.stop();
    m_preview->setWireText(m_service->toWire(m_editor->toPlainText()), editorScrollFraction());
}

double ComposerWidget::editorScrollFraction() const
{
    const QScrollBar* bar = m_editor->verticalScrollBar();
    return bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
}

void ComposerWidget::runLint()
{
    m_lintTimer.stop();
    const QString text = m_editor->toPlainText();
    m_issues = m_service->lint(text, m_draft.kind);
    updatePromises(text);
    m_lintModel->clear();
    for (const LintIssue& issue : m_issues) {
        auto* item = new QStandardItem(issue.message);
        const bool error = issue.severity == LintIssue::Severity::Error;
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning));
        item->setToolTip(issue.message);
        m_lintModel->appendRow(item);
    }
    m_lintView->setVisible(!m_issues.isEmpty());
    if (!m_issues.isEmpty()) { // as tall as its rows, up to four; it scrolls beyond that
        const int rows = std::min<int>(int(m_issues.size()), 4);
        int height = 2 * m_lintView->frameWidth() + 2;
        for (int i = 0; i < rows; ++i)
            height += std::max(m_lintView->sizeHintForRow(i), fontMetrics().height() + 6);
        m_lintView->setFixedHeight(height);
    }
    updateFooter();
}

// Per keystroke: only what is cheap (the count and whether Post is possible).
void ComposerWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateFooter(); // the over-length count's red is chosen for the palette
}

void ComposerWidget::updateFooter()
{
    const QString text = m_editor->toPlainText();
    const int n = int(text.size());
    m_count->setText(tr("%n character(s)", nullptr, n));
    const bool over = n > AnnounceLint::kSlackAdvisedMax;
    m_count->setStyleSheet(over ? palette::textCss(palette::error(palette())) : QString());
    m_post->setEnabled(!m_busy && !AnnounceLint::hasErrors(m_issues) && !text.trimmed().isEmpty());
}

// With the (debounced) lint: the update times the text promises.
void ComposerWidget::updatePromises(const QString& text)
{
    QStringList times;
    for (const QDateTime& due : m_service->promisesIn(text))
        times << TimeText::when(due, m_service->timeZone(), m_service->clock().now());
    if (m_draft.kind == AnnounceKind::Resolution)
        m_promises->setText(tr("Posting closes every open update promise"));
    else if (times.isEmpty())
        m_promises->setText(tr("No update time promised"));
    else
        m_promises->setText(tr("Promises an update at %1").arg(times.join(QStringLiteral(", "))));
}

void ComposerWidget::jumpToIssue(int row)
{
    if (row < 0 || row >= m_issues.size())
        return;
    const LintIssue& issue = m_issues.at(row);
    QTextCursor cursor(m_editor->document());
    const int size = int(m_editor->toPlainText().size());
    cursor.setPosition(std::min(issue.start, size));
    cursor.setPosition(std::min(issue.start + issue.length, size), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ComposerWidget::requestPost()
{
    if (m_draft.id == 0 || m_busy || m_confirm)
        return;
    runLint();
    if (AnnounceLint::hasErrors(m_issues)) {
        jumpToIssue(0);
        return;
    }
    if (const QString why = m_service->cannotPostReason(); !why.isEmpty()) {
        PostOutcome out;
        out.message = tr("Not posted: %1 Your draft is kept.").arg(why);
        Q_EMIT postFailed(out);
        return;
    }
    if (!saveNow()) {
        PostOutcome out;
        out.message = tr("Not posted: the draft could not be saved first, so what you see might "
                         "not be what is sent.");
        Q_EMIT postFailed(out);
        return;
    }
    QList<LintIssue> warnings;
    for (const LintIssue& issue : m_issues) {
        if (issue.severity == LintIssue::Severity::Warning)
            warnings << issue;
    }
    m_confirm = new PostConfirmDialog(m_service->destination(m_draft),
                                      m_service->toWire(m_editor->toPlainText()),
                                      m_service->mrkdwnContext(), warnings, this);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setReadOnly(true); // what was confirmed is what is sent
    const qint64 confirmed = m_draft.id;
    connect(m_confirm, &QDialog::finished, this, [this, confirmed](int result) {
        m_confirm = nullptr;
        if (result == QDialog::Accepted && m_draft.id == confirmed) {
            startPost();
        } else {
            m_editor->setReadOnly(m_draft.postAttemptAt.isValid());
        }
    });
    m_confirm->open();
}

void ComposerWidget::startPost()
{
    setBusy(true);
    const qint64 id = m_draft.id;
    const qint64 thread = m_draft.announcementId; // 0: a new announcement
    m_service->post(id, this, [this, id, thread](const PostOutcome& out) {
        setBusy(false);
        if (out.posted()) {
            if (m_draft.id == id) {
                m_dirty = false;
                m_draft = AnnounceDraft();
                setEnabled(false);
            }
            Q_EMIT posted(out, thread);
        } else {
            if (m_draft.id == id) {
                if (const auto d = m_service->store().draft(id))
                    m_draft.postAttemptAt = d->postAttemptAt;
                lockIfInterrupted();
                m_savedLabel->setText(out.state == PostOutcome::State::Unknown
                                          ? tr("May already be in Slack")
                                          : tr("Not posted; draft kept"));
            }
            Q_EMIT postFailed(out);
        }
    });
}

bool ComposerWidget::isPinned() const
{
    return m_busy || m_confirm || m_discarding;
}

// After a post whose outcome is unknown (or a crash mid-post) the text stays as it was sent,
// so that Post can recognise it in Slack instead of sending an edited copy again.
void ComposerWidget::lockIfInterrupted()
{
    const bool locked = m_draft.postAttemptAt.isValid();
    m_editor->setReadOnly(locked || m_busy);
    m_fieldsBox->setEnabled(!locked && !m_busy);
    m_editor->setToolTip(locked ? tr("An earlier post of this text may already be in Slack. "
                                     "Post looks for it first; the text can be edited again once "
                                     "it is known not to be there.")
                                : QString());
}

void ComposerWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_editor->setReadOnly(busy);
    m_fieldsBox->setEnabled(!busy);
    m_discard->setEnabled(!busy);
    m_post->setText(busy ? tr("Posting…") : tr("&Post…"));
    updateFooter();
}

void ComposerWidget::discard()
{
    if (m_draft.id == 0 || m_busy)
        return;
    QMessageBox box(QMessageBox::Question, tr("Discard draft"),
                    tr("Discard “%1”? Its text cannot be recovered.").arg(m_draft.title()),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("discardConfirm"));
    box.setDefaultButton(QMessageBox::Cancel);
    const qint64 id = m_draft.id; // the draft asked about, whatever happens meanwhile
    m_discarding = true;
    const int answer = box.exec();
    m_discarding = false;
    if (answer != QMessageBox::Discard || m_draft.id != id)
        return;
    m_saveDebounce.stop();
    m_saveMax.stop();
    m_dirty = false;
    if (m_service->discardDraft(id)) {
        m_draft = AnnounceDraft();
        setEnabled(false);
        Q_EMIT discarded(id);
    }
}

} // namespace shiftdesk
