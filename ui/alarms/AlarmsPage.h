#pragma once

#include "github/IssueTemplate.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace shiftdesk {

class AlarmDetail;
class AlarmFeed;
class AlarmFilterModel;
class SlackConnection;

// The Alarms tab: the filtered feed on the left, the selected alarm with triage on the right.
class AlarmsPage : public QWidget
{
    Q_OBJECT
public:
    AlarmsPage(AlarmFeed* feed, SlackConnection* slack, QWidget* parent = nullptr);

    QListView* feedView() const { return m_view; }
    AlarmDetail* detail() const { return m_detail; }
    AlarmFilterModel* filter() const { return m_filter; }
    QLineEdit* searchEdit() const { return m_search; }

Q_SIGNALS:
    void connectRequested();
    void ticketRequested(const shiftdesk::SlackContext& context);

private:
    void updateStatus();
    void updateChannels();
    void updateSeverities();
    void applyFilters();
    void restoreCurrent();

    AlarmFeed* m_feed;
    SlackConnection* m_slack;
    AlarmFilterModel* m_filter;
    QStackedWidget* m_stack;
    QComboBox* m_channel;
    QComboBox* m_state;
    QComboBox* m_severity;
    QLineEdit* m_search;
    QCheckBox* m_unreadOnly;
    QPushButton* m_markAllRead;
    QPushButton* m_sync;
    QLabel* m_status;
    QListView* m_view;
    AlarmDetail* m_detail;
    bool m_modelChanging = false;
};

} // namespace shiftdesk
