#include "Mrkdwn.h"

#include "EmojiTable.h"
#include "MrkdwnSpans.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace shiftdesk {

namespace {

enum RangeFlag { TopLevel = 1 };

bool isEmojiNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_' || u == u'+' || u == u'-' || u == u'\'';
}

bool isAllowedUrl(QStringView url)
{
    return url.startsWith(u"http://", Qt::CaseInsensitive) ||
           url.startsWith(u"https://", Qt::CaseInsensitive) ||
           url.startsWith(u"mailto:", Qt::CaseInsensitive);
}

// Old-style user references without '@' ("<U1234|@cal>", seen in archive messages).
bool looksLikeUserId(QStringView id)
{
    static const QRegularExpression re(QStringLiteral("^[UW][A-Z0-9]{2,}$"));
    return re.match(id).hasMatch();
}

// Only these three entities are decoded, &lt; and &gt; before &amp; so "&amp;lt;" gives "&lt;".
QString decodeEntities(QStringView wire)
{
    QString out = wire.toString();
    if (out.contains(u'&')) {
        out.replace(QLatin1String("&lt;"), QLatin1String("<"));
        out.replace(QLatin1String("&gt;"), QLatin1String(">"));
        out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    }
    return out;
}

QString ordinal(int day)
{
    const int tens = day % 100;
    const char16_t* suffix = u"th";
    if (tens < 11 || tens > 13) {
        if (day % 10 == 1)
            suffix = u"st";
        else if (day % 10 == 2)
            suffix = u"nd";
        else if (day % 10 == 3)
            suffix = u"rd";
    }
    return QString::number(day) + QStringView(suffix);
}

// One Slack date token ("date_short", without braces) for dt, or a null QString if unknown.
QString dateToken(QStringView token, const QDateTime& dt, const MrkdwnContext& ctx)
{
    const QDate d = dt.date(); // QDate::toString(format) names months and days in English
    const QString longDate = d.toString(u"MMMM ") + ordinal(d.day()) + d.toString(u", yyyy");
    const QString shortDate = d.toString(u"MMM d, yyyy");
    const auto pretty = [&](const QString& otherwise) {
        const QDateTime now = ctx.now.isValid() ? ctx.now : QDateTime::currentDateTimeUtc();
        const qint64 days = now.toTimeZone(dt.timeZone()).date().daysTo(d);
        if (days == 0)
            return QStringLiteral("today");
        if (days == -1)
            return QStringLiteral("yesterday");
        if (days == 1)
            return QStringLiteral("tomorrow");
        return otherwise;
    };
    const QString weekdayLong = d.toString(u"dddd, ") + longDate;
    if (token == u"date_num")
        return d.toString(u"yyyy-MM-dd");
    if (token == u"date")
        return longDate;
    if (token == u"date_short")
        return shortDate;
    if (token == u"date_long")
        return weekdayLong;
    if (token == u"date_pretty")
        return pretty(longDate);
    if (token == u"date_short_pretty")
        return pretty(shortDate);
    if (token == u"date_long_pretty")
        return pretty(weekdayLong);
    if (token == u"time")
        return dt.time().toString(ctx.clock24 ? u"HH:mm" : u"h:mm AP");
    if (token == u"time_secs")
        return dt.time().toString(ctx.clock24 ? u"HH:mm:ss" : u"h:mm:ss AP");
    return {};
}

// Expands the {tokens} of a <!date^...> format (wire text); unknown tokens stay as written.
QString expandDate(QStringView format, const QDateTime& dt, const MrkdwnContext& ctx)
{
    QString out;
    qsizetype i = 0;
    while (i < format.size()) {
        const qsizetype open = format.indexOf(u'{', i);
        const qsizetype close = open < 0 ? -1 : format.indexOf(u'}', open);
        if (close < 0) {
            out += decodeEntities(format.mid(i));
            break;
        }
        out += decodeEntities(format.mid(i, open - i));
        const QString value = dateToken(format.mid(open + 1, close - open - 1), dt, ctx);
        out += value.isNull() ? decodeEntities(format.mid(open, close - open + 1)) : value;
        i = close + 1;
    }
    return out;
}

class Renderer
{
public:
    Renderer(QStringView text, const MrkdwnContext& ctx, bool html)
        : m_s(text)
        , m_ctx(ctx)
        , m_html(html)
    {
        m_out.reserve(text.size() + text.size() / 4);
    }

    QString run()
    {
        range(0, int(m_s.size()), TopLevel);
        return m_out;
    }

private:
    void range(int from, int to, int flags);
    int quote(int run, int p, int to);
    int pre(int run, int p, int from, int to);
    int code(int run, int p, int from, int to);
    int style(int run, int p, int from, int to, QChar mark);
    int angle(int run, int p, int to);
    int emoji(int run, int p, int to);
    void sequence(int a, int b);
    void command(int a, int b, QStringView cmd, int labelAt, QStringView label);
    QStringView mentionStyle() const;
    QStringView broadcastStyle() const;
    void date(QStringView args, int a, int b, QStringView label);
    const std::vector<int>& preCloses(int from, int to);

