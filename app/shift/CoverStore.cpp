#include "CoverStore.h"

#include "core/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace shiftdesk {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");
}

CoverStore::CoverStore(Database& db)
    : m_db(db)
{}

QList<CoverSlot> CoverStore::slots(QDate day) const
{
    QList<CoverSlot> out;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT start_time, end_time, person FROM cover_slots "
                             "WHERE day = ? ORDER BY position"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (q.exec()) {
        while (q.next()) {
            out.append({{QTime::fromString(q.value(0).toString(), kTimeFormat),
                         QTime::fromString(q.value(1).toString(), kTimeFormat)},
                        q.value(2).toString()});
        }
    }
    return out;
}

std::optional<QList<CoverSlot>> CoverStore::ensureDay(QDate day, const QList<CoverPeriod>& defaults)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM cover_slots WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec() || !q.next()) {
        m_lastError = tr("Cannot read the cover rota: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (q.value(0).toInt() > 0)
        return slots(day);
    QList<CoverSlot> fresh;
    for (const CoverPeriod& p : defaults)
        fresh.append({p, QString()});
    if (!setSlots(day, fresh))
        return std::nullopt;
    return fresh;
}

bool CoverStore::setSlots(QDate day, const QList<CoverSlot>& list)
{
    QSqlDatabase db = m_db.handle();
    Transaction tx(db);
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM cover_slots WHERE day = ?"));
    del.addBindValue(day.toString(Qt::ISODate));
    if (!del.exec()) {
        m_lastError = tr("Cannot save the cover rota: %1").arg(del.lastError().text());
        return false;
    }
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO cover_slots (day, position, start_time, end_time, "
                               "person) VALUES (?, ?, ?, ?, COALESCE(?, ''))"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        ins.addBindValue(day.toString(Qt::ISODate));
        ins.addBindValue(int(i));
        ins.addBindValue(list[i].period.start.toString(kTimeFormat));
        ins.addBindValue(list[i].period.end.toString(kTimeFormat));
        ins.addBindValue(list[i].person);
        if (!ins.exec()) {
            m_lastError = tr("Cannot save the cover rota: %1").arg(ins.lastError().text());
            return false;
        }
    }
    if (!tx.commit()) {
        m_lastError = tr("Cannot save the cover rota: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

} // namespace shiftdesk
