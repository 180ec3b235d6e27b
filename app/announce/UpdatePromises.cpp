#include "UpdatePromises.h"

#include "ComposeText.h"

#include <QRegularExpression>
#include <QSet>

#include <array>
#include <vector>

namespace shiftdesk {

namespace {

// One pass of this expression over the text finds every piece the scanner needs: times,
// relative times, day words, the "update" keyword, and what separates clauses.
const QRegularExpression& tokenExpression()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![\w.])(?:)"
            R"((?<noon>(?:12(?:[:.]00)?\s*)?(?:noon|midday)))"
            R"(|(?<midnight>(?:12(?:[:.]00)?\s*)?midnight))"
            R"(|(?:(?<ampm>(?<h1>1[0-2]|0?[1-9])(?:[:.](?<m1>[0-5]\d))?\s?(?<ap>[ap])(?:m|\.m\.?)))"
            R"(|(?<h24>(?<h2>[01]?\d|2[0-3])[:.](?<m2>[0-5]\d)(?![:.]?\d)))(?:\s?(?<utc>utc))?)"
            R"(|(?<within>within\s+(?:the\s+(?:next\s+)?|an\s+)hour))"
            R"(|(?<rel>(?:in|within)\s+(?:the\s+next\s+|another\s+)?)"
            R"((?:(?<rn>\d{1,3}(?:\.\d+)?)\s*(?<ru>minutes?|mins?|hours?|hrs?|hr|h|m))"
            R"(|(?<rw>half\s+an?|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty)"
            R"(|forty[- ]five|ninety|a\s+couple\s+of)\s+(?<rwu>minutes?|mins?|hours?|hrs?|hr)))"
            R"((?:\s*(?:and\s+)?(?<rm>\d{1,2})\s*(?:minutes?|mins?|m)|(?<half>\s+and\s+a\s+half))?))"
            R"(|(?<every>every\s+(?:(?<en>\d{1,3})\s*(?<eu>minutes?|mins?|hours?|hrs?))"
            R"(|(?:(?<ew>half\s+an?|half|an?|one|two|three|four|ten|fifteen|twenty|thirty)"
            R"(|forty[- ]five|ninety)\s+)?(?<ewu>minutes?|mins?|hours?|hrs?|hr))|hourly))"
            R"(|(?<day>today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday)"
            R"(|sunday))"
            R"(|(?<kw>updates?|keep(?:ing)?\s+(?:[\w']+\s+){0,3}?updated))"
            R"(|(?<brk>but|while|whilst|because|although|though|however|so)"
            R"(|and(?=\s+(?:we|i|it|this|they|there|you|he|she)\b))"
            R"())(?!\w))"
            R"(|(?<punct>[,;()\x{2013}\x{2014}]|(?<=\s)-(?=\s)))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Capture groups of tokenExpression(), by name; their numbers are looked up once.
enum class G {
    noon,
    midnight,
    ampm,
    h1,
    m1,
    ap,
    h24,
    h2,
    m2,
    utc,
    within,
    rel,
    rn,
    ru,
    rw,
    rwu,
    rm,
    half,
    every,
    en,
    eu,
    ew,
    ewu,
    day,
    kw
};

constexpr size_t kGroups = size_t(G::kw) + 1;

int group(G g)
{
    static const std::array<int, kGroups> numbers = [] {
        static const char* const names[kGroups] = {
            "noon",  "midnight", "ampm", "h1", "m1",  "ap",  "h24", "h2", "m2",
            "utc",   "within",   "rel",  "rn", "ru",  "rw",  "rwu", "rm", "half",
            "every", "en",       "eu",   "ew", "ewu", "day", "kw"};
        const QStringList all = tokenExpression().namedCaptureGroups();
        std::array<int, kGroups> r{};
        for (size_t i = 0; i < kGroups; ++i)
            r[i] = int(all.indexOf(QLatin1String(names[i])));
        return r;
    }();
    return numbers[size_t(g)];
}

enum class Type { Abs, Rel, Day, Keyword, Break };

struct Tok
{
    Type type = Type::Break;
    int start = 0;
    int end = 0;
    QTime time{};       // Abs
    int extraDays = 0;  // Abs: midnight is the start of the next day
    bool utc = false;   // Abs: "14:00 UTC"
    qint64 seconds = 0; // Rel
    int day = -1;       // Day: 0 today, 1 tomorrow, 1..7 + 10 for Monday..Sunday
};

double numberWord(QString word)
{
    word = word.toLower().simplified().replace(u'-', u' ');
    static const QHash<QString, double> words = {
        {QStringLiteral("a"), 1},           {QStringLiteral("an"), 1},
        {QStringLiteral("one"), 1},         {QStringLiteral("two"), 2},
        {QStringLiteral("three"), 3},       {QStringLiteral("four"), 4},
        {QStringLiteral("five"), 5},        {QStringLiteral("six"), 6},
        {QStringLiteral("ten"), 10},        {QStringLiteral("fifteen"), 15},
        {QStringLiteral("twenty"), 20},     {QStringLiteral("thirty"), 30},
        {QStringLiteral("forty five"), 45}, {QStringLiteral("ninety"), 90},
        {QStringLiteral("half"), 0.5},      {QStringLiteral("half a"), 0.5},
        {QStringLiteral("half an"), 0.5},   {QStringLiteral("a couple of"), 2},
    };
    return words.value(word, 1);
}

qint64 unitSeconds(QStringView unit)
{
    return unit.startsWith(u'h', Qt::CaseInsensitive) ? 3600 : 60;
}

int weekday(const QString& lowerName)
{
    static const char16_t* const names[] = {u"monday", u"tuesday",  u"wednesday", u"thursday",
                                            u"friday", u"saturday", u"sunday"};
    for (int w = 0; w < 7; ++w) {
        if (lowerName == QStringView(names[w]))
            return w + 1;
    }
    return 1;
}

Tok readToken(const QRegularExpressionMatch& m)
{
    Tok t;
    t.start = int(m.capturedStart());
    t.end = int(m.capturedEnd());
    const auto has = [&m](G g) { return m.capturedStart(group(g)) >= 0; };
    const auto text = [&m](G g) { return m.captured(group(g)); };
    if (has(G::noon)) {
        t.type = Type::Abs;
        t.time = QTime(12, 0);
    } else if (has(G::midnight)) {
        t.type = Type::Abs;
        t.time = QTime(0, 0);
        t.extraDays = 1;
    } else if (has(G::ampm)) {
        t.type = Type::Abs;
        int h = text(G::h1).toInt() % 12;
        if (text(G::ap).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0)
            h += 12;
        t.time = QTime(h, text(G::m1).toInt());
    } else if (has(G::h24)) {
        t.type = Type::Abs;
        const QString hour = text(G::h2);
        int h = hour.toInt();
        // A one-digit hour without AM/PM from 1 to 6 ("update at 2:30") means the afternoon.
        if (hour.size() == 1 && h >= 1 && h <= 6)
            h += 12;
        t.time = QTime(h, text(G::m2).toInt());
    } else if (has(G::within)) {
        t.type = Type::Rel;
        t.seconds = 3600;
    } else if (has(G::rel)) {
        t.type = Type::Rel;
        double amount = 0;
        QString unit;
        if (has(G::rn)) {
            amount = text(G::rn).toDouble();
            unit = text(G::ru);
        } else {
            amount = numberWord(text(G::rw));
            unit = text(G::rwu);
        }
        const qint64 perUnit = unitSeconds(unit);
        t.seconds = qint64(amount * double(perUnit));
        if (has(G::rm))
            t.seconds += text(G::rm).toInt() * 60;
        if (has(G::half))
            t.seconds += perUnit / 2;
    } else if (has(G::every)) {
        t.type = Type::Rel;
        if (has(G::en)) {
            t.seconds = text(G::en).toInt() * unitSeconds(text(G::eu));
        } else if (has(G::ewu)) {
            const double amount = has(G::ew) ? numberWord(text(G::ew)) : 1;
            t.seconds = qint64(amount * double(unitSeconds(text(G::ewu))));
        } else {
            t.seconds = 3600; // hourly
        }
    } else if (has(G::day)) {
        t.type = Type::Day;
        const QString d = text(G::day).toLower();
        if (d == QLatin1String("tomorrow"))
            t.day = 1;
        else if (d == QLatin1String("today") || d == QLatin1String("tonight"))
            t.day = 0;
        else
            t.day = 10 + weekday(d);
    } else if (has(G::kw)) {
        t.type = Type::Keyword;
    } else {
        t.type = Type::Break;
    }
    t.utc = t.type == Type::Abs && has(G::utc);
    return t;
}

bool matchesAll(const QRegularExpression& re, QStringView text)
{
    return text.size() <= 40 && re.match(text).hasMatch();
}

// "1PM and 3PM", "11AM, 1PM and 3PM", "1PM and again at 3PM": one list of times.
bool isListGap(QStringView gap)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*,?\s*(?:(?:and|&|or)\s+)?(?:then\s+)?(?:again\s+)?)"
                       R"((?:(?:at|by|around|before)\s+)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return matchesAll(re, gap);
}