    int marker(int p, int to) const
    {
        if (p < to && m_s[p] == u'>')
            return 1;
        return m_s.mid(p, to - p).startsWith(u"&gt;") ? 4 : 0;
    }

    // Message text: the three entities decoded, then escaped; newlines become <br>.
    void appendWire(int from, int to) { appendWire(m_s.mid(from, to - from)); }
    void appendWire(QStringView wire) { appendRaw(decodeEntities(wire)); }
    // Text that is not Slack wire text (names from the context, formatted dates): escaped only.
    void appendRaw(QStringView text)
    {
        QString t = text.toString();
        t.remove(QChar(0));
        if (m_html) {
            t = t.toHtmlEscaped();
            t.replace(u'\n', QLatin1String("<br>"));
        }
        m_out += t;
    }
    void tag(QStringView html)
    {
        if (m_html)
            m_out += html;
    }
    // Flushes pending text before a block (quote, pre); in HTML the block breaks the line
    // itself, so a newline right before it is dropped.
    void flushBeforeBlock(int run, int p)
    {
        if (m_html && p > run && m_s[p - 1] == u'\n')
            --p;
        appendWire(run, p);
    }
    void openLink(const QString& href, bool plain = false)
    {
        if (m_html)
            m_out += QStringLiteral("<a href=\"") + href.toHtmlEscaped() +
                     (plain ? QStringLiteral("\" style=\"text-decoration:none\">")
                            : QStringLiteral("\">"));
    }
    void mention(const QString& href, QStringView colours, const QString& text)
    {
        if (!href.isEmpty())
            openLink(href, true);
        if (m_html)
            m_out += QStringLiteral("<span style=\"") + colours + QStringLiteral("\">");
        appendRaw(text);
        tag(u"</span>");
        if (!href.isEmpty())
            tag(u"</a>");
    }

    QStringView m_s;
    const MrkdwnContext& m_ctx;
    bool m_html;
    QString m_out;
    QHash<qint64, std::vector<int>> m_preCloses;
};

void Renderer::range(int from, int to, int flags)
{
    int run = from;
    int p = from;
    while (p < to) {
        if ((flags & TopLevel) && (p == from || m_s[p - 1] == u'\n')) {
            const int end = quote(run, p, to);
            if (end >= 0) {
                run = p = end;
                continue;
            }
        }
        const QChar c = m_s[p];
        int end = -1;
        switch (c.unicode()) {
        case u'`':
            end = pre(run, p, from, to);
            if (end < 0)
                end = code(run, p, from, to);
            break;
        case u'*':
        case u'_':
        case u'~':
            end = style(run, p, from, to, c);
            break;
        case u'<':
            end = angle(run, p, to);
            break;
        case u':':
            end = emoji(run, p, to);
            break;
        default:
            break;
        }
        if (end >= 0)
            run = p = end;
        else
            ++p;
    }
    appendWire(run, to);
}

// "&gt;&gt;&gt;" with text after it quotes the rest; "&gt;" quotes its line and any directly
// following quoted lines. Only at the start of a line of the whole message.
int Renderer::quote(int run, int p, int to)
{
    const int m1 = marker(p, to);
    if (m1 == 0)
        return -1;
    const int m2 = marker(p + m1, to);
    const int m3 = m2 == 0 ? 0 : marker(p + m1 + m2, to);
    flushBeforeBlock(run, p);
    tag(u"<blockquote>");
    if (m3 > 0 && p + m1 + m2 + m3 < to) {
        int start = p + m1 + m2 + m3;
        if (m_html && m_s[start] == u'\n')
            ++start;
        range(start, to, 0);
        tag(u"</blockquote>");
        return to;
    }
    int line = p + m1;
    for (;;) {
        int lineEnd = int(m_s.indexOf(u'\n', line));
        if (lineEnd < 0 || lineEnd > to)
            lineEnd = to;
        range(line, lineEnd, 0);
        const int next = lineEnd + 1;
        const int m = next < to ? marker(next, to) : 0;
        if (m == 0) {
            tag(u"</blockquote>");
            return lineEnd < to && m_html ? next : lineEnd;
        }
        m_out += m_html ? QStringView(u"<br>") : QStringView(u"\n");
        line = next + m;
    }
}

