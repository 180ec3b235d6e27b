#include "Database.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace shiftdesk {

namespace {
QAtomicInt s_connectionCounter;

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}
} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(
          QStringLiteral("shiftdesk-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
}

bool Database::open(QString* error)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            if (error)
                *error = tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text());
            return false;
        }
        QString pragmaError;
        // WAL keeps every committed transaction safe when the process is killed; NORMAL
        // synchronisation only risks the last commit on a power cut, never on a crash.
        if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), &pragmaError) ||
            !exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &pragmaError) ||
            !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &pragmaError)) {
            if (error)
                *error = tr("Cannot prepare the database %1: %2").arg(m_path, pragmaError);
            return false;
        }
    }
    return migrate(error);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && handle().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(handle());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

bool Database::migrate(QString* error)
{
    const int current = schemaVersion();
    const auto& steps = migrations();
    if (current > int(steps.size())) {
        if (error)
            *error = tr("The database %1 was written by a newer Shiftdesk (schema %2, this "
                        "version knows %3). Update Shiftdesk to open it.")
                         .arg(m_path)
                         .arg(current)
                         .arg(steps.size());
        return false;
    }
    QSqlDatabase db = handle();
    for (int version = current; version < int(steps.size()); ++version) {
        Transaction tx(db);
        QString stepError;
        for (const QString& sql : steps[size_t(version)]) {
            if (!exec(db, sql, &stepError)) {
                if (error)
                    *error = tr("Cannot upgrade the database to schema %1: %2")
                                 .arg(version + 1)
                                 .arg(stepError);
                return false;
            }
        }
        if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), &stepError) ||
            !tx.commit()) {
            if (error)
                *error = tr("Cannot record database schema %1: %2").arg(version + 1).arg(stepError);
            return false;
        }
    }
    return true;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    m_db.rollback();
    return false;
}

} // namespace shiftdesk
