#include "checklist/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace shiftdesk;

class TestHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsNewestFirst()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDays({{QDate(2026, 11, 25), 3, 12}, {QDate(2026, 11, 26), 12, 12}});
        QCOMPARE(model.dayAt(0), QDate(2026, 11, 26));
        model.upsert({QDate(2026, 11, 27), 0, 12});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.dayAt(0), QDate(2026, 11, 27));
        model.upsert({QDate(2026, 11, 27), 5, 12});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(HistoryModel::DoneRole).toInt(), 5);
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("5/12")));
        model.upsert({QDate(2026, 11, 20), 1, 12});
        QCOMPARE(model.dayAt(3), QDate(2026, 11, 20));
        QCOMPARE(model.rowOf(QDate(2026, 11, 25)), 2);
        QCOMPARE(model.rowOf(QDate(2020, 1, 1)), -1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
