#include "github/IssueTemplate.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>

using namespace shiftdesk;

namespace {

using Kind = TemplateSection::Kind;

QString dataDir()
{
    return QStringLiteral(SHIFTDESK_TEST_DATA "/issue-templates");
}

QString readData(const QString& name)
{
    QFile f(dataDir() + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

IssueTemplate load(const QString& name)
{
    QString error;
    const std::optional<IssueTemplate> t = IssueTemplate::parse(name, readData(name), &error);
    if (!t)
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return *t;
}

std::optional<IssueTemplate> parseText(const QString& markdown, QString* error = nullptr)
{
    return IssueTemplate::parse(QStringLiteral("inline.md"), markdown, error);
}

const TemplateSection* section(const IssueTemplate& t, const QString& heading)
{
    for (const TemplateSection& s : t.sections) {
        if (s.heading == heading)
            return &s;
    }
    return nullptr;
}

QStringList headings(const IssueTemplate& t)
{
    QStringList out;
    for (const TemplateSection& s : t.sections)
        out << s.heading;
    return out;
}

// The built body read back as a template body.
IssueTemplate reparse(const QString& body)
{
    QString error;
    const std::optional<IssueTemplate> t =
        parseText(QStringLiteral("---\nname: Round trip\n---\n") + body, &error);
    if (!t)
        qFatal("reparse: %s", qPrintable(error));
    return *t;
}

QString L(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestIssueTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void supportRequestTemplate()
    {
        const IssueTemplate t = load(QStringLiteral("cloud-platform-support-request.md"));
        QCOMPARE(t.fileName, QStringLiteral("cloud-platform-support-request.md"));
        QCOMPARE(t.name, QStringLiteral("Cloud Platform Support Request"));
        QCOMPARE(t.about, QStringLiteral("Create new Cloud Platform Support request"));
        QCOMPARE(t.title, QString());
        QCOMPARE(t.labels, (QStringList{L("needs-triage"), L("support-request")}));
        QCOMPARE(t.assignees, QStringList());
        QCOMPARE(t.type, QString());
        QCOMPARE(t.preamble, QString());
        QVERIFY(t.isSupportRequest());
        QCOMPARE(headings(t), (QStringList{L("Service name"), L("Service environment"),
                                           L("Impact on the service"), L("Problem description"),
                                           L("Contact person")}));
        QCOMPARE(t.sections.at(0).kind, Kind::Text);
        QCOMPARE(t.sections.at(0).hint, QStringLiteral("Full name or acronym"));
        const TemplateSection& env = t.sections.at(1);
        QCOMPARE(env.kind, Kind::Checkboxes);
        QCOMPARE(env.options, (QStringList{L("Dev / Development"), L("Staging"),
                                           L("Prod / Production"), L("Other")}));
        QCOMPARE(env.checked, QStringList());
        QCOMPARE(env.hint, QString());
        // A placeholder line and a comment: both are the hint, a blank line apart.
        QCOMPARE(t.sections.at(2).hint,
                 QStringLiteral("Provide real impact description on the service mentioned. It can "
                                "include any potential blockers for the product team.\n\n"
                                "Impact description"));
        QCOMPARE(t.sections.at(3).hint,
                 QStringLiteral("Carefully describe the issue to avoid any possible delays."));
        QVERIFY(t.sections.at(4).hint.startsWith(QStringLiteral("Name, slack handle, email")));
        QVERIFY(t.body.startsWith(QStringLiteral("\n## Service name\n")));
        QVERIFY(!t.body.contains(QStringLiteral("labels:")));
    }

    void frontMatter_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("about");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QStringList>("assignees");
        QTest::addColumn<QString>("type");
        QTest::newRow("quoted, lists, type, comment")
            << L("bug-report.md") << L(":bug: Bug report")
            << L("Something isn't working: tell us what broke") << L("[BUG]: ")
            << QStringList{L("bug"), L("help wanted")} << QStringList{L("octocat"), L("hubot")}
            << L("Bug");
        QTest::newRow("comma string with spaces, no title or assignees")
            << L("feature-request.md") << L("Feature request")
            << L("Suggest an idea for this project") << QString()
            << QStringList{L("enhancement"), L("needs-triage"), L("ui")} << QStringList()
            << QString();
        QTest::newRow("CRLF") << L("crlf-windows.md") << L("Windows line endings")
                              << L("Saved on Windows") << L("[WIN] ")
                              << QStringList{L("windows"), L("crlf")} << QStringList() << QString();
        QTest::newRow("BOM") << L("bom-utf8.md") << L("Byte order mark") << L("Starts with U+FEFF")
                             << QString() << QStringList{L("bom")} << QStringList() << L("Task");
    }
    void frontMatter()
    {
        QFETCH(QString, file);
        const IssueTemplate t = load(file);
        QTEST(t.name, "name");
        QTEST(t.about, "about");
        QTEST(t.title, "title");
        QTEST(t.labels, "labels");
        QTEST(t.assignees, "assignees");
        QTEST(t.type, "type");
        QVERIFY(!t.body.contains(u'\r'));
        QVERIFY(!t.body.contains(QChar(0xFEFF)));
        QVERIFY(!t.sections.isEmpty());
    }

    void inlineFrontMatter_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QStringList>("assignees");
        QTest::newRow("single-quoted colon") << L("name: ':bug: Bug'\nlabels: ''\nassignees: ''")
                                             << L(":bug: Bug") << QStringList() << QStringList();
        QTest::newRow("double-quoted, flow lists")
            << L("name: \"Docs: typo\"\nlabels: [docs, 'good first issue']\nassignees: [a, '@b']")
            << L("Docs: typo") << QStringList{L("docs"), L("good first issue")}
            << QStringList{L("a"), L("b")};
        QTest::newRow("empty values") << L("name: Chore task\ntitle:\nlabels:\nassignees: ~")
                                      << L("Chore task") << QStringList() << QStringList();
        QTest::newRow("unicode, comment") << L("# chooser order\nname: \"Ärger 🐛\" # ok\n")
                                          << L("Ärger 🐛") << QStringList() << QStringList();
        QTest::newRow("numbers as text") << L("name: 2024 plan\nlabels: 1, 2") << L("2024 plan")
                                         << QStringList{L("1"), L("2")} << QStringList();
    }
    void inlineFrontMatter()
    {
        QFETCH(QString, yaml);
        QString error;
        const auto t =
            parseText(QStringLiteral("---\n") + yaml + QStringLiteral("\n---\nBody\n"), &error);
        QVERIFY2(t, qPrintable(error));
        QTEST(t->name, "name");
        QTEST(t->labels, "labels");
        QTEST(t->assignees, "assignees");
        QCOMPARE(t->preamble, QStringLiteral("Body"));
        QVERIFY(t->sections.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected"); // the start of the message
        QTest::newRow("no front matter")
            << readData(L("error-no-front-matter.md")) << L("line 1: no YAML front matter");
        QTest::newRow("bad YAML") << readData(L("error-bad-yaml.md")) << L("line 3: ");
        QTest::newRow("name too short")
            << readData(L("error-short-name.md")) << L("line 2: the name \"Bug\" is too short");
        QTest::newRow("unclosed") << readData(L("error-unclosed-front-matter.md"))
                                  << L("line 1: the front matter is not closed");
        QTest::newRow("bad YAML, CRLF and BOM")
            << L("\xEF\xBB\xBF---\r\nname: Fine name\r\n# note\r\nlabels: [a, b]\r\nabout: x\r\n"
                 "  title: y\r\n---\r\n")
            << L("line 6: ");
        QTest::newRow("tab indent")
            << L("---\nname: Fine name\nlabels: a\n\tb: c\n---\n") << L("line 4: ");
        QTest::newRow("empty") << QString() << L("line 1: no YAML front matter");
        QTest::newRow("blank line first")
            << L("\n---\nname: Fine name\n---\n") << L("line 1: no YAML front matter");
        QTest::newRow("no name") << L("---\nabout: x\n---\n")
                                 << L("line 1: the front matter has no");
        QTest::newRow("empty front matter")
            << L("---\n---\n## A\n") << L("line 1: the front matter has no");
        QTest::newRow("null name")
            << L("---\nname: ~\n---\n") << L("line 1: the front matter has no");
        QTest::newRow("emoji name") << L("---\nname: \"🐛 x\"\n---\n") << L("line 2: the name");
        QTest::newRow("not a map") << L("---\n- name\n- about\n---\n") << L("line 2: ");
        QTest::newRow("name is a list") << L("---\nabout: x\nname:\n  - a\n---\n") << L("line 4: ");
    }
    void errors()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parseText(markdown, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY(error.size() > expected.size());
        QVERIFY(!parseText(markdown)); // no error pointer: no crash
    }

    // Every file in the data folder parses, except those named "error-*".
    void dataFolder()
    {
        const QStringList files =
            QDir(dataDir()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 9);
        QList<IssueTemplate> good;
        for (const QString& f : files) {
            QString error;
            const auto t = IssueTemplate::parse(f, readData(f), &error);
            QCOMPARE(bool(t), !f.startsWith(QStringLiteral("error-")));
            QCOMPARE(error.isEmpty(), bool(t));
            if (t)
                good << *t;
        }
        std::reverse(good.begin(), good.end());
        IssueTemplate::sort(good);
        QStringList names;
        for (const IssueTemplate& t : std::as_const(good))
            names << t.fileName;
        QCOMPARE(names, (QStringList{L("bom-utf8.md"), L("bug-report.md"),
                                     L("cloud-platform-support-request.md"), L("crlf-windows.md"),
                                     L("feature-request.md")}));
    }

    void layout()
    {
        const IssueTemplate t = load(QStringLiteral("bug-report.md"));
        QCOMPARE(t.preamble, QStringLiteral("Thanks for taking the time to report a bug!"));
        // Trailing spaces and a closing "##" are not part of the heading.
        QCOMPARE(headings(t), (QStringList{L("What happened?"), L("Severity"), L("Logs")}));
        const TemplateSection& what = t.sections.at(0);
        QCOMPARE(what.kind, Kind::Text);
        QVERIFY(what.hint.startsWith(QStringLiteral("A clear and concise description")));
        QVERIFY(what.hint.contains(QStringLiteral("### Steps to reproduce\n\n1. Go to")));
        QVERIFY(what.hint.endsWith(QStringLiteral("### Expected behaviour\n\n"
                                                  "_What you expected to happen_")));
        const TemplateSection& sev = t.sections.at(1);
        QCOMPARE(sev.kind, Kind::Checkboxes);
        QCOMPARE(sev.options, (QStringList{L("Low"), L("Medium"), L("High")}));
        QCOMPARE(sev.checked, (QStringList{L("Medium"), L("High")}));
        QCOMPARE(sev.hint, QString()); // a comment on a checkbox line is no hint
        // Inside a code fence: no heading, no checkbox.
        const TemplateSection& logs = t.sections.at(2);
        QCOMPARE(logs.kind, Kind::Text);
        QVERIFY(logs.hint.contains(QStringLiteral("## not a heading")));
        QVERIFY(logs.hint.contains(QStringLiteral("- [ ] nor is this a checkbox")));
    }

    void commentsAndPlaceholders()
    {
        const IssueTemplate t = load(QStringLiteral("feature-request.md"));
        QCOMPARE(headings(t),
                 (QStringList{L("Is your feature request related to a problem?"),
                              L("Describe the solution you'd like"), L("Additional context")}));
        QCOMPARE(t.sections.at(0).hint, QStringLiteral("[Describe the problem here]"));
        // A "## " line inside a multi-line comment starts no section.
        QCOMPARE(t.sections.at(1).hint,
                 QStringLiteral("A clear and concise description of what you want to happen.\n"
                                "## This line is inside a comment, not a heading."));
        QCOMPARE(t.sections.at(2).hint, QString());
    }

    void headingVariants()
    {
        const auto t = parseText(L("---\nname: Headings\n---\nintro\n# Title\n"
                                   "## Service name <!-- required -->\n##\tTabbed\n"
                                   "##NoSpace\n   ## Indented ###\n    ## Code block\n"
                                   "## C#\n## Empty ## \n"));
        QVERIFY(t);
        QCOMPARE(t->preamble, QStringLiteral("intro\n# Title"));
        QCOMPARE(headings(*t),
                 (QStringList{L("Service name"), L("Tabbed"), L("Indented"), L("C#"), L("Empty")}));
        QCOMPARE(t->sections.at(1).hint, QStringLiteral("##NoSpace"));
        QCOMPARE(t->sections.at(2).hint, QStringLiteral("## Code block"));
    }

    // Whatever the input, parse answers (a template or an error) without crashing.
    void robustness()
    {
        QString error;
        QVERIFY(!parseText(L("---\nname: ") + QString(5000, u'[') + L("\n---\n"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("line 2: ")), qPrintable(error));
        const QStringList pieces{L("---"),  L("\n"),  L("## "), L("- [ ] "),
                                 L("<!--"), L("-->"), L("```"), L("name: Long enough"),
                                 L("\r"),   L("x"),   L(":"),   L("'"),
                                 L("\t"),   L("&")};
        quint32 seed = 42;
        for (int round = 0; round < 2000; ++round) {
            QString text = round % 2 ? QStringLiteral("---\nname: Fuzzed\n---\n") : QString();
            for (int i = 0; i < 40; ++i) {
                seed = seed * 1664525u + 1013904223u;
                text += pieces.at(qsizetype(seed >> 8) % pieces.size());
            }
            const auto t = parseText(text, &error);
            if (t)
                QVERIFY(t->buildBody({{L("x"), L("y")}}, {}).endsWith(u'\n'));
        }
    }

    void checkboxVariants()
    {
        const auto t = parseText(L("---\nname: Boxes\n---\n## Pick\n<!-- any -->\n"
                                   "- [x] One\n* [ ] Two\n+ [X] Three\n1. [ ] Four\n2) [x] Five\n"
                                   "- [ ]\n-[ ] not a box\n- [y] not a box\n  - [ ] Nested\n"));
        QVERIFY(t);
        const TemplateSection& s = t->sections.at(0);
        QCOMPARE(s.kind, Kind::Checkboxes);
        QCOMPARE(s.options, (QStringList{L("One"), L("Two"), L("Three"), L("Four"), L("Five"),
                                         QString(), L("Nested")}));
        QCOMPARE(s.checked, (QStringList{L("One"), L("Three"), L("Five")}));
        QCOMPARE(s.hint, QStringLiteral("any\n-[ ] not a box\n- [y] not a box"));
    }

    void buildSupportRequest()
    {
        const IssueTemplate t = load(QStringLiteral("cloud-platform-support-request.md"));
        const QHash<QString, QString> text{
            {L("Service name"), L("Prisoner Money (PM)")},
            {L("Impact on the service"), L("Deploys are blocked.\r\nNo user impact yet.")},
            {L("Problem description"), L("   ")}, // blank: keeps the template's text
            {L("contact person"), L("Priya Patel, @priya, priya@example.gov.uk")},
        };
        const QHash<QString, QStringList> checked{{L("Service environment"), {L("Staging")}}};
        const QString body = t.buildBody(text, checked, L("**From Slack**: link\n\n> hi"));
        QCOMPARE(body,
                 QStringLiteral(
                     "## Service name\n\nPrisoner Money (PM)\n\n"
                     "## Service environment\n\n"
                     "- [ ] Dev / Development\n- [x] Staging\n- [ ] Prod / Production\n"
                     "- [ ] Other\n\n"
                     "## Impact on the service\n\nDeploys are blocked.\nNo user impact yet.\n\n"
                     "## Problem description\n\n"
                     "<!-- Carefully describe the issue to avoid any possible delays. -->\n\n"
                     "## Contact person\n\nPriya Patel, @priya, priya@example.gov.uk\n\n"
                     "**From Slack**: link\n\n> hi\n"));
    }

    void buildKeepsTemplateWithoutValues()
    {
        const IssueTemplate t = load(QStringLiteral("cloud-platform-support-request.md"));
        const QString body = t.buildBody({}, {});
        QCOMPARE(body, t.body.mid(1)); // only the leading blank line goes
        QCOMPARE(reparse(body).sections.size(), t.sections.size());
        QVERIFY(t.buildBody({}, {}, L("  \n")).endsWith(QStringLiteral("-->\n")));
    }

    void buildCheckboxesExactly()
    {
        const IssueTemplate t = load(QStringLiteral("bug-report.md"));
        // The template ticks Medium and High; the caller wants Low only.
        QString body = t.buildBody({}, {{L("Severity"), {L("low")}}});
        QVERIFY(body.contains(QStringLiteral("## Severity ##\n\n* [x] Low\n- [ ] Medium\n"
                                             "+ [ ] High\n\n## Logs")));
        QVERIFY(!body.contains(QStringLiteral("on-call")));
        QVERIFY(!body.contains(QStringLiteral("What happened?   "))); // heading right-trimmed
        QVERIFY(body.startsWith(QStringLiteral("Thanks for taking the time")));
        // Unknown options tick nothing.
        body = t.buildBody({}, {{L("Severity"), {L("Critical")}}});
        QVERIFY(body.contains(QStringLiteral("* [ ] Low\n- [ ] Medium\n+ [ ] High\n")));
        // No entry: the template's ticks and comment stay.
        body = t.buildBody({{L("Logs"), L("none")}}, {});
        QVERIFY(body.contains(QStringLiteral("+ [X] High <!-- pages the on-call engineer -->")));
        QVERIFY(body.endsWith(QStringLiteral("## Logs\n\nnone\n")));
        // A text value for a checkbox section follows the boxes and replaces the hint.
        body = t.buildBody({{L("Severity"), L("Only at night")}}, {{L("Severity"), {L("High")}}});
        QVERIFY(body.contains(QStringLiteral("## Severity ##\n\n* [ ] Low\n- [ ] Medium\n"
                                             "+ [x] High\n\nOnly at night\n\n## Logs")));
        const IssueTemplate again = reparse(body); // section() points into it: keep it alive
        const TemplateSection* sev = section(again, L("Severity"));
        QVERIFY(sev);
        QCOMPARE(sev->hint, QStringLiteral("Only at night"));
        QCOMPARE(sev->checked, QStringList{L("High")});
    }

    void buildValuesCannotBreakLayout()
    {
        const IssueTemplate t = load(QStringLiteral("cloud-platform-support-request.md"));
        const QString body = t.buildBody(
            {{L("Service name"), L("ok\n## Injected\n  ## Also injected\n### Fine subheading")},
             {L("Impact on the service"), L("```\nnever closed\n## inside")},
             {L("Problem description"), L("a <!-- never closed\n## hidden")}},
            {});
        QVERIFY(body.contains(QStringLiteral("\n\\## Injected\n  \\## Also injected\n### Fine")));
        const IssueTemplate back = reparse(body);
        QCOMPARE(headings(back), headings(t));
        QCOMPARE(back.sections.at(2).hint, QStringLiteral("```\nnever closed\n## inside\n```"));
        QCOMPARE(back.sections.at(3).hint, QStringLiteral("a never closed\n## hidden"));
        QVERIFY(back.sections.at(4).hint.startsWith(QStringLiteral("Name, slack handle")));
    }

    void buildRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : {"cloud-platform-support-request.md", "bug-report.md",
                              "feature-request.md", "crlf-windows.md", "bom-utf8.md"})
            QTest::newRow(f) << L(f);
    }
    void buildRoundTrip()
    {
        QFETCH(QString, file);
        const IssueTemplate t = load(file);
        QHash<QString, QString> text;
        QHash<QString, QStringList> checked;
        for (qsizetype i = 0; i < t.sections.size(); ++i) {
            const TemplateSection& s = t.sections.at(i);
            if (s.kind == Kind::Checkboxes)
                checked.insert(s.heading, {s.options.constLast()});
            else if (i % 2 == 0)
                text.insert(s.heading,
                            QStringLiteral("Value %1\n\nsecond paragraph\n- a list").arg(i));
        }
        const QString body = t.buildBody(text, checked);
        QVERIFY(!body.contains(u'\r'));
        const IssueTemplate back = reparse(body);
        QCOMPARE(headings(back), headings(t));
        QCOMPARE(back.preamble, t.preamble);
        for (qsizetype i = 0; i < t.sections.size(); ++i) {
            const TemplateSection& was = t.sections.at(i);
            const TemplateSection& now = back.sections.at(i);
            QCOMPARE(now.kind, was.kind);
            QCOMPARE(now.options, was.options);
            if (was.kind == Kind::Checkboxes) {
                QCOMPARE(now.checked, QStringList{was.options.constLast()});
                QCOMPARE(now.hint, QString()); // comments dropped with the selection
            } else {
                QCOMPARE(now.hint, text.value(was.heading, was.hint));
            }
        }
        // Building again from the built body changes nothing.
        QCOMPARE(back.buildBody(text, checked), body);
    }

    void isSupportRequest_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("expected");
        QTest::newRow("file") << L("cloud-platform-support-request.md") << L("Help") << true;
        QTest::newRow("file case") << L("Support-Request.md") << L("Help") << true;
        QTest::newRow("name") << L("help.md") << L("Cloud Platform Support Request") << true;
        QTest::newRow("neither") << L("bug-report.md") << L("Support: request") << false;
        QTest::newRow("underscore") << L("support_request.md") << L("Bug report") << false;
    }
    void isSupportRequest()
    {
        IssueTemplate t;
        QFETCH(QString, fileName);
        QFETCH(QString, name);
        t.fileName = fileName;
        t.name = name;
        QTEST(t.isSupportRequest(), "expected");
    }

