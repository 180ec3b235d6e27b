// OvernightWindow: the out-of-hours stretch the on-call engineer covered, seen from the morning.
#include "FakeClock.h"
#include "handover/OvernightSummary.h"
#include "handover/OvernightWindow.h"

#include <QTest>

using namespace shiftdesk;
using namespace shiftdesk::test;

class TestOvernightWindow : public QObject
{
    Q_OBJECT

private:
    ShiftSchedule m_schedule; // the default: 09:00-18:00, Monday to Friday, Europe/London

private Q_SLOTS:
    void tuesdayMorningCoversMondayNight()
    {
        const TimeWindow w = OvernightWindow::at(m_schedule, london(2026, 11, 24, 8, 30));
        QVERIFY(w.isValid());
        QCOMPARE(w.start, london(2026, 11, 23, 18, 0));
        QCOMPARE(w.end, london(2026, 11, 24, 9, 0));
        QCOMPARE(OvernightWindow::handoverSince(m_schedule, london(2026, 11, 24, 9, 5)),
                 london(2026, 11, 23, 18, 0));
    }

    void mondayMorningCoversTheWeekend()
    {
        const TimeWindow w = OvernightWindow::at(m_schedule, london(2026, 11, 30, 9, 15));
        QCOMPARE(w.start, london(2026, 11, 27, 18, 0)); // Friday
        QCOMPARE(w.end, london(2026, 11, 30, 9, 0));
        QCOMPARE(w.start.secsTo(w.end), qint64(63 * 3600));
        QVERIFY(w.contains(london(2026, 11, 28, 3, 0)));
        QVERIFY(!w.contains(london(2026, 11, 27, 17, 59)));
        QVERIFY(!w.contains(london(2026, 11, 30, 9, 0))); // the end is not part of it
    }

    void midDayIsStillThisMorningsWindow()
    {
        const TimeWindow w = OvernightWindow::at(m_schedule, london(2026, 11, 25, 14, 0));
        QCOMPARE(w.start, london(2026, 11, 24, 18, 0));
        QCOMPARE(w.end, london(2026, 11, 25, 9, 0));
        // After the end of the day too: the next night has not been handed over yet.
        QCOMPARE(OvernightWindow::at(m_schedule, london(2026, 11, 25, 22, 0)).end,
                 london(2026, 11, 25, 9, 0));
    }

    void aDayOffIsPartOfTheWeekendWindow()
    {
        const TimeWindow w = OvernightWindow::at(m_schedule, london(2026, 11, 28, 11, 0));
        QCOMPARE(w.start, london(2026, 11, 27, 18, 0));
        QCOMPARE(w.end, london(2026, 11, 30, 9, 0));
    }

    void acrossDaylightSavingChanges()
    {
        // Clocks go forward on Sunday 29 March 2026: Friday 18:00 GMT to Monday 09:00 BST.
        TimeWindow w = OvernightWindow::at(m_schedule, london(2026, 3, 30, 9, 30));
        QCOMPARE(w.start, QDateTime(QDate(2026, 3, 27), QTime(18, 0), QTimeZone::utc()));
        QCOMPARE(w.end, QDateTime(QDate(2026, 3, 30), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(w.start.secsTo(w.end), qint64(62 * 3600));
        // And back on Sunday 25 October 2026: Friday 18:00 BST to Monday 09:00 GMT.
        w = OvernightWindow::at(m_schedule, london(2026, 10, 26, 9, 30));
        QCOMPARE(w.start, QDateTime(QDate(2026, 10, 23), QTime(17, 0), QTimeZone::utc()));
        QCOMPARE(w.end, QDateTime(QDate(2026, 10, 26), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(w.start.secsTo(w.end), qint64(64 * 3600));
    }

    void otherWorkingWeeksAndHours()
    {
        ShiftConfig c;
        c.workdays = {7, 1, 2, 3, 4}; // Sunday to Thursday
        c.workStart = QTime(8, 0);
        c.workEnd = QTime(16, 30);
        const ShiftSchedule s(c);
        // Sunday morning follows Thursday's end of day.
        const TimeWindow w = OvernightWindow::at(s, london(2026, 11, 29, 8, 10));
        QCOMPARE(w.start, london(2026, 11, 26, 16, 30));
        QCOMPARE(w.end, london(2026, 11, 29, 8, 0));
        // No workdays at all: no window.
        ShiftConfig none;
        none.workdays = {};
        QVERIFY(!OvernightWindow::at(ShiftSchedule(none), london(2026, 11, 29, 8, 10)).isValid());
    }

    void summaryOfTheAlarmChannels()
    {
        const TimeWindow w = OvernightWindow::at(m_schedule, london(2026, 11, 30, 9, 15));
        auto alarm = [](const QString& title, QDateTime fired, QDateTime resolved) {
            HandoverAlarm a;
            a.title = title;
            a.firedAt = fired;
            a.resolvedAt = resolved;
            a.firing = !resolved.isValid();
            return a;
        };
        const QList<HandoverAlarm> alarms{
            alarm(QStringLiteral("before-and-resolved"), london(2026, 11, 27, 12, 0),
                  london(2026, 11, 27, 13, 0)),
            alarm(QStringLiteral("fired-saturday-resolved-sunday"), london(2026, 11, 28, 2, 0),
                  london(2026, 11, 29, 4, 0)),
            alarm(QStringLiteral("fired-sunday-still-firing"), london(2026, 11, 29, 23, 0), {}),
            alarm(QStringLiteral("fired-thursday-still-firing"), london(2026, 11, 26, 10, 0), {}),
            alarm(QStringLiteral("fired-friday-resolved-saturday"), london(2026, 11, 27, 15, 0),
                  london(2026, 11, 28, 1, 0)),
            alarm(QStringLiteral("fired-this-morning"), london(2026, 11, 30, 9, 10), {}),
        };
        QList<HandoverAlarm> withChatter = alarms;
        // A message in an alarm channel that is not an alert neither fires nor resolves.
        HandoverAlarm chatter = alarm(QStringLiteral("chatter"), london(2026, 11, 28, 9, 0),
                                      london(2026, 11, 28, 9, 0));
        chatter.isAlert = false;
        withChatter << chatter;
        const OvernightAlarms s = OvernightAlarms::summarise(withChatter, w);
        auto titles = [](const QList<HandoverAlarm>& list) {
            QStringList out;
            for (const HandoverAlarm& a : list)
                out << a.title;
            return out;
        };
        QCOMPARE(titles(s.fired), (QStringList{QStringLiteral("fired-saturday-resolved-sunday"),
                                               QStringLiteral("fired-sunday-still-firing")}));
        QCOMPARE(titles(s.resolved),
                 (QStringList{QStringLiteral("fired-friday-resolved-saturday"),
                              QStringLiteral("fired-saturday-resolved-sunday")}));
        QCOMPARE(titles(s.stillFiring), (QStringList{QStringLiteral("fired-thursday-still-firing"),
                                                     QStringLiteral("fired-sunday-still-firing")}));
        QVERIFY(OvernightAlarms::summarise({}, w).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOvernightWindow)
#include "tst_overnightwindow.moc"
