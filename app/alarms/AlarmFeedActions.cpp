// AlarmFeed, part 3: triage, read state and status.
#include "AlarmFeed.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "slack/SlackConnection.h"

#include <QJsonArray>

namespace shiftdesk {

void AlarmFeed::updateTriage(const QString& groupKey, const std::function<void(Triage&)>& change)
{
    Triage t = m_triage.value(groupKey);
    change(t);
    t.updatedAt = m_clock.now();
    if (!m_store.setTriage(groupKey, t)) {
        Q_EMIT problem(m_store.lastError());
        return;
    }
    m_triage.insert(groupKey, t);
    refreshRow(groupKey);
}

void AlarmFeed::acknowledge(const QString& groupKey)
{
    const AlarmRow* row = m_model->rowFor(groupKey);
    if (!row)
        return;
    const QString channel = row->group.channelId;
    // A group seen only as resolved has no firing message: react on its first message.
    const QString ts =
        row->group.firstTs.isEmpty() ? row->group.messageTs.value(0) : row->group.firstTs;
    updateTriage(groupKey, [this](Triage& t) {
        t.state = Triage::State::Acknowledged;
        t.by = m_settings.identity();
    });
    if (!m_slack->isConnected()) {
        Q_EMIT problem(tr("Acknowledged here; Slack is not connected, so teammates do not see the "
                          ":eyes: reaction yet."));
        return;
    }
    m_slack->client()->addReaction(
        channel, ts, QStringLiteral("eyes"), this, [this, channel, ts](const SlackResult& r) {
            if (!r.ok() && r.error != QLatin1String("already_reacted")) {
                Q_EMIT problem(tr("Acknowledged here, but the :eyes: reaction could not be added "
                                  "in Slack: %1")
                                   .arg(r.message));
                return;
            }
            // Show our own reaction at once; the next poll or event confirms it.
            if (auto json = m_store.message(channel, ts)) {
                QJsonObject event{
                    {QStringLiteral("type"), QStringLiteral("reaction_added")},
                    {QStringLiteral("user"), m_slack->identity().userId},
                    {QStringLiteral("reaction"), QStringLiteral("eyes")},
                    {QStringLiteral("item"), QJsonObject{{QStringLiteral("channel"), channel},
                                                         {QStringLiteral("ts"), ts}}}};
                bool already = false;
                for (const QJsonValue& v : json->value(QLatin1String("reactions")).toArray()) {
                    const QJsonObject reaction = v.toObject();
                    if (reaction.value(QLatin1String("name")).toString() == QLatin1String("eyes") &&
                        reaction.value(QLatin1String("users"))
                            .toArray()
                            .contains(m_slack->identity().userId))
                        already = true;
                }
                if (!already)
                    onEvent(event);
            }
        });
}

void AlarmFeed::setTriageState(const QString& groupKey, Triage::State state)
{
    updateTriage(groupKey, [this, state](Triage& t) {
        t.state = state;
        t.by = m_settings.identity();
    });
}

void AlarmFeed::setNote(const QString& groupKey, const QString& note)
{
    updateTriage(groupKey, [note](Triage& t) { t.note = note.left(5000); });
}

void AlarmFeed::setTicketUrl(const QString& groupKey, const QString& url)
{
    updateTriage(groupKey, [url](Triage& t) { t.ticketUrl = url.trimmed().left(2000); });
}

void AlarmFeed::markRead(const QString& groupKey)
{
    const AlarmRow* row = m_model->rowFor(groupKey);
    if (!row || !row->unread)
        return;
    const QString lastTs = row->group.lastTs;
    if (!m_store.markRead({{groupKey, lastTs}})) {
        Q_EMIT problem(m_store.lastError());
        return;
    }
    m_readMarks.insert(groupKey, lastTs);
    m_model->setRead({groupKey});
    emitUnread();
}

void AlarmFeed::markAllRead()
{
    QHash<QString, QString> marks;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const AlarmRow& row = m_model->rowAt(i);
        if (row.unread)
            marks.insert(row.group.key, row.group.lastTs);
    }
    if (!m_store.markRead(marks)) {
        Q_EMIT problem(m_store.lastError());
        return;
    }
    for (auto it = marks.constBegin(); it != marks.constEnd(); ++it)
        m_readMarks.insert(it.key(), it.value());
    m_model->setRead(marks.keys());
    emitUnread();
}

void AlarmFeed::emitUnread()
{
    const int high = m_model->unreadCount(true);
    const int all = m_model->unreadCount(false);
    if (high == m_lastHighUnread && all == m_lastUnread)
        return;
    m_lastHighUnread = high;
    m_lastUnread = all;
    Q_EMIT unreadChanged(high, all);
}

QString AlarmFeed::statusText() const
{
    if (m_loading)
        return tr("Loading the alarms cached on this computer…");
    const QString synced = m_lastSynced.isValid()
                               ? m_lastSynced.toLocalTime().toString(QStringLiteral("HH:mm"))
                               : tr("never");
    switch (m_slack->state()) {
    case SlackConnection::State::Connected:
        if (!m_lastError.isEmpty())
            return m_lastError;
        if (isLive())
            return tr("Live from Slack (Socket Mode) · last full sync %1").arg(synced);
        return m_slack->hasAppToken()
                   ? tr("Live connection down; checking Slack every %1 s · last sync %2")
                         .arg(m_pollMs / 1000)
                         .arg(synced)
                   : tr("Checking Slack every %1 s · last sync %2")
                         .arg(m_pollMs / 1000)
                         .arg(synced);
    case SlackConnection::State::NotConfigured:
        return m_model->rowCount() > 0
                   ? tr("Slack is not connected; showing alarms cached until %1.").arg(synced)
                   : tr("Connect Slack to see alarms (Preferences → Slack).");
    default:
        return m_model->rowCount() > 0
                   ? tr("%1 — showing alarms cached until %2.").arg(m_slack->statusText(), synced)
                   : m_slack->statusText();
    }
}

} // namespace shiftdesk
