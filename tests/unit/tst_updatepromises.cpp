#include "FakeClock.h"
#include "announce/UpdatePromises.h"

#include <QTest>

using namespace shiftdesk;
using shiftdesk::test::london;

namespace {

const QTimeZone& zone()
{
    static const QTimeZone z(QByteArrayLiteral("Europe/London"));
    return z;
}

// "1PM@13:00" style summary of what was found: text as written and London wall time; a
// different day is shown as "+1d".
QString summary(const QList<PromisedTime>& promises, const QDateTime& writtenAt)
{
    QStringList parts;
    const QDate day = writtenAt.toTimeZone(zone()).date();
    for (const PromisedTime& p : promises) {
        const QDateTime local = p.due.toTimeZone(zone());
        QString s = p.text + u'@' + local.time().toString(QStringLiteral("HH:mm"));
        const qint64 days = day.daysTo(local.date());
        if (days != 0)
            s += QStringLiteral("+%1d").arg(days);
        parts.append(s);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestUpdatePromises : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsPromises_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        // Written on Monday 2 June 2025 at 09:00 London time (see findsPromises).
        QTest::newRow("seed") << "We will be doing this work between 10AM and 3PM, we will update "
                                 "at 1PM and 3PM to say how it is going."
                              << "1PM@13:00, 3PM@15:00";
        QTest::newRow("pm with space") << "We will update at 1 pm."
                                       << "1 pm@13:00";
        QTest::newRow("minutes") << "I'll update by 1:30PM"
                                 << "1:30PM@13:30";
        QTest::newRow("dot minutes") << "Next update at 1.30pm."
                                     << "1.30pm@13:30";
        QTest::newRow("a.m.") << "We will update at 11 a.m. tomorrow."
                              << "11 a.m.@11:00+1d";
        QTest::newRow("24h") << "Next update at 14:30."
                             << "14:30@14:30";
        QTest::newRow("24h dot") << "Next update at 13.00."
                                 << "13.00@13:00";
        QTest::newRow("colon") << "Next update: 16:00"
                               << "16:00@16:00";
        QTest::newRow("afternoon guess") << "We will update at 2:30."
                                         << "2:30@14:30";
        QTest::newRow("morning as written") << "We will update at 09:30."
                                            << "09:30@09:30";
        QTest::newRow("noon") << "We will update around noon."
                              << "noon@12:00";
        QTest::newRow("12 noon") << "Further update at 12 noon"
                                 << "12 noon@12:00";
        QTest::newRow("midday") << "We'll update at midday"
                                << "midday@12:00";
        QTest::newRow("midnight") << "We will update by midnight"
                                  << "midnight@00:00+1d";
        QTest::newRow("12AM and 12PM") << "Updates at 12PM and 12AM"
                                       << "12PM@12:00, 12AM@00:00";
        QTest::newRow("three") << "We will update at 11AM, 1PM and 3PM."
                               << "11AM@11:00, 1PM@13:00, 3PM@15:00";
        QTest::newRow("and again") << "We will update at 5PM today and again at 10AM tomorrow."
                                   << "5PM@17:00, 10AM@10:00+1d";
        QTest::newRow("update again") << "We will update again at 10AM tomorrow."
                                      << "10AM@10:00+1d";
        QTest::newRow("tomorrow before") << "Tomorrow at 10AM we will post an update."
                                         << "10AM@10:00+1d";
        QTest::newRow("leading clause") << "At 1PM, we will post an update."
                                        << "1PM@13:00";
        QTest::newRow("weekday") << "Next update on Wednesday at 10AM."
                                 << "10AM@10:00+2d";
        QTest::newRow("weekday after") << "We will update at 10AM on Friday."
                                       << "10AM@10:00+4d";
        QTest::newRow("same weekday later") << "We will update Monday at 3PM."
                                            << "3PM@15:00";
        QTest::newRow("same weekday passed") << "We will update Monday at 8AM."
                                             << "8AM@08:00+7d";
        QTest::newRow("day in list clause") << "Next update: Tuesday, 10AM"
                                            << "10AM@10:00+1d";
        QTest::newRow("in minutes") << "We will update in 30 minutes."
                                    << "in 30 minutes@09:30";
        QTest::newRow("in 1 hour") << "Further update in 1 hour"
                                   << "in 1 hour@10:00";
        QTest::newRow("in an hour") << "We'll give an update in an hour."
                                    << "in an hour@10:00";
        QTest::newRow("in 90 mins") << "Next update in 90 mins"
                                    << "in 90 mins@10:30";
        QTest::newRow("half an hour") << "I will update in half an hour"
                                      << "in half an hour@09:30";
        QTest::newRow("hour and a half") << "Update in an hour and a half"
                                         << "in an hour and a half@10:30";
        QTest::newRow("2 hours 15") << "Next update in 2 hours 15 minutes"
                                    << "in 2 hours 15 minutes@11:15";
        QTest::newRow("within the hour") << "We will update within the hour"
                                         << "within the hour@10:00";
        QTest::newRow("every hour") << "We will update every hour."
                                    << "every hour@10:00";
        QTest::newRow("hourly") << "Hourly updates from now on."
                                << "Hourly@10:00";
        QTest::newRow("keep updated") << "We will keep you updated, next at 11AM."
                                      << "11AM@11:00";
        QTest::newRow("bold") << "*Next update:* *2PM*"
                              << "2PM@14:00";
        QTest::newRow("line") << "Work is on 10:00-15:00\nUpdates: 12:00, 14:00\nThanks"
                              << "12:00@12:00, 14:00@14:00";
        QTest::newRow("duplicates once") << "We will update at 1PM. Next update at 13:00."
                                         << "1PM@13:00";
        QTest::newRow("update and team") << "We will update you and the team at 1PM."
                                         << "1PM@13:00";
        QTest::newRow("window and promise")
            << "The work runs from 10AM to 3PM and we will update at noon."
            << "noon@12:00";
        QTest::newRow("window in update clause")
            << "We will update at 1PM while we work between 10AM and 3PM."
            << "1PM@13:00";
        QTest::newRow("range dash") << "Updates at 1PM; the work is 10AM-3PM."
                                    << "1PM@13:00";
        QTest::newRow("later sentence") << "We will be done by 3PM. Next update at 1PM."
                                        << "1PM@13:00";
        QTest::newRow("past is returned") << "Next update at 8AM."
                                          << "8AM@08:00";
        QTest::newRow("later the next day") << "We will update at 10AM and 2PM tomorrow."
                                            << "10AM@10:00+1d, 2PM@14:00+1d";
        QTest::newRow("today then tomorrow") << "We will update at 5PM and 10AM tomorrow."
                                             << "5PM@17:00, 10AM@10:00+1d";
        QTest::newRow("every 30 minutes") << "We will update every 30 minutes until it is fixed."
                                          << "every 30 minutes@09:30";
        QTest::newRow("utc") << "Next update at 14:00 UTC."
                             << "14:00 UTC@15:00";
        QTest::newRow("the update, future") << "We will post the update at 3PM."
                                            << "3PM@15:00";
        QTest::newRow("label then promise")
            << "Update 10:30: we found the cause, next update 11:15."
            << "11:15@11:15";
        QTest::newRow("software update then promise")
            << "We applied the update at 8AM, and will update again at 1PM."
            << "1PM@13:00";
        QTest::newRow("declaring") << "I am declaring an incident because the 10:00 deploy "
                                      "failed. We are working on it and will update at 11:00."
                                   << "11:00@11:00";

        // No promise.
        QTest::newRow("window only") << "We will be doing this work between 10AM and 3PM."
                                     << "";
        QTest::newRow("past tense") << "We upgraded the cluster at 1PM."
                                    << "";
        QTest::newRow("updated") << "The service was updated at 1PM."
                                 << "";
        QTest::newRow("no time") << "Further updates to follow."
                                 << "";
        QTest::newRow("other sentence") << "We will update soon. The work ends at 3PM."
                                        << "";
        QTest::newRow("code") << "Run `next update at 1PM` please"
                              << "";
        QTest::newRow("pre") << "```\nnext update at 14:00\n```\nThanks."
                             << "";
        QTest::newRow("link") << "See <https://x/update-at-13:00|the log>."
                              << "";
        QTest::newRow("version numbers") << "Update: upgrading Postgres 9.2 to 9.6."
                                         << "";
        QTest::newRow("words") << "Updates in the thread."
                               << "";
        QTest::newRow("software update") << "We deployed the update at 8AM."
                                         << "";
        QTest::newRow("hour only") << "Next update by 4"
                                   << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void findsPromises()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QDateTime writtenAt = london(2025, 6, 2, 9, 0); // a Monday
        const QList<PromisedTime> promises = UpdatePromises::find(text, writtenAt, zone());
        QCOMPARE(summary(promises, writtenAt), expected);
        for (const PromisedTime& p : promises) {
            QCOMPARE(p.due.timeSpec(), Qt::UTC);
            QCOMPARE(text.mid(p.start, p.length), p.text);
        }
    }

    void positionsPointAtTheTime()
    {
        const QString text = QStringLiteral("Between 10AM and 3PM, we will update at 1PM and 3PM.");
        const auto promises = UpdatePromises::find(text, london(2025, 6, 2, 9), zone());
        QCOMPARE(promises.size(), 2);
        QCOMPARE(promises[0].start, 40);
        QCOMPARE(promises[0].length, 3);
        QCOMPARE(promises[1].start, 48);
        QCOMPARE(promises[1].length, 3);
        QCOMPARE(promises[1].text, QStringLiteral("3PM"));
    }

    void daylightSavingDays()
    {
        // 30 March 2025: London moves from GMT to BST at 01:00 UTC.
        auto p = UpdatePromises::find(QStringLiteral("We will update at 1PM."),
                                      london(2025, 3, 30, 0, 30), zone());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p[0].due, QDateTime(QDate(2025, 3, 30), QTime(12, 0), QTimeZone::utc()));
        // A relative time is an interval, whatever the clocks do.
        p = UpdatePromises::find(QStringLiteral("Next update in 2 hours."),
                                 london(2025, 3, 30, 0, 30), zone());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p[0].due, QDateTime(QDate(2025, 3, 30), QTime(2, 30), QTimeZone::utc()));
        // A wall time the clocks skip is read an hour later.
        p = UpdatePromises::find(QStringLiteral("Next update at 01:30."),
                                 london(2025, 3, 30, 0, 10), zone());
        QCOMPARE(p.size(), 1);
        QVERIFY(p[0].due.isValid());
        QCOMPARE(p[0].due, QDateTime(QDate(2025, 3, 30), QTime(1, 30), QTimeZone::utc()));
        // 26 October 2025: back to GMT; 1PM is 13:00 UTC, the day before it was 12:00 UTC.
        p = UpdatePromises::find(QStringLiteral("We will update at 1PM tomorrow."),
                                 london(2025, 10, 25, 18), zone());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p[0].due, QDateTime(QDate(2025, 10, 26), QTime(13, 0), QTimeZone::utc()));
        p = UpdatePromises::find(QStringLiteral("We will update at 1PM."), london(2025, 10, 25, 9),
                                 zone());
        QCOMPARE(p[0].due, QDateTime(QDate(2025, 10, 25), QTime(12, 0), QTimeZone::utc()));
    }

    void dayIsTheTeamsDay()
    {
        // 23:30 UTC on 2 June is already 3 June in London.
        const QDateTime writtenAt(QDate(2025, 6, 2), QTime(23, 30), QTimeZone::utc());
        const auto p =
            UpdatePromises::find(QStringLiteral("Next update at 9AM."), writtenAt, zone());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p[0].due, london(2025, 6, 3, 9));
        // Another team's time zone reads the same words differently.
        const auto ny = UpdatePromises::find(QStringLiteral("Next update at 9AM."), writtenAt,
                                             QTimeZone(QByteArrayLiteral("America/New_York")));
        QCOMPARE(ny[0].due, QDateTime(QDate(2025, 6, 2), QTime(13, 0), QTimeZone::utc()));
    }

    void longTextStaysFast()
    {
        // Linear: a long message with many sentences and times is handled in one pass.
        QString text;
        for (int i = 0; i < 400; ++i)
            text += QStringLiteral("Between 10AM and 3PM, work, more work; and at 4PM. ");
        text += QStringLiteral("Next update at 5PM.");
        const auto p = UpdatePromises::find(text, london(2025, 6, 2, 9), zone());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p[0].start, int(text.size()) - 4);
    }
};

QTEST_GUILESS_MAIN(TestUpdatePromises)
#include "tst_updatepromises.moc"