// Where a ``` at q can close a preformatted block in [from, to): computed once per range.
const std::vector<int>& Renderer::preCloses(int from, int to)
{
    const qint64 key = (qint64(from) << 32) | qint64(to);
    auto it = m_preCloses.find(key);
    if (it != m_preCloses.end())
        return *it;
    std::vector<int> closes;
    for (int q = int(m_s.indexOf(u"```", from)); q >= 0 && q + 3 <= to;
         q = int(m_s.indexOf(u"```", q + 1))) {
        if (q + 3 == to || MrkdwnSpans::isCloseBoundary(m_s[q + 3], u'`'))
            closes.push_back(q);
    }
    return *m_preCloses.insert(key, std::move(closes));
}

int Renderer::pre(int run, int p, int from, int to)
{
    const int firstText = MrkdwnSpans::preTextStart(m_s, p, from, to);
    if (firstText < 0)
        return -1;
    // The first closing ``` after some non-blank content (lazy, like Slack).
    const std::vector<int>& closes = preCloses(from, to);
    const auto it = std::lower_bound(closes.begin(), closes.end(), firstText + 1);
    if (it == closes.end())
        return -1;
    const int close = *it;
    flushBeforeBlock(run, p);
    tag(u"<pre>");
    appendWire(p + 3, close);
    tag(u"</pre>");
    const int end = close + 3;
    return m_html && end < to && m_s[end] == u'\n' ? end + 1 : end;
}

int Renderer::code(int run, int p, int from, int to)
{
    const int q = MrkdwnSpans::codeClose(m_s, p, from, to);
    if (q < 0)
        return -1;
    appendWire(run, p);
    tag(u"<code>");
    appendWire(p + 1, q);
    tag(u"</code>");
    return q + 1;
}

int Renderer::style(int run, int p, int from, int to, QChar mark)
{
    const int q = MrkdwnSpans::styleClose(m_s, p, from, to, mark);
    if (q < 0)
        return -1;
    appendWire(run, p);
    const int kind = mark == u'*' ? 0 : mark == u'_' ? 1 : 2;
    static const QStringView open[] = {u"<b>", u"<i>", u"<s>"};
    static const QStringView close[] = {u"</b>", u"</i>", u"</s>"};
    tag(open[kind]);
    range(p + 1, q, 0);
    tag(close[kind]);
    return q + 1;
}

int Renderer::angle(int run, int p, int to)
{
    const int q = MrkdwnSpans::angleClose(m_s, p, to);
    if (q < 0)
        return -1; // not a sequence: no target
    appendWire(run, p);
    sequence(p + 1, q);
    return q + 1;
}

int Renderer::emoji(int run, int p, int to)
{
    int q = p + 1;
    while (q < to && isEmojiNameChar(m_s[q]))
        ++q;
    if (q >= to || q == p + 1 || m_s[q] != u':')
        return -1;
    QString name = m_s.mid(p + 1, q - p - 1).toString();
    int end = q + 1;
    const QStringView after = m_s.mid(end, to - end);
    if (after.size() >= 13 && after.startsWith(u":skin-tone-") && after[12] == u':' &&
        after[11] >= u'2' && after[11] <= u'6') {
        const QString toned = name + u':' + after.left(12);
        if (!EmojiTable::unicodeFor(toned).isNull()) {
            name = toned;
            end += 13;
        }
    }
    const QString unicode = EmojiTable::unicodeFor(name);
    if (unicode.isNull())
        return -1;
    appendWire(run, p);
    m_out += unicode;
    return end;
}

// A <...> sequence with content [a, b): a mention, a command or a link.
void Renderer::sequence(int a, int b)
{
    const QStringView content = m_s.mid(a, b - a);
    const qsizetype bar = content.indexOf(u'|');
    const QStringView target = bar < 0 ? content : content.left(bar);
    const QStringView label = bar < 0 ? QStringView() : content.mid(bar + 1);
    const int labelAt = a + int(bar) + 1;
    const QChar kind = target[0];

    if (kind == u'@' || kind == u'#' || looksLikeUserId(target)) {
        const bool user = kind != u'#';
        const QString id = (kind == u'@' || kind == u'#' ? target.mid(1) : target).toString();
        const auto& lookup = user ? m_ctx.userName : m_ctx.channelName;
        QString name = lookup ? lookup(id) : QString();
        if (name.isEmpty())
            name = decodeEntities(label);
        if (name.isEmpty())
            name = id;
        const QChar prefix = user ? u'@' : u'#';
        if (!name.startsWith(prefix))
            name.prepend(prefix);
        mention((user ? QStringLiteral("slack-user:") : QStringLiteral("slack-channel:")) + id,
                mentionStyle(), name);
        return;
    }
    if (kind == u'!') {
        command(a, b, target.mid(1), labelAt, label);
        return;
    }
    const QString url = decodeEntities(target);
    if (!isAllowedUrl(url)) {
        appendWire(a - 1, b + 1);
        return;
    }
    openLink(url);
    if (!label.isEmpty())
        range(labelAt, b, 0);
    else if (url.startsWith(u"mailto:", Qt::CaseInsensitive))
        appendRaw(QStringView(url).mid(7));
    else
        appendRaw(url);
    tag(u"</a>");
}

