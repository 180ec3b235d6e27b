#include "HandoverBuilder.h"

#include "slack/Mrkdwn.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace shiftdesk {

namespace {

const QString kBullet = QStringLiteral("• ");

bool isSlackId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[UW][A-Z0-9]{2,}$"));
    return re.match(id).hasMatch();
}

// A person by name, never a mention: a handover must not notify every asker it lists.
QString person(const QString& userId, const HandoverSnapshot& s)
{
    QString name = s.userName ? s.userName(userId) : QString();
    if (name.isEmpty() || (name == userId && isSlackId(userId)))
        name = userId;
    return HandoverBuilder::userText(name, 80);
}

QString lines(const QStringList& items)
{
    if (items.isEmpty())
        return HandoverBuilder::nothing();
    QStringList out;
    out.reserve(items.size());
    for (const QString& item : items)
        out << kBullet + item;
    return out.join(QLatin1Char('\n'));
}

QString alarmLine(const HandoverAlarm& a, const HandoverSnapshot& s)
{
    QString line = HandoverBuilder::link(a.permalink, a.title);
    if (!a.channelName.isEmpty())
        line += HandoverBuilder::tr(" in #%1").arg(a.channelName);
    if (a.firing && a.firedAt.isValid())
        line += HandoverBuilder::tr(" · firing since %1")
                    .arg(HandoverBuilder::time(a.firedAt, s.now, s.timeZone));
    else if (a.firing)
        line += HandoverBuilder::tr(" · firing");
    else if (a.resolvedAt.isValid())
        line += HandoverBuilder::tr(" · resolved in Slack at %1")
                    .arg(HandoverBuilder::time(a.resolvedAt, s.now, s.timeZone));
    if (a.triage != Triage::State::None) {
        line += QStringLiteral(" · ") + Triage::stateName(a.triage);
        if (!a.triageBy.isEmpty())
            line +=
                QStringLiteral(" (") + HandoverBuilder::userText(a.triageBy, 80) + QLatin1Char(')');
    } else {
        line += HandoverBuilder::tr(" · not triaged");
    }
    if (!a.note.trimmed().isEmpty())
        line += QStringLiteral(": ") + HandoverBuilder::userText(a.note);
    if (!a.ticketUrl.isEmpty())
        line += QStringLiteral(" · ") +
                HandoverBuilder::link(a.ticketUrl, HandoverBuilder::tr("ticket"));
    return line;
}

QString incidentLine(const HandoverAnnouncement& a, const HandoverSnapshot& s)
{
    QString line = HandoverBuilder::link(a.permalink, a.title);
    if (a.postedAt.isValid())
        line += HandoverBuilder::tr(" · announced %1")
                    .arg(HandoverBuilder::time(a.postedAt, s.now, s.timeZone));
    QStringList due;
    for (const QDateTime& at : a.openPromises) {
        QString t = HandoverBuilder::time(at, s.now, s.timeZone);
        if (at < s.now)
            t += HandoverBuilder::tr(" (overdue)");
        due << t;
    }
    if (!due.isEmpty())
        line += HandoverBuilder::tr(" · update promised at %1").arg(due.join(QStringLiteral(", ")));
    return line;
}

QString ticketLine(const HandoverTicket& t)
{
    QString label = QStringLiteral("#%1 ").arg(t.number) + t.title;
    QString line = HandoverBuilder::link(t.url, label);
    if (!t.column.isEmpty())
        line += QStringLiteral(" · ") + HandoverBuilder::userText(t.column, 80);
    line += QStringLiteral(" · ") +
            (t.assignees.isEmpty()
                 ? HandoverBuilder::tr("unassigned")
                 : HandoverBuilder::userText(t.assignees.join(QStringLiteral(", ")), 200));
    return line;
}

QString requestLine(const SupportRequest& r, const HandoverSnapshot& s)
{
    QString line = person(r.asker, s) + QStringLiteral(": ") +
                   HandoverBuilder::userText(Mrkdwn::toPlainText(r.text), 160);
    if (r.postedAt.isValid())
        line += HandoverBuilder::tr(" · asked %1")
                    .arg(HandoverBuilder::time(r.postedAt, s.now, s.timeZone));
    if (!r.claimedBy.isEmpty()) {
        QStringList who;
        for (const QString& id : r.claimedBy)
            who << person(id, s);
        line += HandoverBuilder::tr(" · claimed by %1").arg(who.join(QStringLiteral(", ")));
    } else {
        line += HandoverBuilder::tr(" · nobody on it yet");
    }
    return line;
}

} // namespace

QString HandoverBuilder::nothing()
{
    return tr("_Nothing_");
}

QStringList HandoverBuilder::sectionIds()
{
    return {QStringLiteral("alarms"),  QStringLiteral("incidents"), QStringLiteral("planned"),
            QStringLiteral("tickets"), QStringLiteral("requests"),  QStringLiteral("checklist"),
            QStringLiteral("notes")};
}

QString HandoverBuilder::sectionTitle(const QString& id)
{
    if (id == QLatin1String("alarms"))
        return tr("Alarms still firing or unresolved");
    if (id == QLatin1String("incidents"))
        return tr("Incidents in progress");
    if (id == QLatin1String("planned"))
        return tr("Planned work");
    if (id == QLatin1String("tickets"))
        return tr("Tickets in progress");
    if (id == QLatin1String("requests"))
        return tr("Support requests still unanswered");
    if (id == QLatin1String("checklist"))
        return tr("Checklist items left open");
    if (id == QLatin1String("notes"))
        return tr("Notes");
    return id;
}

