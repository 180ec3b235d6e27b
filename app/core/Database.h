#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace shiftdesk {

// The profile's SQLite database (through Qt SQL). Opening it applies the schema migrations
// in order, each in its own transaction; PRAGMA user_version records the schema version.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool open(QString* error);
    bool isOpen() const;
    void close();

    QSqlDatabase handle() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    bool migrate(QString* error);

    QString m_path;
    QString m_connectionName;
};

// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace shiftdesk
