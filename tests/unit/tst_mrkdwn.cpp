#include "slack/EmojiTable.h"
#include "slack/Mrkdwn.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace shiftdesk;

namespace {

// Reduces HTML in any of the corpus dialects (and ours) to what it means: the text shown, with
// [b] [i] [s] [code] [pre] [q] and [a URL] marks around it. Mention spans, <time>, <p> and
// links to non-web schemes (our slack-user: links) carry no meaning here and are dropped.
class Meaning
{
public:
    explicit Meaning(const QJsonObject& classNames = {})
    {
        const QJsonObject defaults{
            {QStringLiteral("bold"), QStringLiteral("slack_bold")},
            {QStringLiteral("italics"), QStringLiteral("slack_italics")},
            {QStringLiteral("strikethrough"), QStringLiteral("slack_strikethrough")},
            {QStringLiteral("code"), QStringLiteral("slack_code")},
            {QStringLiteral("block"), QStringLiteral("slack_block")}};
        const QStringList roles{QStringLiteral("b"), QStringLiteral("i"), QStringLiteral("s"),
                                QStringLiteral("code"), QStringLiteral("q")};
        const QStringList keys = {QStringLiteral("bold"), QStringLiteral("italics"),
                                  QStringLiteral("strikethrough"), QStringLiteral("code"),
                                  QStringLiteral("block")};
        for (int i = 0; i < keys.size(); ++i) {
            const QString cls = classNames.value(keys[i]).toString(defaults[keys[i]].toString());
            m_classRoles.insert(cls, roles[i]);
        }
    }

    QString of(const QString& html)
    {
        QString out;
        QStringList stack; // the role of each open element ("" if it has none)
        int preDepth = 0;
        qsizetype i = 0;
        while (i < html.size()) {
            if (html[i] != u'<') {
                const qsizetype next = html.indexOf(u'<', i);
                const qsizetype end = next < 0 ? html.size() : next;
                out += decode(html.mid(i, end - i), stack.contains(QStringLiteral("emoji")));
                i = end;
                continue;
            }
            const qsizetype close = html.indexOf(u'>', i);
            const QString tag = html.mid(i + 1, close - i - 1);
            i = close + 1;
            const bool closing = tag.startsWith(u'/');
            const QString name = tag.mid(closing ? 1 : 0).section(u' ', 0, 0).remove(u'/');
            if (name == QLatin1String("br")) {
                out += u'\n';
                if (i < html.size() && html[i] == u'\n')
                    ++i;
                continue;
            }
            if (closing) {
                const QString role = stack.isEmpty() ? QString() : stack.takeLast();
                if (role == QLatin1String("pre"))
                    --preDepth;
                if (!role.isEmpty() && role != QLatin1String("emoji"))
                    out += QStringLiteral("[/") + role.section(u' ', 0, 0) + u']';
                continue;
            }
            QString role = roleOf(name, tag);
            if (preDepth > 0 && role == QLatin1String("code"))
                role.clear();
            if (role == QLatin1String("pre"))
                ++preDepth;
            if (!role.isEmpty() && role != QLatin1String("emoji"))
                out += u'[' + role + u']';
            if (name != QLatin1String("img"))
                stack.append(role);
        }
        return tidy(out);
    }

private:
    QString roleOf(const QString& name, const QString& tag) const
    {
        const QString cls = attribute(tag, QStringLiteral("class"));
        if (name == QLatin1String("b") || name == QLatin1String("strong"))
            return QStringLiteral("b");
        if (name == QLatin1String("i") || name == QLatin1String("em"))
            return QStringLiteral("i");
        if (name == QLatin1String("s"))
            return tag.contains(QLatin1String("fontfamily")) ? QStringLiteral("code")
                                                             : QStringLiteral("s");
        if (name == QLatin1String("del"))
            return QStringLiteral("s");
        if (name == QLatin1String("code") || name == QLatin1String("tt"))
            return QStringLiteral("code");
        if (name == QLatin1String("pre"))
            return QStringLiteral("pre");
        if (name == QLatin1String("blockquote"))
            return QStringLiteral("q");
        if (name == QLatin1String("img"))
            return QStringLiteral("img");
        if (name == QLatin1String("a")) {
            const QString href = attribute(tag, QStringLiteral("href"));
            const bool web =
                href.startsWith(QLatin1String("http")) || href.startsWith(QLatin1String("mailto:"));
            return web ? QStringLiteral("a ") + decode(href, false) : QString();
        }
        if (cls == QLatin1String("emoji"))
            return QStringLiteral("emoji");
        const QString role = m_classRoles.value(cls);
        if (role == QLatin1String("code")) // <div class=slack_code> is a block, <span> inline
            return name == QLatin1String("div") ? QStringLiteral("pre") : QString();
        return role;
    }

