#include "HandoverComposer.h"
#include "widgets/CtrlEnter.h"

#include "announce/AnnounceLint.h"
#include "announce/MrkdwnPreview.h"
#include "announce/PostConfirmDialog.h"
#include "core/Clock.h"
#include "handover/HandoverService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QVBoxLayout>

namespace shiftdesk {

HandoverComposer::HandoverComposer(HandoverService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_heading(new QLineEdit(this))
    , m_preview(new MrkdwnPreview(this))
    , m_kind(new QComboBox(this))
    , m_channel(new QLineEdit(this))
    , m_onCall(new QComboBox(this))
    , m_loadPeople(new QPushButton(tr("Load people"), this))
    , m_refill(new QPushButton(tr("Refill from the shift"), this))
    , m_post(new QPushButton(tr("Post handover…"), this))
    , m_settle(new QPushButton(tr("I have looked in Slack…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("handoverComposer"));
    m_heading->setObjectName(QStringLiteral("handoverHeading"));
    m_heading->setAccessibleName(tr("Heading"));
    m_refill->setObjectName(QStringLiteral("refillButton"));
    m_refill->setAccessibleName(tr("Refill the sections from the shift"));
    m_refill->setToolTip(tr("Replace every section but the notes with the shift's current state"));

    auto* sectionsBox = new QWidget(this);
    auto* sectionsLayout = new QVBoxLayout(sectionsBox);
    sectionsLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_refill);
    sectionsLayout->addLayout(top);
    for (const QString& id : HandoverBuilder::sectionIds()) {
        auto* title = new QLabel(HandoverBuilder::sectionTitle(id), sectionsBox);
        title->setObjectName(QStringLiteral("sectionTitle_") + id);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* editor = new QPlainTextEdit(sectionsBox);
        editor->setObjectName(QStringLiteral("section_") + id);
        editor->setAccessibleName(HandoverBuilder::sectionTitle(id));
        editor->setTabChangesFocus(true);
        editor->setMinimumHeight(id == QLatin1String("notes") ? 90 : 60);
        if (id == QLatin1String("notes"))
            editor->setPlaceholderText(tr("Anything else on-call should know"));
        title->setBuddy(editor);
        sectionsLayout->addWidget(title);
        sectionsLayout->addWidget(editor);
        m_editors.insert(id, editor);
        m_order << id;
        connect(editor, &QPlainTextEdit::textChanged, this, [this, id]() { edited(id); });
    }
    sectionsLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sectionsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(sectionsBox);

    m_preview->setObjectName(QStringLiteral("handoverPreview"));
    m_preview->setAccessibleName(tr("The handover as Slack will show it"));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_kind->setObjectName(QStringLiteral("destinationKind"));
    m_kind->setAccessibleName(tr("Send the handover to"));
    m_kind->addItem(tr("A channel"), int(SupportConfig::HandoverTo::Channel));
    m_kind->addItem(tr("A direct message"), int(SupportConfig::HandoverTo::DirectMessage));
    m_channel->setObjectName(QStringLiteral("destinationChannel"));
    m_channel->setAccessibleName(tr("Handover channel"));
    m_channel->setPlaceholderText(tr("channel name"));
    m_onCall->setObjectName(QStringLiteral("onCallCombo"));
    m_onCall->setAccessibleName(tr("On-call engineer"));
    m_onCall->setMinimumContentsLength(18);
    m_loadPeople->setObjectName(QStringLiteral("loadPeopleButton"));
    m_loadPeople->setAccessibleName(tr("Load the workspace's people"));
    m_post->setObjectName(QStringLiteral("postHandoverButton"));
    m_post->setAccessibleName(tr("Post the handover"));
    m_status->setObjectName(QStringLiteral("handoverStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* bottom = new QHBoxLayout;
    auto* to = new QLabel(tr("&To:"), this);
    to->setBuddy(m_kind);
    bottom->addWidget(to);
    bottom->addWidget(m_kind);
    bottom->addWidget(m_channel);
    bottom->addWidget(m_onCall);
    bottom->addWidget(m_loadPeople);
    bottom->addStretch();
    bottom->addWidget(m_settle);
    bottom->addWidget(m_post);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_status);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(120);
    connect(&m_previewTimer, &QTimer::timeout, this, &HandoverComposer::updatePreview);
    connect(m_heading, &QLineEdit::textChanged, this,
            [this]() { edited(QStringLiteral("heading")); });
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, &HandoverComposer::saveDraft);
    connect(m_refill, &QPushButton::clicked, this, [this]() {
        QSet<QString> edits = m_edited;
        edits.remove(QStringLiteral("notes"));
        if (!edits.isEmpty() &&
            QMessageBox::question(this, tr("Refill from the shift"),
                                  tr("Replace the sections you edited with the shift's current "
                                     "state? Your notes are kept."),
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        refill(true);
    });
    connect(m_post, &QPushButton::clicked, this, &HandoverComposer::requestPost);
    pressOnCtrlEnter(this, m_post);
    m_settle->setObjectName(QStringLiteral("settleHandoverButton"));
    m_settle->setAccessibleName(tr("Settle the earlier post by hand"));
    m_settle->setToolTip(tr("An earlier handover may or may not have reached Slack. Look there, "
                            "then settle it here so you can post again."));
    m_settle->setVisible(m_service->hasUnsettledPost());
    connect(m_service, &HandoverService::historyChanged, this,
            [this]() { m_settle->setVisible(m_service->hasUnsettledPost()); });
    connect(m_settle, &QPushButton::clicked, this, [this]() {
        const auto answer = QMessageBox::question(
            this, tr("Settle the earlier handover"),
            tr("Shiftdesk could not tell whether an earlier handover reached %1. Have you "
               "looked there? If it is there, do not post it again; if it is not, you can post "
               "now.")
                .arg(m_service->destinationText()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        m_service->settleByHand();
        m_settle->hide();
        m_status->setText(tr("Settled: you can post again."));
    });
    connect(m_loadPeople, &QPushButton::clicked, this, &HandoverComposer::loadPeople);
    connect(m_kind, &QComboBox::activated, this, &HandoverComposer::applyDestination);
    connect(m_onCall, &QComboBox::activated, this, &HandoverComposer::applyDestination);
    connect(m_channel, &QLineEdit::editingFinished, this, &HandoverComposer::applyDestination);

    syncDestinationControls();
    // Filled when first shown (or asked to refill), not while the window starts.
}

void HandoverComposer::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refill();
}

HandoverComposer::~HandoverComposer()
{
    if (m_saveTimer.isActive())
        saveDraft();
}

void HandoverComposer::edited(const QString& id)
{
    m_previewTimer.start();
    if (m_filling)
        return;
    m_edited.insert(id);
    m_saveTimer.start();
}

void HandoverComposer::refill(bool replaceEdits)
{
    if (!m_loaded) {
        m_loaded = true;
        restoreDraft(); // what was typed comes back before anything is filled in
    }
    const QString notes = m_editors.value(QStringLiteral("notes"))->toPlainText();
    m_filling = true;
    if (replaceEdits || !m_edited.contains(QStringLiteral("heading")))
        m_heading->setText(m_service->heading());
    for (const HandoverSection& s : m_service->sections(notes)) {
        QPlainTextEdit* e = m_editors.value(s.id);
        if (!e || s.id == QLatin1String("notes") || (!replaceEdits && m_edited.contains(s.id)))
            continue;
        if (e->toPlainText() != s.text)
            e->setPlainText(s.text);
    }
    m_filling = false;
    if (replaceEdits) {
        const bool notesEdited = m_edited.contains(QStringLiteral("notes"));
        m_edited.clear();
        if (notesEdited)
            m_edited.insert(QStringLiteral("notes"));
        saveDraft();
    }
    updatePreview();
}

// The draft keeps only what was typed: the rest is refilled from the shift when it comes back.
void HandoverComposer::saveDraft()
{
    m_saveTimer.stop();
    QJsonObject sections;
    for (const QString& id : std::as_const(m_edited)) {
        if (id == QLatin1String("heading"))
            sections.insert(id, m_heading->text());
        else if (QPlainTextEdit* e = m_editors.value(id))
            sections.insert(id, e->toPlainText());
    }
    m_service->saveDraft(QJsonObject{{QStringLiteral("edited"), sections}});
}

void HandoverComposer::restoreDraft()
{
    const QJsonObject sections = m_service->draft().value(QLatin1String("edited")).toObject();
    m_filling = true;
    for (auto it = sections.constBegin(); it != sections.constEnd(); ++it) {
        if (it.key() == QLatin1String("heading")) {
            m_heading->setText(it.value().toString());
        } else if (QPlainTextEdit* e = m_editors.value(it.key())) {
            e->setPlainText(it.value().toString());
        } else {
            continue;
        }
        m_edited.insert(it.key());
    }
    m_filling = false;
}

QList<HandoverSection> HandoverComposer::currentSections() const
{
    QList<HandoverSection> out;
    for (const QString& id : m_order) {
        HandoverSection s;
        s.id = id;
        s.title = HandoverBuilder::sectionTitle(id);
        s.text = m_editors.value(id)->toPlainText();
        out << s;
    }
    return out;
}

QString HandoverComposer::wireText() const
{
    return m_service->toWire(m_heading->text(), currentSections());
}

void HandoverComposer::updatePreview()
{
    m_previewTimer.stop();
    m_preview->setContext(m_service->mrkdwnContext());
    m_preview->setWireText(wireText());
}

void HandoverComposer::syncDestinationControls()
{
    const bool dm = m_service->destinationKind() == SupportConfig::HandoverTo::DirectMessage;
    m_kind->setCurrentIndex(dm ? 1 : 0);
    m_channel->setVisible(!dm);
    m_onCall->setVisible(dm);
    m_loadPeople->setVisible(dm);
    m_channel->setText(m_service->handoverChannel());
    fillPeople(m_service->onCallCandidates());
}

void HandoverComposer::fillPeople(const QList<OnCallCandidate>& people)
{
    m_onCall->clear();
    for (const OnCallCandidate& c : people) {
        const QString label = c.realName.isEmpty() || c.realName == c.name
                                  ? c.name
                                  : tr("%1 (%2)").arg(c.name, c.realName);
        m_onCall->addItem(label, c.userId);
    }
    const QString chosen = m_service->onCallUserId();
    if (!chosen.isEmpty() && m_onCall->findData(chosen) < 0)
        m_onCall->addItem(chosen, chosen); // not loaded yet: shown by id
    m_onCall->setCurrentIndex(qMax(0, m_onCall->findData(chosen)));
}

void HandoverComposer::applyDestination()
{
    const auto kind = SupportConfig::HandoverTo(m_kind->currentData().toInt());
    m_service->setDestination(kind, m_channel->text(), m_onCall->currentData().toString());
    const bool dm = kind == SupportConfig::HandoverTo::DirectMessage;
    m_channel->setVisible(!dm);
    m_onCall->setVisible(dm);
    m_loadPeople->setVisible(dm);
    if (dm && m_onCall->count() == 0)
        loadPeople();
    m_status->setText(tr("The handover goes to %1.").arg(m_service->destinationText()));
}

void HandoverComposer::loadPeople()
{
    m_loadPeople->setEnabled(false);
    m_status->setText(tr("Loading the workspace's people…"));
    m_service->loadOnCallCandidates(this, [this](const QList<OnCallCandidate>& people,
                                                 const QString& error) {
        m_loadPeople->setEnabled(true);
        fillPeople(people);
        m_status->setText(error.isEmpty() ? tr("%n people.", nullptr, int(people.size())) : error);
    });
}

void HandoverComposer::requestPost()
{
    if (m_confirm || m_service->isPosting())
        return;
    if (const QString why = m_service->cannotPostReason(); !why.isEmpty()) {
        m_status->setText(tr("Not posted: %1").arg(why));
        Q_EMIT statusMessage(m_status->text());
        return;
    }
    const QString typed = HandoverBuilder::join(m_heading->text(), currentSections());
    QList<LintIssue> warnings;
    LintContext ctx;
    ctx.now = m_service->clock().now();
    for (const LintIssue& issue : AnnounceLint::check(typed, ctx)) {
        if (issue.kind == LintIssue::Kind::MassMention)
            warnings << issue;
    }
    const QString wire = wireText();
    m_confirm = new PostConfirmDialog(m_service->destinationText(), wire,
                                      m_service->mrkdwnContext(), warnings, this);
    m_confirm->setWindowTitle(tr("Post handover"));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QDialog::finished, this, [this, wire](int result) {
        m_confirm = nullptr;
        if (result == QDialog::Accepted)
            startPost(wire);
    });
    m_confirm->open();
}

void HandoverComposer::setBusy(bool busy)
{
    m_post->setEnabled(!busy);
    m_settle->setEnabled(!busy); // a post may be settling that very handover
    m_refill->setEnabled(!busy);
    for (QPlainTextEdit* e : std::as_const(m_editors))
        e->setReadOnly(busy);
    m_heading->setReadOnly(busy);
}

void HandoverComposer::startPost(const QString& wire)
{
    setBusy(true);
    m_status->setText(tr("Posting to %1…").arg(m_service->destinationText()));
    m_service->post(wire, this, [this](const PostOutcome& out) {
        setBusy(false);
        m_settle->setVisible(m_service->hasUnsettledPost());
        if (out.posted()) { // handed over: tomorrow starts from the shift again
            m_saveTimer.stop();
            m_service->discardDraft();
            m_edited.clear();
        }
        m_status->setText(out.message);
        Q_EMIT statusMessage(out.message);
        Q_EMIT postFinished(out);
    });
}

} // namespace shiftdesk
