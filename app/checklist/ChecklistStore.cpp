#include "ChecklistStore.h"

#include "core/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace shiftdesk {

namespace {
QString dayKey(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString instantKey(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

ChecklistStore::ChecklistStore(Database& db)
    : m_db(db)
{}

bool ChecklistStore::fail(const QString& what, const QString& detail) const
{
    m_lastError = tr("%1: %2").arg(what, detail);
    return false;
}

std::optional<QByteArray> ChecklistStore::activeTemplate() const
{
    QSqlQuery q(m_db.handle());
    if (q.exec(QStringLiteral("SELECT json FROM checklist_template WHERE id = 1")) && q.next())
        return q.value(0).toString().toUtf8();
    return std::nullopt;
}

bool ChecklistStore::setActiveTemplate(const QByteArray& json, const QDateTime& at)
{
    Transaction tx(m_db.handle());
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO checklist_template (id, json, updated_at) "
                             "VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                             "json = excluded.json, updated_at = excluded.updated_at"));
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(instantKey(at));
    if (!q.exec() || !tx.commit())
        return fail(tr("Cannot save the checklist template"), q.lastError().text());
    return true;
}

bool ChecklistStore::ensureDay(QDate day, const QByteArray& templateJson, const QDateTime& at)
{
    Transaction tx(m_db.handle());
    QSqlQuery q(m_db.handle());
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO checklist_days (day, template_json, created_at) "
                       "VALUES (?, ?, ?)"));
    q.addBindValue(dayKey(day));
    q.addBindValue(QString::fromUtf8(templateJson));
    q.addBindValue(instantKey(at));
    if (!q.exec() || !tx.commit())
        return fail(tr("Cannot start the checklist for %1").arg(dayKey(day)), q.lastError().text());
    return true;
}

bool ChecklistStore::replaceDayTemplate(QDate day, const QByteArray& templateJson)
{
    Transaction tx(m_db.handle());
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE checklist_days SET template_json = ? WHERE day = ?"));
    q.addBindValue(QString::fromUtf8(templateJson));
    q.addBindValue(dayKey(day));
    if (!q.exec() || !tx.commit())
        return fail(tr("Cannot update the checklist for %1").arg(dayKey(day)),
                    q.lastError().text());
    return true;
}

std::optional<DayRecord> ChecklistStore::day(QDate day) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT template_json FROM checklist_days WHERE day = ?"));
    q.addBindValue(dayKey(day));
    if (!q.exec() || !q.next())
        return std::nullopt;
    DayRecord record;
    record.day = day;
    record.templateJson = q.value(0).toString().toUtf8();

    QSqlQuery t(m_db.handle());
    t.prepare(QStringLiteral("SELECT item_id, done, by, at FROM checklist_ticks WHERE day = ?"));
    t.addBindValue(dayKey(day));
    if (t.exec()) {
        while (t.next()) {
            Tick tick;
            tick.done = t.value(1).toBool();
            tick.by = t.value(2).toString();
            tick.at = QDateTime::fromString(t.value(3).toString(), Qt::ISODateWithMs);
            tick.at.setTimeSpec(Qt::UTC);
            record.ticks.insert(t.value(0).toString(), tick);
        }
    }
    return record;
}

QList<QDate> ChecklistStore::days() const
{
    QList<QDate> out;
    QSqlQuery q(m_db.handle());
    if (q.exec(QStringLiteral("SELECT day FROM checklist_days ORDER BY day DESC"))) {
        while (q.next())
            out.append(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    }
    return out;
}

bool ChecklistStore::setTick(QDate day, const QString& itemId, const Tick& tick)
{
    Transaction tx(m_db.handle());
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral(
        "INSERT INTO checklist_ticks (day, item_id, done, by, at) "
        "VALUES (?, ?, ?, COALESCE(?, ''), ?) ON CONFLICT(day, item_id) DO UPDATE SET "
        "done = excluded.done, by = excluded.by, at = excluded.at"));
    q.addBindValue(dayKey(day));
    q.addBindValue(itemId);
    q.addBindValue(tick.done ? 1 : 0);
    q.addBindValue(tick.by);
    q.addBindValue(instantKey(tick.at));
    if (!q.exec() || !tx.commit())
        return fail(tr("Cannot save the tick"), q.lastError().text());
    return true;
}

bool ChecklistStore::claimReminder(QDate day, const QString& phaseId, const QDateTime& at,
                                   int openItems)
{
    Transaction tx(m_db.handle());
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO reminders_fired "
                             "(day, phase_id, fired_at, open_items) VALUES (?, ?, ?, ?)"));
    q.addBindValue(dayKey(day));
    q.addBindValue(phaseId);
    q.addBindValue(instantKey(at));
    q.addBindValue(openItems);
    if (!q.exec()) {
        fail(tr("Cannot record the reminder"), q.lastError().text());
        return false;
    }
    const bool inserted = q.numRowsAffected() == 1;
    return tx.commit() && inserted;
}

QSet<QString> ChecklistStore::claimedReminders(QDate day) const
{
    QSet<QString> out;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT phase_id FROM reminders_fired WHERE day = ?"));
    q.addBindValue(dayKey(day));
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

} // namespace shiftdesk
