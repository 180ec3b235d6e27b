#include "alarms/AlarmGrouper.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace shiftdesk;

namespace {

using Status = ParsedAlarm::Status;

ParsedAlarm fixture(const char* name)
{
    QFile f(QStringLiteral(SHIFTDESK_TEST_DATA "/alarms/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    return AlertParser::parse(doc.value(QStringLiteral("message")).toObject(),
                              doc.value(QStringLiteral("channel")).toString());
}

// A team-template alarm with one alert per label set given.
ParsedAlarm alarm(const QString& ts, Status status, const QString& name,
                  const QList<QMap<QString, QString>>& alerts = {{}},
                  const QString& channel = QStringLiteral("C1"))
{
    ParsedAlarm a;
    a.kind = ParsedAlarm::Kind::Alertmanager;
    a.status = status;
    a.alertName = name;
    a.channelId = channel;
    a.ts = ts;
    for (QMap<QString, QString> set : alerts) {
        set.insert(QStringLiteral("alertname"), name);
        a.alerts.append({QStringLiteral("summary"), set});
    }
    return a;
}

ParsedAlarm other(const QString& ts, const QString& channel = QStringLiteral("C1"))
{
    ParsedAlarm a;
    a.channelId = channel;
    a.ts = ts;
    a.text = QStringLiteral("hello");
    return a;
}

QMap<QString, QString> labels(const char* key, const char* value)
{
    return {{QLatin1String(key), QLatin1String(value)}};
}

// Everything about the groups, in their order, as one comparable text.
QString dump(const AlarmGrouper& g)
{
    QStringList lines;
    for (const AlarmGroup& a : g.groups()) {
        lines.append(a.key + u' ' + a.alertName + u' ' + a.severity + u' ' + a.channelId + u' ' +
                     QString::number(int(a.state)) + u' ' + a.firstTs + u' ' + a.lastTs + u' ' +
                     a.resolvedTs + u' ' + a.messageTs.join(u','));
    }
    return lines.join(u'\n');
}

} // namespace

class TestAlarmGrouper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firingThenResolvedIsOneAlarm()
    {
        const ParsedAlarm a = fixture("am-a-firing-warning.json");
        const ParsedAlarm b = fixture("am-b-resolved-warning.json");
        AlarmGrouper g;
        g.add(a);
        QCOMPARE(g.groups().size(), 1);
        QCOMPARE(g.groups()[0].state, Status::Firing);
        QVERIFY(g.groups()[0].resolvedTs.isEmpty());
        g.add(b);
        const QList<AlarmGroup> groups = g.groups();
        QCOMPARE(groups.size(), 1);
        const AlarmGroup& group = groups[0];
        QCOMPARE(group.state, Status::Resolved);
        QCOMPARE(group.alertName, QStringLiteral("Node-Disk-Space-Low"));
        QCOMPARE(group.severity, QStringLiteral("warning"));
        QCOMPARE(group.channelId, QStringLiteral("C0LOWER"));
        QCOMPARE(group.firstTs, a.ts);
        QCOMPARE(group.lastTs, b.ts);
        QCOMPARE(group.resolvedTs, b.ts);
        QCOMPARE(group.messageTs, QStringList({a.ts, b.ts}));
        QCOMPARE(group.durationSeconds(QDateTime::currentDateTimeUtc()), 3600);
        // The key names the channel, the alert and its labels.
        QVERIFY(group.key.contains(QLatin1String("C0LOWER")));
        QVERIFY(group.key.contains(QLatin1String("Node-Disk-Space-Low")));
        QVERIFY(group.key.contains(QLatin1String("instance=172.20.101.17:9100")));
        QCOMPARE(g.groupOf(a.channelId, a.ts)->key, group.key);
        QCOMPARE(g.groupOf(b.channelId, b.ts)->key, group.key);
        QVERIFY(!g.groupOf(a.channelId, QStringLiteral("1.000000")).has_value());
        QVERIFY(!g.groupOf(QStringLiteral("C0HIGH"), a.ts).has_value());
    }

