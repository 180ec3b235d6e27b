#include "HandoverPage.h"

#include "HandoverComposer.h"
#include "announce/ComposeText.h"
#include "announce/MrkdwnPreview.h"
#include "core/Clock.h"
#include "handover/HandoverHistoryModel.h"
#include "handover/HandoverService.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace shiftdesk {

namespace {

// The alarm summary as Slack-style text, rendered by the same mrkdwn renderer.
QString alarmsText(const OvernightAlarms& alarms, const QDateTime& now, const QTimeZone& zone)
{
    const auto list = [&](const QString& title, const QList<HandoverAlarm>& items,
                          bool fired) -> QString {
        QString out = QStringLiteral("*") + title + QStringLiteral("* (%1)\n").arg(items.size());
        if (items.isEmpty())
            return out + HandoverBuilder::nothing();
        QStringList lines;
        for (const HandoverAlarm& a : items) {
            const QDateTime at = fired ? a.firedAt : a.resolvedAt;
            QString line = QStringLiteral("• ") + HandoverBuilder::link(a.permalink, a.title);
            if (!a.channelName.isEmpty())
                line += HandoverPage::tr(" in #%1").arg(a.channelName);
            if (at.isValid())
                line += QStringLiteral(" · ") + HandoverBuilder::time(at, now, zone);
            lines << line;
        }
        return out + lines.join(QLatin1Char('\n'));
    };
    const QString typed =
        list(HandoverPage::tr("Still firing"), alarms.stillFiring, true) + QStringLiteral("\n\n") +
        list(HandoverPage::tr("Fired out of hours"), alarms.fired, true) + QStringLiteral("\n\n") +
        list(HandoverPage::tr("Resolved out of hours"), alarms.resolved, false);
    return ComposeText::toWire(typed);
}

} // namespace

HandoverPage::HandoverPage(HandoverService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_tabs(new QTabWidget(this))
    , m_composer(new HandoverComposer(service, this))
{
    setObjectName(QStringLiteral("handoverPage"));
    m_tabs->setObjectName(QStringLiteral("handoverTabs"));
    m_tabs->setAccessibleName(tr("Handover"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildOvernight(), tr("&Overnight"));
    m_tabs->addTab(m_composer, tr("&Hand over"));
    m_tabs->addTab(buildHistory(), tr("Histor&y"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_composer, &HandoverComposer::statusMessage, this, &HandoverPage::statusMessage);
    connect(m_service, &HandoverService::overnightReadChanged, this,
            &HandoverPage::updateReadState);
    connect(m_service, &HandoverService::problem, this, &HandoverPage::statusMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0 && !m_loading && m_overnightHandover->wireText().isEmpty())
            refreshOvernight();
        else if (index == 1)
            m_composer->refill(); // the shift moved on; what was typed stays
    });
    updateReadState();
}

QWidget* HandoverPage::buildOvernight()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("overnightView"));
    m_window = new QLabel(page);
    m_window->setObjectName(QStringLiteral("overnightWindowLabel"));
    m_window->setWordWrap(true);
    m_handoverMeta = new QLabel(page);
    m_handoverMeta->setObjectName(QStringLiteral("overnightHandoverLabel"));
    m_handoverMeta->setWordWrap(true);
    m_handoverMeta->setTextFormat(Qt::RichText);
    m_handoverMeta->setOpenExternalLinks(true);
    m_handoverMeta->setText(tr("Not read yet: Refresh reads the handover channel."));
    m_overnightHandover = new MrkdwnPreview(page);
    m_overnightHandover->setObjectName(QStringLiteral("overnightHandover"));
    m_overnightHandover->setAccessibleName(tr("The latest handover from on-call"));
    m_overnightAlarms = new MrkdwnPreview(page);
    m_overnightAlarms->setObjectName(QStringLiteral("overnightAlarms"));
    m_overnightAlarms->setAccessibleName(tr("The alarm channels out of hours"));
    m_refresh = new QPushButton(tr("&Refresh"), page);
    m_refresh->setObjectName(QStringLiteral("overnightRefresh"));
    m_refresh->setAccessibleName(tr("Read the overnight handover again"));
    m_markRead = new QPushButton(tr("&Mark as read"), page);
    m_markRead->setObjectName(QStringLiteral("markReadButton"));
    m_markRead->setAccessibleName(tr("Mark the overnight handover as read"));

    auto* handoverTitle = new QLabel(tr("<b>Handover from on-call</b>"), page);
    auto* alarmsTitle = new QLabel(tr("<b>Alarm channels out of hours</b>"), page);
    auto* left = new QWidget(page);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(handoverTitle);
    leftLayout->addWidget(m_handoverMeta);
    leftLayout->addWidget(m_overnightHandover, 1);
    auto* right = new QWidget(page);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(alarmsTitle);
    rightLayout->addWidget(m_overnightAlarms, 1);
    auto* splitter = new QSplitter(page);
    splitter->addWidget(left);
    splitter->addWidget(right);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_window, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_markRead);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &HandoverPage::refreshOvernight);
    connect(m_markRead, &QPushButton::clicked, this, [this]() {
        if (m_service->markOvernightRead())
            Q_EMIT statusMessage(tr("Overnight handover read; ticked on the checklist."));
    });
    return page;
}

