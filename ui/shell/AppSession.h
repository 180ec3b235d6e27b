#pragma once

#include "core/Profile.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace shiftdesk {

class AlarmFeed;
class AnnounceService;
class BoardService;
class ChecklistService;
class Clock;
class Database;
class DemoWorkspace;
class GitHubConnection;
class HandoverService;
class MainWindow;
class Settings;
class SlackConnection;
class SupportFeed;

// One running Shiftdesk: storage, services and the main window for a profile, wired the way
// the app runs them. The app, the screenshot script and the whole-window tests all start the
// same thing through it, the demo workspace included.
class AppSession : public QObject
{
    Q_OBJECT
public:
    enum Mode { Real, Demo }; // Demo: seeds and uses the in-process fake Slack and GitHub

    // `secrets` is where tokens live; a demo session always uses a memory store.
    AppSession(Profile profile, Mode mode, std::unique_ptr<SecretStore> secrets, Clock& clock,
               QObject* parent = nullptr);
    ~AppSession() override;

    // Opens the data, starts the services and builds the window (not shown). False with a
    // message the user can act on in *error.
    bool start(QString* error);
    // Reads the alarm cache and connects Slack and GitHub; once, after the first paint.
    void startBackground();

    MainWindow* window() const { return m_window.get(); }
    Settings& settings() const { return *m_settings; }
    DemoWorkspace* demo() const { return m_demo.get(); }
    SupportFeed* support() const { return m_support.get(); }
    SlackConnection* slack() const { return m_slack.get(); }
    AlarmFeed* alarms() const { return m_alarms.get(); }
    AnnounceService* announce() const { return m_announce.get(); }
    HandoverService* handover() const { return m_handover.get(); }
    GitHubConnection* github() const { return m_github.get(); }
    BoardService* board() const { return m_board.get(); }
    // A service that could not start but left the app usable (shown in the status bar).
    QString warning() const { return m_warning; }

private:
    Profile m_profile;
    Mode m_mode;
    std::unique_ptr<SecretStore> m_secrets;
    Clock& m_clock;
    bool m_started = false;
    QString m_warning;
    // Declared in construction order: each is destroyed before what it uses.
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChecklistService> m_checklist;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DemoWorkspace> m_demo;
    std::unique_ptr<SlackConnection> m_slack;
    std::unique_ptr<AlarmFeed> m_alarms;
    std::unique_ptr<AnnounceService> m_announce;
    std::unique_ptr<GitHubConnection> m_github;
    std::unique_ptr<BoardService> m_board;
    std::unique_ptr<SupportFeed> m_support;
    std::unique_ptr<HandoverService> m_handover;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace shiftdesk
