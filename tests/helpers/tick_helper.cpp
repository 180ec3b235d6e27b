// Test helper for tst_app_process: runs the real services and main window on a given profile,
// ticks the named items with the space key, says so on stdout and waits to be killed.
//   tick_helper CONFIG_DIR DATA_DIR ITEM_ID...
#include "checklist/ChecklistService.h"
#include "checklist/ChecklistView.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Profile.h"
#include "core/Settings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTimer>

#include <cstdio>

using namespace shiftdesk;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: tick_helper CONFIG_DIR DATA_DIR ITEM_ID...\n");
        return 2;
    }
    const Profile profile(QStringLiteral("kill-test"), args[1], args[2]);
    QString error;
    if (!profile.ensureExists(&error))
        return 3;
    Settings settings(profile.settingsFile());
    settings.setIdentity(QStringLiteral("helper"));
    Database database(profile.databaseFile());
    if (!database.open(&error))
        return 4;
    SystemClock clock;
    ChecklistService service(database, settings, clock);
    if (!service.start(&error))
        return 5;
    MainWindow window({&settings, &clock, &service});
    window.show();

    const QStringList items = args.mid(3);
    QTimer::singleShot(0, &window, [&]() {
        auto* view = window.findChild<ChecklistView*>(QStringLiteral("checklistView"));
        for (const QString& id : items) {
            view->setCurrentIndex(service.todayModel()->indexOfItem(id));
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
            QApplication::sendEvent(view, &press);
            if (!service.todayModel()->isDone(id)) {
                std::fprintf(stdout, "FAILED %s\n", qPrintable(id));
                std::fflush(stdout);
                return;
            }
        }
        std::fprintf(stdout, "TICKED %lld\n", static_cast<long long>(items.size()));
        std::fflush(stdout);
    });
    return QApplication::exec();
}
