#pragma once

#include "support/ClaimTimers.h"
#include "support/SupportRequest.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace shiftdesk {

class MrkdwnPreview;
class SupportFeed;
class SupportFilterModel;
struct SlackContext;

// The Support tab: the support channel as a queue of requests (open ones by default), the
// selected request in full, claiming (:eyes:), raising a ticket from it, and after the 15
// minutes of a claim, a banner asking whether it should become a ticket.
class SupportPage : public QWidget
{
    Q_OBJECT
public:
    explicit SupportPage(SupportFeed* feed, QWidget* parent = nullptr);

    QListView* list() const { return m_list; }
    QComboBox* scopeCombo() const { return m_scope; }
    QPushButton* claimButton() const { return m_claim; }
    QPushButton* ticketButton() const { return m_ticket; }
    QFrame* promptBanner() const { return m_banner; }
    QPushButton* promptTicketButton() const { return m_bannerTicket; }
    MrkdwnPreview* detail() const { return m_detail; }
    QString currentTs() const;

public Q_SLOTS:
    // Selects a request (shows all requests if the filter hides it).
    void selectRequest(const QString& ts);
    // The 15-minute question for this request, shown as a banner on the page.
    void showClaimPrompt(const shiftdesk::SupportRequest& request);
    // After a ticket was raised from the request `ts`: offers the link as a thread reply.
    void offerTicketReply(const QString& ts, const QString& issueUrl, int number);
    void raiseTicket(const QString& ts);

Q_SIGNALS:
    // Open the ticket form with this context (the window routes it to the Board tab).
    void ticketRequested(const shiftdesk::SlackContext& context);
    void connectRequested();
    void statusMessage(const QString& message);

private:
    void updateState();
    void updateDetail();

    SupportFeed* m_feed;
    SupportFilterModel* m_filter;
    QComboBox* m_scope;
    QLineEdit* m_search;
    QPushButton* m_refresh;
    QLabel* m_status;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_bannerTicket;
    QPushButton* m_bannerDismiss;
    QStringList m_prompts; // requests whose 15 minutes are up, the one shown first
    void showNextPrompt();
    QString m_shownTs; // the request in the detail pane
    QStackedWidget* m_stack;
    QListView* m_list;
    QLabel* m_header;
    MrkdwnPreview* m_detail;
    QPushButton* m_claim;
    QPushButton* m_ticket;
    QPushButton* m_openInSlack;
    QLabel* m_ticketLink;
};

} // namespace shiftdesk
