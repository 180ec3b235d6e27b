// HandoverBuilder: the handover's sections from a seeded snapshot of the shift, and the message
// they make on the wire.
#include "FakeClock.h"
#include "handover/HandoverBuilder.h"
#include "slack/Mrkdwn.h"

#include <QTest>

using namespace shiftdesk;
using namespace shiftdesk::test;

namespace {

const HandoverSection* find(const QList<HandoverSection>& sections, const QString& id)
{
    for (const HandoverSection& s : sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

HandoverSnapshot seeded()
{
    HandoverSnapshot s;
    s.now = london(2026, 11, 24, 17, 50); // Tuesday, end of day
    HandoverAlarm disk;
    disk.title = QStringLiteral("Node-Disk-Space-Low");
    disk.channelName = QStringLiteral("high-priority-alarms");
    disk.permalink = QStringLiteral("https://team.slack.com/archives/C0HIGH/p1764000000000100");
    disk.highPriority = true;
    disk.firing = true;
    disk.firedAt = london(2026, 11, 24, 14, 5);
    disk.triage = Triage::State::Investigating;
    disk.triageBy = QStringLiteral("Priya");
    disk.note = QStringLiteral("disk < 5% & growing > 1GB/h on node-3");
    disk.ticketUrl = QStringLiteral("https://github.com/org/repo/issues/77");
    s.alarms << disk;
    HandoverAlarm cpu;
    cpu.title = QStringLiteral("CPUThrottlingHigh");
    cpu.channelName = QStringLiteral("low-priority-alarms");
    cpu.firing = true;
    cpu.firedAt = london(2026, 11, 23, 11, 0);
    s.alarms << cpu;

    HandoverAnnouncement jenkins;
    jenkins.title = QStringLiteral("Jenkins is down");
    jenkins.permalink = QStringLiteral("https://team.slack.com/archives/C0ASK/p1764000000000200");
    jenkins.postedAt = london(2026, 11, 24, 16, 0);
    jenkins.openPromises = {london(2026, 11, 24, 17, 30), london(2026, 11, 24, 19, 0)};
    s.incidents << jenkins;
    HandoverAnnouncement rds;
    rds.title = QStringLiteral("Postgres upgrade on CLA tomorrow");
    rds.postedAt = london(2026, 11, 24, 10, 0);
    s.plannedWork << rds;

    HandoverTicket t;
    t.number = 4242;
    t.title = QStringLiteral("Namespace quota for <team-x>");
    t.url = QStringLiteral("https://github.com/org/repo/issues/4242");
    t.column = QStringLiteral("In Progress");
    t.assignees = {QStringLiteral("alice"), QStringLiteral("bob")};
    s.tickets << t;

    SupportRequest r;
    r.asker = QStringLiteral("U0ASKER");
    r.text = QStringLiteral("Can't reach &lt;my-app&gt; in prod, @here");
    r.postedAt = london(2026, 11, 24, 16, 45);
    r.state = SupportRequest::State::Claimed;
    r.claimedBy = {QStringLiteral("U0PRIYA")};
    s.unanswered << r;

    s.userName = [](const QString& id) {
        return id == QLatin1String("U0PRIYA") ? QStringLiteral("Priya") : QString();
    };
    s.openChecklistItems << QStringLiteral("Read through #ask-cloud-platform");
    s.notes = QStringLiteral("Call me if the disk fills: 07700 900123");
    return s;
}

} // namespace

class TestHandoverBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sectionsInOrder()
    {
        const QList<HandoverSection> sections = HandoverBuilder::build(seeded());
        QStringList ids;
        for (const HandoverSection& s : sections) {
            ids << s.id;
            QVERIFY(!s.title.isEmpty());
        }
        QCOMPARE(ids, HandoverBuilder::sectionIds());
    }

    void eachSectionHasItsItems()
    {
        const HandoverSnapshot snap = seeded();
        const QList<HandoverSection> sections = HandoverBuilder::build(snap);

        const QString alarms = find(sections, QStringLiteral("alarms"))->text;
        const QStringList alarmLines = alarms.split(QLatin1Char('\n'));
        QCOMPARE(alarmLines.size(), 2);
        QCOMPARE(alarmLines.at(0),
                 QStringLiteral("• <https://team.slack.com/archives/C0HIGH/p1764000000000100|"
                                "Node-Disk-Space-Low> in #high-priority-alarms · firing since "
                                "14:05 · Investigating (Priya): disk < 5% & growing > 1GB/h on "
                                "node-3 · <https://github.com/org/repo/issues/77|ticket>"));
        QCOMPARE(alarmLines.at(1), QStringLiteral("• CPUThrottlingHigh in #low-priority-alarms · "
                                                  "firing since Mon 11:00 · not triaged"));

        const QString incidents = find(sections, QStringLiteral("incidents"))->text;
        QVERIFY2(incidents.contains(QStringLiteral("|Jenkins is down>")), qPrintable(incidents));
        QVERIFY2(incidents.contains(QStringLiteral("update promised at 17:30 (overdue), 19:00")),
                 qPrintable(incidents));
        QCOMPARE(find(sections, QStringLiteral("planned"))->text,
                 QStringLiteral("• Postgres upgrade on CLA tomorrow · announced 10:00"));
        // A ticket title's < > cannot stay inside its link's label.
        QCOMPARE(find(sections, QStringLiteral("tickets"))->text,
                 QStringLiteral("• <https://github.com/org/repo/issues/4242|#4242 Namespace "
                                "quota for ‹team-x›> · In Progress · alice, bob"));
        const QString requests = find(sections, QStringLiteral("requests"))->text;
        // People are named, never mentioned (a mention would notify every asker); an id whose
        // name is not known is shown as it is.
        QVERIFY2(requests.startsWith(QStringLiteral("• U0ASKER: Can't reach <my-app> in prod")),
                 qPrintable(requests));
        QVERIFY2(requests.contains(QStringLiteral("asked 16:45 · claimed by Priya")),
                 qPrintable(requests));
        QCOMPARE(find(sections, QStringLiteral("checklist"))->text,
                 QStringLiteral("• Read through #ask-cloud-platform"));
        QCOMPARE(find(sections, QStringLiteral("notes"))->text, snap.notes);
    }

    void wireEscapesUserTextAndKeepsLinks()
    {
        const HandoverSnapshot snap = seeded();
        const QList<HandoverSection> sections = HandoverBuilder::build(snap);
        const QString heading = HandoverBuilder::heading(snap.now, snap.timeZone);
        QCOMPARE(heading, QStringLiteral("*Handover to on-call · Tue 24 Nov*"));
        const QString wire = HandoverBuilder::toWire(heading, sections);
        QVERIFY2(wire.startsWith(heading + QStringLiteral("\n\n*Alarms still firing or "
                                                          "unresolved*\n• <https://")),
                 qPrintable(wire));
        // The alarm note's < & > are escaped as Slack requires; the links stay links.
        QVERIFY2(wire.contains(QStringLiteral("disk &lt; 5% &amp; growing &gt; 1GB/h")),
                 qPrintable(wire));
        QVERIFY(wire.contains(QStringLiteral("<https://github.com/org/repo/issues/77|ticket>")));
        QVERIFY(wire.contains(QStringLiteral("Can't reach &lt;my-app&gt; in prod")));
        QVERIFY(!wire.contains(QStringLiteral("<@")));
        // A mass mention in someone's text never notifies the channel.
        QVERIFY(!wire.contains(QStringLiteral("<!here>")));
        QVERIFY(Mrkdwn::toPlainText(wire).contains(QStringLiteral("in prod, @\u2060here")));
        // It reads as a handover (the Overnight view looks for that).
        QVERIFY(HandoverBuilder::looksLikeHandover(wire));
        QVERIFY(HandoverBuilder::looksLikeHandover(QStringLiteral(":wave: Handover: quiet night")));
        QVERIFY(!HandoverBuilder::looksLikeHandover(QStringLiteral("Anyone seen the handover?")));
    }

    void scriptsAndMentionsInDataAreInert()
    {
        HandoverSnapshot s;
        s.now = london(2026, 11, 24, 17, 50);
        HandoverAlarm a;
        a.title = QStringLiteral("x");
        a.firing = true;
        a.note = QStringLiteral("<!channel> <script>alert(1)</script> @everyone");
        a.permalink = QStringLiteral("javascript:alert(1)"); // not a web link: not linked
        s.alarms << a;
        const QString wire = HandoverBuilder::toWire({}, HandoverBuilder::build(s));
        QVERIFY(!wire.contains(QStringLiteral("<!channel>")));
        QVERIFY(!wire.contains(QStringLiteral("<!everyone>")));
        QVERIFY(!wire.contains(QStringLiteral("<script>")));
        QVERIFY(wire.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!wire.contains(QStringLiteral("javascript:")));
    }

    void emptySections()
    {
        HandoverSnapshot empty;
        empty.now = london(2026, 11, 24, 17, 50);
        const QList<HandoverSection> sections = HandoverBuilder::build(empty);
        for (const HandoverSection& s : sections) {
            if (s.id == QLatin1String("notes"))
                QVERIFY(s.text.isEmpty()); // no notes written
            else
                QCOMPARE(s.text, QStringLiteral("_Nothing_"));
        }
        const QString joined = HandoverBuilder::join(QStringLiteral("*H*"), sections);
        QCOMPARE(joined.count(QStringLiteral("_Nothing_")), 6);
        QVERIFY(!joined.contains(QStringLiteral("*Notes*"))); // blank sections are left out
        // A section the user emptied is left out too.
        QList<HandoverSection> edited = sections;
        edited[0].text = QStringLiteral("  \n ");
        QVERIFY(!HandoverBuilder::join({}, edited).contains(QStringLiteral("*Alarms")));
        QVERIFY(HandoverBuilder::join({}, edited).startsWith(QStringLiteral("*Incidents")));
    }
};

QTEST_GUILESS_MAIN(TestHandoverBuilder)
#include "tst_handoverbuilder.moc"
