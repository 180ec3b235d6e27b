#include "FakeClock.h"
#include "shift/ShiftSchedule.h"

#include <QTest>

using namespace shiftdesk;
using shiftdesk::test::london;

class TestShiftSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phasesThroughAWorkday_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<int>("phase");
        QTest::addColumn<QDateTime>("nextChange");
        // Friday 27 November 2026 (GMT).
        QTest::newRow("night") << london(2026, 11, 27, 3) << int(ShiftPhase::OffHours)
                               << london(2026, 11, 27, 9);
        QTest::newRow("09:00") << london(2026, 11, 27, 9) << int(ShiftPhase::BeforeSupport)
                               << london(2026, 11, 27, 10);
        QTest::newRow("12:20") << london(2026, 11, 27, 12, 20) << int(ShiftPhase::SupportHours)
                               << london(2026, 11, 27, 17);
        QTest::newRow("17:30") << london(2026, 11, 27, 17, 30) << int(ShiftPhase::AfterSupport)
                               << london(2026, 11, 27, 18);
        // Friday evening: the next change is Monday 09:00.
        QTest::newRow("fri 18:00")
            << london(2026, 11, 27, 18) << int(ShiftPhase::OffHours) << london(2026, 11, 30, 9);
        QTest::newRow("saturday") << london(2026, 11, 28, 11) << int(ShiftPhase::OffHours)
                                  << london(2026, 11, 30, 9);
    }

    void phasesThroughAWorkday()
    {
        QFETCH(QDateTime, at);
        QFETCH(int, phase);
        QFETCH(QDateTime, nextChange);
        const ShiftState state = ShiftSchedule().stateAt(at);
        QCOMPARE(int(state.phase), phase);
        QCOMPARE(state.nextChange, nextChange);
    }

    void boundariesFollowDaylightSaving()
    {
        const ShiftSchedule schedule;
        // Summer time (BST, UTC+1): support hours start at 09:00 UTC.
        QCOMPARE(schedule.instantOf(QDate(2026, 7, 1), QTime(10, 0)),
                 QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC));
        // Monday after the spring change (29 March 2026).
        const ShiftState spring =
            schedule.stateAt(QDateTime(QDate(2026, 3, 30), QTime(8, 30), Qt::UTC));
        QCOMPARE(int(spring.phase), int(ShiftPhase::BeforeSupport)); // 09:30 BST
        QCOMPARE(spring.nextChange, QDateTime(QDate(2026, 3, 30), QTime(9, 0), Qt::UTC));
        // Friday 23 October (BST) -> the next start is Monday 26 October 09:00 GMT.
        const ShiftState autumn =
            schedule.stateAt(QDateTime(QDate(2026, 10, 23), QTime(17, 30), Qt::UTC));
        QCOMPARE(int(autumn.phase), int(ShiftPhase::OffHours)); // 18:30 BST
        QCOMPARE(autumn.nextChange, QDateTime(QDate(2026, 10, 26), QTime(9, 0), Qt::UTC));
    }

    void dayIsTheTeamsDay()
    {
        const ShiftSchedule schedule;
        // 23:30 UTC on 29 March 2026 is 00:30 BST on the 30th.
        QCOMPARE(schedule.dayAt(QDateTime(QDate(2026, 3, 29), QTime(23, 30), Qt::UTC)),
                 QDate(2026, 3, 30));
        // In winter 23:30 UTC is still the same day in London.
        QCOMPARE(schedule.dayAt(QDateTime(QDate(2026, 11, 27), QTime(23, 30), Qt::UTC)),
                 QDate(2026, 11, 27));
        ShiftConfig tokyo;
        tokyo.timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
        QCOMPARE(ShiftSchedule(tokyo).dayAt(QDateTime(QDate(2026, 11, 27), QTime(16, 0), Qt::UTC)),
                 QDate(2026, 11, 28));
    }

    void timeInADaylightSavingGapMovesForward()
    {
        ShiftConfig early;
        early.workStart = QTime(1, 30); // does not exist in London on 29 March 2026
        const ShiftSchedule schedule(early);
        QCOMPARE(schedule.instantOf(QDate(2026, 3, 29), QTime(1, 30)),
                 QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC)); // 02:00 BST
    }

    void describesThePhaseWithACountdown()
    {
        const ShiftSchedule schedule;
        QCOMPARE(schedule.describe(london(2026, 11, 27, 14, 20)),
                 QStringLiteral("Support hours · 2h 40m left"));
        QCOMPARE(schedule.describe(london(2026, 11, 27, 9, 45)),
                 QStringLiteral("Start of day · support hours start in 15m"));
        const QString evening = schedule.describe(london(2026, 11, 27, 20));
        QVERIFY2(evening.contains(QStringLiteral("on-call covers high-priority incidents")),
                 qPrintable(evening));
        QVERIFY2(evening.contains(QStringLiteral("2d 13h")), qPrintable(evening));
    }

    void customHoursAndWorkdays()
    {
        ShiftConfig c;
        c.workStart = QTime(8, 0);
        c.supportStart = QTime(8, 0); // no separate start-of-day phase
        c.workdays = {1, 2, 3, 4, 5, 6};
        const ShiftSchedule schedule(c);
        QCOMPARE(int(schedule.stateAt(london(2026, 11, 28, 8, 30)).phase),
                 int(ShiftPhase::SupportHours)); // Saturday is a workday now
        ShiftConfig inverted;
        inverted.workStart = QTime(10, 0);
        inverted.workEnd = QTime(9, 0);
        QVERIFY(!inverted.isValid());
    }
};

QTEST_GUILESS_MAIN(TestShiftSchedule)
#include "tst_shiftschedule.moc"