QWidget* HandoverPage::buildHistory()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("historyView"));
    m_history = new QListView(page);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("Handovers posted"));
    m_history->setModel(m_service->historyModel());
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyPreview = new MrkdwnPreview(page);
    m_historyPreview->setObjectName(QStringLiteral("historyPreview"));
    m_historyPreview->setAccessibleName(tr("The selected handover"));
    m_openInSlack = new QPushButton(tr("Open in &Slack"), page);
    m_openInSlack->setObjectName(QStringLiteral("openInSlackButton"));
    m_openInSlack->setAccessibleName(tr("Open the selected handover in Slack"));
    m_openInSlack->setEnabled(false);

    auto* splitter = new QSplitter(page);
    splitter->addWidget(m_history);
    splitter->addWidget(m_historyPreview);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter, 1);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_openInSlack);
    layout->addLayout(row);

    connect(m_history->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showHistoryRow(current); });
    connect(m_service->historyModel(), &QAbstractItemModel::modelReset, this, [this]() {
        if (m_service->historyModel()->rowCount() > 0)
            m_history->setCurrentIndex(m_service->historyModel()->index(0, 0));
        else
            showHistoryRow({});
    });
    connect(m_openInSlack, &QPushButton::clicked, this, [this]() {
        const QString link =
            m_history->currentIndex().data(HandoverHistoryModel::PermalinkRole).toString();
        if (!link.isEmpty())
            QDesktopServices::openUrl(QUrl(link));
    });
    if (m_service->historyModel()->rowCount() > 0)
        m_history->setCurrentIndex(m_service->historyModel()->index(0, 0));
    return page;
}

void HandoverPage::showHistoryRow(const QModelIndex& index)
{
    m_historyPreview->setContext(m_service->mrkdwnContext());
    m_historyPreview->setWireText(index.data(HandoverHistoryModel::TextRole).toString(), 0.0);
    m_openInSlack->setEnabled(
        !index.data(HandoverHistoryModel::PermalinkRole).toString().isEmpty());
}

void HandoverPage::showOvernight()
{
    m_tabs->setCurrentIndex(0);
    refreshOvernight();
}

void HandoverPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_tabs->currentWidget() == m_composer && !event->spontaneous())
        m_composer->refill();
}

void HandoverPage::showComposer()
{
    m_tabs->setCurrentIndex(1);
    m_composer->refill();
}

void HandoverPage::refreshOvernight()
{
    if (m_loading)
        return;
    m_loading = true;
    m_refresh->setEnabled(false);
    m_handoverMeta->setText(tr("Reading the handover channel…"));
    m_service->loadOvernight(this, [this](const OvernightReport& report) {
        m_loading = false;
        m_refresh->setEnabled(true);
        showReport(report);
    });
}

void HandoverPage::showReport(const OvernightReport& report)
{
    const QTimeZone zone = m_service->schedule().config().timeZone;
    const QDateTime now = m_service->clock().now();
    const QLocale locale;
    const QString format = QStringLiteral("ddd d MMM HH:mm");
    if (report.window.isValid())
        m_window->setText(tr("Out of hours: %1 – %2")
                              .arg(locale.toString(report.window.start.toTimeZone(zone), format),
                                   locale.toString(report.window.end.toTimeZone(zone), format)));
    else
        m_window->setText(tr("No working days are set, so there is no out-of-hours window."));
    const MrkdwnContext ctx = m_service->mrkdwnContext();
    m_overnightHandover->setContext(ctx);
    if (report.handoverFound) {
        QString who = ctx.userName ? ctx.userName(report.handoverUser) : QString();
        if (who.isEmpty())
            who = report.handoverUser;
        QString meta = report.looksLikeHandover
                           ? tr("From %1, %2 in #%3")
                           : tr("No message reads “Handover…”; the latest from %1, %2 in #%3");
        meta = meta.arg(who.toHtmlEscaped(), HandoverBuilder::time(report.handoverAt, now, zone),
                        report.channelName.toHtmlEscaped());
        if (!report.handoverPermalink.isEmpty())
            meta += QStringLiteral(" · <a href=\"%1\">%2</a>")
                        .arg(report.handoverPermalink.toHtmlEscaped(), tr("open in Slack"));
        m_handoverMeta->setText(meta);
        m_overnightHandover->setWireText(report.handoverText, 0.0);
    } else {
        m_handoverMeta->setText(
            (report.error.isEmpty()
                 ? tr("No handover in #%1 since the end of the last working day.")
                       .arg(report.channelName)
                 : report.error)
                .toHtmlEscaped());
        m_overnightHandover->setWireText(QString());
    }
    m_overnightAlarms->setContext(ctx);
    m_overnightAlarms->setWireText(alarmsText(report.alarms, now, zone), 0.0);
    if (!report.error.isEmpty())
        Q_EMIT statusMessage(report.error);
    updateReadState();
}

void HandoverPage::updateReadState()
{
    const bool read = m_service->isOvernightRead();
    m_markRead->setEnabled(!read);
    m_markRead->setText(read ? tr("Read today") : tr("&Mark as read"));
}

} // namespace shiftdesk