    static QString attribute(const QString& tag, const QString& name)
    {
        const QString key = u' ' + name + QStringLiteral("=\"");
        const qsizetype at = tag.indexOf(key);
        if (at < 0)
            return {};
        const qsizetype start = at + key.size();
        return tag.mid(start, tag.indexOf(u'"', start) - start);
    }

    // Entities to characters; inside pocka's <span class="emoji"> a shortcode to its emoji.
    static QString decode(const QString& s, bool emojiSpan)
    {
        if (emojiSpan) {
            const QString unicode = EmojiTable::unicodeFor(s);
            if (!unicode.isNull())
                return unicode;
        }
        QString out;
        qsizetype i = 0;
        while (i < s.size()) {
            const qsizetype semi = s[i] == u'&' ? s.indexOf(u';', i) : -1;
            const QString entity = semi > i ? s.mid(i + 1, semi - i - 1) : QString();
            char32_t cp = 0;
            if (entity == QLatin1String("amp"))
                cp = u'&';
            else if (entity == QLatin1String("lt"))
                cp = u'<';
            else if (entity == QLatin1String("gt"))
                cp = u'>';
            else if (entity == QLatin1String("quot"))
                cp = u'"';
            else if (entity.startsWith(QLatin1String("#x")))
                cp = entity.mid(2).toUInt(nullptr, 16);
            else if (entity.startsWith(u'#'))
                cp = entity.mid(1).toUInt();
            if (cp != 0) {
                out += QString::fromUcs4(&cp, 1);
                i = semi + 1;
            } else {
                out += s[i++];
            }
        }
        return out;
    }

    // Blocks break lines themselves, and whitespace just inside a quote is not shown.
    static QString tidy(QString s)
    {
        for (const QString& open : {QStringLiteral("[q]"), QStringLiteral("[pre]")})
            s.replace(u'\n' + open, open);
        for (const QString& close : {QStringLiteral("[/q]"), QStringLiteral("[/pre]")})
            s.replace(close + u'\n', close);
        static const QRegularExpression afterQuote(QStringLiteral("\\[q\\]\\s+"));
        static const QRegularExpression beforeUnquote(QStringLiteral("\\s+\\[/q\\]"));
        s.replace(afterQuote, QStringLiteral("[q]"));
        s.replace(beforeUnquote, QStringLiteral("[/q]"));
        while (s.endsWith(u'\n'))
            s.chop(1);
        return s;
    }

    QHash<QString, QString> m_classRoles;
};

std::function<QString(const QString&)> lookup(const QJsonObject& names)
{
    if (names.isEmpty())
        return {};
    return [names](const QString& id) { return names.value(id).toString(); };
}

MrkdwnContext utcContext()
{
    MrkdwnContext ctx;
    ctx.timeZone = QTimeZone::utc();
    return ctx;
}

QString html(const QString& text)
{
    return Mrkdwn::toHtml(text, utcContext());
}

} // namespace

