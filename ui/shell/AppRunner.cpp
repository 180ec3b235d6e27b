#include "AppRunner.h"

#include "AppSession.h"
#include "Appearance.h"
#include "MainWindow.h"
#include "core/Clock.h"
#include "core/Profile.h"
#include "core/Settings.h"
#include "core/SingleInstance.h"
#include "core/Translations.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
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
            // The moment of the first paint on the monotonic clock, for the start-up benchmark
            // (which tells it apart from the time the process takes to quit).
            std::printf(
                "first-paint %lld\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                           std::chrono::steady_clock::now().time_since_epoch())
                                           .count()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

// The options, described in the user's language (so built after the translations are loaded).
struct CommandLine
{
    explicit CommandLine(QCommandLineParser& p)
        : parser(p)
    {
        parser.setApplicationDescription(QApplication::translate(
            "AppRunner", "Shiftdesk: the support shift's checklist, alarms, support queue, board, "
                         "announcements and handover in one window."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(profile);
        parser.addOption(firstPaint);
        parser.addOption(demo);
    }

    QCommandLineParser& parser;
    const QCommandLineOption profile{
        QStringLiteral("profile"),
        QApplication::translate("AppRunner",
                                "Use the profile NAME: its own settings and data (default: "
                                "\"default\")."),
        QStringLiteral("NAME"), Profile::defaultName()};
    const QCommandLineOption firstPaint{
        QStringLiteral("quit-after-first-paint"),
        QApplication::translate("AppRunner",
                                "Quit as soon as the main window has painted (for start-up "
                                "benchmarks).")};
    const QCommandLineOption demo{
        QStringLiteral("demo"),
        QApplication::translate("AppRunner",
                                "Start on the demo workspace: a made-up support day on a fake "
                                "Slack and GitHub inside the app, in a throw-away profile (your "
                                "settings and tokens are not touched).")};
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

    // --help and --version print and exit; they must work without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version") {
            QCoreApplication core(argc, argv);
            installTranslations(core);
            QCommandLineParser parser;
            CommandLine(parser).parser.process(core);
            return 0;
        }
    }
    QApplication app(argc, argv);
    installTranslations(app);
    QCommandLineParser parser;
    const CommandLine commandLine(parser);
    const QCommandLineOption& profileOption = commandLine.profile;
    const QCommandLineOption& firstPaintOption = commandLine.firstPaint;
    const QCommandLineOption& demoOption = commandLine.demo;
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

    SystemClock clock;
    std::unique_ptr<SecretStore> keychain;
    if (!demoMode)
        keychain =
            std::make_unique<KeychainSecretStore>(QStringLiteral("shiftdesk/") + profileName);
    AppSession session(profile, demoMode ? AppSession::Demo : AppSession::Real, std::move(keychain),
                       clock);
    if (!session.start(&error))
        return fail(QApplication::translate("AppRunner", "Shiftdesk cannot start"), error);
    MainWindow& window = *session.window();
    Appearance::captureSystem();
    Appearance::apply(session.settings().appearance());
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     &MainWindow::raiseAndActivate);
    FirstPaintQuitter quitter;
    if (parser.isSet(firstPaintOption))
        window.installEventFilter(&quitter);
    else
        window.enableTray();
    window.show();
    // The alarm cache and Slack start after the first paint, so they never delay the window.
    QObject::connect(&window, &MainWindow::firstPainted, &session, &AppSession::startBackground);
    // A window that is not painted (started minimised, hidden to the tray) still syncs.
    QTimer::singleShot(3000, &session, &AppSession::startBackground);
    const int rc = QApplication::exec();
    session.settings().sync();
    return rc;
}

} // namespace shiftdesk
