// The alarm feed against the fake Slack: back-fill, polling, Socket Mode, grouping, triage
// with the :eyes: reaction, teammates looking, the offline cache, and channel problems.
#include "AlarmFixtures.h"
#include "SlackTestEnvironment.h"
#include "alarms/AlarmFeed.h"
#include "core/Clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace shiftdesk;
using namespace shiftdesk::test;
using shiftdesk::fake::FakeSlack;

class TestAlarmFeed : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlackTestEnvironment> m_env;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<SlackConnection> m_connection;
    std::unique_ptr<AlarmFeed> m_feed;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void storeTokens(bool withAppToken) { QVERIFY(m_env->storeTokens(withAppToken)); }

    void startFeed()
    {
        m_connection = m_env->connect();
        m_connection->socketMode()->setBackoff(50, 500);
        m_feed = std::make_unique<AlarmFeed>(*m_env->profile->database, *m_env->profile->settings,
                                             *m_clock, m_connection.get());
        m_feed->setPollIntervals(300, 2000);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_feed->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY(m_feed->start(&error));
        QVERIFY(m_feed->isLoading()); // the cache loads in slices, after start() returns
        QTRY_VERIFY(!m_feed->isLoading());
        m_connection->start();
    }

    void stopFeed()
    {
        m_tester.reset();
        m_feed.reset();
        m_connection.reset();
    }

    const AlarmRow* rowNamed(const QString& alertName) const
    {
        const AlarmModel* model = m_feed->model();
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->rowAt(i).group.alertName == alertName)
                return &model->rowAt(i);
        }
        return nullptr;
    }

    ParsedAlarm::Status stateOf(const QString& alertName) const
    {
        const AlarmRow* row = rowNamed(alertName);
        return row ? row->group.state : ParsedAlarm::Status::Unknown;
    }

    int messageCountOf(const QString& alertName) const
    {
        const AlarmRow* row = rowNamed(alertName);
        return row ? int(row->group.messageTs.size()) : -1;
    }

    QString describeRows() const
    {
        QStringList out;
        const AlarmModel* model = m_feed->model();
        for (int i = 0; i < model->rowCount(); ++i)
            out << model->rowAt(i).group.key + QLatin1Char('/') + model->rowAt(i).latest.title;
        return out.join(QStringLiteral(" | "));
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<SlackTestEnvironment>();
        m_env->slack->addChannel(QStringLiteral("C0HIGH"), QStringLiteral("high-priority-alarms"));
        m_env->slack->addChannel(QStringLiteral("C0LOW"), QStringLiteral("low-priority-alarms"));
        m_env->slack->addChannel(QStringLiteral("C0OTHER"), QStringLiteral("random"));
        m_clock = std::make_unique<SystemClock>();
    }

    void cleanup()
    {
        stopFeed();
        m_clock.reset();
        m_env.reset();
    }

    void backfillGroupsFiringAndResolved()
    {
        m_env->slack->postMessage(QStringLiteral("C0LOW"),
                                  alertmanagerPost(QStringLiteral("Node-Disk-Space-Low"), true,
                                                   QStringLiteral("warning"),
                                                   QStringLiteral("10.0.0.1:9100")));
        m_env->slack->postMessage(QStringLiteral("C0HIGH"),
                                  alertmanagerPost(QStringLiteral("KubeApiDown"), true,
                                                   QStringLiteral("critical"),
                                                   QStringLiteral("api")));
        m_env->slack->postMessage(QStringLiteral("C0LOW"),
                                  alertmanagerPost(QStringLiteral("Node-Disk-Space-Low"), false,
                                                   QStringLiteral("warning"),
                                                   QStringLiteral("10.0.0.1:9100")));
        m_env->slack->postMessage(QStringLiteral("C0OTHER"),
                                  {{QStringLiteral("text"), QStringLiteral("lunch?")}});
        storeTokens(false);
        startFeed();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_env->slack->callCount(QStringLiteral("conversations.history")) >= 2, 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(m_feed->model()->rowCount() == 2, qPrintable(describeRows()),
                                  10000);
        const AlarmRow* disk = rowNamed(QStringLiteral("Node-Disk-Space-Low"));
        QVERIFY(disk);
        QCOMPARE(disk->group.state, ParsedAlarm::Status::Resolved);
        QCOMPARE(disk->group.messageTs.size(), 2);
        QCOMPARE(disk->channelName, QStringLiteral("low-priority-alarms"));
        const AlarmRow* api = rowNamed(QStringLiteral("KubeApiDown"));
        QVERIFY(api);
        QVERIFY(api->isHighPriority());
        QCOMPARE(api->group.state, ParsedAlarm::Status::Firing);
        // What was there before the first sync counts as read.
        QCOMPARE(m_feed->model()->unreadCount(false), 0);
        QVERIFY(m_feed->statusText().contains(QStringLiteral("every")));
    }

    void pollingPicksUpNewAlarmsAndNotifies()
    {
        storeTokens(false);
        startFeed();
        QSignalSpy newHigh(m_feed.get(), &AlarmFeed::newHighPriorityAlarm);
        QSignalSpy unread(m_feed.get(), &AlarmFeed::unreadChanged);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_env->slack->callCount(QStringLiteral("conversations.history")) >= 2, 10000);
        m_env->slack->postMessage(QStringLiteral("C0HIGH"),
                                  alertmanagerPost(QStringLiteral("PagerDutyTest"), true,
                                                   QStringLiteral("critical"),
                                                   QStringLiteral("x")));
        QTRY_COMPARE_WITH_TIMEOUT(newHigh.size(), 1, 10000);
        QCOMPARE(newHigh.at(0).at(1).toString(), QStringLiteral("PagerDutyTest"));
        QCOMPARE(m_feed->model()->unreadCount(true), 1);
        QVERIFY(!unread.isEmpty());
        QCOMPARE(unread.last().at(0).toInt(), 1);
        m_feed->markAllRead();
        QCOMPARE(m_feed->model()->unreadCount(false), 0);
        QCOMPARE(unread.last().at(0).toInt(), 0);
    }

    void socketModeDeliversLiveChanges()
    {
        storeTokens(true);
        startFeed();
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->isLive(), 10000);
        QVERIFY(m_feed->statusText().contains(QStringLiteral("Socket Mode")));
        const QString ts = m_env->slack->postMessage(
            QStringLiteral("C0LOW"),
            alertmanagerPost(QStringLiteral("CertExpiring"), true, QStringLiteral("warning"),
                             QStringLiteral("ingress")));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("CertExpiring")),
                                  ParsedAlarm::Status::Firing, 5000);
        m_env->slack->postMessage(QStringLiteral("C0LOW"),
                                  alertmanagerPost(QStringLiteral("CertExpiring"), false,
                                                   QStringLiteral("warning"),
                                                   QStringLiteral("ingress")));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("CertExpiring")),
                                  ParsedAlarm::Status::Resolved, 5000);
        QCOMPARE(m_feed->model()->rowCount(), 1);
        m_env->slack->deleteMessage(QStringLiteral("C0LOW"), ts);
        QTRY_COMPARE_WITH_TIMEOUT(messageCountOf(QStringLiteral("CertExpiring")), 1, 5000);
    }

    void acknowledgingAddsTheEyesReaction()
    {
        const QString ts = m_env->slack->postMessage(
            QStringLiteral("C0HIGH"),
            alertmanagerPost(QStringLiteral("KubeApiDown"), true, QStringLiteral("critical"),
                             QStringLiteral("api")));
        storeTokens(false);
        startFeed();
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("KubeApiDown")), 10000);
        const QString key = rowNamed(QStringLiteral("KubeApiDown"))->group.key;
        m_feed->acknowledge(key);
        QCOMPARE(rowNamed(QStringLiteral("KubeApiDown"))->triage.state,
                 Triage::State::Acknowledged);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->slack->callCount(QStringLiteral("reactions.add")), 1,
                                  5000);
        const auto request = m_env->slack->requests().last();
        QCOMPARE(request.params.value(QStringLiteral("name")).toString(), QStringLiteral("eyes"));
        QCOMPARE(request.params.value(QStringLiteral("timestamp")).toString(), ts);
        const QJsonObject stored =
            m_env->slack->messages(QStringLiteral("C0HIGH")).first().toObject();
        QCOMPARE(stored.value(QLatin1String("reactions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("eyes"));
        QTRY_VERIFY(
            rowNamed(QStringLiteral("KubeApiDown"))->lookers.contains(QStringLiteral("you")));
        // Triage survives a restart.
        m_feed->setNote(key, QStringLiteral("Looking at the API server logs"));
        AlarmStore store(*m_env->profile->database);
        QCOMPARE(store.triage().value(key).state, Triage::State::Acknowledged);
        QCOMPARE(store.triage().value(key).note, QStringLiteral("Looking at the API server logs"));
    }

    void teammatesLookingShowByName()
    {
        m_env->slack->addUser(
            {{QStringLiteral("id"), QStringLiteral("U0PRIYA")},
             {QStringLiteral("name"), QStringLiteral("priya")},
             {QStringLiteral("real_name"), QStringLiteral("Priya Patel")},
             {QStringLiteral("profile"),
              QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Priya")}}}});
        QJsonObject post = alertmanagerPost(QStringLiteral("QueueBacklog"), true,
                                            QStringLiteral("warning"), QStringLiteral("sqs"));
        post.insert(
            QStringLiteral("reactions"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("eyes")},
                                   {QStringLiteral("users"), QJsonArray{QStringLiteral("U0PRIYA")}},
                                   {QStringLiteral("count"), 1}}});
        m_env->slack->postMessage(QStringLiteral("C0LOW"), post);
        storeTokens(false);
        startFeed();
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("QueueBacklog")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rowNamed(QStringLiteral("QueueBacklog"))->lookers,
                                  QStringList{QStringLiteral("Priya")}, 5000);
    }

    void cacheIsShownOfflineWithItsAge()
    {
        m_env->slack->postMessage(QStringLiteral("C0HIGH"),
                                  alertmanagerPost(QStringLiteral("KubeApiDown"), true,
                                                   QStringLiteral("critical"),
                                                   QStringLiteral("api")));
        storeTokens(false);
        startFeed();
        QTRY_COMPARE_WITH_TIMEOUT(m_feed->model()->rowCount(), 1, 10000);
        stopFeed();
        m_env->slack.reset();                                   // Slack is gone
        m_env->secrets = std::make_unique<MemorySecretStore>(); // and no token this time
        m_env->profile->reopen();
        startFeed();
        QCOMPARE(m_feed->model()->rowCount(), 1);
        QTRY_VERIFY(m_feed->statusText().contains(QStringLiteral("cached")));
    }

    void bigCacheLoadsInSlices()
    {
        // 9,001 cached messages (more than two load slices) from an older cache without
        // summaries: every pair groups, and the loader fills in the summaries as it goes.
        {
            AlarmStore store(*m_env->profile->database);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            store.rememberChannel(QStringLiteral("low-priority-alarms"), QStringLiteral("C0LOW"),
                                  false, true, now);
            QList<StoredMessage> batch;
            const qint64 base = now.toSecsSinceEpoch() - 20000;
            for (int i = 0; i < 9001; ++i) {
                const QString ts = QStringLiteral("%1.000100").arg(base + i);
                QJsonObject m = alertmanagerPost(QStringLiteral("Cached"), i % 2 == 0,
                                                 QStringLiteral("warning"),
                                                 QStringLiteral("node-%1").arg(i / 2));
                m.insert(QStringLiteral("ts"), ts);
                batch.append({QStringLiteral("C0LOW"), ts, m});
            }
            QVERIFY(store.upsertMessages(batch, now));
        }
        startFeed();
        QCOMPARE(m_feed->model()->rowCount(), 4501);
        const AlarmRow* last = rowNamed(QStringLiteral("Cached"));
        QVERIFY(last);
        int resolved = 0;
        for (int i = 0; i < m_feed->model()->rowCount(); ++i)
            resolved += m_feed->model()->rowAt(i).group.state == ParsedAlarm::Status::Resolved;
        QCOMPARE(resolved, 4500);
        AlarmStore store(*m_env->profile->database);
        int withSummary = 0;
        for (const CachedSummary& c : store.summaries([](const QJsonObject&, const QString&) {
                 return QByteArray("should not be needed");
             }))
            withSummary += c.summary != "should not be needed";
        QCOMPARE(withSummary, 9001);
    }

    void cacheRetentionIsBounded()
    {
        AlarmStore store(*m_env->profile->database);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<StoredMessage> batch;
        for (int i = 0; i < 8; ++i) {
            // Three messages from 40 days ago, five from the last hour.
            const qint64 at = now.toSecsSinceEpoch() - (i < 3 ? 40 * 86400 + i : 3600 - i);
            const QString ts = QStringLiteral("%1.000000").arg(at);
            batch.append({QStringLiteral("C0LOW"), ts, {{QStringLiteral("ts"), ts}}});
        }
        QVERIFY(store.upsertMessages(batch, now));
        QCOMPARE(store.prune(now.addDays(-30), 100), 3); // older than 30 days
        QCOMPARE(store.messageCount(), 5);
        QCOMPARE(store.prune(now.addDays(-30), 2), 3); // at most 2, the newest kept
        QCOMPARE(store.messageCount(), 2);
        QVERIFY(store.message(QStringLiteral("C0LOW"), batch.at(7).ts).has_value());
        QVERIFY(!store.message(QStringLiteral("C0LOW"), batch.at(3).ts).has_value());
    }

    void channelProblemsAreExplained()
    {
        m_env->slack->setBotMember(QStringLiteral("C0LOW"), false);
        SlackConfig config = m_env->profile->settings->slackConfig();
        config.alarmChannels.append(
            {QStringLiteral("no-such-alarms"), AlarmChannel::Priority::Low});
        m_env->profile->settings->setSlackConfig(config);
        storeTokens(false);
        startFeed();
        QTRY_COMPARE_WITH_TIMEOUT(m_feed->channelProblems().size(), 2, 10000);
        const QString problems = m_feed->channelProblems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("/invite")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("#no-such-alarms was not found")),
                 qPrintable(problems));
    }

    void longGapsArePagedAcrossPollsWithoutSkipping()
    {
        storeTokens(false);
        startFeed();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_env->slack->callCount(QStringLiteral("conversations.history")) >= 2, 10000);
        m_env->slack->setPageSizeCap(1); // one message per page: 10 pages per poll
        for (int i = 0; i < 14; ++i)
            m_env->slack->postMessage(QStringLiteral("C0LOW"),
                                      alertmanagerPost(QStringLiteral("Burst-%1").arg(i), true,
                                                       QStringLiteral("warning"),
                                                       QStringLiteral("x")));
        QTRY_COMPARE_WITH_TIMEOUT(m_feed->model()->rowCount(), 14, 15000);
    }

    void revokedTokenStopsAndSaysWhat()
    {
        storeTokens(false);
        m_env->slack->setBotToken(QStringLiteral("xoxb-another"));
        startFeed();
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), SlackConnection::State::AuthFailed, 10000);
        QVERIFY(m_connection->statusText().contains(QStringLiteral("token")));
        QCOMPARE(m_env->slack->callCount(QStringLiteral("conversations.history")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlarmFeed)
#include "tst_alarmfeed.moc"
