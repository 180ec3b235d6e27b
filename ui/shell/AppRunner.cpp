#include "AppRunner.h"

#include "MainWindow.h"
#include "alarms/AlarmFeed.h"
#include "announce/AnnounceService.h"
#include "board/BoardService.h"
#include "checklist/ChecklistService.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Profile.h"
#include "core/Settings.h"
#include "core/SingleInstance.h"
#include "demo/DemoWorkspace.h"
#include "github/GitHubConnection.h"
#include "handover/HandoverService.h"
#include "secrets/KeychainSecretStore.h"
#include "slack/SlackConnection.h"
#include "support/SupportFeed.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace shiftdesk {

namespace {

// Quits right after the main window's first paint: lets anyone time a cold start from outside.
class FirstPaintQuitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

int fail(const QString& title, const QString& message)
{
    std::fprintf(stderr, "shiftdesk: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, title, message);
    return 1;
}

} // namespace

int AppRunner::run(int& argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("shiftdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHIFTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("AppRunner", "Shiftdesk: the support shift's checklist, alarms, "
                                             "board and announcements in one window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("AppRunner",
                                "Use the profile NAME: its own settings and data (default: "
                                "\"default\")."),
        QStringLiteral("NAME"), Profile::defaultName());
    const QCommandLineOption firstPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QApplication::translate("AppRunner",
                                "Quit as soon as the main window has painted (for start-up "
                                "benchmarks)."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("AppRunner",
                                "Start on the demo workspace: a made-up support day on a fake "
                                "Slack and GitHub inside the app, in a throw-away profile (your "
                                "settings and tokens are not touched)."));
    parser.addOption(profileOption);
    parser.addOption(firstPaintOption);
    parser.addOption(demoOption);
    // --help and --version print and exit; they must work without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version") {
            QCoreApplication core(argc, argv);
            parser.process(core);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Shiftdesk"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.shiftdesk.Shiftdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/shiftdesk.svg")));
    parser.process(app);

    const bool demoMode = parser.isSet(demoOption);
    const QString profileName = demoMode ? QStringLiteral("demo") : parser.value(profileOption);
    if (!Profile::isValidName(profileName)) {
        std::fprintf(stderr, "shiftdesk: %s\n",
                     qPrintable(QApplication::translate(
                                    "AppRunner", "\"%1\" is not a valid profile name: use letters, "
                                                 "digits, '.', '_' and '-'.")
                                    .arg(profileName)));
        return 2;
    }
    // The demo lives in a throw-away folder: nothing of the user's is read or written.
    QTemporaryDir demoDir;
    const Profile profile = demoMode
                                ? Profile(profileName, demoDir.filePath(QStringLiteral("config")),
                                          demoDir.filePath(QStringLiteral("data")))
                                : Profile::standard(profileName);
    QString error;
    if (!profile.ensureExists(&error))
        return fail(QApplication::translate("AppRunner", "Shiftdesk cannot start"), error);

    SingleInstance instance(profile.dataDir());
    if (instance.activateRunningInstance()) {
        std::fprintf(stdout, "%s\n",
                     qPrintable(QApplication::translate("AppRunner",
                                                        "Shiftdesk is already running with profile "
                                                        "\"%1\"; it was brought to the front.")
                                    .arg(profileName)));
        return 0;
    }
    if (!instance.listen(&error))
        std::fprintf(stderr, "shiftdesk: cannot watch for a second launch: %s\n",
                     qPrintable(error));

    Settings settings(profile.settingsFile());
    Database database(profile.databaseFile());
    if (!database.open(&error))
        return fail(QApplication::translate("AppRunner", "Shiftdesk cannot open its data"), error);

    SystemClock clock;
    ChecklistService checklist(database, settings, clock);
    if (!checklist.start(&error))
        return fail(QApplication::translate("AppRunner", "Shiftdesk cannot start the checklist"),
                    error);

    QNetworkAccessManager network;
    std::unique_ptr<SecretStore> secretStore;
    DemoWorkspace demo;
    if (demoMode) {
        secretStore = std::make_unique<MemorySecretStore>();
        if (!demo.start(settings, *secretStore, clock.now(), &error))
            return fail(QApplication::translate("AppRunner", "Shiftdesk cannot start the demo"),
                        error);
    } else {
        secretStore =
            std::make_unique<KeychainSecretStore>(QStringLiteral("shiftdesk/") + profileName);
    }
    SecretStore& secrets = *secretStore;
    SlackConnection slack(&settings, &secrets, &network);
    AlarmFeed alarms(database, settings, clock, &slack);
    AnnounceService announce(database, settings, clock, &slack,
                             profile.dataDir() + QStringLiteral("/announce-templates.json"));
    QString announceError;
    announce.start(&announceError);

    GitHubConnection github(&settings, &secrets, &network);
    BoardService board(settings, clock, &github);
    SupportFeed support(database, settings, clock, &slack);
    HandoverService handover(database, settings, clock, &slack, &checklist, &alarms, &announce,
                             &board);
    handover.setSupportSource([&support]() { return support.unanswered(); });

    MainWindow window({&settings, &clock, &checklist, &slack, &alarms, &announce, &github, &board,
                       &support, &handover});
    // After the window exists: a start-of-day offer made at once must reach it.
    QString handoverError;
    if (!handover.start(&handoverError) && announceError.isEmpty())
        announceError = handoverError;
    if (!announceError.isEmpty())
        window.statusBar()->showMessage(announceError, 30000);
    if (demoMode) {
        window.showBanner(DemoWorkspace::bannerText());
        QObject::connect(&demo, &DemoWorkspace::happened, &window, [&window](const QString& what) {
            window.statusBar()->showMessage(what, 8000);
        });
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     &MainWindow::raiseAndActivate);
    FirstPaintQuitter quitter;
    if (parser.isSet(firstPaintOption))
        window.installEventFilter(&quitter);
    else
        window.enableTray();
    window.show();
    // The alarm cache and Slack start after the first paint, so they never delay the window.
    bool started = false;
    auto startBackground = [&alarms, &slack, &github, &board, &support, &started]() {
        if (started)
            return;
        started = true;
        QString feedError;
        alarms.start(&feedError);
        support.start();
        slack.start(); // reads the tokens from the keychain, then connects
        github.start();
        board.start();
    };
    QObject::connect(&window, &MainWindow::firstPainted, &alarms, startBackground);
    // A window that is not painted (started minimised, hidden to the tray) still syncs.
    QTimer::singleShot(3000, &alarms, startBackground);
    const int rc = QApplication::exec();
    settings.sync();
    return rc;
}

} // namespace shiftdesk
