#include "AlarmGrouper.h"

#include <algorithm>

namespace shiftdesk {

namespace {

using Status = ParsedAlarm::Status;

// Labels that differ between notifications of one and the same alert (HA Prometheus pairs
// label their copies), so they must not split a series.
bool isVolatileLabel(const QString& name)
{
    return name == QLatin1String("prometheus_replica") || name == QLatin1String("replica") ||
           name == QLatin1String("__replica__");
}

// Escapes the separators used in keys, so different label sets never give the same key.
QString esc(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == u'%' || c == u'|' || c == u',' || c == u'=' || c == u'@')
            out += u'%' + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
}

const QString kOwnPrefix = QStringLiteral("msg|");

struct SeriesRef
{
    QString key;
    QString alertName;
    QString severity;
};

// The series (see the class comment) that one message belongs to, in the post's order.
QList<SeriesRef> seriesOf(const ParsedAlarm& a)
{
    const QString channel = esc(a.channelId);
    const bool own = a.kind == ParsedAlarm::Kind::Other || a.status == Status::Unknown;
    if (own) {
        const QString name = a.alertName.isEmpty() ? a.title : a.alertName;
        return {{kOwnPrefix + channel + u'|' + esc(a.ts), name, a.severity}};
    }
    if (a.kind == ParsedAlarm::Kind::AlertmanagerDefault) {
        const qsizetype bracket = a.title.indexOf(u']');
        const QString rest = a.title.mid(bracket + 1).trimmed();
        return {{channel + u'|' + esc(a.alertName) + u'|' + esc(rest), a.alertName, a.severity}};
    }
    QList<SeriesRef> refs;
    for (const ParsedAlert& alert : a.alerts) {
        QString name = alert.labels.value(QStringLiteral("alertname"));
        if (name.isEmpty())
            name = a.alertName;
        QStringList pairs;
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
            if (it.key() != QLatin1String("alertname") && !isVolatileLabel(it.key()))
                pairs.append(esc(it.key()) + u'=' + esc(it.value()));
        }
        // QMap iterates in key order, so the label set is already sorted.
        const QString key = channel + u'|' + esc(name) + u'|' + pairs.join(u',');
        QString severity = alert.labels.value(QStringLiteral("severity"));
        if (severity.isEmpty())
            severity = a.severity;
        const bool seen = std::any_of(refs.cbegin(), refs.cend(),
                                      [&](const SeriesRef& r) { return r.key == key; });
        if (!seen)
            refs.append({key, name, severity});
    }
    if (refs.isEmpty()) // an Alertmanager title without a readable body
        refs.append({channel + u'|' + esc(a.alertName) + u'|', a.alertName, a.severity});
    return refs;
}

bool tsLess(const QString& a, const QString& b)
{
    return AlertParser::compareTs(a, b) < 0;
}

} // namespace

qint64 AlarmGroup::durationSeconds(const QDateTime& now) const
{
    if (firstTs.isEmpty())
        return 0;
    const QDateTime start = AlertParser::tsToDateTime(firstTs);
    const QDateTime end = resolvedTs.isEmpty() ? now : AlertParser::tsToDateTime(resolvedTs);
    if (!start.isValid() || !end.isValid())
        return 0;
    return std::max<qint64>(0, start.secsTo(end));
}

QString AlarmGrouper::messageKey(const QString& channelId, const QString& ts)
{
    return channelId + u'\x1f' + ts;
}

void AlarmGrouper::add(const ParsedAlarm& alarm)
{
    const QString mk = messageKey(alarm.channelId, alarm.ts);
    if (m_messages.contains(mk))
        return;
    Stored stored;
    for (const SeriesRef& ref : seriesOf(alarm)) {
        Series& series = m_series[ref.key];
        if (series.key.isEmpty()) {
            series.key = ref.key;
            series.channelId = alarm.channelId;
        }
        const Member member{alarm.ts, alarm.status, ref.severity};
        const auto at =
            std::upper_bound(series.members.begin(), series.members.end(), member,
                             [](const Member& x, const Member& y) { return tsLess(x.ts, y.ts); });
        series.members.insert(at, member);
        if (series.alertName.isEmpty()) // the name is part of the key: the same for all
            series.alertName = ref.alertName;
        stored.seriesKeys.append(ref.key);
        rebuild(series);
    }
    m_messages.insert(mk, stored);
}

void AlarmGrouper::remove(const QString& channelId, const QString& ts)
{
    const auto found = m_messages.find(messageKey(channelId, ts));
    if (found == m_messages.end())
        return;
    const QStringList keys = found->seriesKeys;
    m_messages.erase(found);
    for (const QString& key : keys) {
        auto it = m_series.find(key);
        if (it == m_series.end())
            continue;
        it->members.erase(std::remove_if(it->members.begin(), it->members.end(),
                                         [&](const Member& m) { return m.ts == ts; }),
                          it->members.end());
        if (it->members.isEmpty())
            m_series.erase(it);
        else
            rebuild(*it);
    }
}

void AlarmGrouper::clear()
{
    m_messages.clear();
    m_series.clear();
}

// Sweeps a series' messages in ts order (see the class comment for the rule).
void AlarmGrouper::rebuild(Series& series)
{
    series.groups.clear();
    const bool own = series.key.startsWith(kOwnPrefix);
    AlarmGroup* current = nullptr;
    for (const Member& m : std::as_const(series.members)) {
        const bool joins =
            current && !own && (current->state == Status::Firing || m.status == Status::Resolved);
        if (!joins) {
            AlarmGroup g;
            g.alertName = series.alertName;
            g.channelId = series.channelId;
            g.state = m.status;
            if (m.status != Status::Resolved || own)
                g.firstTs = m.ts;
            if (m.status == Status::Resolved)
                g.resolvedTs = m.ts;
            g.key = series.key + u'@' + m.ts;
            series.groups.append(g);
            current = &series.groups.last();
        } else if (m.status == Status::Resolved && current->state == Status::Firing) {
            current->state = Status::Resolved;
            current->resolvedTs = m.ts;
        }
        current->messageTs.append(m.ts);
        current->lastTs = m.ts;
        if (!m.severity.isEmpty())
            current->severity = m.severity;
    }
}

const AlarmGroup* AlarmGrouper::findGroup(const QString& seriesKey, const QString& ts) const
{
    const auto it = m_series.constFind(seriesKey);
    if (it == m_series.cend())
        return nullptr;
    for (const AlarmGroup& g : it->groups) {
        if (g.messageTs.contains(ts))
            return &g;
    }
    return nullptr;
}

QList<AlarmGroup> AlarmGrouper::groups() const
{
    QList<AlarmGroup> all;
    for (const Series& s : m_series)
        all.append(s.groups);
    std::sort(all.begin(), all.end(), [](const AlarmGroup& a, const AlarmGroup& b) {
        const int c = AlertParser::compareTs(a.lastTs, b.lastTs);
        return c != 0 ? c > 0 : a.key < b.key;
    });
    return all;
}

std::optional<AlarmGroup> AlarmGrouper::groupOf(const QString& channelId, const QString& ts) const
{
    const QList<AlarmGroup> all = groupsOf(channelId, ts);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

QList<AlarmGroup> AlarmGrouper::groupsOf(const QString& channelId, const QString& ts) const
{
    QList<AlarmGroup> out;
    const auto it = m_messages.constFind(messageKey(channelId, ts));
    if (it == m_messages.cend())
        return out;
    for (const QString& key : it->seriesKeys) {
        if (const AlarmGroup* g = findGroup(key, ts))
            out.append(*g);
    }
    return out;
}

} // namespace shiftdesk
