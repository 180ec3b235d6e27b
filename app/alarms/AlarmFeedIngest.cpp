// AlarmFeed, part 2: folding messages and events into the grouped feed.
#include "AlarmFeed.h"

#include "AlarmSummary.h"
#include "core/Clock.h"
#include "slack/Reactions.h"
#include "slack/SlackConnection.h"

#include <QJsonArray>

#include <algorithm>

namespace shiftdesk {

void AlarmFeed::ingest(const QList<StoredMessage>& input, bool notify, bool markAsRead)
{
    if (input.isEmpty())
        return;
    if (m_loading) {
        // The cache is being loaded (in ts order): store them, the loader picks them up.
        QList<StoredMessage> stored = input;
        for (StoredMessage& m : stored)
            m.summary = AlarmSummary::encode(AlertParser::parse(m.message, m.channelId));
        if (!m_store.upsertMessages(stored, m_clock.now()))
            Q_EMIT problem(m_store.lastError());
        return;
    }
    // Oldest first, so notifications come in the order the alarms happened.
    QList<StoredMessage> messages = input;
    std::sort(messages.begin(), messages.end(), [](const StoredMessage& a, const StoredMessage& b) {
        return AlertParser::compareTs(a.ts, b.ts) < 0;
    });
    QHash<QString, ParsedAlarm> latestHints; // channel|ts -> parsed
    QSet<QString> changedKeys;               // groups whose messages changed content
    QList<qsizetype> added; // indexes into parsedList of messages seen for the first time
    QList<ParsedAlarm> parsedList;
    parsedList.reserve(messages.size());
    for (StoredMessage& m : messages) {
        const QList<AlarmGroup> before = m_grouper.groupsOf(m.channelId, m.ts);
        const bool known = !before.isEmpty();
        for (const AlarmGroup& g : before)
            changedKeys.insert(g.key);
        // A changed message (edit, new reactions) replaces the old version.
        if (known)
            m_grouper.remove(m.channelId, m.ts);
        parsedList.append(AlertParser::parse(m.message, m.channelId));
        m.summary = AlarmSummary::encode(parsedList.last());
        m_grouper.add(parsedList.last());
        latestHints.insert(m.channelId + QLatin1Char('|') + m.ts, parsedList.last());
        if (!known)
            added.append(parsedList.size() - 1);
        for (const AlarmGroup& g : m_grouper.groupsOf(m.channelId, m.ts))
            changedKeys.insert(g.key);
    }
    if (!m_store.upsertMessages(messages, m_clock.now()))
        Q_EMIT problem(m_store.lastError());
    reconcile(latestHints, changedKeys);

    QHash<QString, QString> readNow;
    for (const qsizetype index : std::as_const(added)) {
        const ParsedAlarm* parsed = &parsedList.at(index);
        const std::optional<AlarmGroup> group = m_grouper.groupOf(parsed->channelId, parsed->ts);
        if (!group)
            continue;
        if (markAsRead)
            readNow.insert(group->key, group->lastTs);
        const auto ch = m_channels.constFind(parsed->channelId);
        const bool high =
            ch != m_channels.constEnd() && ch->priority == AlarmChannel::Priority::High;
        if (notify && high && parsed->status != ParsedAlarm::Status::Resolved) {
            Q_EMIT newHighPriorityAlarm(
                group->key, parsed->alertName.isEmpty() ? parsed->title : parsed->alertName,
                parsed->title);
        }
    }
    // Names for teammates who are looking (an :eyes: reaction).
    for (const ParsedAlarm& parsed : std::as_const(parsedList)) {
        for (const auto& [name, users] : parsed.reactions) {
            if (name != QLatin1String("eyes"))
                continue;
            for (const QString& user : users) {
                if (user == m_slack->identity().userId ||
                    !m_slack->client()->cachedUser(user).isEmpty())
                    continue;
                const std::optional<AlarmGroup> group =
                    m_grouper.groupOf(parsed.channelId, parsed.ts);
                if (!group)
                    continue;
                const QString key = group->key;
                m_slack->client()->userInfo(user, this,
                                            [this, key](const SlackResult&) { refreshRow(key); });
            }
        }
    }
    if (!readNow.isEmpty()) {
        m_store.markRead(readNow);
        for (auto it = readNow.constBegin(); it != readNow.constEnd(); ++it)
            m_readMarks.insert(it.key(), it.value());
        m_model->setRead(readNow.keys());
    }
    emitUnread();
}

void AlarmFeed::reconcile(const QHash<QString, ParsedAlarm>& latestHints,
                          const QSet<QString>& changedKeys)
{
    const QList<AlarmGroup> groups = m_grouper.groups();
    QSet<QString> keys;
    keys.reserve(groups.size());
    for (const AlarmGroup& g : groups) {
        keys.insert(g.key);
        const AlarmRow* row = m_model->rowFor(g.key);
        const bool same = row && !changedKeys.contains(g.key) && row->group.lastTs == g.lastTs &&
                          row->group.messageTs == g.messageTs && row->group.state == g.state;
        if (same)
            continue;
        const auto hint = latestHints.constFind(g.channelId + QLatin1Char('|') + g.lastTs);
        upsertGroup(g, hint != latestHints.constEnd() ? std::optional<ParsedAlarm>(*hint)
                                                      : std::nullopt);
    }
    QStringList stale;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (!keys.contains(m_model->rowAt(i).group.key))
            stale << m_model->rowAt(i).group.key;
    }
    for (const QString& key : std::as_const(stale))
        m_model->removeRow(key);
}

