#include "AppSession.h"

#include "MainWindow.h"
#include "alarms/AlarmFeed.h"
#include "announce/AnnounceService.h"
#include "board/BoardService.h"
#include "checklist/ChecklistService.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Settings.h"
#include "demo/DemoWorkspace.h"
#include "github/GitHubConnection.h"
#include "handover/HandoverService.h"
#include "secrets/KeychainSecretStore.h"
#include "slack/SlackConnection.h"
#include "support/SupportFeed.h"

#include <QNetworkAccessManager>
#include <QStatusBar>

namespace shiftdesk {

AppSession::AppSession(Profile profile, Mode mode, std::unique_ptr<SecretStore> secrets,
                       Clock& clock, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_mode(mode)
    , m_secrets(mode == Demo || !secrets ? std::make_unique<MemorySecretStore>()
                                         : std::move(secrets))
    , m_clock(clock)
{}

AppSession::~AppSession()
{
    // The window first: its pages hold pointers into every service.
    m_window.reset();
}

bool AppSession::start(QString* error)
{
    const Profile& profile = m_profile;
    if (!profile.ensureExists(error))
        return false;
    m_settings = std::make_unique<Settings>(profile.settingsFile());
    m_database = std::make_unique<Database>(profile.databaseFile());
    if (!m_database->open(error)) {
        *error = tr("Shiftdesk cannot open its data: %1").arg(*error);
        return false;
    }
    m_checklist = std::make_unique<ChecklistService>(*m_database, *m_settings, m_clock);
    if (!m_checklist->start(error)) {
        *error = tr("Shiftdesk cannot start the checklist: %1").arg(*error);
        return false;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    SecretStore& secrets = *m_secrets;
    if (m_mode == Demo) {
        m_demo = std::make_unique<DemoWorkspace>();
        if (!m_demo->start(*m_settings, secrets, m_clock.now(), error)) {
            *error = tr("Shiftdesk cannot start the demo workspace: %1").arg(*error);
            return false;
        }
        DemoWorkspace::seedChecklist(*m_checklist);
    }
    m_slack = std::make_unique<SlackConnection>(m_settings.get(), &secrets, m_network.get());
    m_alarms = std::make_unique<AlarmFeed>(*m_database, *m_settings, m_clock, m_slack.get());
    m_announce = std::make_unique<AnnounceService>(*m_database, *m_settings, m_clock, m_slack.get(),
                                                   profile.dataDir() +
                                                       QStringLiteral("/announce-templates.json"));
    QString warning;
    if (!m_announce->start(&warning))
        m_warning = warning;
    m_github = std::make_unique<GitHubConnection>(m_settings.get(), &secrets, m_network.get());
    m_board = std::make_unique<BoardService>(*m_settings, m_clock, m_github.get());
    m_support = std::make_unique<SupportFeed>(*m_database, *m_settings, m_clock, m_slack.get());
    m_handover = std::make_unique<HandoverService>(*m_database, *m_settings, m_clock, m_slack.get(),
                                                   m_checklist.get(), m_alarms.get(),
                                                   m_announce.get(), m_board.get());
    SupportFeed* support = m_support.get();
    m_handover->setSupportSource([support]() { return support->unanswered(); });

    m_window = std::make_unique<MainWindow>(AppServices{
        m_settings.get(), &m_clock, m_checklist.get(), m_slack.get(), m_alarms.get(),
        m_announce.get(), m_github.get(), m_board.get(), m_support.get(), m_handover.get()});
    // After the window exists: a start-of-day offer made at once must reach it.
    if (!m_handover->start(&warning) && m_warning.isEmpty())
        m_warning = warning;
    if (!m_warning.isEmpty())
        m_window->statusBar()->showMessage(m_warning, 30000);
    if (m_demo) {
        m_window->showBanner(DemoWorkspace::bannerText());
        MainWindow* window = m_window.get();
        connect(m_demo.get(), &DemoWorkspace::happened, window,
                [window](const QString& what) { window->statusBar()->showMessage(what, 8000); });
    }
    return true;
}

void AppSession::startBackground()
{
    if (m_started || !m_window)
        return;
    m_started = true;
    QString feedError;
    if (!m_alarms->start(&feedError))
        m_window->statusBar()->showMessage(feedError, 30000);
    m_support->start();
    m_slack->start(); // reads the tokens from the keychain, then connects
    m_github->start();
    m_board->start();
}

} // namespace shiftdesk