// "10AM-3PM", "10AM to 3PM": a window, not promises.
bool isRangeGap(QStringView gap)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:-|\x{2013}|\x{2014}|to|until|till)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return matchesAll(re, gap);
}

// "at 10AM tomorrow", "at 10AM on Monday": the day word belongs to the time before it.
bool isDayGap(QStringView gap)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*,?\s*(?:(?:on|next|this)\s+)?$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return matchesAll(re, gap);
}

// The word right before `pos` (lower-case), skipping spaces.
QString wordBefore(QStringView text, int pos)
{
    int end = pos;
    while (end > 0 && text[end - 1].isSpace())
        --end;
    int start = end;
    while (start > 0 && text[start - 1].isLetter())
        --start;
    return text.mid(start, end - start).toString().toLower();
}

// "the update" without a future in the clause is a software update ("we applied the update at
// 9AM"), not a promise; "we will post the update at 3PM" is one.
bool isPromiseKeyword(QStringView text, const Tok& keyword, int clauseStart)
{
    static const QSet<QString> determiners = {QStringLiteral("the"), QStringLiteral("this"),
                                              QStringLiteral("that"), QStringLiteral("these"),
                                              QStringLiteral("those")};
    if (!determiners.contains(wordBefore(text, keyword.start)))
        return true;
    static const QRegularExpression future(
        QStringLiteral(R"(\b(?:will|shall|going\s+to)\b|['\x{2019}]ll\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return future.match(text.mid(clauseStart, keyword.start - clauseStart)).hasMatch();
}

// "Update 10:30: we found the cause" names the time of this update, not the next one.
bool isLabel(QStringView text, const Tok& before, const Tok& time)
{
    if (time.type != Type::Abs || before.type != Type::Keyword ||
        text.mid(before.start, before.end - before.start).compare(u"update", Qt::CaseInsensitive))
        return false;
    for (int p = before.end; p < time.start; ++p) {
        if (!text[p].isSpace())
            return false;
    }
    static const QSet<QString> ahead = {QStringLiteral("next"), QStringLiteral("further"),
                                        QStringLiteral("another"), QStringLiteral("an"),
                                        QStringLiteral("a")};
    return !ahead.contains(wordBefore(text, before.start));
}

// A clause that starts like this carries on the one before it (or leads into the next one):
// "..., and again at 3PM", "At 1PM, we will update".
bool startsAsContinuation(QStringView text, int from, int to, const std::vector<Tok>& toks,
                          size_t firstTok)
{
    int p = from;
    while (p < to && !text[p].isLetterOrNumber())
        ++p;
    if (p >= to)
        return false;
    for (size_t k = firstTok; k < toks.size() && toks[k].start <= p; ++k) {
        if (toks[k].start == p &&
            (toks[k].type == Type::Abs || toks[k].type == Type::Rel || toks[k].type == Type::Day))
            return true;
    }
    int e = p;
    while (e < to && text[e].isLetter())
        ++e;
    static const QSet<QString> words = {
        QStringLiteral("again"),  QStringLiteral("then"),   QStringLiteral("at"),
        QStringLiteral("by"),     QStringLiteral("around"), QStringLiteral("in"),
        QStringLiteral("within"), QStringLiteral("on"),     QStringLiteral("before"),
        QStringLiteral("or"),     QStringLiteral("next"),   QStringLiteral("every"),
        QStringLiteral("latest"), QStringLiteral("no"),     QStringLiteral("approximately")};
    return words.contains(text.mid(p, e - p).toString().toLower());
}

class Finder
{
public:
    Finder(const QString& text, const QDateTime& writtenAt, const QTimeZone& zone)
        : m_text(text)
        , m_writtenAt(writtenAt.toUTC())
        , m_zone(zone.isValid() ? zone : QTimeZone::utc())
    {
        m_masked = text;
        for (const ComposeText::Token& t : ComposeText::scan(text)) {
            if (t.kind != ComposeText::Token::Kind::Code &&
                t.kind != ComposeText::Token::Kind::Sequence)
                continue;
            for (int i = t.start; i < t.start + t.length; ++i) {
                if (m_masked[i] != u'\n')
                    m_masked[i] = u' ';
            }
        }
        m_today = m_writtenAt.toTimeZone(m_zone).date();
    }

    QList<PromisedTime> run();

private:
    void sentence(int from, int to, size_t firstTok, size_t endTok);
    void promise(const Tok& t, const std::vector<const Tok*>& days);
    QDateTime localTime(QDate date, QTime time, bool utc); // -> UTC
    const Tok* dayOf(const Tok& t, const std::vector<const Tok*>& days) const;

    const QString& m_text;
    QString m_masked;
    QDateTime m_writtenAt;
    QTimeZone m_zone;
    QTimeZone m_utc = QTimeZone::utc();
    QDate m_today;
    std::vector<Tok> m_toks;
    QList<PromisedTime> m_out;
    QSet<qint64> m_seen;
    QHash<qint64, QDateTime> m_localTimes;
};

QList<PromisedTime> Finder::run()
{
    auto it = tokenExpression().globalMatch(m_masked);
    while (it.hasNext())
        m_toks.push_back(readToken(it.next()));

    // Sentences end at a line break or at . ! ? before a space ("a.m." and "e.g." do not end one).
    const QStringView m(m_masked);
    const int n = int(m.size());
    int from = 0;
    size_t tok = 0;
    for (int i = 0; i <= n; ++i) {
        bool end = i == n || m[i] == u'\n';
        if (!end && (m[i] == u'.' || m[i] == u'!' || m[i] == u'?'))
            end = (i + 1 == n || m[i + 1].isSpace()) && !(i >= 2 && m[i - 2] == u'.');
        if (!end)
            continue;
        const int to = i == n ? n : i + 1;
        size_t endTok = tok;
        while (endTok < m_toks.size() && m_toks[endTok].start < to)
            ++endTok;
        sentence(from, to, tok, endTok);
        tok = endTok;
        from = to;
    }
    return m_out;
}

void Finder::sentence(int from, int to, size_t firstTok, size_t endTok)
{
    const QStringView s(m_masked);
    bool anyKeyword = false;
    for (size_t k = firstTok; k < endTok; ++k)
        anyKeyword = anyKeyword || m_toks[k].type == Type::Keyword;
    if (!anyKeyword)
        return;

    // Times that form one list ("11AM, 1PM and 3PM") and windows ("between 10AM and 3PM").
    std::vector<size_t> times;
    for (size_t k = firstTok; k < endTok; ++k) {
        if (m_toks[k].type == Type::Abs || m_toks[k].type == Type::Rel)
            times.push_back(k);
    }
    std::vector<int> group(endTok - firstTok, -1); // by token index - firstTok
    std::vector<int> groupFrom;
    std::vector<int> groupTo;
    std::vector<bool> window;
    for (size_t i = 0; i < times.size(); ++i) {
        const Tok& t = m_toks[times[i]];
        const bool joins = i > 0 && isListGap(s.mid(groupTo.back(), t.start - groupTo.back()));
        if (joins) {
            groupTo.back() = t.end;
        } else {
            groupFrom.push_back(t.start);
            groupTo.push_back(t.end);
            static const QSet<QString> windowWords = {
                QStringLiteral("between"), QStringLiteral("from"),  QStringLiteral("to"),
                QStringLiteral("until"),   QStringLiteral("till"),  QStringLiteral("since"),
                QStringLiteral("after"),   QStringLiteral("during")};
            bool isWindow = windowWords.contains(wordBefore(s, t.start));
            if (i > 0 && isRangeGap(s.mid(groupTo[groupTo.size() - 2],
                                          t.start - groupTo[groupTo.size() - 2]))) {
                isWindow = true;
                window.back() = true;
            }
            window.push_back(isWindow);
        }
        group[times[i] - firstTok] = int(groupFrom.size()) - 1;
    }

    // Clauses: split at breaks outside lists. A clause speaks of an update if it names one, or
    // carries on (or leads into) a clause that does.
    std::vector<int> cuts{from};
    size_t g = 0;
    for (size_t k = firstTok; k < endTok; ++k) {
        const Tok& t = m_toks[k];
        if (t.type != Type::Break)
            continue;
        while (g < groupTo.size() && groupTo[g] <= t.start)
            ++g;
        if (g == groupFrom.size() || t.start < groupFrom[g])
            cuts.push_back(t.start);
    }
    cuts.push_back(to);
    const size_t clauses = cuts.size() - 1;
    std::vector<int> state(clauses, 0); // 0 empty, 1 other, 2 continuation, 3 keyword
    std::vector<size_t> clauseTok(clauses + 1, endTok);
    {
        size_t k = firstTok;
        for (size_t c = 0; c < clauses; ++c) {
            while (k < endTok && m_toks[k].start < cuts[c])
                ++k;
            clauseTok[c] = k;
            bool keyword = false;
            bool content = false;
            for (size_t j = k; j < endTok && m_toks[j].start < cuts[c + 1]; ++j) {
                keyword = keyword || (m_toks[j].type == Type::Keyword &&
                                      isPromiseKeyword(s, m_toks[j], cuts[c]));
            }
            for (int p = cuts[c]; p < cuts[c + 1] && !content; ++p)
                content = s[p].isLetterOrNumber();
            state[c] = !content                                                   ? 0
                       : keyword                                                  ? 3
                       : startsAsContinuation(s, cuts[c], cuts[c + 1], m_toks, k) ? 2
                                                                                  : 1;
        }
    }
    std::vector<bool> counts(clauses, false);
    bool previous = false;
    for (size_t c = 0; c < clauses; ++c) {
        if (state[c] == 0)
            continue;
        counts[c] = state[c] == 3 || (state[c] == 2 && previous);
        previous = counts[c];
    }
    for (size_t c = clauses; c-- > 0;) {
        if (state[c] != 2 || counts[c])
            continue;
        size_t next = c + 1;
        while (next < clauses && state[next] == 0)
            ++next;
        counts[c] = next < clauses && state[next] == 3;
    }

    // Runs of counting clauses share their day words ("next update: Monday, 10AM").
    size_t c = 0;
    while (c < clauses) {
        if (!counts[c]) {
            ++c;
            continue;
        }
        size_t last = c;
        while (last + 1 < clauses && (counts[last + 1] || state[last + 1] == 0))
            ++last;
        while (!counts[last])
            --last;
        std::vector<const Tok*> days;
        for (size_t k = clauseTok[c]; k < endTok && m_toks[k].start < cuts[last + 1]; ++k) {
            if (m_toks[k].type == Type::Day)
                days.push_back(&m_toks[k]);
        }
        for (size_t k = clauseTok[c]; k < endTok && m_toks[k].start < cuts[last + 1]; ++k) {
            const Tok& t = m_toks[k];
            const int grp = group[k - firstTok];
            if ((t.type == Type::Abs || t.type == Type::Rel) && grp >= 0 && !window[size_t(grp)] &&
                !(k > firstTok && isLabel(s, m_toks[k - 1], t)))
                promise(t, days);
        }
        c = last + 1;
    }
}

QDateTime Finder::localTime(QDate date, QTime time, bool utc)
{
    const QTimeZone& zone = utc ? m_utc : m_zone;
    // Converting with a time zone is the slow part: a long message repeats its few times.
    const qint64 key =
        (date.toJulianDay() * 1440 + time.msecsSinceStartOfDay() / 60000) * 2 + (utc ? 1 : 0);
    if (const auto it = m_localTimes.constFind(key); it != m_localTimes.constEnd())
        return *it;
    QDateTime local(date, time, zone);
    if (!local.isValid()) // in a daylight-saving gap: the same wall time an hour on
        local = QDateTime(date, time.addSecs(3600), zone);
    local = local.toUTC();
    m_localTimes.insert(key, local);
    return local;
}

// The day word a time belongs to: right after it ("10AM tomorrow", "10AM on Monday"), else
// the nearest one before it, else the first one after it, unless that one follows a later time
// that is earlier in the day ("at 10AM and 2PM tomorrow" are both tomorrow; "at 5PM and 10AM
// tomorrow" keeps 5PM today).
const Tok* Finder::dayOf(const Tok& t, const std::vector<const Tok*>& days) const
{
    const QStringView s(m_masked);
    const Tok* before = nullptr;
    const Tok* after = nullptr;
    for (const Tok* d : days) {
        if (d->end <= t.start) {
            before = d;
            continue;
        }
        if (d->start < t.end || after)
            continue;
        if (isDayGap(s.mid(t.end, d->start - t.end)))
            return d;
        const size_t index = size_t(d - m_toks.data());
        const Tok* previous = index > 0 ? &m_toks[index - 1] : nullptr;
        if (!previous || previous->type != Type::Abs ||
            !isDayGap(s.mid(previous->end, d->start - previous->end)) || previous->time > t.time)
            after = d;
    }
    return before ? before : after;
}

void Finder::promise(const Tok& t, const std::vector<const Tok*>& days)
{
    QDateTime due;
    if (t.type == Type::Rel) {
        due = m_writtenAt.addSecs(t.seconds);
    } else {
        const Tok* day = dayOf(t, days);
        const QDate today = t.utc ? m_writtenAt.date() : m_today;
        int ahead = 0;
        if (day && day->day == 1) {
            ahead = 1;
        } else if (day && day->day >= 10) {
            ahead = (day->day - 10 - today.dayOfWeek() + 7) % 7;
            if (ahead == 0 && localTime(today.addDays(t.extraDays), t.time, t.utc) <= m_writtenAt)
                ahead = 7; // "Monday" on a Monday after the time: next week
        }
        due = localTime(today.addDays(ahead + t.extraDays), t.time, t.utc);
    }
    if (!due.isValid() || m_seen.contains(due.toMSecsSinceEpoch()))
        return;
    m_seen.insert(due.toMSecsSinceEpoch());
    PromisedTime p;
    p.due = due;
    p.start = t.start;
    p.length = t.end - t.start;
    p.text = m_text.mid(t.start, t.end - t.start);
    m_out.append(p);
}

} // namespace

QList<PromisedTime> UpdatePromises::find(const QString& text, const QDateTime& writtenAt,
                                         const QTimeZone& timeZone)
{
    if (text.isEmpty() || !writtenAt.isValid())
        return {};
    return Finder(text, writtenAt, timeZone).run();
}

} // namespace shiftdesk
