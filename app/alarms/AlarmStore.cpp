#include "AlarmStore.h"

#include "core/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace shiftdesk {

namespace {
QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}
} // namespace

QString Triage::stateKey(State s)
{
    switch (s) {
    case State::None:
        return QStringLiteral("none");
    case State::Acknowledged:
        return QStringLiteral("acknowledged");
    case State::Investigating:
        return QStringLiteral("investigating");
    case State::Resolved:
        return QStringLiteral("resolved");
    case State::Noise:
        return QStringLiteral("noise");
    }
    return {};
}

Triage::State Triage::stateFromKey(const QString& key)
{
    for (State s : {State::Acknowledged, State::Investigating, State::Resolved, State::Noise}) {
        if (stateKey(s) == key)
            return s;
    }
    return State::None;
}

QString Triage::stateName(State s)
{
    switch (s) {
    case State::None:
        return AlarmStore::tr("New");
    case State::Acknowledged:
        return AlarmStore::tr("Acknowledged");
    case State::Investigating:
        return AlarmStore::tr("Investigating");
    case State::Resolved:
        return AlarmStore::tr("Resolved");
    case State::Noise:
        return AlarmStore::tr("Noise");
    }
    return {};
}

AlarmStore::AlarmStore(Database& db)
    : m_db(db)
{}

bool AlarmStore::fail(const QString& what, const QString& detail) const
{
    m_lastError = tr("%1: %2").arg(what, detail);
    return false;
}

bool AlarmStore::upsertMessages(const QList<StoredMessage>& messages, const QDateTime& now)
{
    if (messages.isEmpty())
        return true;
    QSqlDatabase db = m_db.handle();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO alarm_messages (channel_id, ts, ts_num, json, "
        "received_at, summary) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(channel_id, ts) "
        "DO UPDATE SET json = excluded.json, summary = excluded.summary"));
    const QString at = iso(now);
    for (const StoredMessage& m : messages) {
        q.addBindValue(m.channelId);
        q.addBindValue(m.ts);
        q.addBindValue(m.ts.toDouble());
        q.addBindValue(QString::fromUtf8(QJsonDocument(m.message).toJson(QJsonDocument::Compact)));
        q.addBindValue(at);
        q.addBindValue(m.summary.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                           : QVariant(m.summary));
        if (!q.exec())
            return fail(tr("Cannot store alarm messages"), q.lastError().text());
    }
    if (!tx.commit())
        return fail(tr("Cannot store alarm messages"), db.lastError().text());
    return true;
}

bool AlarmStore::removeMessage(const QString& channelId, const QString& ts)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM alarm_messages WHERE channel_id = ? AND ts = ?"));
    q.addBindValue(channelId);
    q.addBindValue(ts);
    if (!q.exec())
        return fail(tr("Cannot remove an alarm message"), q.lastError().text());
    return true;
}

QList<CachedSummary> AlarmStore::summaries(
    const std::function<QByteArray(const QJsonObject&, const QString&)>& summarise)
{
    return summariesAfter(-1, -1, std::numeric_limits<int>::max(), summarise);
}

QList<CachedSummary> AlarmStore::summariesAfter(
    double afterTsNum, qint64 afterRowId, int limit,
    const std::function<QByteArray(const QJsonObject&, const QString&)>& summarise)
{
    QList<CachedSummary> out;
    QList<CachedSummary> missing;
    {
        QSqlQuery q(m_db.handle());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT channel_id, ts, summary, CASE WHEN summary IS NULL THEN json END, ts_num, "
            "rowid FROM alarm_messages WHERE ts_num > ? OR (ts_num = ? AND rowid > ?) "
            "ORDER BY ts_num, rowid LIMIT ?"));
        q.addBindValue(afterTsNum);
        q.addBindValue(afterTsNum);
        q.addBindValue(afterRowId);
        q.addBindValue(limit);
        if (!q.exec())
            return out;
        while (q.next()) {
            CachedSummary s{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray(),
                            q.value(4).toDouble(), q.value(5).toLongLong()};
            if (s.summary.isEmpty()) {
                // A cache from before summaries: parse once, and keep the summary.
                const QJsonObject json =
                    QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
                s.summary = summarise(json, s.channelId);
                missing.append(s);
            }
            out.append(std::move(s));
        }
    }
    if (!missing.isEmpty()) {
        QSqlDatabase db = m_db.handle();
        Transaction tx(db);
        QSqlQuery u(db);
        u.prepare(QStringLiteral(
            "UPDATE alarm_messages SET summary = ? WHERE channel_id = ? AND ts = ?"));
        for (const CachedSummary& m : std::as_const(missing)) {
            u.addBindValue(m.summary);
            u.addBindValue(m.channelId);
            u.addBindValue(m.ts);
            u.exec();
        }
        tx.commit();
    }
    return out;
}

std::optional<QJsonObject> AlarmStore::message(const QString& channelId, const QString& ts) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT json FROM alarm_messages WHERE channel_id = ? AND ts = ?"));
    q.addBindValue(channelId);
    q.addBindValue(ts);
    if (q.exec() && q.next())
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return std::nullopt;
}

