// The Support tab's part of the main window: the tab, its badge and checklist note, the
// 15-minute prompt, and the hand-offs between the queue and the ticket form.
#include "MainWindow.h"

#include "board/BoardPage.h"
#include "checklist/ChecklistModel.h"
#include "checklist/ChecklistService.h"
#include "support/SupportFeed.h"
#include "support/SupportPage.h"
#include "widgets/LazyPage.h"
#include "widgets/PlaceholderPage.h"

#include <QStatusBar>
#include <QTabWidget>

namespace shiftdesk {

void MainWindow::addSupportTab()
{
    SupportFeed* feed = m_services.support;
    if (!feed) {
        auto* placeholder = new PlaceholderPage(
            tr("Connect Slack to see the support channel"),
            tr("The Support tab shows #ask-cloud-platform as a queue of requests: who asked, how "
               "long they have waited, and who has claimed or answered them."),
            this);
        placeholder->setObjectName(QStringLiteral("supportPage"));
        m_tabs->addTab(placeholder, tr("Support"));
        return;
    }
    // Built after the first paint, or when first needed (supportPage() builds it).
    m_supportLazy = new LazyPage(
        [this, feed](QWidget* holder) {
            m_supportPage = new SupportPage(feed, holder);
            connect(m_supportPage, &SupportPage::connectRequested, this,
                    &MainWindow::openSlackPreferences);
            connect(m_supportPage, &SupportPage::statusMessage, this, &MainWindow::showStatus);
            connect(m_supportPage, &SupportPage::ticketRequested, this, &MainWindow::raiseTicket);
            return m_supportPage;
        },
        this);
    m_tabs->addTab(m_supportLazy, tr("Support"));
    connect(feed, &SupportFeed::unansweredChanged, this, &MainWindow::updateSupportBadge);
    connect(feed, &SupportFeed::claimDue, this, &MainWindow::showClaimPrompt);
    connect(feed, &SupportFeed::problem, this, &MainWindow::showStatus);
    updateSupportBadge(feed->hasLoaded() ? feed->unansweredCount() : -1);
}

// "Raise ticket…" from an alarm or a support request: the Board tab's form, prefilled.
void MainWindow::raiseTicket(const SlackContext& context)
{
    if (!m_boardPage) {
        statusBar()->showMessage(tr("Connect GitHub to raise tickets (Preferences → GitHub)."),
                                 10000);
        return;
    }
    m_tabs->setCurrentIndex(BoardTab);
    m_boardPage->newTicket(context);
}

// Called once the Board tab exists: a ticket raised from a request offers its link in the thread.
void MainWindow::connectTicketReplies()
{
    if (!m_boardPage || !m_supportLazy || !m_services.support)
        return;
    connect(m_boardPage, &BoardPage::ticketCreated, this,
            [this](const SlackContext& context, const QString& url, int number) {
                if (context.messageTs.isEmpty() ||
                    context.channelId != m_services.support->channelId())
                    return;
                m_tabs->setCurrentIndex(SupportTab);
                supportPage()->offerTicketReply(context.messageTs, url, number);
            });
}

void MainWindow::updateSupportBadge(int unanswered)
{
    m_tabs->setTabText(SupportTab,
                       unanswered > 0 ? tr("Support (%1)").arg(unanswered) : tr("Support"));
    m_tabs->setTabToolTip(
        SupportTab, unanswered > 0
                        ? tr("%n unanswered request(s) in the support channel", nullptr, unanswered)
                        : QString());
    m_services.checklist->todayModel()->setLinkNote(
        QStringLiteral("support"), unanswered > 0
                                       ? tr("%n unanswered", nullptr, unanswered)
                                       : (unanswered == 0 ? tr("all answered") : QString()));
}

void MainWindow::showClaimPrompt(const SupportRequest& request)
{
    SupportPage* page = supportPage();
    if (!page)
        return;
    page->showClaimPrompt(request);
    m_notificationTab = SupportTab;
    const QString asker = m_services.support->userName(request.asker);
    notify(tr("%1's request: time for a ticket?").arg(asker),
           tr("You claimed it %n minutes ago. Requests that take longer should become tickets.",
              nullptr, m_services.support->timers().timeoutMinutes()));
}

SupportPage* MainWindow::supportPage() const
{
    if (m_supportLazy)
        m_supportLazy->page();
    return m_supportPage;
}

} // namespace shiftdesk
