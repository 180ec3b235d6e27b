// Takes the README screenshots: the real app on the demo workspace (what `shiftdesk --demo`
// shows), at a fixed time, every tab in the light and the dark palette. Run it through
// scripts/screenshots, which starts it under Xvfb.
//   screenshot_helper OUTPUT_DIR [LANGUAGE]     e.g. screenshot_helper docs/screenshots cy
// Files: <tab>.png and <tab>-dark.png (checklist, alarms, support, board, announce, handover,
// handover-overnight, and the preferences pages); with a LANGUAGE, <tab>-<language>.png in the
// light palette only.
#include "FakeClock.h"
#include "alarms/AlarmFeed.h"
#include "alarms/AlarmModel.h"
#include "alarms/AlarmsPage.h"
#include "announce/AnnouncePage.h"
#include "announce/AnnounceService.h"
#include "announce/MrkdwnPreview.h"
#include "board/BoardModel.h"
#include "board/BoardService.h"
#include "core/Translations.h"
#include "demo/DemoWorkspace.h"
#include "handover/HandoverPage.h"
#include "settings/SettingsDialog.h"
#include "shell/AppSession.h"
#include "shell/Appearance.h"
#include "shell/MainWindow.h"
#include "support/SupportFeed.h"
#include "support/SupportModel.h"
#include "support/SupportPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QListView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>

#include <cstdio>
#include <functional>

using namespace shiftdesk;
using namespace shiftdesk::test;

namespace {

bool waitFor(const std::function<bool()>& done, int msec)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < msec)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return done();
}

void settle(int msec)
{
    waitFor([]() { return false; }, msec);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("shiftdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Shiftdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/shiftdesk.svg")));
    const QStringList args = QApplication::arguments();
    const QString outDir = args.value(1, QStringLiteral("."));
    const QString language = args.value(2);
    QDir().mkpath(outDir);
    const QLocale locale =
        language.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(language);
    QLocale::setDefault(locale); // dates and times as that language writes them
    installTranslations(app, locale);
    Appearance::captureSystem();

    QTemporaryDir home;
    FakeClock clock(london(2026, 11, 27, 10, 40));
    AppSession session(Profile(QStringLiteral("screenshots"),
                               home.filePath(QStringLiteral("config")),
                               home.filePath(QStringLiteral("data"))),
                       AppSession::Demo, nullptr, clock);
    QString error;
    if (!session.start(&error)) {
        std::fprintf(stderr, "screenshot_helper: %s\n", qPrintable(error));
        return 1;
    }
    session.demo()->setPace(0); // the same picture every time
    MainWindow& window = *session.window();
    window.resize(1280, 800);
    window.show();
    session.startBackground();
    const bool loaded = waitFor(
        [&]() {
            return session.alarms()->model()->rowCount() >= 5 &&
                   session.support()->model()->rowCount() >= 5 &&
                   session.board()->model()->rowCount() >= 25 && session.support()->hasLoaded();
        },
        30000);
    if (!loaded) {
        std::fprintf(stderr, "screenshot_helper: the demo workspace did not load in 30 s\n");
        return 1;
    }

    // Staging: an incident announced this morning, with its promised update still ahead, and a
    // maintenance notice being written.
    AnnounceService* announce = session.announce();
    const qint64 incident = announce->newDraft(QStringLiteral("incident"));
    if (std::optional<AnnounceDraft> draft = announce->store().draft(incident)) {
        draft->text = QStringLiteral(
            ":red_circle: *Incident: deployments to live are failing*\n\nSince 10:05 pipelines "
            "deploying to the *live* cluster fail with `context deadline exceeded`. Running "
            "services are not affected. We are investigating and will update at 11:30.");
        announce->saveDraft(*draft);
        bool posted = false;
        announce->post(incident, &window, [&posted](const PostOutcome&) { posted = true; });
        waitFor([&posted]() { return posted; }, 10000);
    }
    window.announcePage()->newDraft(QStringLiteral("planned-maintenance"));
    if (QListView* feed = window.alarmsPage()->feedView())
        feed->setCurrentIndex(feed->model()->index(1, 0));
    window.supportPage()->scopeCombo()->setCurrentIndex(1); // every state
    if (QListView* requests = window.supportPage()->findChild<QListView*>())
        requests->setCurrentIndex(requests->model()->index(0, 0));
    window.handoverPage()->showOvernight();
    waitFor([&]() { return !window.handoverPage()->overnightHandover()->toPlainText().isEmpty(); },
            10000);

    int failures = 0;
    const auto shoot = [&](int tab, const QString& name) {
        window.tabs()->setCurrentIndex(tab);
        settle(300); // lay out and paint
        const QString path = outDir + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!window.grab().save(path))
            ++failures;
        else
            std::printf("%s\n", qPrintable(path));
    };
    // The preferences, one shot per page (preferences-shift.png …), to see them laid out too.
    const auto shootPreferences = [&](const QString& suffix) {
        SettingsDialog dialog(&session.settings(), session.slack(), session.github(), &window);
        dialog.show();
        auto* pages = dialog.findChild<QTabWidget*>();
        const QStringList names = {QStringLiteral("shift"), QStringLiteral("slack"),
                                   QStringLiteral("support"), QStringLiteral("github")};
        for (int i = 0; pages && i < pages->count() && i < names.size(); ++i) {
            pages->setCurrentIndex(i);
            settle(300);
            const QString path = outDir + QStringLiteral("/preferences-") + names[i] + suffix +
                                 QStringLiteral(".png");
            if (!dialog.grab().save(path))
                ++failures;
            else
                std::printf("%s\n", qPrintable(path));
        }
    };
    const auto shootAll = [&](const QString& suffix) {
        shoot(MainWindow::ChecklistTab, QStringLiteral("checklist") + suffix);
        shoot(MainWindow::AlarmsTab, QStringLiteral("alarms") + suffix);
        shoot(MainWindow::SupportTab, QStringLiteral("support") + suffix);
        shoot(MainWindow::BoardTab, QStringLiteral("board") + suffix);
        shoot(MainWindow::AnnounceTab, QStringLiteral("announce") + suffix);
        window.handoverPage()->showOvernight();
        shoot(MainWindow::HandoverTab, QStringLiteral("handover-overnight") + suffix);
        window.handoverPage()->showComposer();
        shoot(MainWindow::HandoverTab, QStringLiteral("handover") + suffix);
        shootPreferences(suffix);
    };
    if (!language.isEmpty()) {
        Appearance::apply(QStringLiteral("light"));
        shootAll(QLatin1Char('-') + language);
    } else {
        Appearance::apply(QStringLiteral("light"));
        shootAll(QString());
        Appearance::apply(QStringLiteral("dark"));
        shootAll(QStringLiteral("-dark"));
    }
    return failures == 0 ? 0 : 1;
}
