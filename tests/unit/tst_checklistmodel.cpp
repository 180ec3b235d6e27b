#include "checklist/ChecklistModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace shiftdesk;

class TestChecklistModel : public QObject
{
    Q_OBJECT

private:
    QHash<QString, Tick> m_written;

    ChecklistModel::TickWriter recordingWriter()
    {
        return [this](const QString& id, bool done, Tick* tick, QString*) {
            Tick t{done, QStringLiteral("alice"),
                   QDateTime(QDate(2026, 11, 27), QTime(9, 12), Qt::UTC)};
            m_written.insert(id, t);
            *tick = t;
            return true;
        };
    }

private Q_SLOTS:
    void init() { m_written.clear(); }

    void passesTheModelTester()
    {
        ChecklistModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickWriter(recordingWriter());
        model.setDay(QDate(2026, 11, 27), ChecklistTemplate::defaultTemplate(), {}, false);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowCount(model.index(0, 0)), 4);
        QCOMPARE(model.rowCount(model.index(0, 1)), 0);
        QVERIFY(model.setItemDone(QStringLiteral("on-call-handover"), true));
        QVERIFY(model.setItemDone(QStringLiteral("on-call-handover"), false));
        model.setDay(QDate(2026, 11, 28), ChecklistTemplate::defaultTemplate(), {}, true);
        QCOMPARE(model.rowCount(), 4);
    }

    void tickingRecordsWhoAndWhenAndUpdatesProgress()
    {
        ChecklistModel model;
        model.setTickWriter(recordingWriter());
        model.setDisplayTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")));
        model.setDay(QDate(2026, 11, 27), ChecklistTemplate::defaultTemplate(), {}, false);
        QSignalSpy progress(&model, &ChecklistModel::progressChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QModelIndex item = model.indexOfItem(QStringLiteral("check-unassigned-requests"));
        QVERIFY(item.flags() & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(item, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(item.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(m_written.value(QStringLiteral("check-unassigned-requests")).done, true);
        QCOMPARE(item.siblingAtColumn(1).data().toString(),
                 QStringLiteral("Ticked by alice at 09:12"));
        QCOMPARE(model.doneCount(), 1);
        QCOMPARE(model.doneCount(0), 1);
        QCOMPARE(model.openCount(0), 3);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.at(0).at(0).toInt(), 1);
        QCOMPARE(progress.at(0).at(1).toInt(), 12);
        // The item row and its phase row (progress) both changed.
        QCOMPARE(changed.size(), 2);
        const QModelIndex phase = model.indexOfPhase(0, ChecklistModel::StatusColumn);
        QCOMPARE(phase.data().toString(), QStringLiteral("1 of 4 done"));
        QCOMPARE(phase.data(ChecklistModel::DoneCountRole).toInt(), 1);
    }

    void readOnlyDaysCannotBeTicked()
    {
        ChecklistModel model;
        model.setTickWriter(recordingWriter());
        model.setDay(QDate(2026, 11, 20), ChecklistTemplate::defaultTemplate(), {}, true);
        const QModelIndex item = model.indexOfItem(QStringLiteral("on-call-handover"));
        QVERIFY(!(item.flags() & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(item, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(m_written.isEmpty());
    }

    void aFailedWriteChangesNothingAndSaysWhy()
    {
        ChecklistModel model;
        model.setTickWriter([](const QString&, bool, Tick*, QString* error) {
            *error = QStringLiteral("disk full");
            return false;
        });
        model.setDay(QDate(2026, 11, 27), ChecklistTemplate::defaultTemplate(), {}, false);
        QSignalSpy failed(&model, &ChecklistModel::tickFailed);
        QVERIFY(!model.setItemDone(QStringLiteral("on-call-handover"), true));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("disk full"));
        QVERIFY(!model.isDone(QStringLiteral("on-call-handover")));
    }

    void showsStoredTicks()
    {
        ChecklistModel model;
        QHash<QString, Tick> ticks;
        ticks.insert(
            QStringLiteral("monitor-alarms"),
            {true, QStringLiteral("bob"), QDateTime(QDate(2026, 7, 1), QTime(9, 5), Qt::UTC)});
        model.setDisplayTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")));
        model.setDay(QDate(2026, 7, 1), ChecklistTemplate::defaultTemplate(), ticks, true);
        const QModelIndex item = model.indexOfItem(QStringLiteral("monitor-alarms"), 1);
        QCOMPARE(item.data().toString(), QStringLiteral("Ticked by bob at 10:05")); // BST
        QCOMPARE(model.doneCount(), 1);
        QCOMPARE(model.indexOfItem(QStringLiteral("monitor-alarms"))
                     .data(ChecklistModel::LinkRole)
                     .toString(),
                 QStringLiteral("alarms"));
    }
};

QTEST_GUILESS_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