QStringView Renderer::mentionStyle() const
{
    return m_ctx.dark ? QStringView(u"background-color:#1d3b53;color:#8fcff5")
                      : QStringView(u"background-color:#e8f5fa;color:#1264a3");
}

QStringView Renderer::broadcastStyle() const
{
    return m_ctx.dark ? QStringView(u"background-color:#4d3c00;color:#ffd866")
                      : QStringView(u"background-color:#fff0c2;color:#5c4c00");
}

void Renderer::command(int a, int b, QStringView cmd, int labelAt, QStringView label)
{
    static const QStringView specials[] = {u"here", u"channel", u"everyone", u"group"};
    if (std::find(std::begin(specials), std::end(specials), cmd) != std::end(specials)) {
        mention({}, broadcastStyle(), u'@' + cmd.toString());
        return;
    }
    if (cmd.startsWith(u"subteam^")) {
        const QString id = cmd.mid(8).toString();
        QString name = m_ctx.userGroupName ? m_ctx.userGroupName(id) : QString();
        if (name.isEmpty())
            name = decodeEntities(label);
        if (name.isEmpty())
            name = id;
        if (!name.startsWith(u'@'))
            name.prepend(u'@');
        mention({}, mentionStyle(), name);
        return;
    }
    if (cmd.startsWith(u"date^")) {
        date(cmd.mid(5), a, b, label);
        return;
    }
    // Unknown command: "<foo>", or "<label>" (Slack's rule).
    appendRaw(u"<");
    if (label.isEmpty())
        appendWire(cmd);
    else
        appendWire(labelAt, b);
    appendRaw(u">");
}

// <!date^UNIX^FORMAT[^LINK]|fallback>: formatted in the context's time zone; the fallback when
// that is not possible, or the sequence as written when there is no fallback either.
void Renderer::date(QStringView args, int a, int b, QStringView label)
{
    const auto fallback = [&] {
        if (label.isEmpty())
            appendWire(a - 1, b + 1);
        else
            appendWire(label);
    };
    const qsizetype caret = args.indexOf(u'^');
    if (caret <= 0)
        return fallback();
    bool ok = false;
    const qint64 secs = args.left(caret).toLongLong(&ok);
    QStringView format = args.mid(caret + 1);
    QStringView link;
    if (const qsizetype linkCaret = format.indexOf(u'^'); linkCaret >= 0) {
        link = format.mid(linkCaret + 1);
        format = format.left(linkCaret);
    }
    // Years 1..9999 only: QDateTime has no sensible text for anything wider.
    if (!ok || secs < -62135596800LL || secs > 253402300799LL || format.isEmpty() ||
        !m_ctx.timeZone.isValid())
        return fallback();
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, m_ctx.timeZone);
    if (!dt.isValid())
        return fallback();
    const QString href = decodeEntities(link);
    const bool linked = !href.isEmpty() && isAllowedUrl(href);
    if (linked)
        openLink(href);
    appendRaw(expandDate(format, dt, m_ctx));
    if (linked)
        tag(u"</a>");
}

} // namespace

QString Mrkdwn::toHtml(const QString& slackText, const MrkdwnContext& ctx)
{
    return Renderer(slackText, ctx, true).run();
}

QString Mrkdwn::toPlainText(const QString& slackText, const MrkdwnContext& ctx)
{
    return Renderer(slackText, ctx, false).run();
}

QString Mrkdwn::escapeForSlack(const QString& typed)
{
    // The sequences a user may type on purpose; anything else between < and > is text.
    static const QRegularExpression wellFormed(QStringLiteral(
        "^(?:@[UW][A-Z0-9]+|#[CG][A-Z0-9]+|!(?:here|channel|everyone|group)|!subteam\\^[A-Z0-9]+"
        "|!date\\^-?\\d+\\^[^|]*|(?:https?://|mailto:)[^|\\s]+)(?:\\|.*)?$"));
    QString out;
    out.reserve(typed.size() + typed.size() / 8);
    const qsizetype n = typed.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = typed[i];
        if (c == u'<') {
            const qsizetype q = MrkdwnSpans::angleClose(typed, int(i), int(n));
            QString inner = q < 0 ? QString() : typed.mid(i + 1, q - i - 1);
            if (q >= 0 && wellFormed.match(inner).hasMatch()) {
                out += u'<' + inner.replace(u'&', QLatin1String("&amp;")) + u'>';
                i = q + 1;
                continue;
            }
            out += u"&lt;";
        } else if (c == u'&') {
            out += u"&amp;";
        } else if (c == u'>') {
            out += u"&gt;";
        } else {
            out += c;
        }
        ++i;
    }
    return out;
}

} // namespace shiftdesk
