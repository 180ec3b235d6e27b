#include "AnnouncePage.h"

#include "AnnouncementView.h"
#include "ComposerWidget.h"
#include "TimeText.h"
#include "TwoLineDelegate.h"
#include "announce/AnnouncePoster.h"
#include "announce/AnnounceService.h"
#include "announce/AnnouncementModel.h"
#include "announce/DraftModel.h"
#include "core/Clock.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace shiftdesk {

namespace {

QString kindWord(const QString& kind)
{
    if (kind == QLatin1String("update"))
        return AnnouncePage::tr("Update");
    if (kind == QLatin1String("resolution"))
        return AnnouncePage::tr("Resolution");
    return AnnouncePage::tr("Announcement");
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

AnnouncePage::AnnouncePage(AnnounceService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_new(new QToolButton(this))
    , m_drafts(new QListView(this))
    , m_announcements(new QListView(this))
    , m_filter(new QComboBox(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_banner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QWidget(this))
    , m_composer(new ComposerWidget(service, this))
    , m_view(new AnnouncementView(service, this))
{
    setObjectName(QStringLiteral("announcePage"));

    m_new->setObjectName(QStringLiteral("newAnnouncementButton"));
    m_new->setText(tr("&New announcement"));
    m_new->setPopupMode(QToolButton::InstantPopup);
    m_new->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_new->setMenu(new QMenu(m_new));
    rebuildNewMenu();

    m_drafts->setObjectName(QStringLiteral("draftList"));
    m_drafts->setAccessibleName(tr("Drafts"));
    m_drafts->setModel(service->draftModel());
    m_drafts->setItemDelegate(new TwoLineDelegate(
        [service](const QModelIndex& i) {
            QString s = kindWord(i.data(DraftModel::KindRole).toString());
            const QDateTime at = i.data(DraftModel::UpdatedAtRole).toDateTime();
            if (at.isValid())
                s += tr(" · saved %1")
                         .arg(TimeText::when(at, service->timeZone(), service->clock().now()));
            if (i.data(DraftModel::PostAttemptRole).toBool())
                s += tr(" · post interrupted");
            return s;
        },
        [](const QModelIndex& i) { return i.data(DraftModel::PostAttemptRole).toBool(); },
        m_drafts));

    m_filter->setObjectName(QStringLiteral("announcementFilter"));
    m_filter->setAccessibleName(tr("Show announcements"));
    m_filter->addItems({tr("Open"), tr("Resolved"), tr("All")});
    m_filtered->setSourceModel(service->announcementModel());
    m_filtered->setFilterRole(AnnouncementModel::ResolvedRole);
    m_announcements->setObjectName(QStringLiteral("announcementList"));
    m_announcements->setAccessibleName(tr("Announcements"));
    m_announcements->setModel(m_filtered);
    m_announcements->setItemDelegate(new TwoLineDelegate(
        [service](const QModelIndex& i) {
            const QDateTime at = i.data(AnnouncementModel::PostedAtRole).toDateTime();
            QString s = TimeText::when(at, service->timeZone(), service->clock().now());
            const QString promises = i.data(AnnouncementModel::PromiseSummaryRole).toString();
            if (!promises.isEmpty())
                s += QStringLiteral(" · ") + promises;
            return s;
        },
        [](const QModelIndex& i) { return i.data(AnnouncementModel::OverdueRole).toBool(); },
        m_announcements));
    applyFilter(0);

    auto* sidebar = new QWidget(this);
    auto* side = new QVBoxLayout(sidebar);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_new);
    side->addSpacing(6);
    auto* draftsLabel = sectionLabel(tr("&Drafts"), sidebar);
    draftsLabel->setBuddy(m_drafts);
    side->addWidget(draftsLabel);
    side->addWidget(m_drafts, 1);
    auto* annRow = new QHBoxLayout;
    auto* annLabel = sectionLabel(tr("&Announcements"), sidebar);
    annLabel->setBuddy(m_announcements);
    annRow->addWidget(annLabel);
    annRow->addStretch();
    annRow->addWidget(m_filter);
    side->addLayout(annRow);
    side->addWidget(m_announcements, 2);
    sidebar->setMinimumWidth(250);

    auto* emptyLayout = new QVBoxLayout(m_empty);
    auto* hint = new QLabel(
        tr("<h3>Announcements</h3><p>Start one with <b>New announcement</b>: planned maintenance "
           "or an incident. The preview shows it exactly as Slack will, the warnings catch "
           "what Slack would show literally, and every update time you promise becomes a "
           "reminder.</p><p>Updates and the resolution go in the announcement's thread: select "
           "it under <i>Announcements</i>.</p>"),
        m_empty);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setMaximumWidth(520);
    emptyLayout->addStretch();
    emptyLayout->addWidget(hint, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_composer);
    m_stack->addWidget(m_view);

    m_banner->setObjectName(QStringLiteral("announceBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setOpenExternalLinks(true);
    m_banner->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_banner->setMargin(8);
    m_banner->hide();

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_stack, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(sidebar);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({280, 840});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_drafts, &QListView::clicked, this,
            [this](const QModelIndex& i) { openDraft(i.data(DraftModel::IdRole).toLongLong()); });
    connect(m_drafts, &QListView::activated, this,
            [this](const QModelIndex& i) { openDraft(i.data(DraftModel::IdRole).toLongLong()); });
    connect(m_announcements, &QListView::clicked, this, [this](const QModelIndex& i) {
        showAnnouncement(i.data(AnnouncementModel::IdRole).toLongLong());
    });
    connect(m_announcements, &QListView::activated, this, [this](const QModelIndex& i) {
        showAnnouncement(i.data(AnnouncementModel::IdRole).toLongLong());
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &AnnouncePage::applyFilter);
    connect(m_view, &AnnouncementView::updateRequested, this, &AnnouncePage::startUpdate);
    connect(m_view, &AnnouncementView::resolveRequested, this, &AnnouncePage::startResolution);
    connect(m_composer, &ComposerWidget::posted, this,
            [this](const PostOutcome& outcome, qint64 thread) {
                showBanner(outcome);
                // Show what was just posted: the new announcement, or the thread replied to.
                qint64 show = thread;
                for (const Announcement& a : m_service->store().announcements()) {
                    if (!show && a.ts == outcome.ts)
                        show = a.id;
                }
                showAnnouncement(show);
            });
    connect(m_composer, &ComposerWidget::postFailed, this, &AnnouncePage::showBanner);
    connect(m_composer, &ComposerWidget::discarded, this, [this]() {
        m_stack->setCurrentWidget(m_empty);
        Q_EMIT statusMessage(tr("Draft discarded."));
    });
    connect(m_service, &AnnounceService::templatesChanged, this, &AnnouncePage::rebuildNewMenu);

    // Drafts come back after a restart or a crash: open the most recent one.
    if (service->draftModel()->rowCount() > 0)
        openDraft(service->draftModel()->index(0).data(DraftModel::IdRole).toLongLong());
}

void AnnouncePage::rebuildNewMenu()
{
    QMenu* menu = m_new->menu();
    menu->clear();
    for (const AnnounceTemplate& t : m_service->templates().templates) {
        if (t.kind != AnnounceKind::Announcement)
            continue;
        QAction* action = menu->addAction(t.name);
        action->setObjectName(QStringLiteral("new_") + t.id);
        connect(action, &QAction::triggered, this, [this, id = t.id]() { newDraft(id); });
    }
}

void AnnouncePage::newDraft(const QString& templateId)
{
    const qint64 id = m_service->newDraft(templateId);
    if (id)
        openDraft(id);
}

void AnnouncePage::openDraft(qint64 id)
{
    if (!m_composer->openDraft(id))
        return;
    m_banner->hide();
    m_stack->setCurrentWidget(m_composer);
    selectDraftRow(id);
    if (isVisible()) // (opened while hidden, e.g. built after start-up: never steal focus)
        m_composer->editor()->setFocus(Qt::OtherFocusReason);
}

void AnnouncePage::selectDraftRow(qint64 id)
{
    const int row = m_service->draftModel()->rowOf(id);
    if (row >= 0)
        m_drafts->setCurrentIndex(m_service->draftModel()->index(row));
}

void AnnouncePage::showAnnouncement(qint64 id)
{
    if (id == 0)
        return;
    m_composer->saveNow();
    m_view->showAnnouncement(id);
    m_stack->setCurrentWidget(m_view);
    const int row = m_service->announcementModel()->rowOf(id);
    if (row >= 0) {
        const QModelIndex proxied =
            m_filtered->mapFromSource(m_service->announcementModel()->index(row));
        if (proxied.isValid())
            m_announcements->setCurrentIndex(proxied);
    }
}

void AnnouncePage::startUpdate(qint64 announcementId)
{
    const qint64 id = m_service->updateDraftFor(announcementId);
    if (id)
        openDraft(id);
}

void AnnouncePage::startResolution(qint64 announcementId)
{
    const qint64 id = m_service->resolutionDraftFor(announcementId);
    if (id)
        openDraft(id);
}

void AnnouncePage::showBanner(const PostOutcome& outcome)
{
    m_bannerOutcome = outcome;
    tintBanner();
    m_banner->show();
    Q_EMIT statusMessage(outcome.message);
}

void AnnouncePage::tintBanner()
{
    if (!m_bannerOutcome)
        return;
    const PostOutcome& outcome = *m_bannerOutcome;
    // A tinted strip (posted, unknown, failed) that reads on a light or a dark palette; its
    // link takes the strip's text colour.
    const bool dark = palette::isDark(palette());
    const bool ok = outcome.posted();
    const bool unknown = outcome.state == PostOutcome::State::Unknown;
    const auto pick = [dark](const char* light, const char* darkColour) {
        return QColor(QLatin1String(dark ? darkColour : light)).name();
    };
    const QString background = ok        ? pick("#e6f4ea", "#17351f")
                               : unknown ? pick("#fff4ce", "#3d3000")
                                         : pick("#fde7e9", "#44161b");
    const QString text = ok        ? pick("#1e4620", "#b7f0c4")
                         : unknown ? pick("#4d3800", "#ffe08a")
                                   : pick("#5c0011", "#ffc1c6");
    QString html = outcome.message.toHtmlEscaped();
    if (!outcome.permalink.isEmpty())
        html += QStringLiteral(" <a style=\"color:%1\" href=\"%2\">%3</a>")
                    .arg(text, outcome.permalink.toHtmlEscaped(), tr("Open in Slack"));
    m_banner->setText(html);
    m_banner->setStyleSheet(QStringLiteral("background:%1;color:%2;").arg(background, text));
}

void AnnouncePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        tintBanner(); // the tint is chosen for the palette
}

void AnnouncePage::applyFilter(int index)
{
    // 0 open, 1 resolved, 2 all
    if (index == 2)
        m_filtered->setFilterRegularExpression(QString());
    else
        m_filtered->setFilterFixedString(index == 0 ? QStringLiteral("false")
                                                    : QStringLiteral("true"));
}

void AnnouncePage::importTemplates()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import announcement templates"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Announcement templates (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_service->importTemplatesFile(path, &error)) {
        QMessageBox::warning(this, tr("Templates not imported"),
                             tr("%1 was not imported; the current templates stay in use.\n\n%2")
                                 .arg(QFileInfo(path).fileName(), error));
        return;
    }
    Q_EMIT statusMessage(tr("Imported the announcement templates from %1.").arg(path));
}

void AnnouncePage::exportTemplates()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/shiftdesk-announcements.json");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export announcement templates"), suggested,
                                     tr("Announcement templates (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_service->exportTemplatesFile(path, &error)) {
        QMessageBox::warning(this, tr("Templates not exported"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Exported the announcement templates to %1.").arg(path));
}

void AnnouncePage::resetTemplates()
{
    const auto answer = QMessageBox::question(
        this, tr("Reset the announcement templates"),
        tr("Replace the announcement templates with Shiftdesk's defaults? Drafts keep their "
           "text. Export the current templates first if you want to keep them."));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_service->resetTemplates(&error)) {
        QMessageBox::warning(this, tr("Templates not reset"), error);
        return;
    }
    Q_EMIT statusMessage(tr("The announcement templates are Shiftdesk's defaults again."));
}

} // namespace shiftdesk