std::optional<AlarmGroup> AlarmFeed::findGroup(const QString& key, const QString& channelId,
                                               const QString& ts) const
{
    const QList<AlarmGroup> groups = m_grouper.groupsOf(channelId, ts);
    for (const AlarmGroup& g : groups) {
        if (g.key == key)
            return g;
    }
    return std::nullopt;
}

void AlarmFeed::refreshRow(const QString& groupKey)
{
    const AlarmRow* row = m_model->rowFor(groupKey);
    if (!row)
        return;
    const QString channel = row->group.channelId;
    const QStringList tsList = row->group.messageTs;
    for (const QString& ts : tsList) {
        if (const auto group = findGroup(groupKey, channel, ts)) {
            upsertGroup(*group, std::nullopt);
            return;
        }
    }
}

void AlarmFeed::upsertGroup(const AlarmGroup& group, const std::optional<ParsedAlarm>& latestHint)
{
    ParsedAlarm latest;
    if (latestHint && latestHint->ts == group.lastTs) {
        latest = *latestHint;
    } else if (const AlarmRow* existing = m_model->rowFor(group.key);
               existing && existing->latest.ts == group.lastTs) {
        latest = existing->latest;
    } else if (const auto json = m_store.message(group.channelId, group.lastTs)) {
        latest = AlertParser::parse(*json, group.channelId);
    } else {
        return;
    }
    m_model->upsertRow(buildRow(group, latest));
}

void AlarmFeed::onEvent(const QJsonObject& event)
{
    if (m_loading) {
        m_pendingEvents.append(event);
        return;
    }
    const QString type = event.value(QLatin1String("type")).toString();
    if (type == QLatin1String("reaction_added") || type == QLatin1String("reaction_removed")) {
        const QJsonObject item = event.value(QLatin1String("item")).toObject();
        const QString channel = item.value(QLatin1String("channel")).toString();
        const QString ts = item.value(QLatin1String("ts")).toString();
        if (!m_channels.contains(channel))
            return;
        auto json = m_store.message(channel, ts);
        if (!json)
            return;
        const QString name = event.value(QLatin1String("reaction")).toString();
        const QString user = event.value(QLatin1String("user")).toString();
        *json = withReaction(*json, name, user, type == QLatin1String("reaction_added"));
        ingest({{channel, ts, *json}}, false, false);
        return;
    }
    if (type != QLatin1String("message"))
        return;
    const QString channel = event.value(QLatin1String("channel")).toString();
    if (!m_channels.contains(channel))
        return;
    const QString subtype = event.value(QLatin1String("subtype")).toString();
    if (subtype == QLatin1String("message_deleted")) {
        const QString ts = event.value(QLatin1String("deleted_ts")).toString();
        QSet<QString> changed;
        for (const AlarmGroup& g : m_grouper.groupsOf(channel, ts))
            changed.insert(g.key);
        m_grouper.remove(channel, ts);
        m_store.removeMessage(channel, ts);
        reconcile({}, changed);
        emitUnread();
        return;
    }
    if (subtype == QLatin1String("message_changed")) {
        const QJsonObject message = event.value(QLatin1String("message")).toObject();
        if (isAlarmMessage(message))
            ingest({{channel, message.value(QLatin1String("ts")).toString(), message}}, false,
                   false);
        return;
    }
    QJsonObject message = event;
    message.remove(QStringLiteral("channel"));
    message.remove(QStringLiteral("event_ts"));
    message.remove(QStringLiteral("channel_type"));
    if (isAlarmMessage(message))
        ingest({{channel, message.value(QLatin1String("ts")).toString(), message}}, true, false);
}

QList<QJsonObject> AlarmFeed::messagesOf(const QString& groupKey) const
{
    QList<QJsonObject> out;
    const AlarmRow* row = m_model->rowFor(groupKey);
    if (!row)
        return out;
    for (const QString& ts : row->group.messageTs) {
        if (const auto json = m_store.message(row->group.channelId, ts))
            out.append(*json);
    }
    return out;
}

} // namespace shiftdesk
