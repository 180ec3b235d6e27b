#include "FakeClock.h"
#include "announce/AnnounceLint.h"
#include "announce/ComposeText.h"
#include "slack/Mrkdwn.h"

#include <QRandomGenerator>
#include <QTest>

using namespace shiftdesk;
using shiftdesk::test::london;

namespace {

using Kind = LintIssue::Kind;

LintContext context(AnnounceKind kind = AnnounceKind::Resolution,
                    QDateTime now = london(2025, 6, 2, 9))
{
    LintContext c;
    c.kind = kind;
    c.now = now;
    c.timeZone = QTimeZone(QByteArrayLiteral("Europe/London"));
    return c;
}

// "kind@start+length" for each issue, e.g. "MassMention@3+5".
QString summary(const QList<LintIssue>& issues)
{
    QStringList parts;
    for (const LintIssue& i : issues) {
        static const char* const names[] = {"MassMention",    "LiteralMarkdown", "NoUpdateTime",
                                            "UpdateTimePast", "TooLong",         "Long",
                                            "Empty"};
        parts.append(QString::fromLatin1(names[int(i.kind)]) + u'@' + QString::number(i.start) +
                     u'+' + QString::number(i.length));
    }
    return parts.join(QStringLiteral(", "));
}

QString channelIds(const QString& name)
{
    if (name == QLatin1String("ops"))
        return QStringLiteral("C123");
    if (name == QLatin1String("ops-team"))
        return QStringLiteral("G9A");
    if (name == QLatin1String("bad"))
        return QStringLiteral("C1|x>");
    return {};
}

} // namespace

class TestAnnounceLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsIssues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("clean") << "All good *now*, see #ops and <https://x.y|the log>."
                               << "";
        QTest::newRow("@here") << "Hi @here, look"
                               << "MassMention@3+5";
        QTest::newRow("mentions")
            << "@channel then (@everyone) and <!here> or <!here|here> and <!channel>"
            << "MassMention@0+8, MassMention@15+9, MassMention@30+7, MassMention@41+12, "
               "MassMention@58+10";
        QTest::newRow("@group") << "x <!group> y"
                                << "MassMention@2+8";
        QTest::newRow("mention upper case") << "@Here now"
                                            << "MassMention@0+5";
        QTest::newRow("not mentions")
            << "mail email@here.com, @heretic, @here2, `@here`, ```\n@channel\n```, <!HERE>, "
               "<!subteam^S1|team>"
            << "";
        QTest::newRow("bold") << "This is **important** now"
                              << "LiteralMarkdown@8+13";
        QTest::newRow("underscores") << "a __big__ deal"
                                     << "LiteralMarkdown@2+7";
        QTest::newRow("strike") << "it is ~~done~~"
                                << "LiteralMarkdown@6+8";
        QTest::newRow("link") << "See [the docs](https://x.y/z) now"
                              << "LiteralMarkdown@4+25";
        QTest::newRow("heading") << "# Maintenance\ntext"
                                 << "LiteralMarkdown@0+13";
        QTest::newRow("heading 2") << "text\n## Incident *now*\nmore"
                                   << "LiteralMarkdown@5+17";
        QTest::newRow("not markdown")
            << "*bold* _it_ ~s~ a # b #ops `**x**` ```\n# no\n``` <https://x/__a__|y> "
               "snake_case_name 2*3*4 [a] (b)"
            << "";
        QTest::newRow("seed")
            << "**ANNOUNCEMENT:**\nAs agreed with the relevant teams, the cloud platform team "
               "will be upgrading Postgres from version 9.2 (out of support) to version 9.6 "
               "today.\n\nWe will be doing this work between 10AM and 3PM, we will update at 1PM "
               "and 3PM to say how it is going."
            << "LiteralMarkdown@0+17";
        QTest::newRow("mixed, in text order") << "**a** @here\n# b"
                                              << "LiteralMarkdown@0+5, MassMention@6+5, "
                                                 "LiteralMarkdown@12+3";
    }

    void findsIssues()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<LintIssue> issues = AnnounceLint::check(text, context());
        QCOMPARE(summary(issues), expected);
        for (const LintIssue& i : issues) {
            QVERIFY(!i.message.isEmpty());
            QVERIFY(i.severity == LintIssue::Severity::Warning);
        }
        QVERIFY(!AnnounceLint::hasErrors(issues));
    }

    void messagesSayWhatToDo()
    {
        const auto bold = AnnounceLint::check(QStringLiteral("**x**"), context());
        QCOMPARE(bold.size(), 1);
        QCOMPARE(bold[0].message, QStringLiteral("**bold** shows with its asterisks in Slack: "
                                                 "use *bold*"));
        const auto here = AnnounceLint::check(QStringLiteral("@here"), context());
        QVERIFY(here[0].message.startsWith(QStringLiteral("@here notifies")));
        const auto channel = AnnounceLint::check(QStringLiteral("<!channel>"), context());
        QVERIFY(channel[0].message.startsWith(QStringLiteral("@channel notifies")));
    }

    void updateTimes()
    {
        const QString promise = QStringLiteral("We will update at 1PM and 3PM.");
        // An announcement or an update must commit to a time.
        for (const AnnounceKind kind : {AnnounceKind::Announcement, AnnounceKind::Update}) {
            QCOMPARE(
                summary(AnnounceLint::check(QStringLiteral("Jenkins is down."), context(kind))),
                QStringLiteral("NoUpdateTime@0+0"));
            QCOMPARE(summary(AnnounceLint::check(promise, context(kind))), QString());
        }
        QCOMPARE(summary(AnnounceLint::check(QStringLiteral("Fixed."),
                                             context(AnnounceKind::Resolution))),
                 QString());
        // A promised time that has passed is pointed at.
        const auto late =
            AnnounceLint::check(promise, context(AnnounceKind::Update, london(2025, 6, 2, 14)));
        QCOMPARE(summary(late), QStringLiteral("UpdateTimePast@18+3"));
        QVERIFY(late[0].message.contains(QStringLiteral("1PM")));
        QCOMPARE(summary(AnnounceLint::check(
                     promise, context(AnnounceKind::Announcement, london(2025, 6, 2, 16)))),
                 QStringLiteral("UpdateTimePast@18+3, UpdateTimePast@26+3"));
        // Exactly now is not past yet.
        QCOMPARE(summary(AnnounceLint::check(
                     promise, context(AnnounceKind::Announcement, london(2025, 6, 2, 13)))),
                 QString());
        // A resolution is not checked for promises at all.
        QCOMPARE(summary(AnnounceLint::check(
                     promise, context(AnnounceKind::Resolution, london(2025, 6, 2, 16)))),
                 QString());
    }

    void length()
    {
        const QString advised(AnnounceLint::kSlackAdvisedMax, u'x');
        QCOMPARE(summary(AnnounceLint::check(advised, context())), QString());
        const auto longIssues = AnnounceLint::check(advised + QStringLiteral("yz"), context());
        QCOMPARE(summary(longIssues), QStringLiteral("Long@4000+2"));
        QVERIFY(!AnnounceLint::hasErrors(longIssues));

        const QString limit(AnnounceLint::kSlackTruncatesAt, u'x');
        QCOMPARE(summary(AnnounceLint::check(limit, context())), QStringLiteral("Long@4000+36000"));
        const auto tooLong = AnnounceLint::check(limit + u'!', context());
        QCOMPARE(summary(tooLong), QStringLiteral("TooLong@40000+1"));
        QVERIFY(tooLong[0].severity == LintIssue::Severity::Error);
        QVERIFY(AnnounceLint::hasErrors(tooLong));
    }

    void empty()
    {
        for (const QString& text : {QString(), QStringLiteral("  \n\t ")}) {
            const auto issues = AnnounceLint::check(text, context(AnnounceKind::Announcement));
            QCOMPARE(issues.size(), 1);
            QVERIFY(issues[0].kind == Kind::Empty);
            QCOMPARE(issues[0].start, 0);
            QVERIFY(issues[0].severity == LintIssue::Severity::Error);
            QVERIFY(AnnounceLint::hasErrors(issues));
        }
        QVERIFY(!AnnounceLint::hasErrors({}));
    }

    // ComposeText: what the composer sends.

    void toWire_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("wire");

        QTest::newRow("escapes") << "a < b & c > d"
                                 << "a &lt; b &amp; c &gt; d";
        QTest::newRow("entities typed") << "&amp; &lt;"
                                        << "&amp;amp; &amp;lt;";
        QTest::newRow("@here") << "@here please"
                               << "<!here> please";
        QTest::newRow("@channel @everyone") << "(@channel) *@everyone*, @Here."
                                            << "(<!channel>) *<!everyone>*, <!here>.";
        QTest::newRow("not mentions") << "email@here.com @heretic @here-team a/@here"
                                      << "email@here.com @heretic @here-team a/@here";
        QTest::newRow("sequences kept")
            << "<!here> <@U123|bob> <https://x.y/?a=1&b=2|A & B> <mailto:a@b.c>"
            << "<!here> <@U123|bob> <https://x.y/?a=1&amp;b=2|A &amp; B> <mailto:a@b.c>";
        QTest::newRow("not a sequence") << "<not a link> <b>"
                                        << "&lt;not a link&gt; &lt;b&gt;";
        QTest::newRow("code untouched") << "`@here <b> #ops` and @here"
                                        << "`@here &lt;b&gt; #ops` and <!here>";
        QTest::newRow("pre untouched") << "```\n@channel & #ops\n``` done"
                                       << "```\n@channel &amp; #ops\n``` done";
        QTest::newRow("sequence in code") << "`<!here>`"
                                          << "`&lt;!here&gt;`";
        QTest::newRow("not code") << "a`@here`b @here"
                                  << "a`<!here>`b <!here>";
        QTest::newRow("channels") << "#ops, (#ops-team) and #nope"
                                  << "<#C123|ops>, (<#G9A|ops-team>) and #nope";
        QTest::newRow("not channels") << "issue#ops #Ops #ops2x.y #ops.com x/#ops # ops"
                                      << "issue#ops #Ops #ops2x.y #ops.com x/#ops # ops";
        QTest::newRow("bad id from resolver") << "#bad"
                                              << "#bad";
        QTest::newRow("quote and styles") << "> @here _`@here`_ *#ops*\n>>> `#ops` @channel"
                                          << "&gt; <!here> _`@here`_ *<#C123|ops>*\n&gt;&gt;&gt; "
                                             "`#ops` <!channel>";
        QTest::newRow("channel after bold") << "*x*#ops"
                                            << "*x*#ops";
        QTest::newRow("empty") << ""
                               << "";
    }

    void toWire()
    {
        QFETCH(QString, typed);
        QFETCH(QString, wire);
        ComposeText::Options options;
        options.channelId = channelIds;
        QCOMPARE(ComposeText::toWire(typed, options), wire);
    }

    void toWireWithoutResolver()
    {
        QCOMPARE(ComposeText::toWire(QStringLiteral("#ops @here")), QStringLiteral("#ops <!here>"));
    }

    void previewShowsWhatSlackWill()
    {
        ComposeText::Options options;
        options.channelId = channelIds;
        const QString wire =
            ComposeText::toWire(QStringLiteral("@here see #ops: a < b & c `<i>`"), options);
        const QString html = Mrkdwn::toHtml(wire);
        QVERIFY2(html.contains(QStringLiteral("background-color:#fff0c2;color:#5c4c00\">@here")),
                 qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("href=\"slack-channel:C123\"")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral(">#ops<")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("a &lt; b &amp; c")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<code>&lt;i&gt;</code>")), qPrintable(html));
        QCOMPARE(Mrkdwn::toPlainText(wire), QStringLiteral("@here see #ops: a < b & c <i>"));
    }

    void scanFindsTokens()
    {
        const QString typed = QStringLiteral("`a` <!here|x> @channel #ops <https://x>");
        const QList<ComposeText::Token> tokens = ComposeText::scan(typed);
        QCOMPARE(tokens.size(), 5);
        QVERIFY(tokens[0].kind == ComposeText::Token::Kind::Code);
        QCOMPARE(tokens[0].length, 3);
        QVERIFY(tokens[1].kind == ComposeText::Token::Kind::MassMention);
        QCOMPARE(tokens[1].name, QStringLiteral("here"));
        QCOMPARE(typed.mid(tokens[1].start, tokens[1].length), QStringLiteral("<!here|x>"));
        QVERIFY(tokens[2].kind == ComposeText::Token::Kind::MassMention);
        QCOMPARE(tokens[2].name, QStringLiteral("channel"));
        QVERIFY(tokens[3].kind == ComposeText::Token::Kind::Channel);
        QCOMPARE(tokens[3].name, QStringLiteral("ops"));
        QVERIFY(tokens[4].kind == ComposeText::Token::Kind::Sequence);
        QCOMPARE(tokens[4].start + tokens[4].length, int(typed.size()));
    }

    void unclosedCodeIsText()
    {
        // Like Slack: an opening backtick without a closing one is text, so @here still counts.
        QCOMPARE(ComposeText::toWire(QStringLiteral("`@here and ```@channel")),
                 QStringLiteral("`<!here> and ```<!channel>"));
        QCOMPARE(summary(AnnounceLint::check(QStringLiteral("```\n**x**"), context())),
                 QStringLiteral("LiteralMarkdown@4+5"));
    }

    // The scan must find code and mentions exactly where Mrkdwn (and so the preview) will.
    void scanAgreesWithThePreview()
    {
        const QStringList units = {
            QStringLiteral("`"),          QStringLiteral("```"),   QStringLiteral(" "),
            QStringLiteral("\n"),         QStringLiteral("a"),     QStringLiteral("@here"),
            QStringLiteral("<!channel>"), QStringLiteral(">"),     QStringLiteral("<"),
            QStringLiteral("*"),          QStringLiteral("_"),     QStringLiteral("~"),
            QStringLiteral("."),          QStringLiteral("&"),     QStringLiteral("#ops"),
            QStringLiteral("("),          QStringLiteral("x@here")};
        QRandomGenerator random(4);
        ComposeText::Options options;
        options.channelId = channelIds;
        for (int n = 0; n < 5000; ++n) {
            QString typed;
            for (int i = random.bounded(1, 10); i > 0; --i)
                typed += units[random.bounded(int(units.size()))];
            int code = 0;
            int mentions = 0;
            int channels = 0;
            for (const ComposeText::Token& t : ComposeText::scan(typed)) {
                code += t.kind == ComposeText::Token::Kind::Code;
                mentions += t.kind == ComposeText::Token::Kind::MassMention;
                channels += t.kind == ComposeText::Token::Kind::Channel &&
                            t.name == QLatin1String("ops"); // the one channelIds knows
            }
            const QString html = Mrkdwn::toHtml(ComposeText::toWire(typed, options));
            QVERIFY2(code == html.count(QStringLiteral("<code>")) +
                                 html.count(QStringLiteral("<pre>")) &&
                         mentions == html.count(QStringLiteral("#fff0c2")) &&
                         channels == html.count(QStringLiteral("slack-channel:C123")),
                     qPrintable(typed + QStringLiteral(" -> ") + html));
        }
    }

    void longTextIsLinear()
    {
        // Pathological input for a quadratic scanner: many openers that never close.
        QString text;
        for (int i = 0; i < 2000; ++i)
            text += QStringLiteral(" ``` ` < [a]( **x");
        const QString wire = ComposeText::toWire(text);
        QVERIFY(wire.size() > text.size());
        QVERIFY(!AnnounceLint::check(text, context()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnnounceLint)
#include "tst_announcelint.moc"
