#include "checklist/ChecklistTemplate.h"

#include <QFile>
#include <QTest>

using namespace shiftdesk;

class TestChecklistTemplate : public QObject
{
    Q_OBJECT

private:
    static QByteArray readData(const QString& name)
    {
        QFile f(QStringLiteral(SHIFTDESK_TEST_DATA "/templates/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(name));
        return f.readAll();
    }

    static QByteArray withPhase(const QByteArray& phase)
    {
        return QByteArrayLiteral(R"({"format":"shiftdesk-checklist","version":1,"phases":[)") +
               phase + QByteArrayLiteral("]}");
    }

private Q_SLOTS:
    void defaultTemplateFollowsTheSeed()
    {
        const ChecklistTemplate t = ChecklistTemplate::defaultTemplate();
        QCOMPARE(t.phases.size(), 4);
        QCOMPARE(t.phases[0].id, QStringLiteral("start-of-day"));
        QCOMPARE(t.phases[0].time, QTime(9, 0));
        QCOMPARE(t.phases[1].time, QTime(10, 0));
        QCOMPARE(t.phases[1].until, QTime(17, 0));
        QVERIFY(t.phases[1].cover);
        QCOMPARE(t.phases[2].id, QStringLiteral("whole-team"));
        QCOMPARE(t.phases[3].time, QTime(18, 0));
        QCOMPARE(t.phases[3].remindAt, QTime(17, 45));
        // The seed's 09:00 duties, in order.
        QCOMPARE(t.phases[0].items.size(), 4);
        QVERIFY(t.phases[0].items[0].text.contains(QStringLiteral("#high-priority-alarms")));
        QCOMPARE(t.phases[0].items[0].link, QStringLiteral("alarms"));
        QCOMPARE(t.phases[0].items[1].link, QStringLiteral("board"));
        QVERIFY(t.phases[3].items[0].text.contains(QStringLiteral("on-call")));
        QCOMPARE(t.itemCount(), 12);
    }

    void roundTripsThroughJson()
    {
        const ChecklistTemplate t = ChecklistTemplate::defaultTemplate();
        QString error;
        const auto again = ChecklistTemplate::parse(t.toJson(), &error);
        QVERIFY2(again.has_value(), qPrintable(error));
        QCOMPARE(again->toJson(), t.toJson());
        QCOMPARE(again->phases[3].remindAt, QTime(17, 45));
    }

    void parsesAGoodFile()
    {
        QString error;
        const auto t =
            ChecklistTemplate::parse(readData(QStringLiteral("good-minimal.json")), &error);
        QVERIFY2(t.has_value(), qPrintable(error));
        QCOMPARE(t->name, QStringLiteral("Minimal"));
        QCOMPARE(t->phases[0].remindAt, QTime(8, 30)); // defaults to the phase time
        QCOMPARE(t->locate(QStringLiteral("alarms")), std::make_pair(0, 1));
        QCOMPARE(t->locate(QStringLiteral("nope")), std::make_pair(-1, -1));
    }

    void syntaxErrorNamesTheLine()
    {
        QString error;
        const auto t =
            ChecklistTemplate::parse(readData(QStringLiteral("bad-syntax.json")), &error);
        QVERIFY(!t.has_value());
        // The missing comma is detected where "time" starts, on line 8.
        QVERIFY2(error.startsWith(QStringLiteral("Line 8,")), qPrintable(error));
    }

    void rejectsBadContent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("one JSON object");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"other","version":1,"phases":[]})")
                                      << QStringLiteral("format:");
        QTest::newRow("wrong version")
            << QByteArray(R"({"format":"shiftdesk-checklist","version":7,"phases":[]})")
            << QStringLiteral("version:");
        QTest::newRow("no phases")
            << QByteArray(R"({"format":"shiftdesk-checklist","version":1,"phases":[]})")
            << QStringLiteral("phases:");
        QTest::newRow("missing title")
            << withPhase(R"({"id":"a","time":"09:00","items":[{"id":"x","text":"t"}]})")
            << QStringLiteral("phases[0].title: is required");
        QTest::newRow("bad time")
            << withPhase(R"({"id":"a","title":"A","time":"9am","items":[{"id":"x","text":"t"}]})")
            << QStringLiteral("phases[0].time:");
        QTest::newRow("until before time")
            << withPhase(
                   R"({"id":"a","title":"A","time":"10:00","until":"09:00","items":[{"id":"x","text":"t"}]})")
            << QStringLiteral("phases[0].until:");
        QTest::newRow("empty items")
            << withPhase(R"({"id":"a","title":"A","time":"09:00","items":[]})")
            << QStringLiteral("phases[0].items:");
        QTest::newRow("item text not a string")
            << withPhase(R"({"id":"a","title":"A","time":"09:00","items":[{"id":"x","text":5}]})")
            << QStringLiteral("phases[0].items[0].text: must be a string");
        QTest::newRow("duplicate item id")
            << withPhase(
                   R"({"id":"a","title":"A","time":"09:00","items":[{"id":"x","text":"t"},{"id":"x","text":"u"}]})")
            << QStringLiteral("phases[0].items[1].id:");
        QTest::newRow("bad id characters")
            << withPhase(
                   R"({"id":"a","title":"A","time":"09:00","items":[{"id":"Has Space","text":"t"}]})")
            << QStringLiteral("phases[0].items[0].id:");
        QTest::newRow("unknown link")
            << withPhase(
                   R"({"id":"a","title":"A","time":"09:00","items":[{"id":"x","text":"t","link":"jira"}]})")
            << QStringLiteral("phases[0].items[0].link:");
        QTest::newRow("cover not bool")
            << withPhase(
                   R"({"id":"a","title":"A","time":"09:00","cover":"yes","items":[{"id":"x","text":"t"}]})")
            << QStringLiteral("phases[0].cover:");
        QTest::newRow("duplicate phase id")
            << withPhase(
                   R"({"id":"a","title":"A","time":"09:00","items":[{"id":"x","text":"t"}]},{"id":"a","title":"B","time":"10:00","items":[{"id":"y","text":"t"}]})")
            << QStringLiteral("phases[1].id:");
    }

    void rejectsBadContent()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ChecklistTemplate::parse(json, &error).has_value());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void rejectsHugeFiles()
    {
        QByteArray huge(ChecklistTemplate::kMaxFileSize + 10, ' ');
        QString error;
        QVERIFY(!ChecklistTemplate::parse(huge, &error).has_value());
        QVERIFY(error.contains(QStringLiteral("larger than")));
    }

    void htmlInTextIsKeptAsText()
    {
        QString error;
        const auto t = ChecklistTemplate::parse(
            withPhase(
                R"({"id":"a","title":"<b>A</b>","time":"09:00","items":[{"id":"x","text":"<script>x</script>"}]})"),
            &error);
        QVERIFY2(t.has_value(), qPrintable(error));
        QCOMPARE(t->phases[0].items[0].text, QStringLiteral("<script>x</script>"));
    }
};

QTEST_GUILESS_MAIN(TestChecklistTemplate)
#include "tst_checklisttemplate.moc"
