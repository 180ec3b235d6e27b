#include "TestProfile.h"
#include "core/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace shiftdesk;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesANewDatabaseToTheLatestSchema()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("a.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name = 'checklist_ticks'")));
        QVERIFY(q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void reopeningKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.sqlite"));
        {
            Database db(path);
            QVERIFY(db.open(nullptr));
            QSqlQuery q(db.handle());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO checklist_days VALUES ('2026-11-27', '{}', 'x')")));
        }
        Database db(path);
        QVERIFY(db.open(nullptr));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM checklist_days")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void refusesADatabaseFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            Database db(path);
            QVERIFY(db.open(nullptr));
            QSqlQuery q(db.handle());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer Shiftdesk")), qPrintable(error));
    }

    void reportsAnUnopenableFile()
    {
        Database db(QStringLiteral("/nonexistent-dir/for/sure/db.sqlite"));
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/for/sure/db.sqlite")));
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("d.sqlite")));
        QVERIFY(db.open(nullptr));
        {
            Transaction tx(db.handle());
            QSqlQuery q(db.handle());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO checklist_days VALUES ('2026-11-27', '{}', 'x')")));
        }
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM checklist_days")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
