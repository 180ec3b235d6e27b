#include "alarms/AlertParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace shiftdesk;

namespace {

QString kindName(ParsedAlarm::Kind k)
{
    switch (k) {
    case ParsedAlarm::Kind::Alertmanager:
        return QStringLiteral("Alertmanager");
    case ParsedAlarm::Kind::AlertmanagerDefault:
        return QStringLiteral("AlertmanagerDefault");
    case ParsedAlarm::Kind::Other:
        break;
    }
    return QStringLiteral("Other");
}

QString statusName(ParsedAlarm::Status s)
{
    switch (s) {
    case ParsedAlarm::Status::Firing:
        return QStringLiteral("Firing");
    case ParsedAlarm::Status::Resolved:
        return QStringLiteral("Resolved");
    case ParsedAlarm::Status::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

QMap<QString, QString> toMap(const QJsonObject& o)
{
    QMap<QString, QString> m;
    for (auto it = o.begin(); it != o.end(); ++it)
        m.insert(it.key(), it.value().toString());
    return m;
}

} // namespace

class TestAlertParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every fixture in tests/data/alarms: a message as Slack delivers it and what must be read
    // from it ("expect"; fields not listed there are not checked).
    void fixtures_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        const QDir dir(QStringLiteral(SHIFTDESK_TEST_DATA "/alarms"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 25);
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonParseError error;
            const QJsonObject doc = QJsonDocument::fromJson(f.readAll(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(name));
            QVERIFY2(!doc.value(QStringLiteral("source")).toString().isEmpty(), qPrintable(name));
            QVERIFY2(!doc.value(QStringLiteral("licence")).toString().isEmpty(), qPrintable(name));
            QTest::newRow(qPrintable(name)) << doc;
        }
    }

    void fixtures()
    {
        QFETCH(QJsonObject, doc);
        const QString channel = doc.value(QStringLiteral("channel")).toString();
        const ParsedAlarm a =
            AlertParser::parse(doc.value(QStringLiteral("message")).toObject(), channel);
        QCOMPARE(a.channelId, channel);
        const QJsonObject expect = doc.value(QStringLiteral("expect")).toObject();
        QVERIFY(!expect.isEmpty());
        for (auto it = expect.begin(); it != expect.end(); ++it) {
            const QString key = it.key();
            const QJsonValue v = it.value();
            const QString s = v.toString();
            if (key == QLatin1String("kind")) {
                QCOMPARE(kindName(a.kind), s);
            } else if (key == QLatin1String("status")) {
                QCOMPARE(statusName(a.status), s);
            } else if (key == QLatin1String("count")) {
                QCOMPARE(a.count, v.toInt());
            } else if (key == QLatin1String("alertName")) {
                QCOMPARE(a.alertName, s);
            } else if (key == QLatin1String("severity")) {
                QCOMPARE(a.severity, s);
            } else if (key == QLatin1String("title")) {
                QCOMPARE(a.title, s);
            } else if (key == QLatin1String("titleLink")) {
                QCOMPARE(a.titleLink, s);
            } else if (key == QLatin1String("colour")) {
                QCOMPARE(a.colour, s);
            } else if (key == QLatin1String("text")) {
                QCOMPARE(a.text, s);
            } else if (key == QLatin1String("textContains")) {
                QVERIFY2(a.text.contains(s), qPrintable(a.text));
            } else if (key == QLatin1String("footer")) {
                QCOMPARE(a.footer, s);
            } else if (key == QLatin1String("ts")) {
                QCOMPARE(a.ts, s);
            } else if (key == QLatin1String("userId")) {
                QCOMPARE(a.userId, s);
            } else if (key == QLatin1String("botId")) {
                QCOMPARE(a.botId, s);
            } else if (key == QLatin1String("senderName")) {
                QCOMPARE(a.senderName, s);
            } else if (key == QLatin1String("threadTs")) {
                QCOMPARE(a.threadTs, s);
            } else if (key == QLatin1String("replyCount")) {
                QCOMPARE(a.replyCount, v.toInt());
            } else if (key == QLatin1String("alerts")) {
                QCOMPARE(a.alerts.size(), v.toInt());
            } else if (key.startsWith(QLatin1String("summary"))) {
                const int i = key.mid(7).toInt();
                QVERIFY(i < a.alerts.size());
                QCOMPARE(a.alerts[i].summary, s);
            } else if (key.startsWith(QLatin1String("labels"))) {
                const int i = key.mid(6).toInt();
                QVERIFY(i < a.alerts.size());
                QCOMPARE(a.alerts[i].labels, toMap(v.toObject()));
            } else if (key == QLatin1String("links") || key == QLatin1String("linkLabels")) {
                QStringList actual;
                for (const AlarmLink& l : a.links) {
                    actual.append(key == QLatin1String("links") ? l.kind : l.label);
                    QVERIFY(!l.url.isEmpty());
                }
                QCOMPARE(actual, v.toVariant().toStringList());
            } else if (key == QLatin1String("reactions")) {
                const QJsonObject r = v.toObject();
                QCOMPARE(a.reactions.size(), r.size());
                for (const auto& [name, users] : a.reactions)
                    QCOMPARE(users, r.value(name).toVariant().toStringList());
            } else {
                QFAIL(qPrintable(QStringLiteral("unknown expectation ") + key));
            }
        }
    }

    void oddMessagesDoNotBreak_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("alarm");
        QTest::newRow("empty") << QByteArray("{}") << false;
        QTest::newRow("wrong types")
            << QByteArray(
                   R"({"ts":5,"text":[1],"user":{},"attachments":"x","blocks":{"a":1},"reactions":7})")
            << false;
        QTest::newRow("odd attachments")
            << QByteArray(R"({"attachments":[5,"x",null,[],{}]})") << false;
        QTest::newRow("odd blocks")
            << QByteArray(
                   R"({"blocks":[1,{"type":"section","text":5},{"type":"actions","elements":[3]},{"type":"rich_text","elements":[{"elements":7}]}]})")
            << false;
        QTest::newRow("odd actions")
            << QByteArray(
                   R"({"attachments":[{"title":"[FIRING:1] :fire: X","actions":[1,{"text":{"a":1}},{"url":7}]}]})")
            << true;
        QTest::newRow("bad count") << QByteArray(R"({"text":"[FIRING:x] :fire: X"})") << false;
        QTest::newRow("title only") << QByteArray(R"({"text":"[FIRING:1]"})") << true;
        QTest::newRow("stray label lines")
            << QByteArray(
                   R"({"text":"[FIRING:1] :fire: X\n - *a:* `1`\n*-----*\n*-----*\n - *:* ``\n*Alert:*"})")
            << true;
        QTest::newRow("reactions of wrong shape")
            << QByteArray(R"({"text":"hi","reactions":[1,{"name":5},{"name":"x","users":"U1"}]})")
            << false;
        QTest::newRow("changed without message")
            << QByteArray(R"({"subtype":"message_changed","message":"x","text":"t"})") << false;
    }