    void sortByFileName()
    {
        QList<IssueTemplate> list;
        for (const char* f : {"feature.md", "Bug.md", "a-2.md", "a-10.md", "bug.md", "Zeta.md"}) {
            IssueTemplate t;
            t.fileName = L(f);
            list << t;
        }
        IssueTemplate::sort(list);
        QStringList names;
        for (const IssueTemplate& t : std::as_const(list))
            names << t.fileName;
        QCOMPARE(names, (QStringList{L("a-10.md"), L("a-2.md"), L("Bug.md"), L("bug.md"),
                                     L("feature.md"), L("Zeta.md")}));
    }

    void slackContext()
    {
        SlackContext c;
        c.permalink = L("https://moj.slack.com/archives/C123/p1700000000000100");
        c.channel = L("#ask-cloud-platform");
        c.author = L("Priya");
        c.text = L("*Jenkins* is down &amp; &lt;b&gt;red&lt;/b&gt;\n\nsecond line");
        QCOMPARE(c.markdown(),
                 QStringLiteral("**From Slack** (#ask-cloud-platform, Priya): "
                                "https://moj.slack.com/archives/C123/p1700000000000100\n\n"
                                "> Jenkins is down & &lt;b>red&lt;/b>\n>\n> second line"));
    }

    void slackContextIsSafe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::newRow("heading") << L("# Title\n  ## Sub") << L("> \\# Title\n>   \\## Sub");
        QTest::newRow("setext") << L("Looks bold\n===\n---") << L("> Looks bold\n> \\===\n> \\---");
        QTest::newRow("html comment") << L("&lt;!-- hide the rest") << L("> &lt;!-- hide the rest");
        QTest::newRow("entity") << L("&amp;lt; &amp;#35; AT&amp;T")
                                << L("> &amp;lt; &amp;#35; AT&T");
        QTest::newRow("mention") << L("ping @octocat, mail a@b.c")
                                 << L("> ping @&#8203;octocat, mail a@b.c");
        QTest::newRow("slack mention") << L("<@U123> hi") << L("> @&#8203;U123 hi");
        QTest::newRow("slack quote") << L("&gt; quoted\nplain") << L("> quoted\n> plain");
        QTest::newRow("crlf, trailing blank") << L("a\r\n\r\nb  \n\n") << L("> a\n>\n> b");
    }
    void slackContextIsSafe()
    {
        QFETCH(QString, text);
        SlackContext c;
        c.text = text;
        const QString md = c.markdown();
        QVERIFY2(md.startsWith(QStringLiteral("**From Slack**\n\n")), qPrintable(md));
        QTEST(md.mid(16), "quote");
        for (const QString& line : md.mid(16).split(u'\n'))
            QVERIFY(line == QStringLiteral(">") || line.startsWith(QStringLiteral("> ")));
    }

    void slackContextHeader()
    {
        SlackContext c;
        QCOMPARE(c.markdown(), QStringLiteral("**From Slack**"));
        c.author = L("Bob <script>*x*_\n");
        c.permalink = L("javascript:alert(1)");
        QCOMPARE(c.markdown(), QStringLiteral("**From Slack** (Bob &lt;script>\\*x\\*\\_)"));
        c.channel = L("ops");
        c.author.clear();
        c.permalink = L("https://x.slack.com/archives/C1/p1?thread_ts=1.2&cid=C1");
        QCOMPARE(c.markdown(),
                 QStringLiteral("**From Slack** (#ops): "
                                "https://x.slack.com/archives/C1/p1?thread_ts=1.2&cid=C1"));
    }

    void slackContextCap()
    {
        SlackContext c;
        c.text = QString(SlackContext::MaxQuoteLength - 1, u'a') + L("😀 and more");
        const QString md = c.markdown();
        const QString quote = md.mid(18); // after "**From Slack**\n\n> "
        QCOMPARE(quote, QString(SlackContext::MaxQuoteLength - 1, u'a') + QChar(0x2026));
        c.text = QString(SlackContext::MaxQuoteLength, u'b');
        QVERIFY(!c.markdown().contains(QChar(0x2026)));
        // Many short lines: capped as plain text, each line still quoted.
        c.text = QString(L("x\n")).repeated(5000);
        const QStringList lines = c.markdown().split(u'\n').mid(2);
        QCOMPARE(lines.size(), SlackContext::MaxQuoteLength / 2);
        QCOMPARE(lines.constLast(), QStringLiteral("> x") + QChar(0x2026));
    }

    void slackContextInBody()
    {
        const IssueTemplate t = load(QStringLiteral("cloud-platform-support-request.md"));
        SlackContext c;
        c.channel = L("ask-cloud-platform");
        c.text = L("## Not a section\n&lt;!--\n```");
        const QString body = t.buildBody({{L("Service name"), L("PM")}}, {}, c.markdown());
        QVERIFY(body.endsWith(QStringLiteral("\n\n**From Slack** (#ask-cloud-platform)\n\n"
                                             "> \\## Not a section\n> &lt;!--\n> ```\n")));
        const IssueTemplate back = reparse(body);
        QCOMPARE(headings(back), headings(t));
        QVERIFY(back.sections.constLast().hint.contains(QStringLiteral("Name, slack handle")));
    }
};

QTEST_GUILESS_MAIN(TestIssueTemplate)
#include "tst_issuetemplate.moc"
