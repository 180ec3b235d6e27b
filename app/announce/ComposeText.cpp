#include "ComposeText.h"

#include "slack/Mrkdwn.h"
#include "slack/MrkdwnSpans.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace shiftdesk {

namespace {

using namespace std::string_view_literals;

bool isOneOf(QChar c, std::u16string_view set)
{
    return set.find(c.unicode()) != std::u16string_view::npos;
}

// Before "@here" or "#channel": a mention starts a word (so "x@here.com" and "a/#b" are text).
bool isWordStartBoundary(QChar c)
{
    return c.isSpace() || isOneOf(c, u"([{\"'`*_~,;:!?>\u2018\u201c"sv);
}

// What continues a name or an address: "@here2", "@here-team", "@here.com".
bool continuesWord(const QString& s, qsizetype end)
{
    if (end >= s.size())
        return false;
    const QChar c = s[end];
    if (c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'@')
        return true;
    return (c == u'.' || c == u'/') && end + 1 < s.size() && s[end + 1].isLetterOrNumber();
}

bool isChannelChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
}

bool isChannelId(const QString& id)
{
    if (id.size() < 2 || (id[0] != u'C' && id[0] != u'G'))
        return false;
    return std::all_of(id.begin() + 1, id.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    });
}

void appendEscaped(QString& out, QStringView text)
{
    for (const QChar c : text) {
        if (c == u'&')
            out += u"&amp;";
        else if (c == u'<')
            out += u"&lt;";
        else if (c == u'>')
            out += u"&gt;";
        else
            out += c;
    }
}

// Finds the tokens the way Mrkdwn::toHtml will parse toWire's result: quotes at the start of a
// line, *bold* _italic_ ~strike~ (whose content starts a new range, so "_`x`_" is code),
// <...> sequences, ```pre``` and `code`, with the same boundary rules.
class Scanner
{
public:
    explicit Scanner(const QString& s)
        : m_s(s)
        , m_n(int(s.size()))
    {
        // Where a ``` can close a pre block in the whole text; a range may also end at one.
        for (qsizetype q = s.indexOf(QLatin1String("```")); q >= 0;
             q = s.indexOf(QLatin1String("```"), q + 1)) {
            if (q + 3 == m_n || MrkdwnSpans::isCloseBoundary(s[q + 3], u'`'))
                m_preCloses.push_back(int(q));
        }
    }

    QList<ComposeText::Token> run()
    {
        range(0, m_n, true);
        return m_tokens;
    }

private:
    using Kind = ComposeText::Token::Kind;

    void add(Kind kind, int start, int end, const QString& name = {})
    {
        ComposeText::Token t;
        t.kind = kind;
        t.start = start;
        t.length = end - start;
        t.name = name;
        m_tokens.append(t);
    }

    void range(int from, int to, bool topLevel)
    {
        int p = from;
        while (p < to) {
            if (topLevel && (p == from || m_s[p - 1] == u'\n')) {
                const int end = quote(p, to);
                if (end >= 0) {
                    p = end;
                    continue;
                }
            }
            int end = -1;
            switch (m_s[p].unicode()) {
            case u'<':
                end = sequence(p, to);
                break;
            case u'`':
                end = pre(p, from, to);
                if (end < 0)
                    end = code(p, from, to);
                if (end >= 0)
                    add(Kind::Code, p, end);
                break;
            case u'*':
            case u'_':
            case u'~':
                end = style(p, from, to, m_s[p]);
                break;
            case u'@':
                end = mention(p, to);
                break;
            case u'#':
                end = channel(p, to);
                break;
            default:
                break;
            }
            p = end >= 0 ? end : p + 1;
        }
    }

    // ">>>" quotes the rest, ">" its line and the quoted lines right after it.
    int quote(int p, int to)
    {
        if (m_s[p] != u'>')
            return -1;
        if (p + 3 < to && m_s[p + 1] == u'>' && m_s[p + 2] == u'>') {
            range(p + 3, to, false);
            return to;
        }
        int line = p + 1;
        for (;;) {
            int lineEnd = int(m_s.indexOf(u'\n', line));
            if (lineEnd < 0 || lineEnd > to)
                lineEnd = to;
            range(line, lineEnd, false);
            if (lineEnd + 1 >= to || m_s[lineEnd + 1] != u'>')
                return lineEnd;
            line = lineEnd + 2;
        }
    }

