// Tests against real processes: the shiftdesk executable's command line and single instance,
// and a tick surviving SIGKILL right after it.
#include "announce/AnnounceStore.h"
#include "checklist/ChecklistStore.h"
#include "core/Database.h"
#include "shift/ShiftSchedule.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace shiftdesk;

class TestAppProcess : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment isolatedEnvironment(const QTemporaryDir& home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

private Q_SLOTS:
    void versionAndHelpNeedNoDisplay()
    {
        QTemporaryDir home;
        QProcessEnvironment env = isolatedEnvironment(home);
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SHIFTDESK_EXE), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
                 QStringLiteral("shiftdesk " SHIFTDESK_VERSION));
        p.start(QStringLiteral(SHIFTDESK_EXE), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("--profile <NAME>"));
    }

    void rejectsABadProfileName()
    {
        QTemporaryDir home;
        QProcess p;
        p.setProcessEnvironment(isolatedEnvironment(home));
        p.start(QStringLiteral(SHIFTDESK_EXE),
                {QStringLiteral("--profile"), QStringLiteral("../etc")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("not a valid profile name"));
    }

    void profilesAreSeparateAndASecondLaunchRaisesTheFirst()
    {
        QTemporaryDir home;
        QProcess first;
        first.setProcessEnvironment(isolatedEnvironment(home));
        first.start(QStringLiteral(SHIFTDESK_EXE),
                    {QStringLiteral("--profile"), QStringLiteral("work")});
        QVERIFY(first.waitForStarted());
        const QString db = home.filePath(QStringLiteral("data/shiftdesk/work/shiftdesk.sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db), 20000);

        QProcess second;
        second.setProcessEnvironment(isolatedEnvironment(home));
        second.start(QStringLiteral(SHIFTDESK_EXE),
                     {QStringLiteral("--profile"), QStringLiteral("work")});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardOutput().contains("already running"),
                 "second launch did not defer");
        QCOMPARE(first.state(), QProcess::Running);

        // Another profile is another instance with its own files.
        QProcess other;
        other.setProcessEnvironment(isolatedEnvironment(home));
        other.start(QStringLiteral(SHIFTDESK_EXE),
                    {QStringLiteral("--profile"), QStringLiteral("demo2"),
                     QStringLiteral("--quit-after-first-paint")});
        QVERIFY(other.waitForFinished(20000));
        QCOMPARE(other.exitCode(), 0);
        QVERIFY(
            QFile::exists(home.filePath(QStringLiteral("data/shiftdesk/demo2/shiftdesk.sqlite"))));
        QVERIFY(
            QFile::exists(home.filePath(QStringLiteral("config/shiftdesk/demo2/shiftdesk.conf"))) ||
            QDir(home.filePath(QStringLiteral("config/shiftdesk/demo2"))).exists());

        first.terminate();
        QVERIFY(first.waitForFinished(20000));
    }

    void ticksSurviveSigkillRightAfter()
    {
        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral("config"));
        const QString data = home.filePath(QStringLiteral("data"));
        const QStringList items = {QStringLiteral("check-alarm-channels"),
                                   QStringLiteral("on-call-handover"),
                                   QStringLiteral("handover-to-on-call")};
        QProcess helper;
        helper.setProcessEnvironment(isolatedEnvironment(home));
        helper.start(QStringLiteral(TICK_HELPER), QStringList{config, data} + items);
        QVERIFY(helper.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += helper.readAllStandardOutput()).contains('\n'), 30000);
        QVERIFY2(out.startsWith("TICKED 3"), out.constData());
        helper.kill(); // SIGKILL: no clean-up, no destructors
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        Database db(data + QStringLiteral("/shiftdesk.sqlite"));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        const QDate today = ShiftSchedule().dayAt(QDateTime::currentDateTimeUtc());
        auto record = ChecklistStore(db).day(today);
        if (!record) // the helper may have started just before midnight
            record = ChecklistStore(db).day(today.addDays(-1));
        QVERIFY(record.has_value());
        for (const QString& id : items) {
            QVERIFY2(record->ticks.value(id).done, qPrintable(id));
            QCOMPARE(record->ticks.value(id).by, QStringLiteral("helper"));
        }
    }

    // A draft being typed survives SIGKILL: at most about a second of typing is lost.
    void draftSurvivesSigkillWhileTyping()
    {
        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral("config"));
        const QString data = home.filePath(QStringLiteral("data"));
        QProcess helper;
        helper.setProcessEnvironment(isolatedEnvironment(home));
        helper.start(QStringLiteral(DRAFT_HELPER), QStringList{config, data});
        QVERIFY(helper.waitForStarted());
        // Let it type for a while (at least 80 characters, about 2 s), then kill it mid-word.
        QByteArray out;
        int typed = 0;
        auto readTyped = [&]() {
            out += helper.readAllStandardOutput();
            const int nl = int(out.lastIndexOf('\n', out.size() - 1));
            const int prev = nl > 0 ? int(out.lastIndexOf('\n', nl - 1)) : -1;
            if (nl > 0) {
                const QByteArray line = out.mid(prev + 1, nl - prev - 1);
                if (line.startsWith("TYPED "))
                    typed = line.mid(6).toInt();
            }
            return typed;
        };
        QTRY_VERIFY_WITH_TIMEOUT(readTyped() >= 80, 30000);
        helper.kill(); // SIGKILL: no clean-up, no destructors, no last save
        QVERIFY(helper.waitForFinished(10000));
        readTyped();
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        Database db(data + QStringLiteral("/shiftdesk.sqlite"));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        const QList<AnnounceDraft> drafts = AnnounceStore(db).drafts();
        QCOMPARE(drafts.size(), 1);
        const int saved = int(drafts.first().text.size());
        qInfo("typed %d characters before SIGKILL; the saved draft has %d", typed, saved);
        // Saved at most ~1 s behind: at 25 ms a character that is 40; allow for a slow machine.
        QVERIFY2(saved >= typed - 60 && saved > 0,
                 qPrintable(QStringLiteral("typed %1, saved %2").arg(typed).arg(saved)));
        QVERIFY(drafts.first().text.startsWith(QStringLiteral("We are upgrading the ingress")));
    }
};

QTEST_GUILESS_MAIN(TestAppProcess)
#include "tst_app_process.moc"
