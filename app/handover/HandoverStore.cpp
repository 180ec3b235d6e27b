#include "HandoverStore.h"

#include "core/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace shiftdesk {

namespace {

QString instantKey(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QVariant optionalInstant(const QDateTime& at)
{
    return at.isValid() ? QVariant(instantKey(at)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime instantFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

// Qt binds a null QString as SQL NULL: text columns are NOT NULL, so bind "" instead.
QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

HandoverRecord::State stateFrom(const QString& s)
{
    if (s == QLatin1String("posted"))
        return HandoverRecord::State::Posted;
    if (s == QLatin1String("unknown"))
        return HandoverRecord::State::Unknown;
    if (s == QLatin1String("checked"))
        return HandoverRecord::State::Checked;
    return HandoverRecord::State::Posting;
}

const QString kColumns = QStringLiteral(
    "id, created_at, attempted_at, posted_at, destination, channel_id, channel_name, recipient,"
    " text, ts, permalink, state");

HandoverRecord recordFrom(const QSqlQuery& q)
{
    HandoverRecord r;
    r.id = q.value(0).toLongLong();
    r.createdAt = instantFrom(q.value(1));
    r.attemptedAt = instantFrom(q.value(2));
    r.postedAt = instantFrom(q.value(3));
    r.destination = q.value(4).toString() == QLatin1String("dm")
                        ? HandoverRecord::Destination::DirectMessage
                        : HandoverRecord::Destination::Channel;
    r.channelId = q.value(5).toString();
    r.channelName = q.value(6).toString();
    r.recipient = q.value(7).toString();
    r.text = q.value(8).toString();
    r.ts = q.value(9).toString();
    r.permalink = q.value(10).toString();
    r.state = stateFrom(q.value(11).toString());
    return r;
}

} // namespace

QString toString(HandoverRecord::State state)
{
    switch (state) {
    case HandoverRecord::State::Posting:
        return QStringLiteral("posting");
    case HandoverRecord::State::Posted:
        return QStringLiteral("posted");
    case HandoverRecord::State::Unknown:
        return QStringLiteral("unknown");
    case HandoverRecord::State::Checked:
        return QStringLiteral("checked");
    }
    return {};
}

QString HandoverRecord::title() const
{
    if (destination == Destination::DirectMessage)
        return HandoverStore::tr("%1 (direct message)")
            .arg(channelName.isEmpty() ? recipient : channelName);
    return channelName;
}

HandoverStore::HandoverStore(Database& db)
    : m_db(db)
{}

bool HandoverStore::fail(const QString& what, const QString& detail) const
{
    m_lastError = tr("%1: %2").arg(what, detail);
    return false;
}

qint64 HandoverStore::insert(HandoverRecord& r)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral(
        "INSERT INTO handovers (created_at, attempted_at, posted_at, destination, channel_id,"
        " channel_name, recipient, text, ts, permalink, state)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(instantKey(r.createdAt));
    q.addBindValue(optionalInstant(r.attemptedAt));
    q.addBindValue(optionalInstant(r.postedAt));
    q.addBindValue(r.destination == HandoverRecord::Destination::DirectMessage
                       ? QStringLiteral("dm")
                       : QStringLiteral("channel"));
    q.addBindValue(text(r.channelId));
    q.addBindValue(text(r.channelName));
    q.addBindValue(text(r.recipient));
    q.addBindValue(text(r.text));
    q.addBindValue(text(r.ts));
    q.addBindValue(text(r.permalink));
    q.addBindValue(toString(r.state));
    if (!q.exec()) {
        fail(tr("Cannot save the handover"), q.lastError().text());
        return 0;
    }
    r.id = q.lastInsertId().toLongLong();
    return r.id;
}

bool HandoverStore::markPosted(qint64 id, const QString& channelId, const QString& ts,
                               const QString& permalink, const QDateTime& postedAt)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE handovers SET state = 'posted', channel_id = ?, ts = ?,"
                             " permalink = ?, posted_at = ? WHERE id = ?"));
    q.addBindValue(text(channelId));
    q.addBindValue(text(ts));
    q.addBindValue(text(permalink));
    q.addBindValue(instantKey(postedAt));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Cannot record the handover as posted"), q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(tr("Cannot record the handover as posted"), tr("it is no longer stored"));
    return true;
}

bool HandoverStore::markUnknown(qint64 id)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE handovers SET state = 'unknown' WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Cannot save the handover"), q.lastError().text());
    return true;
}

bool HandoverStore::markChecked(qint64 id)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE handovers SET state = 'checked' WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Cannot save the handover"), q.lastError().text());
    return true;
}

bool HandoverStore::remove(qint64 id)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM handovers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Cannot remove the handover"), q.lastError().text());
    return true;
}

std::optional<HandoverRecord> HandoverStore::record(qint64 id) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM handovers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QList<HandoverRecord> HandoverStore::all() const
{
    QList<HandoverRecord> out;
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM handovers ORDER BY created_at DESC, id DESC"))) {
        fail(tr("Cannot read the handovers"), q.lastError().text());
        return out;
    }
    while (q.next())
        out << recordFrom(q);
    return out;
}

std::optional<HandoverRecord> HandoverStore::unsettled() const
{
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM handovers WHERE state IN ('posting', 'unknown') ORDER BY id "
                               "DESC LIMIT 1")) ||
        !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QString HandoverStore::dmChannelFor(const QString& userId) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT channel_id FROM handovers WHERE destination = 'dm'"
                             " AND recipient = ? AND state = 'posted' AND channel_id LIKE 'D%'"
                             " ORDER BY id DESC LIMIT 1"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool HandoverStore::markOvernightRead(QDate day, const QString& by, const QDateTime& at)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO overnight_read (day, read_at, by)"
                             " VALUES (?, ?, ?)"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(instantKey(at));
    q.addBindValue(text(by));
    if (!q.exec())
        return fail(tr("Cannot mark the overnight handover read"), q.lastError().text());
    return true;
}

bool HandoverStore::saveDraft(QDate day, const QJsonObject& draft, const QDateTime& at)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO handover_drafts (day, json, saved_at) VALUES (?, ?, ?)"
                             " ON CONFLICT(day) DO UPDATE SET json = excluded.json,"
                             " saved_at = excluded.saved_at"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact)));
    q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return fail(tr("Cannot save the handover draft"), q.lastError().text());
    return true;
}

QJsonObject HandoverStore::draft(QDate day) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT json FROM handover_drafts WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

bool HandoverStore::removeDraft(QDate day)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM handover_drafts WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return fail(tr("Cannot remove the handover draft"), q.lastError().text());
    return true;
}

bool HandoverStore::isOvernightRead(QDate day) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT 1 FROM overnight_read WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    return q.exec() && q.next();
}

} // namespace shiftdesk