    // A well-formed <...> (as Mrkdwn::escapeForSlack keeps it): the position after its '>'.
    int sequence(int p, int to)
    {
        const int q = MrkdwnSpans::angleClose(m_s, p, to);
        if (q < 0 || !Mrkdwn::escapeForSlack(m_s.mid(p, q - p + 1)).startsWith(u'<'))
            return -1;
        QString name;
        if (m_s[p + 1] == u'!') {
            QStringView command = QStringView(m_s).mid(p + 2, q - p - 2);
            if (const qsizetype bar = command.indexOf(u'|'); bar >= 0)
                command = command.left(bar);
            if (command == u"here" || command == u"channel" || command == u"everyone")
                name = command.toString();
            else if (command == u"group")
                name = QStringLiteral("channel");
        }
        add(name.isEmpty() ? Kind::Sequence : Kind::MassMention, p, q + 1, name);
        return q + 1;
    }

    int pre(int p, int from, int to) const
    {
        const int firstText = MrkdwnSpans::preTextStart(m_s, p, from, to);
        if (firstText < 0)
            return -1;
        const auto it = std::lower_bound(m_preCloses.begin(), m_preCloses.end(), firstText + 1);
        if (it != m_preCloses.end() && *it + 3 <= to)
            return *it + 3;
        if (to - 3 >= firstText + 1 && QStringView(m_s).mid(to - 3, 3) == u"```")
            return to; // a ``` that ends the range closes the block
        return -1;
    }

    int code(int p, int from, int to) const
    {
        const int q = MrkdwnSpans::codeClose(m_s, p, from, to);
        return q < 0 ? -1 : q + 1;
    }

    int style(int p, int from, int to, QChar mark)
    {
        const int q = MrkdwnSpans::styleClose(m_s, p, from, to, mark);
        if (q < 0)
            return -1;
        range(p + 1, q, false);
        m_styleEnd = q + 1;
        return q + 1;
    }

    int mention(int p, int to)
    {
        if (p > 0 && !isWordStartBoundary(m_s[p - 1]))
            return -1;
        static const QLatin1String words[] = {QLatin1String("here"), QLatin1String("channel"),
                                              QLatin1String("everyone")};
        for (const QLatin1String& word : words) {
            const int end = p + 1 + int(word.size());
            if (end > to || !QStringView(m_s).mid(p + 1).startsWith(word, Qt::CaseInsensitive))
                continue;
            if (continuesWord(m_s, end))
                return -1;
            add(Kind::MassMention, p, end, word);
            return end;
        }
        return -1;
    }

    int channel(int p, int to)
    {
        // Right after a closing mark "#" allows the *bold*, "<#C1|x>" would not: stay text.
        if ((p > 0 && !isWordStartBoundary(m_s[p - 1])) || p == m_styleEnd)
            return -1;
        int end = p + 1;
        while (end < to && isChannelChar(m_s[end]))
            ++end;
        if (end == p + 1 || end - p - 1 > 80 || continuesWord(m_s, end))
            return -1;
        add(Kind::Channel, p, end, m_s.mid(p + 1, end - p - 1));
        return end;
    }

    const QString& m_s;
    const int m_n;
    std::vector<int> m_preCloses;
    QList<ComposeText::Token> m_tokens;
    int m_styleEnd = -1;
};

} // namespace

QList<ComposeText::Token> ComposeText::scan(const QString& typed)
{
    return Scanner(typed).run();
}

QString ComposeText::toWire(const QString& typed, const Options& options)
{
    QString out;
    out.reserve(typed.size() + typed.size() / 8 + 16);
    const QStringView s(typed);
    int at = 0;
    for (const Token& t : scan(typed)) {
        appendEscaped(out, s.mid(at, t.start - at));
        const QStringView text = s.mid(t.start, t.length);
        switch (t.kind) {
        case Token::Kind::Code:
            appendEscaped(out, text);
            break;
        case Token::Kind::Sequence:
            out += Mrkdwn::escapeForSlack(text.toString());
            break;
        case Token::Kind::MassMention:
            if (text.startsWith(u'<'))
                out += Mrkdwn::escapeForSlack(text.toString());
            else
                out += QStringLiteral("<!") + t.name + u'>';
            break;
        case Token::Kind::Channel: {
            const QString id = options.channelId ? options.channelId(t.name) : QString();
            if (isChannelId(id))
                out += QStringLiteral("<#") + id + u'|' + t.name + u'>';
            else
                appendEscaped(out, text);
            break;
        }
        }
        at = t.start + t.length;
    }
    appendEscaped(out, s.mid(at));
    return out;
}

} // namespace shiftdesk
