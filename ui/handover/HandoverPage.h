#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTabWidget;

namespace shiftdesk {

class HandoverComposer;
class HandoverService;
class MrkdwnPreview;
struct OvernightReport;

// The Handover tab: "Overnight" (start of day: the latest handover from on-call and what the
// alarm channels did out of hours, with Mark as read), "Hand over" (end of day: the composer)
// and "History" (the handovers posted).
class HandoverPage : public QWidget
{
    Q_OBJECT
public:
    explicit HandoverPage(HandoverService* service, QWidget* parent = nullptr);

    HandoverComposer* composer() const { return m_composer; }
    QTabWidget* tabs() const { return m_tabs; }
    MrkdwnPreview* overnightHandover() const { return m_overnightHandover; }
    MrkdwnPreview* overnightAlarms() const { return m_overnightAlarms; }
    QPushButton* markReadButton() const { return m_markRead; }
    QListView* historyList() const { return m_history; }
    MrkdwnPreview* historyPreview() const { return m_historyPreview; }

public Q_SLOTS:
    void showOvernight(); // switches to Overnight and reads it again
    void showComposer();  // switches to Hand over, refilled from the shift
    void refreshOvernight();

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildOvernight();
    QWidget* buildHistory();
    void showReport(const OvernightReport& report);
    void updateReadState();
    void showHistoryRow(const QModelIndex& index);

    HandoverService* m_service;
    QTabWidget* m_tabs;
    HandoverComposer* m_composer;
    QLabel* m_window = nullptr;
    QLabel* m_handoverMeta = nullptr;
    MrkdwnPreview* m_overnightHandover = nullptr;
    MrkdwnPreview* m_overnightAlarms = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_markRead = nullptr;
    QListView* m_history = nullptr;
    MrkdwnPreview* m_historyPreview = nullptr;
    QPushButton* m_openInSlack = nullptr;
    bool m_loading = false;
};

} // namespace shiftdesk
