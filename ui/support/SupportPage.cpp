#include "SupportPage.h"

#include "SupportDelegate.h"
#include "SupportFilterModel.h"
#include "TicketReplyDialog.h"
#include "announce/MrkdwnPreview.h"
#include "github/IssueTemplate.h"
#include "slack/SlackConnection.h"
#include "support/SupportFeed.h"
#include "support/SupportModel.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace shiftdesk {

SupportPage::SupportPage(SupportFeed* feed, QWidget* parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_filter(new SupportFilterModel(this))
    , m_scope(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_status(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerTicket(new QPushButton(tr("Raise &ticket…"), m_banner))
    , m_bannerDismiss(new QPushButton(tr("Not yet"), m_banner))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_header(new QLabel(this))
    , m_detail(new MrkdwnPreview(this))
    , m_claim(new QPushButton(this))
    , m_ticket(new QPushButton(tr("Raise &ticket…"), this))
    , m_openInSlack(new QPushButton(tr("Open in &Slack"), this))
    , m_ticketLink(new QLabel(this))
{
    setObjectName(QStringLiteral("supportPage"));
    m_filter->setSourceModel(feed->model());
    m_scope->setObjectName(QStringLiteral("supportScope"));
    m_scope->setAccessibleName(tr("Which requests"));
    m_scope->addItem(tr("Open requests"));
    m_scope->addItem(tr("All requests"));
    m_search->setObjectName(QStringLiteral("supportSearch"));
    m_search->setPlaceholderText(tr("Search: words or person"));
    m_search->setAccessibleName(tr("Search requests"));
    m_search->setClearButtonEnabled(true);
    m_refresh->setObjectName(QStringLiteral("refreshSupport"));
    m_status->setObjectName(QStringLiteral("supportStatus"));
    m_status->setTextFormat(Qt::PlainText);

    m_banner->setObjectName(QStringLiteral("claimPrompt"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::Highlight).lighter(185));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_banner->setPalette(bannerPalette);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerTicket->setObjectName(QStringLiteral("promptRaiseTicket"));
    m_bannerDismiss->setObjectName(QStringLiteral("promptDismiss"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerTicket);
    bannerLayout->addWidget(m_bannerDismiss);
    m_banner->hide();

    m_list->setObjectName(QStringLiteral("supportList"));
    m_list->setAccessibleName(tr("Support requests"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new SupportDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_header->setObjectName(QStringLiteral("supportHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_detail->setObjectName(QStringLiteral("supportDetail"));
    m_detail->setAccessibleName(tr("Request"));
    MrkdwnContext context;
    context.userName = [feed](const QString& id) { return feed->userName(id); };
    m_detail->setContext(context);
    m_claim->setObjectName(QStringLiteral("claimRequest"));
    m_ticket->setObjectName(QStringLiteral("raiseTicket"));
    m_openInSlack->setObjectName(QStringLiteral("openRequestInSlack"));
    m_ticketLink->setObjectName(QStringLiteral("requestTicketLink"));
    m_ticketLink->setTextFormat(Qt::RichText);
    m_ticketLink->setOpenExternalLinks(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_scope);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_refresh);

    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_claim);
    actions->addWidget(m_ticket);
    actions->addWidget(m_openInSlack);
    actions->addStretch();
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_ticketLink);
    detailLayout->addLayout(actions);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* notConnected = new QWidget(this);
    auto* ncLayout = new QVBoxLayout(notConnected);
    auto* ncText =
        new QLabel(tr("The Support tab shows #%1 as a queue of requests: who asked, how long "
                      "they have waited, and who has claimed or answered them. It needs a Slack "
                      "workspace connection.")
                       .arg(feed->channelName()),
                   notConnected);
    ncText->setWordWrap(true);
    ncText->setAlignment(Qt::AlignCenter);
    ncText->setMaximumWidth(560);
    auto* connectButton = new QPushButton(tr("Connect &Slack…"), notConnected);
    connectButton->setObjectName(QStringLiteral("connectSlackButton"));
    ncLayout->addStretch();
    ncLayout->addWidget(ncText, 0, Qt::AlignHCenter);
    ncLayout->addWidget(connectButton, 0, Qt::AlignHCenter);
    ncLayout->addStretch(2);
    m_stack->addWidget(notConnected);
    m_stack->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(connectButton, &QPushButton::clicked, this, &SupportPage::connectRequested);
    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setOpenOnly(index == 0); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &SupportFilterModel::setSearch);
    connect(m_refresh, &QPushButton::clicked, m_feed, &SupportFeed::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SupportPage::updateDetail);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &SupportPage::updateDetail);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &SupportPage::updateDetail);
    connect(m_feed, &SupportFeed::statusChanged, this, &SupportPage::updateState);
    connect(m_feed, &SupportFeed::changed, this, &SupportPage::updateState);
    connect(m_feed, &SupportFeed::changed, this, &SupportPage::updateDetail);
    connect(m_claim, &QPushButton::clicked, this, [this]() {
        const QModelIndex i = m_list->currentIndex();
        if (!i.isValid())
            return;
        const QString ts = i.data(SupportModel::TsRole).toString();
        if (i.data(SupportModel::ClaimedByMeRole).toBool())
            m_feed->unclaim(ts);
        else
            m_feed->claim(ts);
    });
    connect(m_ticket, &QPushButton::clicked, this, [this]() { raiseTicket(currentTs()); });
    connect(m_openInSlack, &QPushButton::clicked, this, [this]() {
        m_feed->ticketContext(currentTs(), this, [](const SlackContext& c, const QString&) {
            if (!c.permalink.isEmpty())
                QDesktopServices::openUrl(QUrl(c.permalink));
        });
    });
    connect(m_bannerTicket, &QPushButton::clicked, this, [this]() {
        const QString ts = m_prompts.value(0);
        if (!m_prompts.isEmpty())
            m_prompts.removeFirst();
        showNextPrompt();
        raiseTicket(ts);
    });
    connect(m_bannerDismiss, &QPushButton::clicked, this, [this]() {
        if (!m_prompts.isEmpty())
            m_prompts.removeFirst();
        showNextPrompt();
    });
    updateState();
    updateDetail();
}

QString SupportPage::currentTs() const
{
    return m_list->currentIndex().data(SupportModel::TsRole).toString();
}

void SupportPage::updateState()
{
    const bool connected = m_feed->isConnected() || m_feed->model()->rowCount() > 0;
    m_stack->setCurrentIndex(connected ? 1 : 0);
    QString status = m_feed->statusText();
    if (m_feed->hasLoaded())
        status = tr("%n open", nullptr, m_feed->unansweredCount()) + QStringLiteral(" · ") + status;
    m_status->setText(status);
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

void SupportPage::updateDetail()
{
    const QModelIndex i = m_list->currentIndex();
    const bool has = i.isValid();
    m_claim->setEnabled(has);
    m_ticket->setEnabled(has);
    m_openInSlack->setEnabled(has);
    if (!has) {
        m_header->setText(m_filter->openOnly() && m_feed->hasLoaded()
                              ? tr("No open requests in #%1.").arg(m_feed->channelName())
                              : QString());
        m_detail->setWireText(QString());
        m_shownTs.clear();
        m_ticketLink->clear();
        m_claim->setText(tr("&Claim 👀"));
        return;
    }
    const QDateTime posted = i.data(SupportModel::PostedAtRole).toDateTime();
    m_header->setText(
        tr("%1 · %2 (%3 ago) · %4")
            .arg(i.data(SupportModel::AskerRole).toString(),
                 QLocale().toString(posted.toLocalTime(), QStringLiteral("ddd d MMM HH:mm")),
                 i.data(SupportModel::AgeRole).toString(),
                 i.data(SupportModel::StateTextRole).toString()));
    const QString ts = i.data(SupportModel::TsRole).toString();
    const QString conversation = m_feed->conversationWire(ts);
    if (ts != m_shownTs || conversation != m_detail->wireText())
        m_detail->setWireText(conversation, ts == m_shownTs ? -1.0 : 0.0);
    m_shownTs = ts;
    const bool mine = i.data(SupportModel::ClaimedByMeRole).toBool();
    m_claim->setText(mine ? tr("Un&claim") : tr("&Claim 👀"));
    m_claim->setToolTip(mine ? tr("Remove your :eyes: reaction")
                             : tr("Add :eyes: so the team knows you are on it; after %n minutes "
                                  "you are asked whether it should become a ticket.",
                                  nullptr, m_feed->timers().timeoutMinutes()));
    const QString url = i.data(SupportModel::TicketUrlRole).toString();
    m_ticketLink->setText(
        url.isEmpty()
            ? QString()
            : tr("Ticket: <a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped()));
    m_ticketLink->setVisible(!url.isEmpty());
}

void SupportPage::selectRequest(const QString& ts)
{
    int row = m_feed->model()->rowOf(ts);
    if (row < 0)
        return;
    QModelIndex i = m_filter->mapFromSource(m_feed->model()->index(row));
    if (!i.isValid()) {
        m_search->clear();
        m_scope->setCurrentIndex(1);
        i = m_filter->mapFromSource(m_feed->model()->index(row));
    }
    m_list->setCurrentIndex(i);
    m_list->scrollTo(i);
}

void SupportPage::showClaimPrompt(const SupportRequest& request)
{
    if (!m_prompts.contains(request.ts))
        m_prompts.append(request.ts);
    if (m_prompts.size() == 1)
        showNextPrompt();
    else
        m_bannerDismiss->setText(tr("Not yet (%1 more)").arg(m_prompts.size() - 1));
}

void SupportPage::showNextPrompt()
{
    std::optional<SupportRequest> request;
    while (!m_prompts.isEmpty() && !(request = m_feed->queue().request(m_prompts.first())))
        m_prompts.removeFirst(); // gone from the channel meanwhile
    if (!request) {
        m_banner->hide();
        return;
    }
    m_bannerText->setText(
        tr("You claimed %1's request %n minutes ago. If it takes longer than that, it should "
           "become a ticket: raise one?",
           nullptr, m_feed->timers().timeoutMinutes())
            .arg(m_feed->userName(request->asker)));
    m_bannerDismiss->setText(
        m_prompts.size() > 1 ? tr("Not yet (%1 more)").arg(m_prompts.size() - 1) : tr("Not yet"));
    m_banner->show();
    selectRequest(request->ts);
}

void SupportPage::raiseTicket(const QString& ts)
{
    if (ts.isEmpty())
        return;
    m_feed->ticketContext(ts, this, [this](const SlackContext& c, const QString& error) {
        if (!error.isEmpty()) {
            Q_EMIT statusMessage(error);
            return;
        }
        Q_EMIT ticketRequested(c);
    });
}

void SupportPage::offerTicketReply(const QString& ts, const QString& issueUrl, int number)
{
    selectRequest(ts);
    auto* dialog =
        new TicketReplyDialog(m_feed, ts, m_feed->ticketReplyText(ts, issueUrl, number), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace shiftdesk
