#include "TestProfile.h"
#include "core/Settings.h"

#include <QSettings>
#include <QTest>

using namespace shiftdesk;
using namespace shiftdesk::test;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheSeed()
    {
        TestProfile profile;
        const ShiftConfig c = profile.settings->shiftConfig();
        QCOMPARE(c.timeZone.id(), QByteArray("Europe/London"));
        QCOMPARE(c.workStart, QTime(9, 0));
        QCOMPARE(c.workEnd, QTime(18, 0));
        QCOMPARE(c.supportStart, QTime(10, 0));
        QCOMPARE(c.supportEnd, QTime(17, 0));
        QCOMPARE(c.workdays, (QSet<int>{1, 2, 3, 4, 5}));
        QCOMPARE(profile.settings->defaultCoverPeriods().size(), 3);
        QVERIFY(profile.settings->remindersEnabled());
        QVERIFY(!profile.settings->identity().isEmpty());
    }

    void roundTripsAcrossRestart()
    {
        TestProfile profile;
        ShiftConfig c;
        c.timeZone = QTimeZone(QByteArrayLiteral("America/New_York"));
        c.workStart = QTime(8, 0);
        c.supportStart = QTime(8, 30);
        c.workdays = {1, 2, 3, 4};
        profile.settings->setShiftConfig(c);
        profile.settings->setIdentity(QStringLiteral("  Jo  "));
        profile.reopen();
        const ShiftConfig again = profile.settings->shiftConfig();
        QCOMPARE(again.timeZone.id(), QByteArray("America/New_York"));
        QCOMPARE(again.workStart, QTime(8, 0));
        QCOMPARE(again.supportStart, QTime(8, 30));
        QCOMPARE(again.workdays, (QSet<int>{1, 2, 3, 4}));
        QCOMPARE(profile.settings->identity(), QStringLiteral("Jo"));
    }

    void nonsenseInTheFileFallsBackToDefaults()
    {
        TestProfile profile;
        profile.close();
        {
            QSettings raw(profile.profile.settingsFile(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("shift/timeZone"), QStringLiteral("Mars/Olympus"));
            raw.setValue(QStringLiteral("shift/workStart"), QStringLiteral("25:99"));
            raw.setValue(QStringLiteral("shift/supportEnd"), QStringLiteral("20:00")); // after work
            raw.setValue(QStringLiteral("support/coverPeriods"), QStringList{QStringLiteral("x")});
        }
        profile.open();
        const ShiftConfig c = profile.settings->shiftConfig();
        QVERIFY(c.isValid());
        QCOMPARE(c.timeZone.id(), QByteArray("Europe/London"));
        QCOMPARE(c.supportEnd, QTime(17, 0));
        QCOMPARE(profile.settings->defaultCoverPeriods().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
