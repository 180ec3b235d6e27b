// HandoverService against the fake Slack, with the real checklist, alarm feed and announcement
// services seeded with a day: the handover's content, posting it once (to a channel or a direct
// message, with lost answers and an interrupted post), its history, and the Overnight view.
#include "AlarmFixtures.h"
#include "FakeClock.h"
#include "SlackTestEnvironment.h"
#include "alarms/AlarmFeed.h"
#include "announce/AnnounceService.h"
#include "checklist/ChecklistService.h"
#include "handover/HandoverHistoryModel.h"
#include "handover/HandoverService.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace shiftdesk;
using namespace shiftdesk::test;
using shiftdesk::fake::FakeFault;

namespace {
const QString kHigh = QStringLiteral("C0HIGH");
const QString kLow = QStringLiteral("C0LOW");
const QString kAsk = QStringLiteral("C0ASK");
const QString kHandover = QStringLiteral("C0CP"); // #cloud-platform, the default destination
const QString kOnCall = QStringLiteral("U0ONCALL");

QString tsAt(const QDateTime& at, int micro = 100)
{
    return QString::number(at.toSecsSinceEpoch()) +
           QStringLiteral(".%1").arg(micro, 6, 10, QLatin1Char('0'));
}
} // namespace

class TestHandoverService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlackTestEnvironment> m_env;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<SlackConnection> m_connection;
    std::unique_ptr<ChecklistService> m_checklist;
    std::unique_ptr<AlarmFeed> m_feed;
    std::unique_ptr<AnnounceService> m_announce;
    std::unique_ptr<HandoverService> m_service;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void alarm(const QString& channel, const QString& name, bool firing, const QDateTime& at)
    {
        QJsonObject m = alertmanagerPost(name, firing, QStringLiteral("critical"),
                                         QStringLiteral("10.0.0.1:9100"));
        m.insert(QStringLiteral("ts"), tsAt(at));
        m_env->slack->postMessage(channel, m);
    }

    void say(const QString& channel, const QString& user, const QString& text, const QDateTime& at,
             const QString& subtype = {})
    {
        QJsonObject m{{QStringLiteral("type"), QStringLiteral("message")},
                      {QStringLiteral("user"), user},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("ts"), tsAt(at)}};
        if (!subtype.isEmpty())
            m.insert(QStringLiteral("subtype"), subtype);
        m_env->slack->postMessage(channel, m);
    }

    std::unique_ptr<HandoverService> makeService()
    {
        auto s = std::make_unique<HandoverService>(
            *m_env->profile->database, *m_env->profile->settings, *m_clock, m_connection.get(),
            m_checklist.get(), m_feed.get(), m_announce.get(), nullptr);
        s->poster()->setVerifyDelays({0, 200});
        return s;
    }

    // The shift's services, started with the clock at `at`.
    void startShift(const QDateTime& at)
    {
        m_clock = std::make_unique<FakeClock>(at);
        m_connection = m_env->connect();
        m_connection->client()->setRetryPolicy(2, 50);
        m_connection->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isConnected(), 10000);
        QString error;
        m_checklist = std::make_unique<ChecklistService>(*m_env->profile->database,
                                                         *m_env->profile->settings, *m_clock);
        QVERIFY2(m_checklist->start(&error), qPrintable(error));
        m_feed = std::make_unique<AlarmFeed>(*m_env->profile->database, *m_env->profile->settings,
                                             *m_clock, m_connection.get());
        m_feed->setPollIntervals(300, 2000);
        QVERIFY(m_feed->start(&error));
        QTRY_VERIFY(!m_feed->isLoading());
        m_announce = std::make_unique<AnnounceService>(
            *m_env->profile->database, *m_env->profile->settings, *m_clock, m_connection.get(),
            m_env->profile->dir.filePath(QStringLiteral("announce-templates.json")));
        QVERIFY(m_announce->start(nullptr));
        m_service = makeService();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_service->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_service->start(&error));
    }

    void stopShift()
    {
        m_tester.reset();
        m_service.reset();
        m_announce.reset();
        m_feed.reset();
        m_checklist.reset();
        m_connection.reset();
    }

    const AlarmRow* alarmRow(const QString& name) const
    {
        for (int i = 0; i < m_feed->model()->rowCount(); ++i) {
            if (m_feed->model()->rowAt(i).group.alertName == name)
                return &m_feed->model()->rowAt(i);
        }
        return nullptr;
    }

    void announce(const QString& templateId, const QString& text)
    {
        const qint64 id = m_announce->newDraft(templateId);
        auto draft = m_announce->store().draft(id);
        QVERIFY(draft);
        draft->text = text;
        QVERIFY(m_announce->saveDraft(*draft));
        std::optional<PostOutcome> out;
        m_announce->post(id, this, [&out](const PostOutcome& o) { out = o; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        QVERIFY2(out->posted(), qPrintable(out->message));
    }

    // The next post's answer is lost, and the channel cannot be searched for it (`looks` tries).
    void loseTheAnswerAndTheWayToCheck(int looks)
    {
        FakeFault drop;
        drop.kind = FakeFault::Kind::DropAfterProcessing;
        m_env->slack->injectFault(QStringLiteral("chat.postMessage"), drop);
        FakeFault down;
        down.kind = FakeFault::Kind::Http503;
        m_env->slack->injectFault(QStringLiteral("conversations.history"), down, looks);
    }

    PostOutcome post(const QString& wire)
    {
        std::optional<PostOutcome> out;
        m_service->post(wire, this, [&out](const PostOutcome& o) { out = o; });
        if (!QTest::qWaitFor([&out]() { return out.has_value(); }, 20000))
            QTest::qFail("no outcome", __FILE__, __LINE__);
        return out.value_or(PostOutcome());
    }

    int inSlack(const QString& channel) const
    {
        int n = 0;
        for (const QJsonValue& v : m_env->slack->messages(channel))
            n += v.toObject().value(QStringLiteral("bot_id")).toString() ==
                         m_connection->identity().botId
                     ? 1
                     : 0;
        return n;
    }

    QString handoverText()
    {
        return m_service->toWire(m_service->heading(), m_service->sections());
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<SlackTestEnvironment>();
        m_env->slack->addChannel(kHigh, QStringLiteral("high-priority-alarms"));
        m_env->slack->addChannel(kLow, QStringLiteral("low-priority-alarms"));
        m_env->slack->addChannel(kAsk, QStringLiteral("ask-cloud-platform"));
        m_env->slack->addChannel(kHandover, QStringLiteral("cloud-platform"));
        m_env->slack->addUser(
            QJsonObject{{QStringLiteral("id"), kOnCall},
                        {QStringLiteral("name"), QStringLiteral("sam")},
                        {QStringLiteral("real_name"), QStringLiteral("Sam Oncall")},
                        {QStringLiteral("deleted"), false},
                        {QStringLiteral("is_bot"), false},
                        {QStringLiteral("profile"),
                         QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Sam")}}}});
        m_env->slack->addUser(QJsonObject{{QStringLiteral("id"), QStringLiteral("U0ALEX")},
                                          {QStringLiteral("name"), QStringLiteral("alex")},
                                          {QStringLiteral("real_name"), QStringLiteral("Alex")},
                                          {QStringLiteral("deleted"), false},
                                          {QStringLiteral("is_bot"), false}});
        m_env->slack->addUser(QJsonObject{{QStringLiteral("id"), QStringLiteral("U0GONE")},
                                          {QStringLiteral("name"), QStringLiteral("gone")},
                                          {QStringLiteral("deleted"), true}});
        QVERIFY(m_env->storeTokens(false));
    }

    void cleanup()
    {
        stopShift();
        m_clock.reset();
        m_env.reset();
    }

    void contentFromTheSeededShift()
    {
        const QDateTime monday = london(2026, 11, 30, 17, 50);
        alarm(kHigh, QStringLiteral("KubeApiDown"), true, monday.addSecs(-3 * 3600));
        alarm(kLow, QStringLiteral("Node-Disk-Space-Low"), true, monday.addSecs(-2 * 3600));
        alarm(kLow, QStringLiteral("Node-Disk-Space-Low"), false, monday.addSecs(-3600));
        alarm(kLow, QStringLiteral("NoisyAlert"), true, monday.addSecs(-1800));
        startShift(monday);
        QTRY_VERIFY_WITH_TIMEOUT(alarmRow(QStringLiteral("NoisyAlert")) &&
                                     alarmRow(QStringLiteral("Node-Disk-Space-Low")) &&
                                     alarmRow(QStringLiteral("KubeApiDown")),
                                 10000);
        const QString api = alarmRow(QStringLiteral("KubeApiDown"))->group.key;
        m_feed->setTriageState(api, Triage::State::Investigating);
        m_feed->setNote(api, QStringLiteral("etcd <slow> & leader changes"));
        m_feed->setTriageState(alarmRow(QStringLiteral("NoisyAlert"))->group.key,
                               Triage::State::Noise);
        announce(QStringLiteral("incident"),
                 QStringLiteral("*ANNOUNCEMENT:* Jenkins is down. We will update at 7PM."));
        announce(QStringLiteral("planned-maintenance"),
                 QStringLiteral("*ANNOUNCEMENT:* Postgres upgrade on CLA tomorrow."));
        // Planned work announced days ago that nobody closed is not tonight's work.
        Announcement stale;
        stale.channelId = QStringLiteral("C0STALE");
        stale.channelName = QStringLiteral("ask-cloud-platform");
        stale.ts = QStringLiteral("1700000000.000100");
        stale.templateId = QStringLiteral("planned-maintenance");
        stale.text = QStringLiteral("*ANNOUNCEMENT:* Redis upgrade last week.");
        stale.postedAt = m_clock->now().addDays(-3);
        QVERIFY(m_announce->store().recordAnnouncement(stale, {}, 0));
        QVERIFY(
            m_checklist->todayModel()->setItemDone(QStringLiteral("check-alarm-channels"), true));
        SupportRequest request;
        request.asker = QStringLiteral("U0ASKER");
        request.text = QStringLiteral("Is the registry down?");
        request.postedAt = monday.addSecs(-600);
        SupportRequest answered = request;
        answered.text = QStringLiteral("Thanks, solved");
        answered.state = SupportRequest::State::Answered;
        m_service->setSupportSource([request, answered]() {
            return QList<SupportRequest>{request, answered};
        });

        const HandoverSnapshot snap = m_service->snapshot();
        QCOMPARE(snap.alarms.size(), 1); // resolved and noise are left out
        QCOMPARE(snap.alarms.at(0).title, QStringLiteral("KubeApiDown"));
        QCOMPARE(snap.incidents.size(), 1);
        QCOMPARE(snap.incidents.at(0).openPromises,
                 (QList<QDateTime>{london(2026, 11, 30, 19, 0)}));
        QCOMPARE(snap.plannedWork.size(), 1);
        QCOMPARE(snap.unanswered.size(), 1);
        QVERIFY(
            snap.openChecklistItems.contains(QStringLiteral("Read through #ask-cloud-platform")));
        QVERIFY(!snap.openChecklistItems.contains(
            QStringLiteral("Check #low-priority-alarms and #high-priority-alarms for any issues "
                           "to investigate")));
        for (const QString& item : snap.openChecklistItems)
            QVERIFY(!item.startsWith(QStringLiteral("Hand over planned work")));

        const QString wire = handoverText();
        QVERIFY2(wire.contains(QStringLiteral("KubeApiDown")), qPrintable(wire));
        QVERIFY(wire.contains(QStringLiteral("Investigating")));
        QVERIFY(wire.contains(QStringLiteral("etcd &lt;slow&gt; &amp; leader changes")));
        QVERIFY(wire.contains(QStringLiteral("/archives/C0HIGH/p"))); // the alarm's permalink
        QVERIFY(!wire.contains(QStringLiteral("NoisyAlert")));
        QVERIFY(wire.contains(QStringLiteral("Jenkins is down")));
        QVERIFY(wire.contains(QStringLiteral("update promised at 19:00")));
        QVERIFY(wire.contains(QStringLiteral("Postgres upgrade on CLA tomorrow")));
        QVERIFY(!wire.contains(QStringLiteral("Redis upgrade last week")));
        // Askers are named, not mentioned: the handover must not notify them.
        QVERIFY2(wire.contains(QStringLiteral("U0ASKER: Is the registry down?")), qPrintable(wire));
        QVERIFY(!wire.contains(QStringLiteral("<@U0ASKER>")));
        QVERIFY(!wire.contains(QStringLiteral("Thanks, solved")));
    }

    void postsToTheChannelOnceTicksAndKeepsHistory()
    {
        startShift(london(2026, 11, 30, 17, 50));
        QVERIFY(!m_checklist->todayModel()->isDone(HandoverService::kHandoverItem));
        QSignalSpy posted(m_service.get(), &HandoverService::posted);
        const QString wire = handoverText();
        const PostOutcome out = post(wire);
        QVERIFY2(out.posted(), qPrintable(out.message));
        QCOMPARE(inSlack(kHandover), 1);
        QCOMPARE(m_env->slack->messages(kHandover)
                     .last()
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 wire);
        QCOMPARE(posted.size(), 1);
        QVERIFY(m_checklist->todayModel()->isDone(HandoverService::kHandoverItem));
        QCOMPARE(m_service->historyModel()->rowCount(), 1);
        const QModelIndex row = m_service->historyModel()->index(0);
        QCOMPARE(row.data(HandoverHistoryModel::StateRole).toString(), QStringLiteral("posted"));
        QVERIFY(row.data(HandoverHistoryModel::PermalinkRole).toString().contains(kHandover));
        QCOMPARE(row.data(HandoverHistoryModel::TextRole).toString(), wire);

        // Kept across a restart.
        stopShift();
        m_env->profile->reopen();
        startShift(london(2026, 12, 1, 9, 0));
        QCOMPARE(m_service->historyModel()->rowCount(), 1);
        QCOMPARE(m_service->store().all().at(0).text, wire);
        QCOMPARE(m_service->store().all().at(0).channelName, QStringLiteral("#cloud-platform"));
    }

    void postsAsADirectMessageToTheOnCallEngineer()
    {
        // The fake has no direct-message conversations: a conversation whose id is the user's
        // stands for the app's DM with them (chat.postMessage with channel = the user id).
        m_env->slack->addChannel(kOnCall, QStringLiteral("dm-sam"));
        startShift(london(2026, 11, 30, 17, 50));
        std::optional<QList<OnCallCandidate>> people;
        m_service->loadOnCallCandidates(
            this, [&people](const QList<OnCallCandidate>& list, const QString& error) {
                QVERIFY2(error.isEmpty(), qPrintable(error));
                people = list;
            });
        QTRY_VERIFY_WITH_TIMEOUT(people.has_value(), 10000);
        QStringList names;
        for (const OnCallCandidate& c : *people)
            names << c.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Alex"), QStringLiteral("Sam")}));
        bool paged = false;
        for (const auto& r : m_env->slack->requests())
            paged = paged || (r.method == QLatin1String("users.list") &&
                              r.params.contains(QStringLiteral("limit")));
        QVERIFY(paged); // users.list wants a limit (reference §2)

        m_service->setDestination(SupportConfig::HandoverTo::DirectMessage, {}, kOnCall);
        QCOMPARE(m_service->destinationText(), QStringLiteral("a direct message to Sam"));
        const PostOutcome out = post(handoverText());
        QVERIFY2(out.posted(), qPrintable(out.message));
        QCOMPARE(inSlack(kOnCall), 1);
        QCOMPARE(inSlack(kHandover), 0);
        const HandoverRecord r = m_service->store().all().at(0);
        QVERIFY(r.destination == HandoverRecord::Destination::DirectMessage);
        QCOMPARE(r.recipient, kOnCall);
        QCOMPARE(r.title(), QStringLiteral("Sam (direct message)"));
        QVERIFY(m_checklist->todayModel()->isDone(HandoverService::kHandoverItem));
    }

    void aLostAnswerIsLookedForNotPostedTwice()
    {
        startShift(london(2026, 11, 30, 17, 50));
        FakeFault drop;
        drop.kind = FakeFault::Kind::DropAfterProcessing;
        m_env->slack->injectFault(QStringLiteral("chat.postMessage"), drop);
        const PostOutcome out = post(handoverText());
        QVERIFY2(out.posted(), qPrintable(out.message));
        QVERIFY(out.foundAfterUnknown);
        QCOMPARE(inSlack(kHandover), 1);
        QCOMPARE(m_service->store().all().size(), 1);
        QVERIFY(m_service->store().all().at(0).state == HandoverRecord::State::Posted);
    }

    // The answer is lost and Slack cannot be searched: nothing is sent again until it is found.
    void anUnknownOutcomeBlocksTheNextPostUntilChecked()
    {
        startShift(london(2026, 11, 30, 17, 50));
        const QString wire = handoverText();
        loseTheAnswerAndTheWayToCheck(40);
        const PostOutcome first = post(wire);
        QVERIFY(first.state == PostOutcome::State::Unknown);
        QVERIFY(m_service->store().unsettled().has_value());
        QVERIFY(m_service->store().unsettled()->state == HandoverRecord::State::Unknown);

        // Still cannot look: refused, nothing sent.
        const PostOutcome blocked = post(wire + QStringLiteral(" (edited)"));
        QVERIFY(blocked.state == PostOutcome::State::Unknown);
        QCOMPARE(m_env->slack->callCount(QStringLiteral("chat.postMessage")), 1);

        m_env->slack->clearFaults();
        m_env->slack->clearRequests();
        const PostOutcome second = post(wire + QStringLiteral(" (edited)"));
        // The first one is found in Slack; this one is not sent (and the composer keeps it).
        QVERIFY(second.state == PostOutcome::State::NotPosted);
        QVERIFY(second.foundAfterUnknown);
        QVERIFY2(second.message.contains(QStringLiteral("it was posted once")),
                 qPrintable(second.message));
        QCOMPARE(m_env->slack->callCount(QStringLiteral("chat.postMessage")), 0);
        QCOMPARE(inSlack(kHandover), 1);
        QVERIFY(!m_service->store().unsettled().has_value());
        QVERIFY(m_checklist->todayModel()->isDone(HandoverService::kHandoverItem));
    }

    void anUnknownOutcomeCanBeSettledByHand()
    {
        startShift(london(2026, 11, 30, 17, 50));
        const QString wire = handoverText();
        loseTheAnswerAndTheWayToCheck(400);
        QVERIFY(post(wire).state == PostOutcome::State::Unknown);
        QVERIFY(m_service->hasUnsettledPost());
        QVERIFY(post(wire).state == PostOutcome::State::Unknown); // still blocked
        QCOMPARE(m_env->slack->callCount(QStringLiteral("chat.postMessage")), 1);

        // The user looked in Slack and settles it: the next post goes out, the history says so.
        m_service->settleByHand();
        QVERIFY(!m_service->hasUnsettledPost());
        QVERIFY(!m_service->store().unsettled().has_value());
        QVERIFY(m_service->store().all().first().state == HandoverRecord::State::Checked);
        const PostOutcome next = post(wire + QStringLiteral(" (second)"));
        QVERIFY2(next.posted(), qPrintable(next.message));
        QCOMPARE(m_env->slack->callCount(QStringLiteral("chat.postMessage")), 2);
    }

    // The app died after the mark was written: the next Post looks first.
    void aPostInterruptedByACrashIsFoundNotSentAgain()
    {
        startShift(london(2026, 11, 30, 17, 50));
        const QString wire = handoverText();
        HandoverRecord r;
        r.createdAt = m_clock->now();
        r.attemptedAt = QDateTime::currentDateTimeUtc();
        r.channelId = kHandover;
        r.channelName = QStringLiteral("#cloud-platform");
        r.text = wire;
        QVERIFY(m_service->store().insert(r));
        m_env->slack->postMessage(
            kHandover, QJsonObject{{QStringLiteral("text"), wire},
                                   {QStringLiteral("user"), m_connection->identity().userId},
                                   {QStringLiteral("bot_id"), m_connection->identity().botId}});
        m_env->slack->clearRequests();
        const PostOutcome out = post(wire);
        QVERIFY(out.state == PostOutcome::State::NotPosted); // found: this one is not sent
        QVERIFY(out.foundAfterUnknown);
        QCOMPARE(m_env->slack->callCount(QStringLiteral("chat.postMessage")), 0);
        QCOMPARE(m_service->store().all().size(), 1);
        QVERIFY(m_service->store().all().at(0).state == HandoverRecord::State::Posted);

        // Interrupted before it was sent: not in Slack, so the next one goes, once.
        HandoverRecord lost = r;
        lost.id = 0;
        lost.text = QStringLiteral("never sent");
        QVERIFY(m_service->store().insert(lost));
        const PostOutcome next = post(wire + QStringLiteral(" again"));
        QVERIFY2(next.posted(), qPrintable(next.message));
        QCOMPARE(m_env->slack->callCount(QStringLiteral("chat.postMessage")), 1);
        QCOMPARE(m_service->store().all().size(), 2);
        QVERIFY(!m_service->store().unsettled().has_value());
    }

    void anInterruptedPostIsSettledWhenSlackConnects()
    {
        startShift(london(2026, 11, 30, 17, 50));
        const QString wire = handoverText();
        // Yesterday's post was interrupted by a crash after it reached Slack ...
        HandoverRecord r;
        r.createdAt = london(2026, 11, 29, 17, 55);
        r.attemptedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        r.channelId = kHandover;
        r.channelName = QStringLiteral("#cloud-platform");
        r.text = wire;
        QVERIFY(m_service->store().insert(r));
        m_env->slack->postMessage(
            kHandover, QJsonObject{{QStringLiteral("text"), wire},
                                   {QStringLiteral("user"), m_connection->identity().userId},
                                   {QStringLiteral("bot_id"), m_connection->identity().botId}});
        // ... and is looked for as soon as Slack is there, not at the next post.
        m_service->settleInterrupted();
        QTRY_VERIFY(m_service->store().all().at(0).state == HandoverRecord::State::Posted);
        QVERIFY(!m_service->store().unsettled().has_value());
        QVERIFY(!m_service->store().all().at(0).ts.isEmpty());
        // It was yesterday's: today's handover item stays open.
        QVERIFY(!m_checklist->todayModel()->isDone(HandoverService::kHandoverItem));
        QCOMPARE(m_env->slack->callCount(QStringLiteral("chat.postMessage")), 0);
    }

    void overnightSkipsTheDayTeamsOwnHandover()
    {
        // Monday: the day team's handover went out at 18:05 (inside the window); on-call wrote
        // a plain "quiet night" in the morning. The view shows on-call's, not ours.
        say(kHandover, QStringLiteral("U0DAYSHIFT"),
            QStringLiteral("*Handover to on-call · Mon 30 Nov*\n• nothing firing"),
            london(2026, 11, 30, 18, 5));
        say(kHandover, kOnCall, QStringLiteral("Quiet night, nothing to report"),
            london(2026, 12, 1, 8, 40));
        startShift(london(2026, 12, 1, 9, 10));
        std::optional<OvernightReport> report;
        m_service->loadOvernight(this, [&report](const OvernightReport& r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10000);
        QVERIFY(report->handoverFound);
        QCOMPARE(report->handoverText, QStringLiteral("Quiet night, nothing to report"));
        QCOMPARE(report->handoverUser, kOnCall);
    }

    void overnightOnMondayAcrossTheWeekend()
    {
        const QDateTime friday = london(2026, 11, 27, 12, 0);
        // Friday before the end of day: an older handover, and an alarm that keeps firing.
        say(kHandover, kOnCall, QStringLiteral("*Handover to on-call · Thu 26 Nov*"),
            london(2026, 11, 27, 17, 30));
        alarm(kHigh, QStringLiteral("CertExpiring"), true, london(2026, 11, 27, 10, 0));
        alarm(kHigh, QStringLiteral("Flapping"), true, london(2026, 11, 27, 15, 0));
        // The weekend.
        alarm(kHigh, QStringLiteral("Flapping"), false, london(2026, 11, 28, 1, 0));
        alarm(kHigh, QStringLiteral("KubeApiDown"), true, london(2026, 11, 28, 2, 0));
        alarm(kHigh, QStringLiteral("KubeApiDown"), false, london(2026, 11, 28, 3, 0));
        alarm(kLow, QStringLiteral("Node-Disk-Space-Low"), true, london(2026, 11, 29, 23, 0));
        say(kHandover, QStringLiteral("U0ALEX"), QStringLiteral("anyone around?"),
            london(2026, 11, 28, 10, 0));
        say(kHandover, kOnCall,
            QStringLiteral("Handover: KubeApiDown on Saturday night, etcd restarted. Disk alarm "
                           "on node-3 still firing."),
            london(2026, 11, 29, 21, 0));
        say(kHandover, QStringLiteral("U0NEW"), QStringLiteral("has joined the channel"),
            london(2026, 11, 30, 8, 0), QStringLiteral("channel_join"));
        say(kHandover, QStringLiteral("U0ALEX"), QStringLiteral("morning all"),
            london(2026, 11, 30, 8, 30));
        // Friday's own end-of-day handover, posted late (after 18:00): not on-call's handover.
        say(kHandover, QStringLiteral("U0DAYSHIFT"),
            QStringLiteral("*Handover to on-call · Fri 27 Nov*\n• nothing firing"),
            london(2026, 11, 27, 18, 20));

        // The app followed the channels from Friday; it is now Monday morning.
        startShift(friday);
        QTRY_VERIFY_WITH_TIMEOUT(alarmRow(QStringLiteral("Node-Disk-Space-Low")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(alarmRow(QStringLiteral("Flapping")) &&
                                     alarmRow(QStringLiteral("Flapping"))->group.state ==
                                         ParsedAlarm::Status::Resolved,
                                 10000);
        m_clock->set(london(2026, 11, 30, 9, 15));

        std::optional<OvernightReport> report;
        m_service->loadOvernight(this, [&report](const OvernightReport& r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10000);
        QVERIFY2(report->error.isEmpty(), qPrintable(report->error));
        QCOMPARE(report->window.start, london(2026, 11, 27, 18, 0));
        QCOMPARE(report->window.end, london(2026, 11, 30, 9, 0));
        QVERIFY(report->handoverFound);
        QVERIFY(report->looksLikeHandover);
        QVERIFY(report->handoverText.startsWith(QStringLiteral("Handover: KubeApiDown")));
        QCOMPARE(report->handoverUser, kOnCall);
        QCOMPARE(report->handoverAt, london(2026, 11, 29, 21, 0));
        QVERIFY(report->handoverPermalink.contains(kHandover));
        // The history was read from Friday's end of day on.
        bool askedFromFriday = false;
        for (const auto& r : m_env->slack->requests()) {
            if (r.method == QLatin1String("conversations.history") &&
                r.params.value(QStringLiteral("channel")).toString() == kHandover)
                askedFromFriday = r.params.value(QStringLiteral("oldest")).toString() ==
                                  tsAt(london(2026, 11, 27, 18, 0), 0);
        }
        QVERIFY(askedFromFriday);

        auto titles = [](const QList<HandoverAlarm>& list) {
            QStringList out;
            for (const HandoverAlarm& a : list)
                out << a.title.section(QLatin1Char(' '), -1);
            return out;
        };
        QCOMPARE(
            titles(report->alarms.fired),
            (QStringList{QStringLiteral("KubeApiDown"), QStringLiteral("Node-Disk-Space-Low")}));
        QCOMPARE(titles(report->alarms.resolved),
                 (QStringList{QStringLiteral("Flapping"), QStringLiteral("KubeApiDown")}));
        QCOMPARE(
            titles(report->alarms.stillFiring),
            (QStringList{QStringLiteral("CertExpiring"), QStringLiteral("Node-Disk-Space-Low")}));

        // With no handover-looking message, the newest message a person wrote is shown.
        m_env->slack->deleteMessage(kHandover, tsAt(london(2026, 11, 29, 21, 0)));
        report.reset();
        m_service->loadOvernight(this, [&report](const OvernightReport& r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10000);
        QVERIFY(report->handoverFound);
        QVERIFY(!report->looksLikeHandover);
        QCOMPARE(report->handoverText, QStringLiteral("morning all"));
    }

    void markingTheOvernightReadTicksTheChecklist()
    {
        startShift(london(2026, 11, 30, 9, 15));
        QVERIFY(!m_service->isOvernightRead());
        QVERIFY(!m_checklist->todayModel()->isDone(HandoverService::kOvernightItem));
        QVERIFY(m_service->markOvernightRead());
        QVERIFY(m_service->isOvernightRead());
        QVERIFY(m_checklist->todayModel()->isDone(HandoverService::kOvernightItem));
        // Remembered for the day, not the next one.
        stopShift();
        m_env->profile->reopen();
        startShift(london(2026, 11, 30, 9, 30));
        QVERIFY(m_service->isOvernightRead());
        QSignalSpy offered(m_service.get(), &HandoverService::offer);
        m_clock->set(london(2026, 12, 1, 9, 5));
        QVERIFY(!m_service->isOvernightRead());
        QCOMPARE(offered.size(), 1); // Tuesday's start of day: read the overnight handover
        QVERIFY(offered.at(0).at(0).value<HandoverService::Offer>() ==
                HandoverService::Offer::Overnight);
        m_clock->set(london(2026, 12, 1, 17, 40));
        QCOMPARE(offered.size(), 2); // and at the end of the day, hand over
        QVERIFY(offered.at(1).at(0).value<HandoverService::Offer>() ==
                HandoverService::Offer::Composer);
        m_clock->set(london(2026, 12, 1, 17, 45));
        QCOMPARE(offered.size(), 2); // once a day
    }
};

QTEST_GUILESS_MAIN(TestHandoverService)
#include "tst_handoverservice.moc"
