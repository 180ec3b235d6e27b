#include "FakeClock.h"
#include "TestProfile.h"
#include "checklist/ChecklistService.h"
#include "shift/CoverModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace shiftdesk;
using namespace shiftdesk::test;

class TestCoverModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsEditsAndPersistence()
    {
        TestProfile profile;
        CoverStore store(*profile.database);
        const QDate day(2026, 11, 27);
        const auto slots = store.ensureDay(day, profile.settings->defaultCoverPeriods());
        QVERIFY(slots.has_value());
        QCOMPARE(slots->size(), 3);
        QCOMPARE(slots->at(1).period, (CoverPeriod{QTime(12, 0), QTime(14, 0)}));

        CoverModel model(store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(day, *slots, false);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, CoverModel::PersonColumn).data().toString(),
                 QStringLiteral("Nobody yet"));

        QVERIFY(model.setData(model.index(1, CoverModel::PersonColumn), QStringLiteral(" Priya ")));
        QCOMPARE(model.personAt(QTime(12, 30)), QStringLiteral("Priya"));
        QCOMPARE(model.personAt(QTime(14, 0)), QString());

        QSignalSpy rejected(&model, &CoverModel::editRejected);
        QVERIFY(!model.setData(model.index(1, CoverModel::ToColumn), QStringLiteral("11:00")));
        QVERIFY(!model.setData(model.index(1, CoverModel::FromColumn), QStringLiteral("noon")));
        QCOMPARE(rejected.size(), 2);
        QVERIFY(model.setData(model.index(1, CoverModel::ToColumn), QStringLiteral("13:30")));

        QCOMPARE(model.appendPeriod(), 3);
        QCOMPARE(model.slots().at(3).period, (CoverPeriod{QTime(17, 0), QTime(19, 0)}));
        QVERIFY(model.removePeriod(0));
        QCOMPARE(model.rowCount(), 3);

        // Stored as edited; a second ensureDay does not reset it.
        const auto again = store.ensureDay(day, profile.settings->defaultCoverPeriods());
        QCOMPARE(*again, model.slots());
        QCOMPARE(again->at(0).person, QStringLiteral("Priya"));
        QCOMPARE(again->at(0).period, (CoverPeriod{QTime(12, 0), QTime(13, 30)}));
    }

    void defaultPeriodsAreASetting()
    {
        TestProfile profile;
        profile.settings->setDefaultCoverPeriods(
            {{QTime(10, 0), QTime(13, 0)}, {QTime(13, 0), QTime(17, 0)}});
        profile.reopen();
        QCOMPARE(profile.settings->defaultCoverPeriods().size(), 2);
        CoverStore store(*profile.database);
        QCOMPARE(
            store.ensureDay(QDate(2026, 11, 27), profile.settings->defaultCoverPeriods())->size(),
            2);
    }

    void serviceSaysWhoCoversNow()
    {
        TestProfile profile;
        FakeClock clock(london(2026, 11, 27, 12, 30));
        ChecklistService service(*profile.database, *profile.settings, clock);
        QVERIFY(service.start(nullptr));
        CoverModel* model = service.coverModel();
        QVERIFY(model->setData(model->index(1, CoverModel::PersonColumn), QStringLiteral("Sam")));
        QCOMPARE(service.coverNow(), QStringLiteral("Sam"));
        clock.set(london(2026, 11, 27, 17, 30)); // after support hours
        QCOMPARE(service.coverNow(), QString());
        clock.set(london(2026, 11, 30, 12, 30)); // a new day starts with nobody
        QCOMPARE(service.coverNow(), QString());
        QCOMPARE(model->rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCoverModel)
#include "tst_covermodel.moc"