int AlarmStore::messageCount() const
{
    QSqlQuery q(m_db.handle());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM alarm_messages")) && q.next())
        return q.value(0).toInt();
    return 0;
}

int AlarmStore::prune(const QDateTime& olderThan, int maxMessages)
{
    QSqlDatabase db = m_db.handle();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM alarm_messages WHERE ts_num < ?"));
    q.addBindValue(double(olderThan.toSecsSinceEpoch()));
    if (!q.exec())
        return 0;
    int removed = q.numRowsAffected();
    QSqlQuery excess(db);
    excess.prepare(QStringLiteral("DELETE FROM alarm_messages WHERE rowid IN (SELECT rowid FROM "
                                  "alarm_messages ORDER BY ts_num DESC LIMIT -1 OFFSET ?)"));
    excess.addBindValue(maxMessages);
    if (excess.exec())
        removed += excess.numRowsAffected();
    tx.commit();
    return removed;
}

QString AlarmStore::newestTs(const QString& channelId) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT newest_ts FROM alarm_sync WHERE channel_id = ?"));
    q.addBindValue(channelId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QDateTime AlarmStore::syncedAt(const QString& channelId) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT synced_at FROM alarm_sync WHERE channel_id = ?"));
    q.addBindValue(channelId);
    if (q.exec() && q.next())
        return fromIso(q.value(0).toString());
    return {};
}

bool AlarmStore::setSynced(const QString& channelId, const QString& newestTs, const QDateTime& at)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO alarm_sync (channel_id, newest_ts, synced_at) VALUES "
                             "(?, ?, ?) ON CONFLICT(channel_id) DO UPDATE SET newest_ts = "
                             "excluded.newest_ts, synced_at = excluded.synced_at"));
    q.addBindValue(channelId);
    q.addBindValue(newestTs);
    q.addBindValue(iso(at));
    if (!q.exec())
        return fail(tr("Cannot record the sync position"), q.lastError().text());
    return true;
}

bool AlarmStore::setTriage(const QString& groupKey, const Triage& t)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO alarm_triage (group_key, state, by, note, ticket_url, "
                             "updated_at) VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), "
                             "COALESCE(?, ''), ?) ON CONFLICT(group_key) DO UPDATE SET "
                             "state = excluded.state, by = excluded.by, note = excluded.note, "
                             "ticket_url = excluded.ticket_url, updated_at = excluded.updated_at"));
    q.addBindValue(groupKey);
    q.addBindValue(Triage::stateKey(t.state));
    q.addBindValue(t.by);
    q.addBindValue(t.note);
    q.addBindValue(t.ticketUrl);
    q.addBindValue(iso(t.updatedAt));
    if (!q.exec())
        return fail(tr("Cannot save the triage"), q.lastError().text());
    return true;
}

QHash<QString, Triage> AlarmStore::triage() const
{
    QHash<QString, Triage> out;
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral(
            "SELECT group_key, state, by, note, ticket_url, updated_at FROM alarm_triage")))
        return out;
    while (q.next()) {
        Triage t;
        t.state = Triage::stateFromKey(q.value(1).toString());
        t.by = q.value(2).toString();
        t.note = q.value(3).toString();
        t.ticketUrl = q.value(4).toString();
        t.updatedAt = fromIso(q.value(5).toString());
        out.insert(q.value(0).toString(), t);
    }
    return out;
}

bool AlarmStore::markRead(const QHash<QString, QString>& groupLastTs)
{
    if (groupLastTs.isEmpty())
        return true;
    QSqlDatabase db = m_db.handle();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO alarm_read (group_key, read_ts) VALUES (?, ?) "
                             "ON CONFLICT(group_key) DO UPDATE SET read_ts = excluded.read_ts"));
    for (auto it = groupLastTs.constBegin(); it != groupLastTs.constEnd(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return fail(tr("Cannot save what was read"), q.lastError().text());
    }
    if (!tx.commit())
        return fail(tr("Cannot save what was read"), db.lastError().text());
    return true;
}

QHash<QString, QString> AlarmStore::readMarks() const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db.handle());
    if (q.exec(QStringLiteral("SELECT group_key, read_ts FROM alarm_read"))) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

bool AlarmStore::rememberChannel(const QString& name, const QString& id, bool isPrivate,
                                 bool isMember, const QDateTime& at)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO slack_channels (name, id, is_private, is_member, "
                             "resolved_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE "
                             "SET id = excluded.id, is_private = excluded.is_private, "
                             "is_member = excluded.is_member, resolved_at = excluded.resolved_at"));
    q.addBindValue(name);
    q.addBindValue(id);
    q.addBindValue(isPrivate ? 1 : 0);
    q.addBindValue(isMember ? 1 : 0);
    q.addBindValue(iso(at));
    if (!q.exec())
        return fail(tr("Cannot remember the channel"), q.lastError().text());
    return true;
}

QHash<QString, QString> AlarmStore::channelIds() const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db.handle());
    if (q.exec(QStringLiteral("SELECT name, id FROM slack_channels"))) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

} // namespace shiftdesk
