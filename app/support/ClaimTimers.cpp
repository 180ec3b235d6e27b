#include "ClaimTimers.h"

#include "core/Clock.h"
#include "core/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace shiftdesk {

namespace {

QString toText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    return at.toUTC();
}

QSqlQuery prepared(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q;
}

} // namespace

ClaimTimers::ClaimTimers(Database& db, Clock& clock, int timeoutMinutes)
    : m_db(db)
    , m_clock(clock)
{
    setTimeoutMinutes(timeoutMinutes);
}

void ClaimTimers::setTimeoutMinutes(int minutes)
{
    m_timeoutMinutes = std::max(minutes, 1);
}

QDateTime ClaimTimers::nowOr(const QDateTime& at) const
{
    return at.isValid() ? at.toUTC() : m_clock.now();
}

bool ClaimTimers::claim(const QString& channelId, const QString& ts, const QDateTime& at)
{
    QSqlQuery q = prepared(m_db.handle(),
                           QStringLiteral("INSERT OR IGNORE INTO support_claims"
                                          " (channel_id, ts, claimed_at) VALUES (?, ?, ?)"),
                           {channelId, ts, toText(nowOr(at))});
    if (!q.exec()) {
        m_lastError = tr("Cannot record the claim: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool ClaimTimers::release(const QString& channelId, const QString& ts)
{
    QSqlQuery q = prepared(
        m_db.handle(), QStringLiteral("DELETE FROM support_claims WHERE channel_id = ? AND ts = ?"),
        {channelId, ts});
    if (!q.exec()) {
        m_lastError = tr("Cannot remove the claim: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

QSet<QString> ClaimTimers::claimedIn(const QString& channelId) const
{
    QSet<QString> out;
    QSqlQuery q =
        prepared(m_db.handle(),
                 QStringLiteral("SELECT ts FROM support_claims WHERE channel_id = ?"), {channelId});
    if (!q.exec()) {
        m_lastError = tr("Cannot read the claims: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

bool ClaimTimers::isClaimed(const QString& channelId, const QString& ts) const
{
    return claimedAt(channelId, ts).isValid();
}

QDateTime ClaimTimers::claimedAt(const QString& channelId, const QString& ts) const
{
    QSqlQuery q = prepared(
        m_db.handle(),
        QStringLiteral("SELECT claimed_at FROM support_claims WHERE channel_id = ? AND ts = ?"),
        {channelId, ts});
    if (!q.exec()) {
        m_lastError = tr("Cannot read the claims: %1").arg(q.lastError().text());
        return {};
    }
    return q.next() ? fromText(q.value(0).toString()) : QDateTime();
}

QList<ClaimTimers::Row> ClaimTimers::pending(bool* ok) const
{
    QList<Row> rows;
    QSqlQuery q(m_db.handle());
    *ok = q.exec(QStringLiteral("SELECT channel_id, ts, claimed_at FROM support_claims"
                                " WHERE prompted_at IS NULL"));
    if (!*ok) {
        m_lastError = tr("Cannot read the claims: %1").arg(q.lastError().text());
        return rows;
    }
    while (q.next()) {
        const QDateTime at = fromText(q.value(2).toString());
        if (at.isValid())
            rows.append({q.value(0).toString(), q.value(1).toString(), at});
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.claimedAt != b.claimedAt ? a.claimedAt < b.claimedAt : a.ts < b.ts;
    });
    return rows;
}

QList<ClaimPrompt> ClaimTimers::due(const QDateTime& now)
{
    const QDateTime at = nowOr(now);
    QList<ClaimPrompt> out;
    bool ok = false;
    const QList<Row> rows = pending(&ok);
    const qint64 timeout = 60 * qint64(m_timeoutMinutes);
    for (const Row& row : rows) {
        const QDateTime dueAt = row.claimedAt.addSecs(timeout);
        if (at < dueAt)
            continue;
        // Marked as given before it is reported: a crash after this loses at most one prompt
        // rather than repeating it, and two instances cannot both report it.
        QSqlQuery q = prepared(m_db.handle(),
                               QStringLiteral("UPDATE support_claims SET prompted_at = ?"
                                              " WHERE channel_id = ? AND ts = ?"
                                              " AND prompted_at IS NULL"),
                               {toText(at), row.channelId, row.ts});
        if (!q.exec()) {
            m_lastError = tr("Cannot record the prompt: %1").arg(q.lastError().text());
            continue;
        }
        if (q.numRowsAffected() == 1)
            out.append({row.channelId, row.ts, row.claimedAt, dueAt});
    }
    return out;
}

QDateTime ClaimTimers::nextCheck(const QDateTime& now) const
{
    const QDateTime at = nowOr(now);
    bool ok = false;
    const QList<Row> rows = pending(&ok);
    QDateTime next;
    for (const Row& row : rows) {
        const QDateTime when = std::max(row.claimedAt.addSecs(60 * qint64(m_timeoutMinutes)), at);
        if (!next.isValid() || when < next)
            next = when;
    }
    return next;
}

} // namespace shiftdesk
