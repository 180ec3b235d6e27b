// The 15-minute rule: a claimed request is reported once when its time is up, including across
// a restart, and never after it was released.
#include "FakeClock.h"
#include "TestProfile.h"
#include "support/ClaimTimers.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace shiftdesk;
using namespace shiftdesk::test;

namespace {
const QString kChannel = QStringLiteral("C0SUPPORT");
const QString kTs1 = QStringLiteral("1767261600.000100");
const QString kTs2 = QStringLiteral("1767261700.000200");
} // namespace

class TestClaimTimers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<ClaimTimers> m_timers;

    void restart()
    {
        m_timers.reset();
        m_profile->reopen();
        m_timers = std::make_unique<ClaimTimers>(*m_profile->database, *m_clock);
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TestProfile>();
        m_clock = std::make_unique<FakeClock>(london(2026, 1, 5, 10, 0));
        m_timers = std::make_unique<ClaimTimers>(*m_profile->database, *m_clock);
    }

    void cleanup()
    {
        m_timers.reset();
        m_clock.reset();
        m_profile.reset();
    }

    void defaults()
    {
        QCOMPARE(ClaimTimers::kDefaultTimeoutMinutes, 15);
        QCOMPARE(m_timers->timeoutMinutes(), 15);
        QVERIFY(m_timers->due().isEmpty());
        QVERIFY(!m_timers->nextCheck().isValid());
        QVERIFY(!m_timers->isClaimed(kChannel, kTs1));
    }

    void firesOnceAtFifteenMinutes()
    {
        const QDateTime start = m_clock->now();
        QVERIFY(m_timers->claim(kChannel, kTs1));
        QVERIFY(m_timers->isClaimed(kChannel, kTs1));
        QCOMPARE(m_timers->claimedAt(kChannel, kTs1), start);
        QCOMPARE(m_timers->nextCheck(), start.addSecs(15 * 60));

        m_clock->advance(14 * 60 + 59);
        QVERIFY(m_timers->due().isEmpty());
        m_clock->advance(1);
        const QList<ClaimPrompt> due = m_timers->due();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].channelId, kChannel);
        QCOMPARE(due[0].ts, kTs1);
        QCOMPARE(due[0].claimedAt, start);
        QCOMPARE(due[0].dueAt, start.addSecs(15 * 60));

        QVERIFY(m_timers->due().isEmpty());
        m_clock->advance(3600);
        QVERIFY(m_timers->due().isEmpty());
        QVERIFY(!m_timers->nextCheck().isValid());
        QVERIFY(m_timers->isClaimed(kChannel, kTs1)); // still claimed, just prompted
    }

    void explicitTimesAndOrder()
    {
        const QDateTime t0 = m_clock->now();
        QVERIFY(m_timers->claim(kChannel, kTs2, t0.addSecs(60)));
        QVERIFY(m_timers->claim(kChannel, kTs1, t0));
        QCOMPARE(m_timers->nextCheck(t0), t0.addSecs(15 * 60));
        QCOMPARE(m_timers->nextCheck(t0.addSecs(20 * 60)), t0.addSecs(20 * 60)); // overdue: now
        const QList<ClaimPrompt> due = m_timers->due(t0.addSecs(20 * 60));
        QCOMPARE(due.size(), 2);
        QCOMPARE(due[0].ts, kTs1); // oldest claim first
        QCOMPARE(due[1].ts, kTs2);
    }

    void claimingAgainKeepsTheFirstTime()
    {
        const QDateTime t0 = m_clock->now();
        QVERIFY(m_timers->claim(kChannel, kTs1, t0));
        QVERIFY(m_timers->claim(kChannel, kTs1, t0.addSecs(600)));
        QCOMPARE(m_timers->claimedAt(kChannel, kTs1), t0);
        QCOMPARE(m_timers->due(t0.addSecs(15 * 60)).size(), 1);
    }

    void releaseCancels()
    {
        QVERIFY(m_timers->claim(kChannel, kTs1));
        QVERIFY(m_timers->claim(QStringLiteral("C0OTHER"), kTs1));
        QVERIFY(m_timers->release(kChannel, kTs1));
        QVERIFY(!m_timers->isClaimed(kChannel, kTs1));
        m_clock->advance(15 * 60);
        const QList<ClaimPrompt> due = m_timers->due();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].channelId, QStringLiteral("C0OTHER"));

        // Claimed again after the release: a new timer from the new claim.
        QVERIFY(m_timers->claim(kChannel, kTs1));
        QCOMPARE(m_timers->nextCheck(), m_clock->now().addSecs(15 * 60));
        m_clock->advance(15 * 60);
        QCOMPARE(m_timers->due().size(), 1);
    }

    void configurableTimeout()
    {
        m_timers->setTimeoutMinutes(5);
        QCOMPARE(m_timers->timeoutMinutes(), 5);
        QVERIFY(m_timers->claim(kChannel, kTs1));
        m_clock->advance(5 * 60);
        QCOMPARE(m_timers->due().size(), 1);
        m_timers->setTimeoutMinutes(0);
        QCOMPARE(m_timers->timeoutMinutes(), 1);
        ClaimTimers thirty(*m_profile->database, *m_clock, 30);
        QVERIFY(thirty.claim(kChannel, kTs2));
        m_clock->advance(29 * 60);
        QVERIFY(thirty.due().isEmpty());
        m_clock->advance(60);
        QCOMPARE(thirty.due().size(), 1);
    }

    void restartBeforeDueKeepsTheClaim()
    {
        const QDateTime start = m_clock->now();
        QVERIFY(m_timers->claim(kChannel, kTs1));
        m_clock->advance(10 * 60);
        restart();
        QVERIFY(m_timers->isClaimed(kChannel, kTs1));
        QCOMPARE(m_timers->nextCheck(), start.addSecs(15 * 60));
        QVERIFY(m_timers->due().isEmpty());
        m_clock->advance(5 * 60);
        QCOMPARE(m_timers->due().size(), 1);
    }

    void restartWhileNotRunningStillPrompts()
    {
        QVERIFY(m_timers->claim(kChannel, kTs1));
        m_timers.reset();
        m_profile->close();
        m_clock->advance(2 * 3600); // the app was closed when the time ran out
        m_profile->open();
        m_timers = std::make_unique<ClaimTimers>(*m_profile->database, *m_clock);
        QCOMPARE(m_timers->nextCheck(), m_clock->now());
        QCOMPARE(m_timers->due().size(), 1);
    }

    void restartAfterPromptDoesNotRepeat()
    {
        QVERIFY(m_timers->claim(kChannel, kTs1));
        QVERIFY(m_timers->claim(kChannel, kTs2, m_clock->now().addSecs(10 * 60)));
        m_clock->advance(15 * 60);
        QCOMPARE(m_timers->due().size(), 1);
        restart();
        QVERIFY(m_timers->due().isEmpty());
        QCOMPARE(m_timers->nextCheck(), m_clock->now().addSecs(10 * 60));
        m_clock->advance(10 * 60);
        const QList<ClaimPrompt> due = m_timers->due();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].ts, kTs2);
        restart();
        QVERIFY(m_timers->due().isEmpty());
        QVERIFY(!m_timers->nextCheck().isValid());
    }

    void twoInstancesReportOnce()
    {
        QVERIFY(m_timers->claim(kChannel, kTs1));
        ClaimTimers other(*m_profile->database, *m_clock);
        m_clock->advance(15 * 60);
        QCOMPARE(m_timers->due().size() + other.due().size(), 1);
    }

    void schema()
    {
        QSqlQuery q(m_profile->database->handle());
        QVERIFY(q.exec(QStringLiteral("SELECT channel_id, ts, claimed_at, prompted_at"
                                      " FROM support_claims")));
        QVERIFY(m_profile->database->schemaVersion() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestClaimTimers)
#include "tst_claimtimers.moc"
