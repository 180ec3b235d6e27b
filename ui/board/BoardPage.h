#pragma once

#include "github/IssueTemplate.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace shiftdesk {

class BoardColumnView;
class BoardService;
class TicketDialog;

// The Board tab: the support board as columns of cards, with filters; drag a card to move it,
// right-click to assign yourself or open it; "New support ticket" raises one from the
// repository's template.
class BoardPage : public QWidget
{
    Q_OBJECT
public:
    explicit BoardPage(BoardService* service, QWidget* parent = nullptr);

    QList<BoardColumnView*> columnViews() const { return m_columns; }
    QLineEdit* filterEdit() const { return m_filter; }
    QPushButton* newTicketButton() const { return m_newTicket; }
    TicketDialog* ticketDialog() const;

public Q_SLOTS:
    // Opens the ticket form, prefilled from a Slack message when one is given.
    void newTicket(const shiftdesk::SlackContext& context = {});

Q_SIGNALS:
    void connectRequested();
    void statusMessage(const QString& message);
    // A ticket was raised from the form, with the Slack message it came from (if any).
    void ticketCreated(const shiftdesk::SlackContext& context, const QString& url, int number);

private:
    void rebuildColumns();
    void applyFilters();
    void updateState();
    void showCardMenu(BoardColumnView* column, const QPoint& pos);
    void updateFilterChoices();

    BoardService* m_service;
    QLineEdit* m_filter;
    QComboBox* m_label;
    QComboBox* m_assignee;
    QPushButton* m_refresh;
    QPushButton* m_newTicket;
    QLabel* m_status;
    QStackedWidget* m_stack;
    QWidget* m_notConnected;
    QLabel* m_notConnectedText;
    QWidget* m_board;
    QHBoxLayout* m_columnsLayout;
    QList<BoardColumnView*> m_columns;
    QStringList m_columnNames;
    QPointer<TicketDialog> m_dialog;
};

} // namespace shiftdesk
