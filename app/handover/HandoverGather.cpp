// HandoverService: gathering the snapshot of the shift the handover is built from.
#include "HandoverService.h"

#include "alarms/AlarmFeed.h"
#include "announce/AnnounceService.h"
#include "board/BoardService.h"
#include "checklist/ChecklistService.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "slack/SlackConnection.h"

#include <QRegularExpression>

#include <algorithm>

namespace shiftdesk {

namespace {

QDateTime fromTs(const QString& ts)
{
    if (ts.isEmpty())
        return {};
    bool ok = false;
    const double secs = ts.toDouble(&ok);
    if (!ok)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(secs * 1000.0), QTimeZone::utc());
}

bool isDoneColumn(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("\\b(done|closed|complete|completed|"
                                                      "finished|resolved|no status)\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

} // namespace

QList<HandoverAlarm> HandoverService::allAlarms() const
{
    QList<HandoverAlarm> out;
    if (!m_alarms)
        return out;
    QString team = m_slack ? m_slack->identity().url : QString();
    if (!team.isEmpty() && !team.endsWith(QLatin1Char('/')))
        team += QLatin1Char('/');
    const AlarmModel* model = m_alarms->model();
    for (int i = 0; i < model->rowCount(); ++i) {
        const AlarmRow& row = model->rowAt(i);
        HandoverAlarm a;
        a.title = row.group.alertName.isEmpty() ? row.latest.title : row.group.alertName;
        a.channelName = row.channelName;
        a.highPriority = row.isHighPriority();
        a.firing = row.group.state == ParsedAlarm::Status::Firing;
        a.isAlert = row.group.state != ParsedAlarm::Status::Unknown;
        a.firedAt = fromTs(row.group.firstTs);
        a.resolvedAt = a.firing ? QDateTime() : fromTs(row.group.resolvedTs);
        a.triage = row.triage.state;
        a.triageBy = row.triage.by;
        a.note = row.triage.note;
        a.ticketUrl = row.triage.ticketUrl;
        const QString ts = row.group.firstTs.isEmpty() ? row.group.lastTs : row.group.firstTs;
        if (!team.isEmpty() && !ts.isEmpty())
            a.permalink = team + QStringLiteral("archives/") + row.group.channelId +
                          QStringLiteral("/p") + QString(ts).remove(QLatin1Char('.'));
        if (row.group.state == ParsedAlarm::Status::Resolved && !a.resolvedAt.isValid())
            a.resolvedAt = fromTs(row.group.lastTs);
        out << a;
    }
    return out;
}

HandoverSnapshot HandoverService::snapshot(const QString& notes) const
{
    HandoverSnapshot s;
    s.now = m_clock.now();
    s.timeZone = m_settings.shiftConfig().timeZone;
    s.notes = notes;

    // Alarms: still firing (unless noise or resolved by triage), or resolved in Slack within the
    // last day while someone is still on them. High priority first, then oldest first.
    for (const HandoverAlarm& a : allAlarms()) {
        const bool dismissed =
            a.triage == Triage::State::Noise || a.triage == Triage::State::Resolved;
        const bool looking =
            a.triage == Triage::State::Acknowledged || a.triage == Triage::State::Investigating;
        const bool recent = a.resolvedAt.isValid() && a.resolvedAt.secsTo(s.now) <= 24 * 3600;
        if ((a.firing && !dismissed) || (!a.firing && looking && recent))
            s.alarms << a;
    }
    std::stable_sort(s.alarms.begin(), s.alarms.end(),
                     [](const HandoverAlarm& x, const HandoverAlarm& y) {
                         if (x.highPriority != y.highPriority)
                             return x.highPriority;
                         return x.firedAt < y.firedAt;
                     });

    // Announcements still open: planned work, and incidents (any other open announcement, or
    // one that still owes updates), each with the update times it still owes.
    if (m_announce) {
        QHash<qint64, QList<QDateTime>> owed;
        for (const UpdatePromise& p : m_announce->openPromises())
            owed[p.announcementId] << p.due;
        QList<Announcement> open = m_announce->store().announcements();
        std::reverse(open.begin(), open.end()); // oldest first
        const ShiftSchedule days = schedule();
        const QDate today = days.dayAt(s.now);
        for (const Announcement& a : open) {
            if (a.resolved)
                continue;
            const bool planned = a.templateId.contains(QLatin1String("maintenance")) ||
                                 a.templateId.contains(QLatin1String("planned"));
            bool upcoming = false;
            for (const QDateTime& due : owed.value(a.id))
                upcoming = upcoming || due >= s.now;
            // Planned work still ahead: announced today, or with updates still to come. An old
            // announcement nobody closed is not tonight's work.
            if (planned && days.dayAt(a.postedAt) != today && !upcoming)
                continue;
            HandoverAnnouncement h;
            h.title = a.title();
            h.permalink = a.permalink;
            h.postedAt = a.postedAt;
            h.openPromises = owed.value(a.id);
            std::sort(h.openPromises.begin(), h.openPromises.end());
            if (planned)
                s.plannedWork << h;
            else
                s.incidents << h;
        }
    }

    if (m_board) {
        const BoardModel* model = m_board->model();
        const QStringList columns = model->columns();
        QList<BoardCard> cards;
        for (const BoardCard& c : model->cards()) {
            const QString column = columns.value(c.column);
            if (c.column <= 0 || isDoneColumn(column) || c.issue.state == QLatin1String("closed"))
                continue;
            cards << c;
        }
        std::stable_sort(cards.begin(), cards.end(), [](const BoardCard& x, const BoardCard& y) {
            return x.column != y.column ? x.column < y.column : x.issue.number < y.issue.number;
        });
        for (const BoardCard& c : cards) {
            HandoverTicket t;
            t.number = c.issue.number;
            t.title = c.issue.title;
            t.url = c.issue.url;
            t.column = columns.value(c.column);
            t.assignees = c.issue.assignees;
            s.tickets << t;
        }
    }

    if (m_support) {
        s.userName = mrkdwnContext().userName;
        for (const SupportRequest& r : m_support()) {
            if (r.isUnanswered())
                s.unanswered << r;
        }
        std::stable_sort(s.unanswered.begin(), s.unanswered.end(),
                         [](const SupportRequest& x, const SupportRequest& y) {
                             return x.postedAt < y.postedAt;
                         });
    }

    if (m_checklist && m_checklist->todayModel()) {
        const ChecklistModel* today = m_checklist->todayModel();
        for (const ChecklistPhase& phase : today->checklist().phases) {
            for (const ChecklistItem& item : phase.items) {
                if (item.id != kHandoverItem && !today->isDone(item.id))
                    s.openChecklistItems << item.text;
            }
        }
    }
    return s;
}

QList<HandoverSection> HandoverService::sections(const QString& notes) const
{
    return HandoverBuilder::build(snapshot(notes));
}

QString HandoverService::heading() const
{
    return HandoverBuilder::heading(m_clock.now(), m_settings.shiftConfig().timeZone);
}

} // namespace shiftdesk
