#pragma once

#include "checklist/PhaseReminders.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>

class QLabel;
class QTabWidget;

namespace shiftdesk {

class AlarmFeed;
class AlarmsPage;
class AnnouncePage;
class BoardPage;
class BoardService;
class GitHubConnection;
class AnnounceService;
struct PromiseReminder;
struct SlackContext;
class ChecklistPage;
class ChecklistService;
class SlackConnection;
class Clock;
class Settings;
class SettingsDialog;
class ShiftStatus;
class SupportFeed;
class HandoverPage;
class HandoverService;
class LazyPage;
class SupportPage;
struct SupportRequest;
class TrayIcon;
class WelcomePanel;

// What the window needs from the core. Everything is owned elsewhere.
struct AppServices
{
    Settings* settings = nullptr;
    Clock* clock = nullptr;
    ChecklistService* checklist = nullptr;
    SlackConnection* slack = nullptr; // optional: without it the Alarms tab explains what it needs
    AlarmFeed* alarms = nullptr;
    AnnounceService* announce = nullptr; // optional: without it the Announce tab explains
    GitHubConnection* github = nullptr;  // optional, with board
    BoardService* board = nullptr;       // optional: without it the Board tab explains
    SupportFeed* support = nullptr;      // optional: without it the Support tab explains
    HandoverService* handover = nullptr; // optional: without it the Handover tab explains
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { ChecklistTab = 0, AlarmsTab, SupportTab, BoardTab, AnnounceTab, HandoverTab };

    explicit MainWindow(const AppServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    QTabWidget* tabs() const { return m_tabs; }
    ChecklistPage* checklistPage() const { return m_checklistPage; }
    ShiftStatus* shiftStatus() const { return m_shiftStatus; }
    // The Alarms, Support, Announce and Handover pages are built after the first paint (or when
    // first needed: asking for one builds it).
    AlarmsPage* alarmsPage() const;
    AnnouncePage* announcePage() const;
    BoardPage* boardPage() const { return m_boardPage; }
    SupportPage* supportPage() const;
    HandoverPage* handoverPage() const;
    QLabel* promiseStatus() const { return m_promiseStatus; }

    // Uses the system tray when the platform has one (call after construction).
    void enableTray();
    // A line above the tabs (the demo workspace says so there).
    void showBanner(const QString& text);
    QLabel* banner() const { return m_banner; }
    // The first-run welcome (while neither Slack nor GitHub is set up).
    WelcomePanel* welcomePanel() const { return m_welcome; }
    // What "Try the demo workspace" does (default: start `shiftdesk --demo` beside this one).
    void setDemoLauncher(std::function<void()> launch) { m_launchDemo = std::move(launch); }
    void raiseAndActivate();
    void quit();

public Q_SLOTS:
    void showReminders(const QList<shiftdesk::PhaseReminder>& reminders);
    void openLink(const QString& link);
    void openPreferences();
    void openSlackPreferences();
    void openGitHubPreferences();

Q_SIGNALS:
    void notified(const QString& title, const QString& message);
    // Once, just after the window first painted: the moment to start background work.
    void firstPainted();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void setupMenus();
    // Opens the preferences, on the page `showPage` picks (null: the first).
    void openPreferencesAt(void (SettingsDialog::*showPage)());
    void addSupportTab();
    void connectTicketReplies();
    void raiseTicket(const shiftdesk::SlackContext& context);
    // A message from a page or service, in the status bar for 15 s.
    void showStatus(const QString& message);
    void addHandoverTab();
    void openHandover();
    void updateSupportBadge(int unanswered);
    void showClaimPrompt(const shiftdesk::SupportRequest& request);
    void updateChecklistBadge();
    void updateAlarmsBadge(int highUnread, int unread);
    void updateSlackStatus();
    void updatePromises();
    void updateBoardBadge(int unassigned);
    void showPromiseReminder(const shiftdesk::PromiseReminder& reminder);
    void notify(const QString& title, const QString& message);
    void toggleVisible();
    void saveGeometry();

    AppServices m_services;
    QTabWidget* m_tabs = nullptr;
    ChecklistPage* m_checklistPage = nullptr;
    ShiftStatus* m_shiftStatus = nullptr;
    AlarmsPage* m_alarmsPage = nullptr;
    AnnouncePage* m_announcePage = nullptr;
    BoardPage* m_boardPage = nullptr;
    SupportPage* m_supportPage = nullptr;
    HandoverPage* m_handoverPage = nullptr;
    LazyPage* m_alarmsLazy = nullptr;
    LazyPage* m_supportLazy = nullptr;
    LazyPage* m_announceLazy = nullptr;
    LazyPage* m_handoverLazy = nullptr;
    QLabel* m_promiseStatus = nullptr;
    QLabel* m_banner = nullptr;
    WelcomePanel* m_welcome = nullptr;
    std::function<void()> m_launchDemo;
    void updateWelcome();
    bool m_welcomeShown = false;
    qint64 m_reminderAnnouncement = 0; // what the last promise notification was about
    QLabel* m_slackStatus = nullptr;
    TrayIcon* m_tray = nullptr;
    QTimer m_statusTimer;
    bool m_quitting = false;
    bool m_toldAboutTray = false;
    int m_notificationTab = ChecklistTab;
    bool m_painted = false;
};

} // namespace shiftdesk
