// Test helper for tst_app_process: the real window with the Announce tab on a given profile.
// Starts a draft and types into it with real key events, one character every 25 ms, printing
// "TYPED <count>" after each, until it is killed.
//   draft_helper CONFIG_DIR DATA_DIR
#include "announce/AnnouncePage.h"
#include "announce/AnnounceService.h"
#include "announce/ComposerWidget.h"
#include "checklist/ChecklistService.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Profile.h"
#include "core/Settings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

using namespace shiftdesk;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: draft_helper CONFIG_DIR DATA_DIR\n");
        return 2;
    }
    const Profile profile(QStringLiteral("kill-test"), args[1], args[2]);
    QString error;
    if (!profile.ensureExists(&error))
        return 3;
    Settings settings(profile.settingsFile());
    Database database(profile.databaseFile());
    if (!database.open(&error))
        return 4;
    SystemClock clock;
    ChecklistService checklist(database, settings, clock);
    if (!checklist.start(&error))
        return 5;
    AnnounceService announce(database, settings, clock, nullptr,
                             profile.dataDir() + QStringLiteral("/announce-templates.json"));
    if (!announce.start(&error))
        return 6;
    MainWindow window({&settings, &clock, &checklist, nullptr, nullptr, &announce});
    window.show();
    window.tabs()->setCurrentIndex(MainWindow::AnnounceTab);
    AnnouncePage* page = window.announcePage();
    page->newDraft(announce.templates().templates.value(0).id);
    QPlainTextEdit* editor = page->composer()->editor();
    editor->clear();
    editor->setFocus();

    const QString text = QStringLiteral("We are upgrading the ingress controllers tonight. ");
    int typed = 0;
    QTimer typing;
    typing.setInterval(25);
    QObject::connect(&typing, &QTimer::timeout, editor, [&]() {
        const QChar c = text.at(typed % text.size());
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QString(c));
        QApplication::sendEvent(editor, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier, QString(c));
        QApplication::sendEvent(editor, &release);
        ++typed;
        std::fprintf(stdout, "TYPED %d\n", typed);
        std::fflush(stdout);
    });
    typing.start();
    return QApplication::exec();
}
