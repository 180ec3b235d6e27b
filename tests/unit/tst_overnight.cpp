// The Overnight view of HandoverService: on-call's handover and the alarms out of hours (the
// weekend on a Monday), never the day team's own handover, and marking it read.
#include "HandoverServiceFixture.h"

using namespace shiftdesk;
using namespace shiftdesk::test;

class TestOvernight : public HandoverServiceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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

QTEST_GUILESS_MAIN(TestOvernight)
#include "tst_overnight.moc"
