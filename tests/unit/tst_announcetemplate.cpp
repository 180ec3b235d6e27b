#include "FakeClock.h"
#include "announce/AnnounceLint.h"
#include "announce/AnnounceTemplate.h"
#include "announce/UpdatePromises.h"

#include <QTest>

using namespace shiftdesk;
using shiftdesk::test::london;

class TestAnnounceTemplate : public QObject
{
    Q_OBJECT

private:
    static QByteArray withTemplate(const QByteArray& t)
    {
        return QByteArrayLiteral(
                   R"({"format":"shiftdesk-announce-templates","version":1,"templates":[)") +
               t + QByteArrayLiteral("]}");
    }

    // A value a user might type for each field: the default, else something of the right type.
    static QHash<QString, QString> sampleValues(const AnnounceTemplate& t)
    {
        QHash<QString, QString> values;
        for (const AnnounceField& f : t.fields) {
            QString v = f.defaultValue;
            if (v.isEmpty()) {
                switch (f.type) {
                case AnnounceField::Type::Time:
                    v = QStringLiteral("14:30");
                    break;
                case AnnounceField::Type::TimeList:
                    v = QStringLiteral("13:00, 15:00");
                    break;
                case AnnounceField::Type::Choice:
                    v = f.choices.value(0);
                    break;
                case AnnounceField::Type::Text:
                    v = QStringLiteral("Jenkins is not responding");
                    break;
                case AnnounceField::Type::MultiLine:
                    v = QStringLiteral("We found the cause.\nThe rollback is under way.");
                    break;
                }
            }
            values.insert(f.id, v);
        }
        return values;
    }

    static AnnounceTemplate handMade()
    {
        AnnounceTemplate t;
        t.id = QStringLiteral("t");
        t.name = QStringLiteral("T");
        AnnounceField when;
        when.id = QStringLiteral("when");
        when.label = QStringLiteral("When");
        when.type = AnnounceField::Type::Time;
        AnnounceField list;
        list.id = QStringLiteral("list");
        list.label = QStringLiteral("Update at");
        list.type = AnnounceField::Type::TimeList;
        AnnounceField env;
        env.id = QStringLiteral("env");
        env.label = QStringLiteral("Environment");
        env.type = AnnounceField::Type::Choice;
        env.choices = {QStringLiteral("production"), QStringLiteral("staging")};
        AnnounceField notes;
        notes.id = QStringLiteral("notes");
        notes.label = QStringLiteral("Notes");
        notes.type = AnnounceField::Type::MultiLine;
        AnnounceField what;
        what.id = QStringLiteral("what");
        what.label = QStringLiteral("What");
        t.fields = {when, list, env, notes, what};
        t.body = QStringLiteral("{what} in {env} at {when}; updates at {list}. {{literal}} "
                                "{nope} }}\n{notes}");
        return t;
    }

private Q_SLOTS:
    void defaultTemplatesFollowTheTeam()
    {
        const AnnounceTemplates all = AnnounceTemplates::defaultTemplates();
        QVERIFY(all.templates.size() >= 4);
        const AnnounceTemplate* maintenance = all.find(QStringLiteral("planned-maintenance"));
        const AnnounceTemplate* incident = all.find(QStringLiteral("incident"));
        const AnnounceTemplate* update = all.find(QStringLiteral("incident-update"));
        const AnnounceTemplate* resolved = all.find(QStringLiteral("incident-resolved"));
        QVERIFY(maintenance && incident && update && resolved);
        QVERIFY(!all.find(QStringLiteral("nope")));
        QVERIFY(maintenance->kind == AnnounceKind::Announcement);
        QVERIFY(incident->kind == AnnounceKind::Announcement);
        QVERIFY(update->kind == AnnounceKind::Update);
        QVERIFY(resolved->kind == AnnounceKind::Resolution);
        // The team's exact phrases, so scripts can find them in the channel logs.
        QVERIFY(incident->body.contains(
            QStringLiteral("I am declaring an incident because {reason}. The impact is that "
                           "{impact}.")));
        QVERIFY(resolved->body.contains(
            QStringLiteral("I am declaring this incident resolved because {resolution}")));
        // Like the seed: visibly an announcement, single-asterisk bold, no @here, a promise.
        QVERIFY(maintenance->body.startsWith(QStringLiteral(":loudspeaker: *ANNOUNCEMENT:")));
        QVERIFY(maintenance->body.contains(
            QStringLiteral("we will update at {updates} to say how it is going")));
        for (const AnnounceTemplate& t : all.templates) {
            QVERIFY2(!t.body.contains(QStringLiteral("**")), qPrintable(t.id));
            QVERIFY2(!t.body.contains(u'@'), qPrintable(t.id));
        }
        const AnnounceField* environment = nullptr;
        for (const AnnounceField& f : maintenance->fields) {
            if (f.id == QLatin1String("environment"))
                environment = &f;
        }
        QVERIFY(environment);
        QVERIFY(environment->type == AnnounceField::Type::Choice);
        QVERIFY(environment->choices.contains(QStringLiteral("production")));
    }

