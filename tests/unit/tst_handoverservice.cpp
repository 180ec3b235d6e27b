// HandoverService against the fake Slack, with the real checklist, alarm feed and announcement
// services seeded with a day: the handover's content, posting it once (to a channel or a direct
// message, with lost answers and an interrupted post) and its history.
#include "HandoverServiceFixture.h"

using namespace shiftdesk;
using namespace shiftdesk::test;

class TestHandoverService : public HandoverServiceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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
};

QTEST_GUILESS_MAIN(TestHandoverService)
#include "tst_handoverservice.moc"
