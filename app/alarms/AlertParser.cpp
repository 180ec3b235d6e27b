#include "AlertParser.h"

#include "slack/EmojiTable.h"
#include "slack/Mrkdwn.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

namespace shiftdesk {

namespace {

using Kind = ParsedAlarm::Kind;
using Status = ParsedAlarm::Status;

QString stringOf(const QJsonValue& v)
{
    return v.toString(); // empty for anything but a string
}

QString field(const QJsonObject& o, QLatin1String key)
{
    return stringOf(o.value(key));
}

QString decodeEntities(QString s)
{
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

QString firstLine(const QString& text)
{
    const QString trimmed = text.trimmed();
    const qsizetype nl = trimmed.indexOf(u'\n');
    return (nl < 0 ? trimmed : trimmed.left(nl)).trimmed();
}

// The parts of an alarm title: "[FIRING:3] :fire: Name" or "[RESOLVED] Name (labels)".
struct Title
{
    bool ok = false;
    Status status = Status::Unknown;
    int count = 0;
    QString emoji; // shortcode, from ":fire:" or "🔥"; empty if none
    QString rest;  // what follows the status and the emoji
};

Title parseTitle(QString raw)
{
    Title t;
    raw = raw.trimmed();
    while (raw.size() > 1 && raw.startsWith(u'*') && raw.endsWith(u'*')) // a bold title line
        raw = raw.mid(1, raw.size() - 2).trimmed();
    static const QRegularExpression head(QStringLiteral("^\\[(FIRING|RESOLVED)(?::(\\d+))?\\]\\s*"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = head.match(raw);
    if (!m.hasMatch())
        return t;
    t.ok = true;
    t.status = m.captured(1).compare(QLatin1String("FIRING"), Qt::CaseInsensitive) == 0
                   ? Status::Firing
                   : Status::Resolved;
    t.count = m.captured(2).toInt();
    QString rest = raw.mid(m.capturedEnd()).trimmed();
    static const QRegularExpression shortcode(
        QStringLiteral("^:([a-z0-9_+'-]+):(?::skin-tone-\\d:)?\\s*"));
    const QRegularExpressionMatch e = shortcode.match(rest);
    if (e.hasMatch() && !EmojiTable::unicodeFor(e.captured(1)).isNull()) {
        t.emoji = e.captured(1);
        rest = rest.mid(e.capturedEnd());
    } else if (!rest.isEmpty() && rest[0].unicode() > 0x7f) {
        qsizetype space = rest.indexOf(u' ');
        const QString word = space < 0 ? rest : rest.left(space);
        const QString name = EmojiTable::shortcodeFor(word);
        if (!name.isNull()) {
            t.emoji = name;
            rest = space < 0 ? QString() : rest.mid(space + 1);
        }
    }
    t.rest = rest.trimmed();
    return t;
}

QString severityFromEmoji(const QString& emoji)
{
    if (emoji == QLatin1String("fire"))
        return QStringLiteral("critical");
    if (emoji == QLatin1String("warning"))
        return QStringLiteral("warning");
    if (emoji == QLatin1String("information_source"))
        return QStringLiteral("info");
    return {};
}

// The team template's body: "*Alert:* ...", "*Details:*", " - *label:* `value`", "*-----*".
QList<ParsedAlert> parseAlerts(const QString& text)
{
    static const QRegularExpression labelLine(QStringLiteral("^[-•]\\s*\\*([^*:]+):\\*\\s*(.*)$"));
    QList<ParsedAlert> alerts;
    ParsedAlert current;
    bool open = false;
    bool inSummary = false;
    const auto finish = [&] {
        if (open && (!current.summary.isEmpty() || !current.labels.isEmpty()))
            alerts.append(current);
        current = ParsedAlert();
        open = inSummary = false;
    };
    for (const QStringView rawLine : QStringView(text).split(u'\n')) {
        const QString line = rawLine.trimmed().toString();
        if (line.startsWith(QLatin1String("*Alert:*")) ||
            line.startsWith(QLatin1String("*Summary:*"))) {
            finish();
            open = inSummary = true;
            current.summary = line.mid(line.indexOf(u":*") + 2).trimmed();
        } else if (line.startsWith(QLatin1String("*Details:*"))) {
            inSummary = false;
            open = true;
        } else if (line.startsWith(QLatin1String("*---"))) {
            finish();
        } else if (const QRegularExpressionMatch m = labelLine.match(line); m.hasMatch()) {
            QString value = m.captured(2).trimmed();
            if (value.size() >= 2 && value.startsWith(u'`') && value.endsWith(u'`'))
                value = value.mid(1, value.size() - 2);
            current.labels.insert(m.captured(1).trimmed(), decodeEntities(value));
            open = true;
            inSummary = false;
        } else if (inSummary && !line.isEmpty()) {
            current.summary += u'\n' + line;
        }
    }
    finish();
    return alerts;
}

QString linkKind(const QString& text)
{
    const QString t = text.trimmed().toLower();
    for (const char* kind : {"runbook", "query", "dashboard", "silence"}) {
        if (t.startsWith(QLatin1String(kind)))
            return QLatin1String(kind);
    }
    return QStringLiteral("other");
}

// A button label without its emoji shortcodes: "Runbook :blue_book:" -> "Runbook".
QString buttonLabel(const QString& text)
{
    static const QRegularExpression emoji(QStringLiteral(":[a-z0-9_+'-]+:"));
    QString label = text;
    label.remove(emoji);
    label = decodeEntities(label.simplified());
    return label.isEmpty() ? text : label;
}

void addButton(ParsedAlarm& a, const QString& text, const QString& url)
{
    if (url.trimmed().isEmpty())
        return;
    a.links.append({linkKind(text), buttonLabel(text), url});
}

QString blockText(const QJsonValue& textObject)
{
    return textObject.isObject() ? field(textObject.toObject(), QLatin1String("text"))
                                 : stringOf(textObject);
}

// Flattens a rich_text element tree to mrkdwn-ish text (enough to find an alarm in it).
void flattenRichText(const QJsonArray& elements, QString& out)
{
    for (const QJsonValue& v : elements) {
        const QJsonObject e = v.toObject();
        const QString type = field(e, QLatin1String("type"));
        if (type == QLatin1String("text"))
            out += field(e, QLatin1String("text"));
        else if (type == QLatin1String("link"))
            out += field(e, QLatin1String("text")).isEmpty() ? field(e, QLatin1String("url"))
                                                             : field(e, QLatin1String("text"));
        else if (type == QLatin1String("emoji"))
            out += u':' + field(e, QLatin1String("name")) + u':';
        else if (type == QLatin1String("user"))
            out += QLatin1String("<@") + field(e, QLatin1String("user_id")) + u'>';
        else if (type == QLatin1String("channel"))
            out += QLatin1String("<#") + field(e, QLatin1String("channel_id")) + u'>';
        if (e.value(QLatin1String("elements")).isArray()) {
            flattenRichText(e.value(QLatin1String("elements")).toArray(), out);
            if (type != QLatin1String("rich_text"))
                out += u'\n';
        }
    }
}

// Where the alarm text can come from: an attachment, the blocks or the top-level text.
struct Source
{
    QString title; // raw (mrkdwn) title
    QString titleLink;
    QString text;
    QString colour;
    QString footer;
    QList<QPair<QString, QString>> buttons; // text, url
};

Source fromAttachment(const QJsonObject& att)
{
    Source s;
    s.title = field(att, QLatin1String("title"));
    s.titleLink = field(att, QLatin1String("title_link"));
    s.text = field(att, QLatin1String("text"));
    if (s.title.isEmpty() && s.text.isEmpty()) {
        const QString fallback = field(att, QLatin1String("fallback"));
        const qsizetype bar = fallback.lastIndexOf(QLatin1String(" | "));
        s.title = bar < 0 ? fallback : fallback.left(bar);
    }
    if (s.title.isEmpty())
        s.title = firstLine(s.text);
    s.colour = field(att, QLatin1String("color"));
    s.footer = field(att, QLatin1String("footer"));
    for (const QJsonValue& v : att.value(QLatin1String("actions")).toArray()) {
        const QJsonObject action = v.toObject();
        s.buttons.append(
            {blockText(action.value(QLatin1String("text"))), field(action, QLatin1String("url"))});
    }
    return s;
}

Source fromBlocks(const QJsonArray& blocks)
{
    Source s;
    QStringList texts;
    QString rich;
    QStringList context;
    for (const QJsonValue& v : blocks) {
        const QJsonObject b = v.toObject();
        const QString type = field(b, QLatin1String("type"));
        if (type == QLatin1String("header") && s.title.isEmpty()) {
            s.title = blockText(b.value(QLatin1String("text")));
        } else if (type == QLatin1String("section")) {
            const QString t = blockText(b.value(QLatin1String("text")));
            if (!t.isEmpty())
                texts.append(t);
            for (const QJsonValue& f : b.value(QLatin1String("fields")).toArray())
                texts.append(blockText(f));
        } else if (type == QLatin1String("context")) {
            for (const QJsonValue& e : b.value(QLatin1String("elements")).toArray())
                context.append(blockText(e));
        } else if (type == QLatin1String("actions")) {
            for (const QJsonValue& e : b.value(QLatin1String("elements")).toArray()) {
                const QJsonObject button = e.toObject();
                s.buttons.append({blockText(button.value(QLatin1String("text"))),
                                  field(button, QLatin1String("url"))});
            }
        } else if (type == QLatin1String("rich_text")) {
            flattenRichText(b.value(QLatin1String("elements")).toArray(), rich);
        }
    }
    context.removeAll(QString());
    s.footer = context.join(QLatin1String(" · "));
    s.text = texts.isEmpty() ? rich.trimmed() : texts.join(u'\n');
    if (s.title.isEmpty())
        s.title = firstLine(s.text);
    return s;
}

void readAlertmanager(ParsedAlarm& a, const Title& t)
{
    a.status = t.status;
    a.count = t.count;
    const bool team = !t.emoji.isEmpty() || a.text.contains(QLatin1String("*Alert:*"));
    if (team) {
        a.kind = Kind::Alertmanager;
        a.alerts = parseAlerts(a.text);
        a.alertName = t.rest;
        for (const ParsedAlert& alert : std::as_const(a.alerts)) {
            if (a.alertName.isEmpty())
                a.alertName = alert.labels.value(QStringLiteral("alertname"));
            if (a.severity.isEmpty())
                a.severity = alert.labels.value(QStringLiteral("severity"));
        }
    } else {
        // Upstream default: "<group label values> (<other common label values>)".
        a.kind = Kind::AlertmanagerDefault;
        a.alertName = t.rest.section(u' ', 0, 0);
        static const QRegularExpression sev(
            QStringLiteral("^(critical|warning|error|page|none|info(?:-[\\w-]+)?)$"));
        const qsizetype open = t.rest.lastIndexOf(u'(');
        const qsizetype close = t.rest.lastIndexOf(u')');
        if (open >= 0 && close > open) {
            const QString inside = t.rest.mid(open + 1, close - open - 1);
            for (const QString& word : inside.split(u' ', Qt::SkipEmptyParts)) {
                if (sev.match(word).hasMatch())
                    a.severity = word;
            }
        }
    }
    if (a.severity.isEmpty())
        a.severity = severityFromEmoji(t.emoji);
}

// Senders other than Alertmanager: fill in what can be read, keep Kind::Other.
void readOther(ParsedAlarm& a, bool fromBot)
{
    const QString text = a.text;
    static const QRegularExpression monitor(
        QStringLiteral("^Monitor (.+?) just entered alert status"));
    static const QRegularExpression pdLink(QStringLiteral(
        "<(https?://[^|>]*pagerduty\\.com/incidents/([A-Za-z0-9]+)[^|>]*)(?:\\|([^>]*))?>"));
    static const QRegularExpression cloudWatch(
        QStringLiteral("^\\*?(ALARM|OK|INSUFFICIENT_DATA):\\s*\\*?\\s*(?:\"([^\"]+)\")?"));
    static const QRegularExpression bullet(QStringLiteral("^\\s*-\\s*(Trigger|Severity):\\s*(.*)$"),
                                           QRegularExpression::MultilineOption);

    if (const auto m = monitor.match(text.trimmed()); m.hasMatch()) { // OpenSearch monitor
        a.status = Status::Firing;
        a.alertName = decodeEntities(m.captured(1)).trimmed();
        ParsedAlert alert;
        alert.summary = firstLine(text);
        alert.labels.insert(QStringLiteral("monitor"), a.alertName);
        for (auto it = bullet.globalMatch(text); it.hasNext();) {
            const auto b = it.next();
            alert.labels.insert(b.captured(1).toLower(), decodeEntities(b.captured(2).trimmed()));
        }
        a.severity = alert.labels.value(QStringLiteral("severity"));
        a.alerts.append(alert);
        return;
    }
    const auto pd = pdLink.match(text);
    if (pd.hasMatch() || a.senderName.contains(QLatin1String("pagerduty"), Qt::CaseInsensitive)) {
        const QString lower = text.toLower();
        if (lower.contains(QLatin1String(":large_green_circle:")) ||
            lower.contains(QLatin1String(":green_circle:")) ||
            text.contains(QString::fromUtf8("\xF0\x9F\x9F\xA2")) ||
            lower.contains(QLatin1String("resolved")))
            a.status = Status::Resolved;
        else if (lower.contains(QLatin1String("urgency:")) ||
                 lower.contains(QLatin1String("triggered")) ||
                 lower.contains(QLatin1String("acknowledged")) ||
                 lower.contains(QLatin1String(":red_circle:")))
            a.status = Status::Firing;
        if (pd.hasMatch()) {
            a.alertName = decodeEntities(pd.captured(3)).trimmed();
            if (a.alertName.isEmpty())
                a.alertName = pd.captured(2);
            a.links.append({QStringLiteral("other"), QStringLiteral("PagerDuty"),
                            decodeEntities(pd.captured(1))});
            ParsedAlert alert;
            alert.summary = firstLine(text);
            alert.labels.insert(QStringLiteral("incident"), pd.captured(2));
            static const QRegularExpression urgency(QStringLiteral("urgency:\\s*\\*?(\\w+)"),
                                                    QRegularExpression::CaseInsensitiveOption);
            if (const auto u = urgency.match(text); u.hasMatch())
                alert.labels.insert(QStringLiteral("urgency"), u.captured(1).toLower());
            a.alerts.append(alert);
        }
        return;
    }
    for (const QString& candidate : {a.title, firstLine(text)}) { // CloudWatch via a lambda
        if (const auto m = cloudWatch.match(candidate); m.hasMatch()) {
            const QString state = m.captured(1);
            a.status = state == QLatin1String("ALARM") ? Status::Firing
                       : state == QLatin1String("OK")  ? Status::Resolved
                                                       : Status::Unknown;
            a.alertName = decodeEntities(m.captured(2));
            return;
        }
    }
    if (fromBot) { // script posts: "⚠️ *OpenSearch ...*" — the leading emoji is all there is
        const Title t = parseTitle(QStringLiteral("[FIRING] ") + firstLine(text));
        a.severity = severityFromEmoji(t.emoji);
    }
}

} // namespace

ParsedAlarm AlertParser::parse(const QJsonObject& message, const QString& channelId)
{
    if (field(message, QLatin1String("subtype")) == QLatin1String("message_changed") &&
        message.value(QLatin1String("message")).isObject())
        return parse(message.value(QLatin1String("message")).toObject(), channelId);

    ParsedAlarm a;
    a.channelId = channelId;
    a.ts = field(message, QLatin1String("ts"));
    if (const QJsonValue ts = message.value(QLatin1String("ts")); ts.isDouble())
        a.ts = QString::number(ts.toDouble(), 'f', 6); // a ts sent as a number by some bridges
    a.userId = field(message, QLatin1String("user"));
    a.botId = field(message, QLatin1String("bot_id"));
    a.threadTs = field(message, QLatin1String("thread_ts"));
    a.replyCount = message.value(QLatin1String("reply_count")).toInt();
    a.senderName = field(message, QLatin1String("username"));
    if (a.senderName.isEmpty())
        a.senderName =
            field(message.value(QLatin1String("bot_profile")).toObject(), QLatin1String("name"));
    if (a.senderName.isEmpty()) {
        const QJsonObject profile = message.value(QLatin1String("user_profile")).toObject();
        a.senderName = field(profile, QLatin1String("display_name"));
        if (a.senderName.isEmpty())
            a.senderName = field(profile, QLatin1String("real_name"));
    }
    for (const QJsonValue& v : message.value(QLatin1String("reactions")).toArray()) {
        const QJsonObject r = v.toObject();
        QStringList users;
        for (const QJsonValue& u : r.value(QLatin1String("users")).toArray())
            users.append(u.toString());
        const QString name = field(r, QLatin1String("name"));
        if (!name.isEmpty())
            a.reactions.append({name, users});
    }

    // The candidates, in order: first attachment, blocks, top-level text.
    QList<Source> sources;
    for (const QJsonValue& v : message.value(QLatin1String("attachments")).toArray()) {
        const Source s = fromAttachment(v.toObject());
        if (!s.title.isEmpty() || !s.text.isEmpty()) {
            sources.append(s);
            break;
        }
    }
    const QJsonArray blocks = message.value(QLatin1String("blocks")).toArray();
    if (!blocks.isEmpty())
        sources.append(fromBlocks(blocks));
    Source top;
    top.text = field(message, QLatin1String("text"));
    top.title = firstLine(top.text);
    sources.append(top);

    const Source* chosen = nullptr;
    Title title;
    for (const Source& s : std::as_const(sources)) {
        title = parseTitle(s.title);
        if (title.ok) {
            chosen = &s;
            break;
        }
    }
    if (!chosen) // not an Alertmanager post: the text people wrote, else the attachment/blocks
        chosen = top.text.trimmed().isEmpty() ? &sources.constFirst() : &sources.constLast();
    a.title = Mrkdwn::toPlainText(chosen->title).trimmed();
    a.titleLink = chosen->titleLink;
    a.text = chosen->text.isEmpty() && !title.ok ? top.text : chosen->text;
    a.colour = normaliseColour(chosen->colour);
    a.footer = chosen->footer;
    for (const auto& [text, url] : chosen->buttons)
        addButton(a, text, url);
    if (!a.titleLink.isEmpty()) {
        const bool am = a.titleLink.contains(QLatin1String("alertmanager"), Qt::CaseInsensitive);
        a.links.append({QStringLiteral("other"),
                        am ? QStringLiteral("Alertmanager") : QStringLiteral("Open"), a.titleLink});
    }

    if (title.ok)
        readAlertmanager(a, title);
    else
        readOther(a, !a.botId.isEmpty() ||
                         field(message, QLatin1String("subtype")) == QLatin1String("bot_message"));
    return a;
}

namespace {

// "<digits>[.<digits>]" split into integer and fraction digits, or false if malformed.
bool splitTs(const QString& ts, QStringView* whole, QStringView* fraction)
{
    const QStringView v(ts);
    const qsizetype dot = v.indexOf(u'.');
    *whole = dot < 0 ? v : v.left(dot);
    *fraction = dot < 0 ? QStringView() : v.mid(dot + 1);
    if (whole->isEmpty() || (dot >= 0 && fraction->isEmpty()))
        return false;
    for (const QStringView part : {*whole, *fraction}) {
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
    }
    return true;
}

} // namespace

QDateTime AlertParser::tsToDateTime(const QString& ts)
{
    QStringView whole;
    QStringView fraction;
    if (!splitTs(ts, &whole, &fraction) || whole.size() > 12)
        return {};
    const qint64 secs = whole.toLongLong();
    const qint64 ms = QString(fraction.toString() + QStringLiteral("000")).left(3).toLongLong();
    return QDateTime::fromMSecsSinceEpoch(secs * 1000 + ms, Qt::UTC);
}

int AlertParser::compareTs(const QString& a, const QString& b)
{
    QStringView aw, af, bw, bf;
    const bool aok = splitTs(a, &aw, &af);
    const bool bok = splitTs(b, &bw, &bf);
    if (!aok || !bok) {
        if (aok != bok)
            return aok ? 1 : -1;
        return a.compare(b);
    }
    const auto trimZeros = [](QStringView s, bool leading) {
        while (!s.isEmpty() && (leading ? s.front() : s.back()) == u'0')
            s = leading ? s.mid(1) : s.chopped(1);
        return s;
    };
    aw = trimZeros(aw, true);
    bw = trimZeros(bw, true);
    if (aw.size() != bw.size())
        return aw.size() < bw.size() ? -1 : 1;
    if (const int c = aw.compare(bw); c != 0)
        return c < 0 ? -1 : 1;
    // Fractions compare digit by digit once trailing zeros are gone ("5" == "500000").
    af = trimZeros(af, false);
    bf = trimZeros(bf, false);
    const int c = af.compare(bf);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

QString AlertParser::normaliseColour(const QString& colour)
{
    const QString c = colour.trimmed().toLower();
    if (c == QLatin1String("good"))
        return QStringLiteral("#2eb886");
    if (c == QLatin1String("warning"))
        return QStringLiteral("#daa038");
    if (c == QLatin1String("danger"))
        return QStringLiteral("#d50200");
    static const QRegularExpression hex(QStringLiteral("^#?([0-9a-f]{6}|[0-9a-f]{3})$"));
    const QRegularExpressionMatch m = hex.match(c);
    if (!m.hasMatch())
        return {};
    QString digits = m.captured(1);
    if (digits.size() == 3)
        digits = QString(digits[0]) + digits[0] + digits[1] + digits[1] + digits[2] + digits[2];
    return u'#' + digits;
}

} // namespace shiftdesk