    void filledDefaultsPromiseAndPassLint_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("clock24");
        for (const AnnounceTemplate& t : AnnounceTemplates::defaultTemplates().templates) {
            QTest::newRow(qPrintable(t.id + QStringLiteral(" 12h"))) << t.id << false;
            QTest::newRow(qPrintable(t.id + QStringLiteral(" 24h"))) << t.id << true;
        }
    }

    void filledDefaultsPromiseAndPassLint()
    {
        QFETCH(QString, id);
        QFETCH(bool, clock24);
        const AnnounceTemplates all = AnnounceTemplates::defaultTemplates();
        const AnnounceTemplate* t = all.find(id);
        QVERIFY(t);
        AnnounceTemplate::FillOptions options;
        options.clock24 = clock24;
        const QString text = t->fill(sampleValues(*t), options);
        QVERIFY2(!text.contains(u'{') && !text.contains(u'['), qPrintable(text));

        const QDateTime now = london(2025, 6, 2, 9, 0);
        const QTimeZone zone(QByteArrayLiteral("Europe/London"));
        const QList<PromisedTime> promises = UpdatePromises::find(text, now, zone);
        if (t->kind == AnnounceKind::Resolution)
            QVERIFY2(promises.isEmpty(), qPrintable(text));
        else
            QVERIFY2(!promises.isEmpty(), qPrintable(text));
        for (const PromisedTime& p : promises)
            QVERIFY2(p.due > now, qPrintable(p.text));

        LintContext context;
        context.kind = t->kind;
        context.now = now;
        context.timeZone = zone;
        const QList<LintIssue> issues = AnnounceLint::check(text, context);
        for (const LintIssue& issue : issues)
            qWarning("%s", qPrintable(issue.message));
        QVERIFY2(issues.isEmpty(), qPrintable(text));
    }

    void maintenanceFollowsTheSeed()
    {
        const AnnounceTemplates all = AnnounceTemplates::defaultTemplates();
        const AnnounceTemplate* t = all.find(QStringLiteral("planned-maintenance"));
        QVERIFY(t);
        QHash<QString, QString> values = sampleValues(*t);
        values[QStringLiteral("work")] =
            QStringLiteral("upgrading Postgres from version 9.2 to version 9.6");
        values[QStringLiteral("services")] = QStringLiteral("the CLA RDS instances");
        const QString text = t->fill(values, {});
        QVERIFY2(text.contains(QStringLiteral(
                     "We will be doing this work between 10AM and 3PM, we will update at 1PM "
                     "and 3PM to say how it is going.")),
                 qPrintable(text));
        const QList<PromisedTime> promises = UpdatePromises::find(
            text, london(2025, 6, 2, 9, 0), QTimeZone(QByteArrayLiteral("Europe/London")));
        QCOMPARE(promises.size(), 2);
        QCOMPARE(promises[0].due, london(2025, 6, 2, 13, 0));
        QCOMPARE(promises[1].due, london(2025, 6, 2, 15, 0));
    }

    void fillFormatsEachType()
    {
        const AnnounceTemplate t = handMade();
        QHash<QString, QString> values;
        values.insert(QStringLiteral("when"), QStringLiteral("13:30"));
        values.insert(QStringLiteral("list"), QStringLiteral("11:00, 13:00 15:00"));
        values.insert(QStringLiteral("env"), QStringLiteral("staging"));
        values.insert(QStringLiteral("notes"), QStringLiteral("  line 1\nline 2\n\n"));
        values.insert(QStringLiteral("what"), QStringLiteral("  Jenkins\nrestart "));
        QCOMPARE(t.fill(values, {}),
                 QStringLiteral("Jenkins restart in staging at 1:30PM; updates at 11AM, 1PM and "
                                "3PM. {literal} {nope} }\n  line 1\nline 2"));
        AnnounceTemplate::FillOptions h24;
        h24.clock24 = true;
        QCOMPARE(t.fill(values, h24),
                 QStringLiteral("Jenkins restart in staging at 13:30; updates at 11:00, 13:00 "
                                "and 15:00. {literal} {nope} }\n  line 1\nline 2"));
        // Empty values leave a marker that cannot go unnoticed; values are not re-expanded.
        values.insert(QStringLiteral("when"), QStringLiteral("   "));
        values.remove(QStringLiteral("env"));
        values.insert(QStringLiteral("what"), QStringLiteral("{when}"));
        QCOMPARE(t.fill(values, {}),
                 QStringLiteral("{when} in [Environment] at [When]; updates at 11AM, 1PM and "
                                "3PM. {literal} {nope} }\n  line 1\nline 2"));
        // A value that is not a time is shown as typed.
        values.insert(QStringLiteral("when"), QStringLiteral("after lunch"));
        QVERIFY(t.fill(values, {}).contains(QStringLiteral(" at after lunch;")));
    }

    void formatsTimes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("twelve");
        QTest::addColumn<QString>("twentyFour");
        QTest::newRow("afternoon") << "13:00"
                                   << "1PM"
                                   << "13:00";
        QTest::newRow("half past") << "13:30"
                                   << "1:30PM"
                                   << "13:30";
        QTest::newRow("midnight") << "00:00"
                                  << "12AM"
                                  << "00:00";
        QTest::newRow("noon") << "12:00"
                              << "12PM"
                              << "12:00";
        QTest::newRow("morning") << "09:05"
                                 << "9:05AM"
                                 << "09:05";
        QTest::newRow("one digit") << "9:00"
                                   << "9AM"
                                   << "09:00";
        QTest::newRow("late") << "23:59"
                              << "11:59PM"
                              << "23:59";
        QTest::newRow("spaces") << " 10:00 "
                                << "10AM"
                                << "10:00";
        QTest::newRow("not a time") << "25:00"
                                    << "25:00"
                                    << "25:00";
        QTest::newRow("words") << "soon"
                               << "soon"
                               << "soon";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }

    void formatsTimes()
    {
        QFETCH(QString, input);
        QFETCH(QString, twelve);
        QFETCH(QString, twentyFour);
        QCOMPARE(AnnounceTemplate::formatTime(input, false), twelve);
        QCOMPARE(AnnounceTemplate::formatTime(input, true), twentyFour);
    }

    void formatsTimeLists_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("twelve");
        QTest::addColumn<QString>("twentyFour");
        QTest::newRow("one") << "13:00"
                             << "1PM"
                             << "13:00";
        QTest::newRow("two") << "13:00, 15:00"
                             << "1PM and 3PM"
                             << "13:00 and 15:00";
        QTest::newRow("spaces") << "13:00 15:00"
                                << "1PM and 3PM"
                                << "13:00 and 15:00";
        QTest::newRow("and") << "13:00 and 15:00"
                             << "1PM and 3PM"
                             << "13:00 and 15:00";
        QTest::newRow("three") << "11:00,13:30,15:00"
                               << "11AM, 1:30PM and 3PM"
                               << "11:00, 13:30 and 15:00";
        QTest::newRow("not times") << "13:00, later"
                                   << "13:00, later"
                                   << "13:00, later";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }

    void formatsTimeLists()
    {
        QFETCH(QString, input);
        QFETCH(QString, twelve);
        QFETCH(QString, twentyFour);
        QCOMPARE(AnnounceTemplate::formatTimeList(input, false), twelve);
        QCOMPARE(AnnounceTemplate::formatTimeList(input, true), twentyFour);
    }

    void kindsHaveNames()
    {
        for (const AnnounceKind k :
             {AnnounceKind::Announcement, AnnounceKind::Update, AnnounceKind::Resolution})
            QVERIFY(announceKindFromString(toString(k)) == std::optional<AnnounceKind>(k));
        QCOMPARE(toString(AnnounceKind::Resolution), QStringLiteral("resolution"));
        QVERIFY(!announceKindFromString(QStringLiteral("Update")).has_value());
        QVERIFY(!announceKindFromString(QString()).has_value());
    }

    void roundTripsThroughJson()
    {
        const AnnounceTemplates t = AnnounceTemplates::defaultTemplates();
        QString error;
        const auto again = AnnounceTemplates::parse(t.toJson(), &error);
        QVERIFY2(again.has_value(), qPrintable(error));
        QCOMPARE(again->toJson(), t.toJson());
        QCOMPARE(again->templates.size(), t.templates.size());
        for (qsizetype i = 0; i < t.templates.size(); ++i) {
            QCOMPARE(again->templates[i].body, t.templates[i].body);
            QCOMPARE(again->templates[i].fields.size(), t.templates[i].fields.size());
        }
    }

    void parsesAGoodFile()
    {
        QString error;
        const auto t = AnnounceTemplates::parse(
            withTemplate(
                R"({"id":"x","name":"X","kind":"update","body":"Next update at {at}. {{ok}}",)"
                R"("fields":[{"id":"at","label":"At","type":"time","default":"9:30",)"
                R"("placeholder":"14:30","required":true}]})"),
            &error);
        QVERIFY2(t.has_value(), qPrintable(error));
        QCOMPARE(t->templates.size(), 1);
        const AnnounceTemplate& x = t->templates[0];
        QVERIFY(x.kind == AnnounceKind::Update);
        QVERIFY(x.fields[0].type == AnnounceField::Type::Time);
        QCOMPARE(x.fields[0].defaultValue, QStringLiteral("9:30"));
        QCOMPARE(x.fields[0].placeholder, QStringLiteral("14:30"));
        QVERIFY(x.fields[0].required);
        QCOMPARE(x.fill({{QStringLiteral("at"), QStringLiteral("9:30")}}, {}),
                 QStringLiteral("Next update at 9:30AM. {ok}"));
        // A body may be a list of lines; a field without a type is text; no fields is fine.
        const auto lines = AnnounceTemplates::parse(
            withTemplate(R"({"id":"y","name":"Y","kind":"resolution","body":["a","","{b}"],)"
                         R"("fields":[{"id":"b","label":"B"}]},)"
                         R"({"id":"z","name":"Z","kind":"announcement","body":"Just text"})"),
            &error);
        QVERIFY2(lines.has_value(), qPrintable(error));
        QCOMPARE(lines->templates[0].body, QStringLiteral("a\n\n{b}"));
        QVERIFY(lines->templates[0].fields[0].type == AnnounceField::Type::Text);
        QVERIFY(lines->templates[1].fields.isEmpty());
    }

    void syntaxErrorNamesTheLine()
    {
        QString error;
        const QByteArray json = "{\n  \"format\": \"shiftdesk-announce-templates\",\n"
                                "  \"version\": 1\n  \"templates\": []\n}\n";
        QVERIFY(!AnnounceTemplates::parse(json, &error).has_value());
        // The missing comma is detected where "templates" starts, on line 4.
        QVERIFY2(error.startsWith(QStringLiteral("Line 4,")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("not valid JSON")));
    }

    void rejectsBadContent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray body = R"("body":"At {a}","fields":[{"id":"a","label":"A"}])";
        QTest::newRow("not an object") << QByteArray("[1]") << "one JSON object";
        QTest::newRow("wrong format")
            << QByteArray(R"({"format":"shiftdesk-checklist","version":1,"templates":[]})")
            << "format: expected \"shiftdesk-announce-templates\"";
        QTest::newRow("wrong version")
            << QByteArray(R"({"format":"shiftdesk-announce-templates","version":2})")
            << "version: expected 1";
        QTest::newRow("no templates")
            << QByteArray(R"({"format":"shiftdesk-announce-templates","version":1,"templates":[]})")
            << "templates: must be a non-empty list";
        QTest::newRow("template not object")
            << withTemplate("3") << "templates[0]: must be an object";
        QTest::newRow("missing name") << withTemplate(R"({"id":"a","kind":"update",)" + body + "}")
                                      << "templates[0].name: is required";
        QTest::newRow("bad id") << withTemplate(R"({"id":"A b","name":"A","kind":"update",)" +
                                                body + "}")
                                << "templates[0].id: \"A b\" must be lower-case";
        QTest::newRow("duplicate id")
            << withTemplate(R"({"id":"a","name":"A","kind":"update",)" + body +
                            R"(},{"id":"a","name":"B","kind":"update",)" + body + "}")
            << "templates[1].id: \"a\" is used by another template";
        QTest::newRow("bad kind") << withTemplate(R"({"id":"a","name":"A","kind":"post",)" + body +
                                                  "}")
                                  << "templates[0].kind: must be one of announcement, update, "
                                     "resolution";
        QTest::newRow("no body") << withTemplate(R"({"id":"a","name":"A","kind":"update"})")
                                 << "templates[0].body: is required";
        QTest::newRow("body line not string")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":["x",1]})")
            << "templates[0].body[1]: must be a string";
        QTest::newRow("fields not list")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"x","fields":{}})")
            << "templates[0].fields: must be a list";
        QTest::newRow("unknown type")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x}",)"
                            R"("fields":[{"id":"x","label":"X","type":"date"}]})")
            << "templates[0].fields[0].type: must be one of text, multiline, time, timelist, "
               "choice";
        QTest::newRow("field without label")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x}",)"
                            R"("fields":[{"id":"x"}]})")
            << "templates[0].fields[0].label: is required";
        QTest::newRow("duplicate field")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x}",)"
                            R"("fields":[{"id":"x","label":"X"},{"id":"x","label":"Y"}]})")
            << "templates[0].fields[1].id: \"x\" is used by another field";
        QTest::newRow("bad field id")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{X}",)"
                            R"("fields":[{"id":"X","label":"X"}]})")
            << "templates[0].fields[0].id:";
        QTest::newRow("placeholder names no field")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x} {y}",)"
                            R"("fields":[{"id":"x","label":"X"}]})")
            << "templates[0].body: {y} names no field";
        QTest::newRow("field not in body")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x} {{y}}",)"
                            R"("fields":[{"id":"x","label":"X"},{"id":"y","label":"Y"}]})")
            << "templates[0].fields[1].id: \"y\" is not used in the body";
        QTest::newRow("choice without choices")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x}",)"
                            R"("fields":[{"id":"x","label":"X","type":"choice"}]})")
            << "templates[0].fields[0].choices: must be a non-empty list";
        QTest::newRow("duplicate choice")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x}",)"
                            R"("fields":[{"id":"x","label":"X","type":"choice",)"
                            R"("choices":["a","b","a"]}]})")
            << "templates[0].fields[0].choices[2]: \"a\" is listed twice";
        QTest::newRow("choices on text")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x}",)"
                            R"("fields":[{"id":"x","label":"X","choices":["a"]}]})")
            << "templates[0].fields[0].choices: only a \"choice\" field has choices";
        QTest::newRow("default not a choice")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x}",)"
                            R"("fields":[{"id":"x","label":"X","type":"choice",)"
                            R"("choices":["a"],"default":"b"}]})")
            << "templates[0].fields[0].default: \"b\" is not one of the choices";
        QTest::newRow("default not a time")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x}",)"
                            R"("fields":[{"id":"x","label":"X","type":"time","default":"1pm"}]})")
            << "templates[0].fields[0].default: \"1pm\" is not a time of day as HH:mm";
        QTest::newRow("default not a time list")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x}",)"
                            R"("fields":[{"id":"x","label":"X","type":"timelist",)"
                            R"("default":"13:00, 3pm"}]})")
            << "templates[0].fields[0].default: \"13:00, 3pm\" is not a list of times";
        QTest::newRow("required not bool")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x}",)"
                            R"("fields":[{"id":"x","label":"X","required":"yes"}]})")
            << "templates[0].fields[0].required: must be true or false";
        QTest::newRow("label not string")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":"{x}",)"
                            R"("fields":[{"id":"x","label":7}]})")
            << "templates[0].fields[0].label: must be a string";
        QTest::newRow("body too long")
            << withTemplate(R"({"id":"a","name":"A","kind":"update","body":")" +
                            QByteArray(10001, 'x') + R"("})")
            << "templates[0].body: is longer than 10000 characters";
    }

    void rejectsBadContent()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!AnnounceTemplates::parse(json, &error).has_value());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void rejectsHugeFiles()
    {
        const QByteArray huge(AnnounceTemplates::kMaxFileSize + 10, ' ');
        QString error;
        QVERIFY(!AnnounceTemplates::parse(huge, &error).has_value());
        QVERIFY(error.contains(QStringLiteral("larger than")));
    }
};

QTEST_GUILESS_MAIN(TestAnnounceTemplate)
#include "tst_announcetemplate.moc"