    void firingAgainStartsANewAlarm()
    {
        AlarmGrouper g;
        g.add(alarm(QStringLiteral("100.000000"), Status::Firing, QStringLiteral("X")));
        g.add(alarm(QStringLiteral("200.000000"), Status::Resolved, QStringLiteral("X")));
        g.add(alarm(QStringLiteral("300.000000"), Status::Firing, QStringLiteral("X")));
        g.add(alarm(QStringLiteral("400.000000"), Status::Firing, QStringLiteral("X")));
        const QList<AlarmGroup> groups = g.groups();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].state, Status::Firing); // newest lastTs first
        QCOMPARE(groups[0].messageTs,
                 QStringList({QStringLiteral("300.000000"), QStringLiteral("400.000000")}));
        QCOMPARE(groups[0].firstTs, QStringLiteral("300.000000"));
        QCOMPARE(groups[0].durationSeconds(AlertParser::tsToDateTime(QStringLiteral("360"))), 60);
        QCOMPARE(groups[1].state, Status::Resolved);
        QCOMPARE(groups[1].resolvedTs, QStringLiteral("200.000000"));
        QVERIFY(groups[0].key != groups[1].key);
    }

    void repeatedResolutionJoinsAndOrphanResolutionStandsAlone()
    {
        AlarmGrouper g;
        g.add(alarm(QStringLiteral("50.000000"), Status::Resolved, QStringLiteral("Y")));
        g.add(alarm(QStringLiteral("100.000000"), Status::Firing, QStringLiteral("Y")));
        g.add(alarm(QStringLiteral("200.000000"), Status::Resolved, QStringLiteral("Y")));
        g.add(alarm(QStringLiteral("210.000000"), Status::Resolved, QStringLiteral("Y")));
        const QList<AlarmGroup> groups = g.groups();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].messageTs.size(), 3);
        QCOMPARE(groups[0].resolvedTs, QStringLiteral("200.000000"));
        QCOMPARE(groups[0].lastTs, QStringLiteral("210.000000"));
        QCOMPARE(groups[1].state, Status::Resolved); // its firing is older than the history
        QVERIFY(groups[1].firstTs.isEmpty());
        QCOMPARE(groups[1].durationSeconds(QDateTime::currentDateTimeUtc()), 0);
    }

    void labelsChannelsAndNamesSeparateAlarms()
    {
        AlarmGrouper g;
        const auto ts = [](int n) -> QString {
            return QString::number(n) + QStringLiteral(".000000");
        };
        g.add(alarm(ts(1), Status::Firing, QStringLiteral("Z"), {labels("instance", "a")}));
        g.add(alarm(ts(2), Status::Firing, QStringLiteral("Z"), {labels("instance", "b")}));
        g.add(alarm(ts(3), Status::Firing, QStringLiteral("Z"), {labels("instance", "a")},
                    QStringLiteral("C2")));
        g.add(alarm(ts(4), Status::Firing, QStringLiteral("W"), {labels("instance", "a")}));
        // Label values that contain the key's separators cannot collide with other sets.
        g.add(alarm(ts(5), Status::Firing, QStringLiteral("Z"), {labels("instance", "a,job=b")}));
        g.add(alarm(ts(6), Status::Firing, QStringLiteral("Z"),
                    {{{QStringLiteral("instance"), QStringLiteral("a")},
                      {QStringLiteral("job"), QStringLiteral("b")}}}));
        QCOMPARE(g.groups().size(), 6);
        // A replica label differs between HA copies of one alert: it does not split.
        g.add(alarm(ts(7), Status::Resolved, QStringLiteral("Z"),
                    {{{QStringLiteral("instance"), QStringLiteral("a")},
                      {QStringLiteral("prometheus_replica"), QStringLiteral("prometheus-1")}}}));
        QCOMPARE(g.groups().size(), 6);
        QCOMPARE(g.groupOf(QStringLiteral("C1"), ts(7))->messageTs, QStringList({ts(1), ts(7)}));
    }

    void groupedPostsMapToEachAlert()
    {
        const ParsedAlarm firing = fixture("am-grouped-firing.json");
        const ParsedAlarm resolved = fixture("am-grouped-resolved.json");
        AlarmGrouper g;
        g.add(firing);
        QCOMPARE(g.groups().size(), 3);
        QCOMPARE(g.groupsOf(firing.channelId, firing.ts).size(), 3);
        QVERIFY(g.groupOf(firing.channelId, firing.ts)->key.contains(QLatin1String("pod=app-a")));
        g.add(resolved);
        const QList<AlarmGroup> groups = g.groups();
        QCOMPARE(groups.size(), 3);
        for (const AlarmGroup& group : groups) {
            QCOMPARE(group.state, Status::Resolved);
            QCOMPARE(group.messageTs, QStringList({firing.ts, resolved.ts}));
            QCOMPARE(group.severity, QStringLiteral("critical"));
        }
    }

    void aGrowingGroupKeepsEachInstance()
    {
        AlarmGrouper g;
        const auto a = labels("pod", "a");
        const auto b = labels("pod", "b");
        g.add(alarm(QStringLiteral("10.000000"), Status::Firing, QStringLiteral("P"), {a}));
        g.add(alarm(QStringLiteral("20.000000"), Status::Firing, QStringLiteral("P"), {a, b}));
        g.add(alarm(QStringLiteral("30.000000"), Status::Resolved, QStringLiteral("P"), {a, b}));
        const QList<AlarmGroup> groups =
            g.groupsOf(QStringLiteral("C1"), QStringLiteral("30.000000"));
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].messageTs.size(), 3);
        QCOMPARE(groups[0].firstTs, QStringLiteral("10.000000"));
        QCOMPARE(groups[1].messageTs.size(), 2);
        QCOMPARE(groups[1].firstTs, QStringLiteral("20.000000"));
    }

    void defaultTemplateGroupsByTitle()
    {
        AlarmGrouper g;
        g.add(fixture("am-d-default-template.json"));
        g.add(fixture("am-d-default-resolved.json"));
        const QList<AlarmGroup> groups = g.groups();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].state, Status::Resolved);
        QCOMPARE(groups[0].alertName, QStringLiteral("KubePodCrashLooping"));
    }

    void otherMessagesAreAlone()
    {
        AlarmGrouper g;
        g.add(other(QStringLiteral("1.000001")));
        g.add(other(QStringLiteral("1.000002")));
        g.add(fixture("pagerduty-triggered.json"));
        g.add(fixture("slack-go-simpleMessage.json"));
        const QList<AlarmGroup> groups = g.groups();
        QCOMPARE(groups.size(), 4);
        for (const AlarmGroup& group : groups) {
            QCOMPARE(group.messageTs.size(), 1);
            QCOMPARE(group.firstTs, group.messageTs[0]);
        }
        QCOMPARE(g.groupOf(QStringLiteral("C1"), QStringLiteral("1.000002"))->state,
                 Status::Unknown);
        QCOMPARE(g.groupOf(QStringLiteral("C0HIGH"), QStringLiteral("1712382000.000100"))->state,
                 Status::Firing);
    }

    void duplicatesAndRemoval()
    {
        const ParsedAlarm a = fixture("am-a-firing-warning.json");
        const ParsedAlarm b = fixture("am-b-resolved-warning.json");
        AlarmGrouper g;
        g.add(a);
        g.add(b);
        g.add(a);
        ParsedAlarm changed = b; // a redelivery, even an odd one, is the same message
        changed.status = Status::Firing;
        g.add(changed);
        QCOMPARE(g.messageCount(), 2);
        QCOMPARE(g.groups()[0].messageTs.size(), 2);
        QCOMPARE(g.groups()[0].state, Status::Resolved);
        g.remove(b.channelId, b.ts);
        QCOMPARE(g.messageCount(), 1);
        QCOMPARE(g.groups()[0].state, Status::Firing);
        QVERIFY(g.groups()[0].resolvedTs.isEmpty());
        QVERIFY(!g.groupOf(b.channelId, b.ts).has_value());
        g.remove(b.channelId, b.ts); // twice is harmless
        g.remove(a.channelId, a.ts);
        QVERIFY(g.groups().isEmpty());
        g.add(b); // and it can come back
        QCOMPARE(g.groups().size(), 1);
    }

    // Whatever the order (history pages, live events, redeliveries), the same messages give
    // the same groups.
    void arrivalOrderDoesNotMatter()
    {
        QList<ParsedAlarm> messages;
        for (const char* name :
             {"am-a-firing-warning.json", "am-b-resolved-warning.json", "am-c-info.json",
              "am-grouped-firing.json", "am-grouped-resolved.json", "am-d-default-template.json",
              "am-d-default-resolved.json", "pagerduty-triggered.json", "opensearch-monitor.json"})
            messages.append(fixture(name));
        const auto p = [](const char* pod) { return labels("pod", pod); };
        const QString x = QStringLiteral("X");
        messages.append(alarm(QStringLiteral("1.000001"), Status::Firing, x, {p("a")}));
        messages.append(alarm(QStringLiteral("2.000001"), Status::Firing, x, {p("a"), p("b")}));
        messages.append(alarm(QStringLiteral("3.000001"), Status::Resolved, x, {p("a")}));
        messages.append(alarm(QStringLiteral("4.000001"), Status::Firing, x, {p("a")}));
        messages.append(alarm(QStringLiteral("5.000001"), Status::Resolved, x, {p("a"), p("b")}));
        messages.append(alarm(QStringLiteral("6.000001"), Status::Resolved, x, {p("b")}));
        messages.append(other(QStringLiteral("3.500000")));

        AlarmGrouper reference;
        for (const ParsedAlarm& m : std::as_const(messages))
            reference.add(m);
        const QString expected = dump(reference);
        QCOMPARE(reference.groups().size(), 12);

        QRandomGenerator random(20240405);
        for (int round = 0; round < 200; ++round) {
            QList<ParsedAlarm> shuffled = messages;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            AlarmGrouper g;
            for (const ParsedAlarm& m : std::as_const(shuffled)) {
                g.add(m);
                if (random.bounded(3) == 0) // redeliveries on the way
                    g.add(shuffled[random.bounded(int(shuffled.size()))]);
            }
            QCOMPARE(dump(g), expected);
        }
        // Taking messages out leaves what adding only the rest gives.
        AlarmGrouper pruned = reference;
        AlarmGrouper rest;
        for (int i = 0; i < messages.size(); ++i) {
            if (i % 3 == 0)
                pruned.remove(messages[i].channelId, messages[i].ts);
            else
                rest.add(messages[i]);
        }
        QCOMPARE(dump(pruned), dump(rest));
    }
};

QTEST_GUILESS_MAIN(TestAlarmGrouper)
#include "tst_alarmgrouper.moc"