    void oddMessagesDoNotBreak()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, alarm);
        const QJsonObject message = QJsonDocument::fromJson(json).object();
        const ParsedAlarm a = AlertParser::parse(message, QStringLiteral("C1"));
        QCOMPARE(a.channelId, QStringLiteral("C1"));
        for (const AlarmLink& l : a.links)
            QVERIFY(!l.url.isEmpty());
        QCOMPARE(a.kind != ParsedAlarm::Kind::Other, alarm);
        if (!alarm) // the text is kept as it came
            QCOMPARE(a.text, message.value(QStringLiteral("text")).toString());
    }

    void titleForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("severity");
        const auto row = [](const char* tag, const char* text, const char* status, int count,
                            const char* name, const char* severity) {
            QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(status) << count
                               << QString::fromUtf8(name) << QString::fromUtf8(severity);
        };
        row("shortcode", "[FIRING:4] :warning: A", "Firing", 4, "A", "warning");
        row("information", "[FIRING:1] :information_source: B", "Firing", 1, "B", "info");
        row("question", "[FIRING:1] :question: C", "Firing", 1, "C", "");
        row("unicode warning", "[FIRING:1] ⚠ D", "Firing", 1, "D", "warning");
        row("bold title line", "*[RESOLVED] :white_check_mark: E*", "Resolved", 0, "E", "");
        row("lower case", "[firing:2] :fire: F", "Firing", 2, "F", "critical");
        row("default, severity in brackets",
            "[FIRING:1] TargetDown prometheus (monitoring critical)", "Firing", 1, "TargetDown",
            "critical");
        row("default, no brackets", "[RESOLVED] Watchdog", "Resolved", 0, "Watchdog", "");
    }

    void titleForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, status);
        QFETCH(int, count);
        QFETCH(QString, name);
        QFETCH(QString, severity);
        const ParsedAlarm a =
            AlertParser::parse(QJsonObject{{QStringLiteral("text"), text}}, QStringLiteral("C"));
        QVERIFY(a.kind != ParsedAlarm::Kind::Other);
        QCOMPARE(statusName(a.status), status);
        QCOMPARE(a.count, count);
        QCOMPARE(a.alertName, name);
        QCOMPARE(a.severity, severity);
    }

    void hugeMessageIsKept()
    {
        QJsonObject attachment{{QStringLiteral("title"), QStringLiteral("[FIRING:1] :fire: Huge")},
                               {QStringLiteral("text"), QStringLiteral("x").repeated(1024 * 1024)}};
        const QJsonObject message{{QStringLiteral("ts"), QStringLiteral("1700000000.000100")},
                                  {QStringLiteral("attachments"), QJsonArray{attachment}}};
        const ParsedAlarm a = AlertParser::parse(message, QStringLiteral("C1"));
        QCOMPARE(a.status, ParsedAlarm::Status::Firing);
        QCOMPARE(a.alertName, QStringLiteral("Huge"));
        QCOMPARE(a.text.size(), 1024 * 1024);
    }

    void notAlarms()
    {
        for (const char* text : {"FIRING soon", "[FIRING] ", "see [RESOLVED] below", ""}) {
            const ParsedAlarm a =
                AlertParser::parse(QJsonObject{{QStringLiteral("text"), QString::fromUtf8(text)}},
                                   QStringLiteral("C"));
            if (QByteArray(text) == "[FIRING] ") // a bare title is still an alarm title
                continue;
            QCOMPARE(a.kind, ParsedAlarm::Kind::Other);
            QCOMPARE(a.status, ParsedAlarm::Status::Unknown);
            QCOMPARE(a.text, QString::fromUtf8(text));
        }
    }

    void colours_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("danger") << QStringLiteral("danger") << QStringLiteral("#d50200");
        QTest::newRow("good") << QStringLiteral("Good") << QStringLiteral("#2eb886");
        QTest::newRow("warning") << QStringLiteral("warning") << QStringLiteral("#daa038");
        QTest::newRow("hex") << QStringLiteral("#A30200") << QStringLiteral("#a30200");
        QTest::newRow("hex without #") << QStringLiteral("ff0000") << QStringLiteral("#ff0000");
        QTest::newRow("short hex") << QStringLiteral("#fa0") << QStringLiteral("#ffaa00");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("name") << QStringLiteral("red") << QStringLiteral("");
        QTest::newRow("bad hex") << QStringLiteral("#12345g") << QStringLiteral("");
    }

    void colours()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(AlertParser::normaliseColour(in), out);
    }

    void tsToDateTime()
    {
        QDateTime dt = AlertParser::tsToDateTime(QStringLiteral("1712345678.000200"));
        QVERIFY(dt.isValid());
        QCOMPARE(dt.timeSpec(), Qt::UTC);
        QCOMPARE(dt.toMSecsSinceEpoch(), 1712345678000LL);
        QCOMPARE(AlertParser::tsToDateTime(QStringLiteral("1712345678.123456")).toMSecsSinceEpoch(),
                 1712345678123LL);
        QCOMPARE(AlertParser::tsToDateTime(QStringLiteral("1712345678")).toMSecsSinceEpoch(),
                 1712345678000LL);
        QCOMPARE(AlertParser::tsToDateTime(QStringLiteral("0000000000.000000")).toMSecsSinceEpoch(),
                 0LL);
        for (const char* bad : {"", "abc", "1.2.3", "-1.000000", "1712345678.", ".5", "1e9",
                                "17123456789012345.000000", " 1.0"})
            QVERIFY2(!AlertParser::tsToDateTime(QString::fromLatin1(bad)).isValid(), bad);
    }

    void compareTs_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("equal") << QStringLiteral("1712345678.000200")
                               << QStringLiteral("1712345678.000200") << 0;
        QTest::newRow("seconds") << QStringLiteral("1712345677.999999")
                                 << QStringLiteral("1712345678.000000") << -1;
        QTest::newRow("fraction") << QStringLiteral("1712345678.000300")
                                  << QStringLiteral("1712345678.000200") << 1;
        QTest::newRow("more digits")
            << QStringLiteral("999999999.000000") << QStringLiteral("1000000000.000000") << -1;
        QTest::newRow("not as strings")
            << QStringLiteral("9.000000") << QStringLiteral("10.000000") << -1;
        QTest::newRow("leading zeros")
            << QStringLiteral("0001.000001") << QStringLiteral("1.000001") << 0;
        QTest::newRow("fraction digits")
            << QStringLiteral("1.5") << QStringLiteral("1.500000") << 0;
        QTest::newRow("no fraction") << QStringLiteral("5") << QStringLiteral("5.000001") << -1;
        QTest::newRow("malformed first") << QStringLiteral("x") << QStringLiteral("0.000000") << -1;
        QTest::newRow("malformed both") << QStringLiteral("a") << QStringLiteral("b") << -1;
    }

    void compareTs()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(AlertParser::compareTs(a, b), expected);
        QCOMPARE(AlertParser::compareTs(b, a), -expected);
    }

    void messageChangedReadsTheNewVersion()
    {
        const QJsonObject edited{
            {QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("ts"), QStringLiteral("5.000001")},
            {QStringLiteral("bot_id"), QStringLiteral("B1")},
            {QStringLiteral("text"), QStringLiteral("[RESOLVED] :white_check_mark: X")}};
        const QJsonObject previous{{QStringLiteral("ts"), QStringLiteral("5.000001")},
                                   {QStringLiteral("text"), QStringLiteral("[FIRING:1] :fire: X")}};
        const QJsonObject event{{QStringLiteral("type"), QStringLiteral("message")},
                                {QStringLiteral("subtype"), QStringLiteral("message_changed")},
                                {QStringLiteral("ts"), QStringLiteral("9.000001")},
                                {QStringLiteral("message"), edited},
                                {QStringLiteral("previous_message"), previous}};
        const ParsedAlarm a = AlertParser::parse(event, QStringLiteral("C9"));
        QCOMPARE(a.ts, QStringLiteral("5.000001"));
        QCOMPARE(a.status, ParsedAlarm::Status::Resolved);
        QCOMPARE(a.channelId, QStringLiteral("C9"));
    }

    void attachmentBeatsUnrelatedText()
    {
        // An unfurl attachment that is not an alarm must not hide an alarm in the text.
        const QJsonObject unfurl{
            {QStringLiteral("title"), QStringLiteral("Some page")},
            {QStringLiteral("title_link"), QStringLiteral("https://e.example")},
            {QStringLiteral("text"), QStringLiteral("unfurled")}};
        const QJsonObject message{
            {QStringLiteral("text"),
             QStringLiteral("[FIRING:1] :fire: Y\n*Alert:* down\n - *severity:* `critical`")},
            {QStringLiteral("attachments"), QJsonArray{unfurl}}};
        const ParsedAlarm a = AlertParser::parse(message, QStringLiteral("C"));
        QCOMPARE(a.kind, ParsedAlarm::Kind::Alertmanager);
        QCOMPARE(a.alertName, QStringLiteral("Y"));
        QCOMPARE(a.severity, QStringLiteral("critical"));
        QCOMPARE(a.alerts.size(), 1);
        QCOMPARE(a.alerts[0].summary, QStringLiteral("down"));
    }
};

QTEST_GUILESS_MAIN(TestAlertParser)
#include "tst_alertparser.moc"