HandoverSection HandoverBuilder::buildSection(const QString& id, const HandoverSnapshot& s)
{
    HandoverSection section;
    section.id = id;
    section.title = sectionTitle(id);
    QStringList items;
    if (id == QLatin1String("alarms")) {
        for (const HandoverAlarm& a : s.alarms)
            items << alarmLine(a, s);
    } else if (id == QLatin1String("incidents")) {
        for (const HandoverAnnouncement& a : s.incidents)
            items << incidentLine(a, s);
    } else if (id == QLatin1String("planned")) {
        for (const HandoverAnnouncement& a : s.plannedWork)
            items << incidentLine(a, s);
    } else if (id == QLatin1String("tickets")) {
        for (const HandoverTicket& t : s.tickets)
            items << ticketLine(t);
    } else if (id == QLatin1String("requests")) {
        for (const SupportRequest& r : s.unanswered)
            items << requestLine(r, s);
    } else if (id == QLatin1String("checklist")) {
        for (const QString& text : s.openChecklistItems)
            items << userText(text);
    } else if (id == QLatin1String("notes")) {
        section.text = s.notes.trimmed(); // typed by the user for this message: kept as typed
        return section;
    }
    section.text = lines(items);
    return section;
}

QList<HandoverSection> HandoverBuilder::build(const HandoverSnapshot& snapshot)
{
    QList<HandoverSection> out;
    for (const QString& id : sectionIds())
        out << buildSection(id, snapshot);
    return out;
}

QString HandoverBuilder::heading(const QDateTime& now, const QTimeZone& timeZone)
{
    const QDateTime local = now.toTimeZone(timeZone);
    return QStringLiteral("*") +
           tr("Handover to on-call · %1")
               .arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM"))) +
           QStringLiteral("*");
}

QString HandoverBuilder::join(const QString& heading, const QList<HandoverSection>& sections)
{
    QStringList parts;
    if (!heading.trimmed().isEmpty())
        parts << heading.trimmed();
    for (const HandoverSection& s : sections) {
        const QString body = s.text.trimmed();
        if (body.isEmpty())
            continue;
        parts << QStringLiteral("*") + s.title + QStringLiteral("*\n") + body;
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString HandoverBuilder::toWire(const QString& heading, const QList<HandoverSection>& sections,
                                const ComposeText::Options& options)
{
    return ComposeText::toWire(join(heading, sections), options);
}

bool HandoverBuilder::looksLikeHandover(const QString& wireText)
{
    const QString plain = Mrkdwn::toPlainText(wireText).trimmed();
    const QString first = plain.section(QLatin1Char('\n'), 0, 0);
    // Skip a leading emoji or mark: ":handshake: Handover", "📝 Handover".
    qsizetype i = 0;
    while (i < first.size() && !first.at(i).isLetter())
        ++i;
    return first.mid(i).startsWith(QLatin1String("handover"), Qt::CaseInsensitive);
}

bool HandoverBuilder::isOwnHandover(const QString& wireText)
{
    // The heading this builder writes (heading()), whatever the day, in English (a teammate's
    // Shiftdesk may be in English) or in the language this one runs in.
    const QString text = Mrkdwn::toPlainText(wireText).trimmed();
    const QString translated = tr("Handover to on-call · %1").section(QStringLiteral("%1"), 0, 0);
    return text.startsWith(QLatin1String("Handover to on-call ·")) ||
           text.startsWith(translated.trimmed());
}

QString HandoverBuilder::userText(const QString& plain, int maxLength)
{
    QString text = plain.simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength - 1).trimmed() + QStringLiteral("…");
    // A word joiner after '@' / '<' keeps "@here" and "<!channel>" from notifying anyone.
    static const QRegularExpression mass(
        QStringLiteral("(?<![\\w@])@(here|channel|everyone|group)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(mass, QStringLiteral("@\u2060\\1"));
    text.replace(QStringLiteral("<!"), QStringLiteral("<\u2060!"));
    return text;
}

QString HandoverBuilder::link(const QString& url, const QString& label)
{
    QString text = userText(label, 200);
    const QUrl u(url, QUrl::StrictMode);
    const bool web = u.isValid() &&
                     (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"));
    static const QRegularExpression bad(QStringLiteral("[\\s<>|]"));
    if (!web || url.contains(bad))
        return text;
    // Inside <url|label> the label cannot hold < > or |.
    text.replace(QLatin1Char('<'), QChar(0x2039))
        .replace(QLatin1Char('>'), QChar(0x203A))
        .replace(QLatin1Char('|'), QChar(0x00A6));
    if (text.isEmpty())
        text = url;
    return QLatin1Char('<') + url + QLatin1Char('|') + text + QLatin1Char('>');
}

QString HandoverBuilder::time(const QDateTime& at, const QDateTime& now, const QTimeZone& tz)
{
    const QDateTime local = at.toTimeZone(tz);
    const QDate today = now.toTimeZone(tz).date();
    const QLocale c; // the language the handover is written in
    if (local.date() == today)
        return c.toString(local.time(), QStringLiteral("HH:mm"));
    if (qAbs(local.date().daysTo(today)) < 7)
        return c.toString(local, QStringLiteral("ddd HH:mm"));
    return c.toString(local, QStringLiteral("d MMM HH:mm"));
}

} // namespace shiftdesk
