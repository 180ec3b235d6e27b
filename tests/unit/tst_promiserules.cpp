// How updates and resolutions settle update promises (kept, late, missed, cancelled), and how an
// open promise stands as time passes. Times are London wall-clock times on one day.
#include "FakeClock.h"
#include "announce/PromiseRules.h"

#include <QTest>

using namespace shiftdesk;
using namespace shiftdesk::test;

using State = UpdatePromise::State;
using Standing = PromiseRules::Standing;

namespace {
QDateTime at(int h, int mi = 0, int s = 0)
{
    return london(2026, 11, 27, h, mi).addSecs(s);
}

UpdatePromise promise(qint64 id, const QDateTime& due, State state = State::Open)
{
    UpdatePromise p;
    p.id = id;
    p.announcementId = 1;
    p.due = due;
    p.state = state;
    return p;
}

// "id:state id:state" in the order settle() returns them, for readable comparisons.
QString describe(const QList<PromiseRules::Settlement>& settled)
{
    QStringList parts;
    for (const PromiseRules::Settlement& s : settled)
        parts.append(QString::number(s.promiseId) + QLatin1Char(':') + toString(s.state));
    return parts.join(QLatin1Char(' '));
}

QString name(Standing s)
{
    switch (s) {
    case Standing::Upcoming:
        return QStringLiteral("upcoming");
    case Standing::DueSoon:
        return QStringLiteral("due soon");
    case Standing::Due:
        return QStringLiteral("due");
    case Standing::Overdue:
        return QStringLiteral("overdue");
    case Standing::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

// The seed example: an announcement promising updates at 1PM and 3PM.
QList<UpdatePromise> oneAndThree()
{
    return {promise(1, at(13)), promise(2, at(15))};
}
} // namespace

class TestPromiseRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedExample_data()
    {
        QTest::addColumn<QDateTime>("postedAt");
        QTest::addColumn<QString>("settled");
        QTest::newRow("12:55 keeps 1PM, 3PM stays open") << at(12, 55) << QStringLiteral("1:kept");
        QTest::newRow("13:40: 1PM late") << at(13, 40) << QStringLiteral("1:late");
        QTest::newRow("nothing until 15:10: 1PM missed, 3PM kept")
            << at(15, 10) << QStringLiteral("1:missed 2:kept");
    }
    void seedExample()
    {
        QFETCH(QDateTime, postedAt);
        QFETCH(QString, settled);
        QCOMPARE(describe(PromiseRules::settle(oneAndThree(), AnnounceKind::Update, postedAt)),
                 settled);
    }

    void boundariesOfAnUpdate_data()
    {
        QTest::addColumn<QDateTime>("postedAt");
        QTest::addColumn<QString>("settled");
        const int grace = PromiseRules::kGraceMinutes;
        const int late = PromiseRules::kLateMinutes;
        const int early = PromiseRules::kEarlyMinutes;
        QTest::newRow("exactly on time") << at(13) << QStringLiteral("1:kept");
        QTest::newRow("at the grace limit") << at(13, grace) << QStringLiteral("1:kept");
        QTest::newRow("a second after grace") << at(13, grace, 1) << QStringLiteral("1:late");
        QTest::newRow("at the late limit") << at(13).addSecs(60 * late) << QStringLiteral("1:late");
        QTest::newRow("a second after late")
            << at(13).addSecs(60 * late + 1) << QStringLiteral("1:missed");
        QTest::newRow("at the early window")
            << at(13).addSecs(-60 * early) << QStringLiteral("1:kept");
        QTest::newRow("before the early window (still the next promise)")
            << at(13).addSecs(-60 * early - 1) << QStringLiteral("1:kept");
        QTest::newRow("much earlier") << at(9) << QStringLiteral("1:kept");
        QTest::newRow("3PM's early window reached")
            << at(14, 30) << QStringLiteral("1:missed 2:kept");
        QTest::newRow("just before 3PM's early window")
            << at(14, 29, 59) << QStringLiteral("1:missed");
    }
    void boundariesOfAnUpdate()
    {
        QFETCH(QDateTime, postedAt);
        QFETCH(QString, settled);
        QCOMPARE(describe(PromiseRules::settle(oneAndThree(), AnnounceKind::Update, postedAt)),
                 settled);
    }

    void anEarlyUpdateKeepsOnlyTheNextPromise()
    {
        // Given in any order, only the earliest is the one that was kept.
        const QList<UpdatePromise> open{promise(7, at(17)), promise(5, at(15)), promise(3, at(16))};
        QCOMPARE(describe(PromiseRules::settle(open, AnnounceKind::Update, at(11))),
                 QStringLiteral("5:kept"));
    }

    void settlesInDueOrder()
    {
        const QList<UpdatePromise> open{promise(2, at(15)), promise(1, at(13)), promise(3, at(14))};
        QCOMPARE(describe(PromiseRules::settle(open, AnnounceKind::Update, at(15))),
                 QStringLiteral("1:missed 3:late 2:kept"));
    }

    void ignoresPromisesThatAreNotOpen()
    {
        const QList<UpdatePromise> open{promise(1, at(13), State::Kept), promise(2, at(15))};
        QCOMPARE(describe(PromiseRules::settle(open, AnnounceKind::Update, at(13, 1))),
                 QStringLiteral("2:kept"));
        QVERIFY(
            PromiseRules::settle({promise(1, at(13), State::Late)}, AnnounceKind::Update, at(13))
                .isEmpty());
    }

    void nothingToSettle()
    {
        QVERIFY(PromiseRules::settle({}, AnnounceKind::Update, at(13)).isEmpty());
        QVERIFY(PromiseRules::settle({}, AnnounceKind::Resolution, at(13)).isEmpty());
        // An announcement is not an update, even in the same thread.
        QVERIFY(PromiseRules::settle(oneAndThree(), AnnounceKind::Announcement, at(13)).isEmpty());
        QVERIFY(PromiseRules::settle(oneAndThree(), AnnounceKind::Update, QDateTime()).isEmpty());
    }

    void resolution_data()
    {
        QTest::addColumn<QDateTime>("postedAt");
        QTest::addColumn<QString>("settled");
        QTest::newRow("long before: nothing left to update on")
            << at(11) << QStringLiteral("1:cancelled 2:cancelled");
        QTest::newRow("just before 1PM: that was the update")
            << at(12, 55) << QStringLiteral("1:kept 2:cancelled");
        QTest::newRow("at the early window") << at(12, 30) << QStringLiteral("1:kept 2:cancelled");
        QTest::newRow("before the early window")
            << at(12, 29, 59) << QStringLiteral("1:cancelled 2:cancelled");
        QTest::newRow("late for 1PM") << at(13, 30) << QStringLiteral("1:late 2:cancelled");
        QTest::newRow("after both") << at(15, 5) << QStringLiteral("1:missed 2:kept");
        QTest::newRow("long after both") << at(18) << QStringLiteral("1:missed 2:missed");
    }
    void resolution()
    {
        QFETCH(QDateTime, postedAt);
        QFETCH(QString, settled);
        QCOMPARE(describe(PromiseRules::settle(oneAndThree(), AnnounceKind::Resolution, postedAt)),
                 settled);
    }

    void standing_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("lead");
        QTest::addColumn<Standing>("expected");
        QTest::newRow("morning") << at(9) << 10 << Standing::Upcoming;
        QTest::newRow("a second before the lead") << at(12, 49, 59) << 10 << Standing::Upcoming;
        QTest::newRow("at the lead") << at(12, 50) << 10 << Standing::DueSoon;
        QTest::newRow("a second before due") << at(12, 59, 59) << 10 << Standing::DueSoon;
        QTest::newRow("no lead") << at(12, 59, 59) << 0 << Standing::Upcoming;
        QTest::newRow("at due") << at(13) << 10 << Standing::Due;
        QTest::newRow("at the grace limit")
            << at(13, PromiseRules::kGraceMinutes) << 10 << Standing::Due;
        QTest::newRow("after grace")
            << at(13, PromiseRules::kGraceMinutes, 1) << 10 << Standing::Overdue;
        QTest::newRow("at the late limit")
            << at(13).addSecs(60 * PromiseRules::kLateMinutes) << 10 << Standing::Overdue;
        QTest::newRow("after the late limit")
            << at(13).addSecs(60 * PromiseRules::kLateMinutes + 1) << 10 << Standing::Missed;
        QTest::newRow("the next day") << at(13).addDays(1) << 10 << Standing::Missed;
    }
    void standing()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, lead);
        QFETCH(Standing, expected);
        QCOMPARE(name(PromiseRules::standing(promise(1, at(13)), now, lead)), name(expected));
    }

    void standingAgreesWithSettlement()
    {
        // Whenever an update would be Kept, the promise stands at most Due; Late means Overdue.
        for (int minute = -90; minute <= 90; ++minute) {
            const QDateTime now = at(13).addSecs(60 * minute);
            const auto settled =
                PromiseRules::settle({promise(1, at(13))}, AnnounceKind::Update, now);
            QCOMPARE(settled.size(), 1);
            const Standing s = PromiseRules::standing(promise(1, at(13)), now, 15);
            switch (settled.first().state) {
            case State::Kept:
                QVERIFY(s != Standing::Overdue && s != Standing::Missed);
                break;
            case State::Late:
                QCOMPARE(name(s), name(Standing::Overdue));
                break;
            case State::Missed:
                QCOMPARE(name(s), name(Standing::Missed));
                break;
            default:
                QFAIL("an update never cancels");
            }
        }
    }

    void stateNamesRoundTrip()
    {
        for (State s : {State::Open, State::Kept, State::Late, State::Missed, State::Cancelled})
            QCOMPARE(toString(promiseStateFromString(toString(s))), toString(s));
        QCOMPARE(toString(State::Late), QStringLiteral("late"));
        QVERIFY(promiseStateFromString(QStringLiteral("bogus")) == State::Open);
    }
};

QTEST_GUILESS_MAIN(TestPromiseRules)
#include "tst_promiserules.moc"
