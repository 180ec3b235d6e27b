#pragma once

#include "alarms/AlertParser.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace shiftdesk {

struct AlarmGroup
{
    QString key; // stable: channel + alert name + sorted label set (minus volatile labels)
    QString alertName;
    QString severity;
    QString channelId;
    ParsedAlarm::Status state = ParsedAlarm::Status::Unknown; // Firing until resolved
    QString firstTs;       // first firing message ts (empty if only a resolution was seen)
    QString lastTs;        // latest message ts
    QString resolvedTs;    // empty while firing
    QStringList messageTs; // all messages in the group, ascending by ts
    qint64 durationSeconds(const QDateTime& now) const; // firing -> now, or firing -> resolved
};

// Folds alarm-channel messages into alarms: a firing alert and its later resolved message are
// one alarm.
//
// The rule. Every alert is identified by its "series": channel + alert name + its labels
// (sorted, without the volatile labels listed in AlarmGrouper.cpp, such as replica labels).
// Within a series the messages are taken in ts order: a firing message opens a group (or joins
// the open one: repeats, [FIRING:2] after [FIRING:1]); a resolved message closes the open
// group; a firing message after a resolution starts a new group. A resolved message with no
// open group joins the group it follows if that one is already resolved (a repeated
// notification), or else forms a resolved group of its own (its firing message is older than
// the history read). Messages whose status is unknown and Kind::Other messages are a group
// each. For Alertmanager's default template, which shows no labels, the series is the text
// of the title after the status ("KubePodCrashLooping kube-state-metrics (my-ns warning)").
//
// Grouped posts. A post listing several alerts ([FIRING:3] with three "*Alert:*" blocks)
// belongs to the group of each of its alerts: one group per distinct alert, each listing the
// post's ts. So a later [RESOLVED] post resolves exactly the alerts it lists, and a
// [FIRING:2] post that adds a second instance opens a group for the new instance while the
// first instance's group goes on. groupOf() returns the group of the post's first alert;
// groupsOf() returns them all.
//
// Groups are recomputed from the stored messages of the series a change touches, so the
// result depends only on the set of messages, never on their arrival order. A message seen
// twice (same channel and ts) is ignored; remove() takes a deleted message out again.
class AlarmGrouper
{
public:
    void add(const ParsedAlarm& alarm);
    void remove(const QString& channelId, const QString& ts);
    QList<AlarmGroup> groups() const; // newest lastTs first
    std::optional<AlarmGroup> groupOf(const QString& channelId, const QString& ts) const;
    QList<AlarmGroup> groupsOf(const QString& channelId, const QString& ts) const;
    int messageCount() const { return int(m_messages.size()); }
    void clear();

private:
    struct Member // one message's part in one series
    {
        QString ts;
        ParsedAlarm::Status status = ParsedAlarm::Status::Unknown;
        QString severity;
    };
    struct Series
    {
        QString key;
        QString alertName;
        QString channelId;
        QList<Member> members; // ascending by ts
        QList<AlarmGroup> groups;
    };
    struct Stored
    {
        QStringList seriesKeys; // in the post's alert order
    };

    static QString messageKey(const QString& channelId, const QString& ts);
    void rebuild(Series& series);
    const AlarmGroup* findGroup(const QString& seriesKey, const QString& ts) const;

    QHash<QString, Stored> m_messages; // messageKey -> the series it belongs to
    QHash<QString, Series> m_series;
};

} // namespace shiftdesk
