// Renders the real main window in a reproducible state (a fixed clock and a seeded profile in a
// temporary folder) and saves PNGs for the README. Run it through scripts/screenshots, which
// starts it under Xvfb.   screenshot_helper OUTPUT_DIR
#include "FakeClock.h"
#include "checklist/ChecklistService.h"
#include "core/Database.h"
#include "core/Profile.h"
#include "core/Settings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace shiftdesk;
using namespace shiftdesk::test;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/shiftdesk.svg")));
    const QStringList args = QApplication::arguments();
    const QString outDir = args.value(1, QStringLiteral("."));
    QDir().mkpath(outDir);

    QTemporaryDir home;
    const Profile profile(QStringLiteral("screenshots"), home.filePath(QStringLiteral("config")),
                          home.filePath(QStringLiteral("data")));
    QString error;
    if (!profile.ensureExists(&error))
        return 1;
    Settings settings(profile.settingsFile());
    Database database(profile.databaseFile());
    if (!database.open(&error))
        return 1;

    // Yesterday, mostly done by Priya.
    FakeClock clock(london(2026, 11, 26, 9, 4));
    ChecklistService service(database, settings, clock);
    if (!service.start(&error))
        return 1;
    settings.setIdentity(QStringLiteral("Priya"));
    const QStringList yesterday = {
        QStringLiteral("check-alarm-channels"), QStringLiteral("check-unassigned-requests"),
        QStringLiteral("on-call-handover"),     QStringLiteral("read-support-channel"),
        QStringLiteral("nominate-cover"),       QStringLiteral("field-support-requests"),
        QStringLiteral("monitor-alarms"),       QStringLiteral("triage-new-requests"),
        QStringLiteral("manage-incidents"),     QStringLiteral("handover-to-on-call")};
    for (const QString& id : yesterday) {
        clock.advance(7 * 60);
        service.todayModel()->setItemDone(id, true);
    }

    // Today, late morning.
    clock.set(london(2026, 11, 27, 9, 2));
    settings.setIdentity(QStringLiteral("Robin"));
    for (const QString& id :
         {QStringLiteral("check-alarm-channels"), QStringLiteral("check-unassigned-requests"),
          QStringLiteral("on-call-handover"), QStringLiteral("nominate-cover")}) {
        clock.advance(6 * 60);
        service.todayModel()->setItemDone(id, true);
    }
    CoverModel* cover = service.coverModel();
    cover->setData(cover->index(0, CoverModel::PersonColumn), QStringLiteral("Robin"));
    cover->setData(cover->index(1, CoverModel::PersonColumn), QStringLiteral("Sam (lunch cover)"));
    cover->setData(cover->index(2, CoverModel::PersonColumn), QStringLiteral("Priya"));
    clock.set(london(2026, 11, 27, 11, 20));

    MainWindow window({&settings, &clock, &service});
    window.resize(1180, 760);
    window.show();

    int failures = 0;
    QTimer::singleShot(500, &window, [&]() {
        const QStringList names = {QStringLiteral("checklist"), QStringLiteral("alarms"),
                                   QStringLiteral("board"), QStringLiteral("announce")};
        for (int i = 0; i < names.size(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QApplication::processEvents();
            const QString path = outDir + QStringLiteral("/") + names[i] + QStringLiteral(".png");
            if (!window.grab().save(path))
                ++failures;
            else
                std::printf("%s\n", qPrintable(path));
        }
        QApplication::quit();
    });
    QApplication::exec();
    return failures == 0 ? 0 : 1;
}