class TestMrkdwn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every case of tests/data/mrkdwn_cases.jsonl (copied from the shared corpus) whose meaning
    // we share; the rows we differ on say why in their "shiftdesk" field.
    void corpus_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QJsonObject>("row");
        QFile f(QStringLiteral(SHIFTDESK_TEST_DATA "/mrkdwn_cases.jsonl"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int rows = 0;
        int skipped = 0;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            QVERIFY(!row.value(QStringLiteral("source")).toString().isEmpty());
            QVERIFY(!row.value(QStringLiteral("licence")).toString().isEmpty());
            ++rows;
            const QJsonObject ours = row.value(QStringLiteral("shiftdesk")).toObject();
            if (ours.contains(QStringLiteral("skip"))) {
                ++skipped;
                continue;
            }
            const QString tag = QStringLiteral("line %1: %2")
                                    .arg(row.value(QStringLiteral("corpus_line")).toInt())
                                    .arg(row.value(QStringLiteral("note")).toString().left(70));
            QTest::newRow(qPrintable(tag)) << row.value(QStringLiteral("input")).toString() << row;
        }
        QCOMPARE(rows, 273);
        QVERIFY2(rows - skipped >= 200, "most corpus cases must be checked");
    }

    void corpus()
    {
        QFETCH(QString, input);
        QFETCH(QJsonObject, row);
        const QJsonObject options = row.value(QStringLiteral("options")).toObject();
        const QJsonObject ours = row.value(QStringLiteral("shiftdesk")).toObject();
        QJsonObject names = ours.value(QStringLiteral("context")).toObject();
        for (const QString& key :
             {QStringLiteral("users"), QStringLiteral("channels"), QStringLiteral("usergroups")}) {
            if (options.contains(key))
                names.insert(key, options.value(key));
        }
        MrkdwnContext ctx = utcContext();
        ctx.userName = lookup(names.value(QStringLiteral("users")).toObject());
        ctx.channelName = lookup(names.value(QStringLiteral("channels")).toObject());
        ctx.userGroupName = lookup(names.value(QStringLiteral("usergroups")).toObject());
        if (options.contains(QStringLiteral("dateTimeZone")))
            ctx.timeZone =
                QTimeZone(options.value(QStringLiteral("dateTimeZone")).toString().toUtf8());

        Meaning meaning(options.value(QStringLiteral("classNames")).toObject());
        const QString actual = meaning.of(Mrkdwn::toHtml(input, ctx));
        const QString expected =
            ours.contains(QStringLiteral("expected"))
                ? ours.value(QStringLiteral("expected")).toString()
                : meaning.of(row.value(QStringLiteral("expected_html")).toString());
        if (row.value(QStringLiteral("negated")).toBool())
            QVERIFY2(actual != expected, qPrintable(actual));
        else
            QCOMPARE(actual, expected);
    }
    // The rules of §8, in our own HTML.
    void rules_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* tag, const char* in, const char* out) {
            QTest::newRow(tag) << QString::fromUtf8(in) << QString::fromUtf8(out);
        };
        row("bold", "*bold*", "<b>bold</b>");
        row("italic strike code", "_i_ ~s~ `c`", "<i>i</i> <s>s</s> <code>c</code>");
        row("nested", "*_both_*", "<b><i>both</i></b>");
        row("double asterisks stay", "**x**", "**x**");
        row("inside a word", "a*b*c snake_case_word", "a*b*c snake_case_word");
        row("punctuation after bold", "*x*. (*y*) *z*?", "<b>x</b>. (<b>y</b>) <b>z</b>?");
        row("letter after bold", "*x*y", "*x*y");
        row("space inside the marks", "* x * _ y _", "* x * _ y _");
        row("no newline inside", "*a\nb*", "*a<br>b*");
        row("backslash escapes nothing", "*a\\*", "<b>a\\</b>");
        row("nothing inside code", "`*x* <@U1> :fire:`", "<code>*x* &lt;@U1&gt; :fire:</code>");
        row("pre", "```*x*\n_y_```", "<pre>*x*<br>_y_</pre>");
        row("pre breaks the line itself", "a\n```b```\nc", "a<pre>b</pre>c");
        row("unclosed pre", "```a", "```a");
        row("newlines", "a\nb", "a<br>b");
        row("quote line", "&gt; q\nafter", "<blockquote> q</blockquote>after");
        row("quoted lines join", "x\n&gt;a\n&gt;b", "x<blockquote>a<br>b</blockquote>");
        row("quote to the end", "&gt;&gt;&gt; a\n&gt;b", "<blockquote> a<br>&gt;b</blockquote>");
        row("not a quote mid-line", "a &gt; b", "a &gt; b");
        row("formatting in a quote", "&gt; *b*", "<blockquote> <b>b</b></blockquote>");
        row("entities decoded once", "&amp;lt; &lt;b&gt;", "&amp;lt; &lt;b&gt;");
        row("other entities shown", "&quot;", "&amp;quot;");
        row("raw html is text", "<script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;");
        row("link", "<https://a.example/x?a=1&amp;b=2|A &amp; B>",
            "<a href=\"https://a.example/x?a=1&amp;b=2\">A &amp; B</a>");
        row("bare link", "<http://a.example>", "<a href=\"http://a.example\">http://a.example</a>");
        row("mailto", "<mailto:bob@example.com>",
            "<a href=\"mailto:bob@example.com\">bob@example.com</a>");
        row("formatted label", "<https://a.example|*b*>",
            "<a href=\"https://a.example\"><b>b</b></a>");
        row("quote in a url", "<https://a\" onclick=\"x|y>",
            "<a href=\"https://a&quot; onclick=&quot;x\">y</a>");
        row("javascript is text", "<javascript:alert(1)|x>", "&lt;javascript:alert(1)|x&gt;");
        row("file scheme is text", "<file:///etc/passwd>", "&lt;file:///etc/passwd&gt;");
        row("not a sequence", "a < b > c", "a &lt; b &gt; c");
        row("no target", "<|x> <>", "&lt;|x&gt; &lt;&gt;");
        row("unknown command", "<!foo> <!foo|bar>", "&lt;foo&gt; &lt;bar&gt;");
        row("emoji", ":fire: :+1: :thumbsup:", "🔥 👍 👍");
        row("skin tone", ":wave::skin-tone-6:", "👋🏿");
        row("custom emoji stay", ":party-parrot: :Fire:", ":party-parrot: :Fire:");
        row("times are not emoji", "10:30:00 to 11:00", "10:30:00 to 11:00");
    }

    void rules()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(html(input), expected);
    }

    void mentions()
    {
        MrkdwnContext ctx = utcContext();
        ctx.userName = [](const QString& id) {
            return id == QLatin1String("U1") ? QStringLiteral("<Ann>") : QString();
        };
        ctx.channelName = [](const QString&) { return QStringLiteral("general"); };
        ctx.userGroupName = [](const QString&) { return QStringLiteral("@sre"); };
        const QString out = Mrkdwn::toHtml(
            QStringLiteral("<@U1> <@U2|bob> <@W3> <#C1> <!subteam^S1> <!here|x>"), ctx);
        QVERIFY2(out.contains(QLatin1String("<a href=\"slack-user:U1\"")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String(">@&lt;Ann&gt;</span>")));
        QVERIFY(out.contains(QLatin1String(">@bob</span>")));
        QVERIFY(out.contains(QLatin1String(">@W3</span>")));
        QVERIFY(out.contains(QLatin1String("<a href=\"slack-channel:C1\"")));
        QVERIFY(out.contains(QLatin1String(">#general</span>")));
        QVERIFY(out.contains(QLatin1String(">@sre</span>")));
        QVERIFY(out.contains(QLatin1String(">@here</span>")));
        QVERIFY(!out.contains(QLatin1String("@x")));
        QCOMPARE(Mrkdwn::toPlainText(QStringLiteral("<@U1> <#C2|ops> <!channel>"), ctx),
                 QStringLiteral("@<Ann> #general @channel"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<bool>("clock24");
        QTest::addColumn<QString>("expected");
        // 1719835200 is 2024-07-01 12:00 UTC, 13:00 in London (summer time).
        const QString t = QStringLiteral("<!date^1719835200^{date_long} {time}|fallback>");
        QTest::newRow("utc") << t << QByteArray("UTC") << false
                             << QStringLiteral("Monday, July 1st, 2024 12:00 PM");
        QTest::newRow("london") << t << QByteArray("Europe/London") << false
                                << QStringLiteral("Monday, July 1st, 2024 1:00 PM");
        QTest::newRow("24 hour") << t << QByteArray("Europe/London") << true
                                 << QStringLiteral("Monday, July 1st, 2024 13:00");
        QTest::newRow("bad zone") << t << QByteArray("Not/AZone") << false
                                  << QStringLiteral("fallback");
        QTest::newRow("pretty") << QStringLiteral("<!date^1719835200^{date_pretty}|x>")
                                << QByteArray("UTC") << false << QStringLiteral("yesterday");
        QTest::newRow("ordinals") << QStringLiteral("<!date^1700000000^{date} {time_secs}|x>")
                                  << QByteArray("UTC") << false
                                  << QStringLiteral("November 14th, 2023 10:13:20 PM");
        QTest::newRow("unsafe link dropped")
            << QStringLiteral("<!date^0^{date_num}^javascript:x|x>") << QByteArray("UTC") << false
            << QStringLiteral("1970-01-01");
        QTest::newRow("linked") << QStringLiteral("<!date^0^{date_num}^https://e.example|x>")
                                << QByteArray("UTC") << false
                                << QStringLiteral("<a href=\"https://e.example\">1970-01-01</a>");
        QTest::newRow("no format, no fallback") << QStringLiteral("<!date^0^>") << QByteArray("UTC")
                                                << false << QStringLiteral("&lt;!date^0^&gt;");
    }

    void dates()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, zone);
        QFETCH(bool, clock24);
        QFETCH(QString, expected);
        MrkdwnContext ctx;
        ctx.timeZone = QTimeZone(zone);
        ctx.clock24 = clock24;
        ctx.now = QDateTime(QDate(2024, 7, 2), QTime(9, 0), Qt::UTC);
        QCOMPARE(Mrkdwn::toHtml(input, ctx), expected);
    }

    void plainText()
    {
        QCOMPARE(Mrkdwn::toPlainText(QStringLiteral(
                     "*b* _i_ ~s~ `<c>` <https://a.example|site> &amp; :fire:\n&gt;q")),
                 QStringLiteral("b i s <c> site & 🔥\nq"));
        QCOMPARE(Mrkdwn::toPlainText(QStringLiteral("**x** a*b*c")), QStringLiteral("**x** a*b*c"));
        QCOMPARE(html(QStringLiteral("a") + QChar(0) + QStringLiteral("b")), QStringLiteral("ab"));
    }

    void escapeForSlack_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("wire");
        const auto row = [](const char* tag, const char* in, const char* out) {
            QTest::newRow(tag) << QString::fromUtf8(in) << QString::fromUtf8(out);
        };
        row("the three characters", "a & b < c > d", "a &amp; b &lt; c &gt; d");
        row("ampersand first", "&amp; &lt;", "&amp;amp; &amp;lt;");
        row("mentions kept", "<@U123ABC> <#C1|ops> <!here> <!subteam^S1|@sre>",
            "<@U123ABC> <#C1|ops> <!here> <!subteam^S1|@sre>");
        row("link kept, & escaped inside", "<https://a.example?x=1&y=2|A & B>",
            "<https://a.example?x=1&amp;y=2|A &amp; B>");
        row("date kept", "<!date^1700000000^{date}|Nov 14>", "<!date^1700000000^{date}|Nov 14>");
        row("html escaped", "<b>x</b>", "&lt;b&gt;x&lt;/b&gt;");
        row("bad ids escaped", "<@u1> <javascript:x> <!foo>",
            "&lt;@u1&gt; &lt;javascript:x&gt; &lt;!foo&gt;");
        row("nested", "<<@U1>>", "&lt;<@U1>&gt;");
        row("formatting untouched", "*b* `c` :fire:", "*b* `c` :fire:");
    }

    void escapeForSlack()
    {
        QFETCH(QString, typed);
        QFETCH(QString, wire);
        QCOMPARE(Mrkdwn::escapeForSlack(typed), wire);
        // Plain typed text (no marks, sequences or emoji) comes back as it was typed.
        static const QRegularExpression marks(QStringLiteral("[<*_~`:]"));
        if (!typed.contains(marks))
            QCOMPARE(Mrkdwn::toPlainText(wire), typed);
    }

    void emojiTable()
    {
        for (const char* name : {"fire",
                                 "warning",
                                 "information_source",
                                 "question",
                                 "white_check_mark",
                                 "blue_book",
                                 "mag",
                                 "chart_with_upwards_trend",
                                 "no_bell",
                                 "eyes",
                                 "green_circle",
                                 "red_circle",
                                 "large_green_circle",
                                 "heavy_check_mark",
                                 "x",
                                 "sparkles",
                                 "repeat",
                                 "hourglass_flowing_sand",
                                 "rotating_light",
                                 "hammer",
                                 "smile",
                                 "joy",
                                 "heart",
                                 "tada",
                                 "rocket",
                                 "bell",
                                 "white_circle",
                                 "point_right",
                                 "clap",
                                 "pray"})
            QVERIFY2(!EmojiTable::unicodeFor(QLatin1String(name)).isNull(), name);
        QCOMPARE(EmojiTable::unicodeFor(QStringLiteral("fire")), QStringLiteral("🔥"));
        QCOMPARE(EmojiTable::unicodeFor(QStringLiteral(":fire:")), QStringLiteral("🔥"));
        QCOMPARE(EmojiTable::unicodeFor(QStringLiteral("+1")), QStringLiteral("👍"));
        QCOMPARE(EmojiTable::unicodeFor(QStringLiteral("thumbsup")), QStringLiteral("👍"));
        QCOMPARE(EmojiTable::unicodeFor(QStringLiteral("-1")),
                 EmojiTable::unicodeFor(QStringLiteral("thumbsdown")));
        QCOMPARE(EmojiTable::unicodeFor(QStringLiteral("green_circle")),
                 EmojiTable::unicodeFor(QStringLiteral("large_green_circle")));
        QCOMPARE(EmojiTable::unicodeFor(QStringLiteral("flag-gb")), QStringLiteral("🇬🇧"));
        QCOMPARE(EmojiTable::unicodeFor(QStringLiteral("uk")), QStringLiteral("🇬🇧"));
        QCOMPARE(EmojiTable::unicodeFor(QStringLiteral("flag-england")).size(), 14);
        const QStringList tones{QStringLiteral("🏻"), QStringLiteral("🏼"),
                                QStringLiteral("🏽"), QStringLiteral("🏾"),
                                QStringLiteral("🏿")};
        for (int n = 2; n <= 6; ++n) {
            const QString tone = QStringLiteral("skin-tone-%1").arg(n);
            QCOMPARE(EmojiTable::unicodeFor(tone), tones[n - 2]);
            QCOMPARE(EmojiTable::unicodeFor(QStringLiteral("+1::") + tone),
                     QStringLiteral("👍") + tones[n - 2]);
        }
        // U+FE0F goes before a skin tone is added: ✌️ + 🏽 is ✌🏽.
        QCOMPARE(EmojiTable::unicodeFor(QStringLiteral("v::skin-tone-4")),
                 QStringLiteral("✌🏽"));
        QVERIFY(EmojiTable::unicodeFor(QStringLiteral("skin-tone-1")).isNull());
        QVERIFY(EmojiTable::unicodeFor(QStringLiteral("party-parrot")).isNull());
        QVERIFY(EmojiTable::unicodeFor(QString()).isNull());
        QCOMPARE(EmojiTable::shortcodeFor(QStringLiteral("🔥")), QStringLiteral("fire"));
        QCOMPARE(EmojiTable::shortcodeFor(QStringLiteral("⚠")), QStringLiteral("warning"));
        QCOMPARE(EmojiTable::shortcodeFor(QStringLiteral("⚠️")), QStringLiteral("warning"));
        QVERIFY(EmojiTable::count() > 1900);
    }

    // A live preview re-renders on every keystroke: 10,000 characters of the worst shapes for
    // a backtracking parser must render (linearly; this only checks that they finish, right).
    void largeInput_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<int>("marks");
        QTest::newRow("plain words") << QStringLiteral("lorem ipsum ") << QString() << 0;
        QTest::newRow("bold words") << QStringLiteral("*a* ") << QStringLiteral("<b>") << 2500;
        QTest::newRow("unclosed stars") << QStringLiteral("*a ") << QStringLiteral("<b>") << 0;
        QTest::newRow("unclosed pre") << QStringLiteral(" ```x") << QStringLiteral("<pre>") << 0;
        QTest::newRow("unclosed code") << QStringLiteral(" `x") << QStringLiteral("<code>") << 0;
        QTest::newRow("open angles") << QStringLiteral("<a ") << QStringLiteral("&lt;") << 3333;
        QTest::newRow("colons") << QStringLiteral(":a") << QString() << 0;
        QTest::newRow("emoji") << QStringLiteral(":fire:") << QStringLiteral("🔥") << 1666;
        QTest::newRow("quote lines")
            << QStringLiteral("&gt; q\n") << QStringLiteral("<br>") << 1427;
        QTest::newRow("links") << QStringLiteral("<https://e.example/a_b|x> ")
                               << QStringLiteral("<a href") << 384;
    }

    void largeInput()
    {
        QFETCH(QString, unit);
        QFETCH(QString, mark);
        QFETCH(int, marks);
        const QString input = unit.repeated(10000 / unit.size());
        QVERIFY(input.size() > 9900);
        const QString out = Mrkdwn::toHtml(input);
        QVERIFY(!out.isEmpty());
        if (!mark.isEmpty())
            QCOMPARE(int(out.count(mark)), marks);
        QVERIFY(!Mrkdwn::toPlainText(input).isEmpty());
        QVERIFY(!Mrkdwn::escapeForSlack(input).isEmpty());
    }

    // Hostile and huge messages: markup in a message never becomes markup of ours.
    void hostileInputStaysText()
    {
        const QString html = Mrkdwn::toHtml(
            QStringLiteral("&lt;img src=x onerror=alert(1)&gt; <img src=x onerror=alert(1)> "
                           "<javascript:alert(1)|click> <file:///etc/passwd|x> "
                           "<https://ok.example/\" onclick=\"x|y>"));
        QVERIFY2(!html.contains(QStringLiteral("<img")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("onerror=alert(1)>")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("href=\"javascript")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("href=\"file")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("\" onclick")), qPrintable(html));
    }

    void oneMegabyteMessage()
    {
        const QString input =
            QStringLiteral("*bold* _it_ `code` <https://e.example|x> :fire: &lt;b&gt; ")
                .repeated(1024 * 1024 / 56);
        QVERIFY(input.size() >= 1000000);
        const QString html = Mrkdwn::toHtml(input);
        QVERIFY(html.size() > input.size());
        QVERIFY(!html.contains(QStringLiteral("<b>b</b>")));
        QVERIFY(Mrkdwn::toPlainText(input).size() > 300000); // ~22 of every 56 characters
    }
};

QTEST_GUILESS_MAIN(TestMrkdwn)
#include "tst_mrkdwn.moc"
