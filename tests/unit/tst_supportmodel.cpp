// SupportModel: merging new states of the queue row by row (so views keep their selection),
// the roles the Support tab shows, and the open count.
#include "support/SupportModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace shiftdesk;

namespace {
SupportRequest req(const QString& ts, SupportRequest::State state = SupportRequest::State::New,
                   const QString& text = QStringLiteral("help"))
{
    SupportRequest r;
    r.channelId = QStringLiteral("C1");
    r.ts = ts;
    r.asker = QStringLiteral("U") + ts.left(3);
    r.text = text;
    r.postedAt = QDateTime::fromSecsSinceEpoch(ts.toDouble(), Qt::UTC);
    r.state = state;
    if (state == SupportRequest::State::Claimed)
        r.claimedBy = {QStringLiteral("UME"), QStringLiteral("UANA")};
    if (state == SupportRequest::State::Answered)
        r.answeredBy = {QStringLiteral("UANA")};
    return r;
}
} // namespace

class TestSupportModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesWithoutResetting()
    {
        SupportModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRequests({req(QStringLiteral("300.000001")), req(QStringLiteral("100.000001")),
                           req(QStringLiteral("200.000001"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(SupportModel::TsRole).toString(),
                 QStringLiteral("100.000001")); // oldest first
        QPersistentModelIndex middle = model.index(1);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRequests({req(QStringLiteral("200.000001"), SupportRequest::State::Answered),
                           req(QStringLiteral("250.000001")), req(QStringLiteral("300.000001")),
                           req(QStringLiteral("400.000001"))});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);  // 100 went
        QCOMPARE(inserted.count(), 2); // 250 and 400 came
        QCOMPARE(changed.count(), 1);  // 200 changed state; 300 is untouched
        QVERIFY(middle.isValid());
        QCOMPARE(middle.data(SupportModel::TsRole).toString(), QStringLiteral("200.000001"));
        QStringList order;
        for (int i = 0; i < model.rowCount(); ++i)
            order << model.index(i).data(SupportModel::TsRole).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("200.000001"), QStringLiteral("250.000001"),
                                     QStringLiteral("300.000001"), QStringLiteral("400.000001")}));
        QCOMPARE(model.unansweredCount(), 3);
        model.setRequests({});
        QCOMPARE(model.rowCount(), 0);
    }

    void rolesShowNamesStateAndAge()
    {
        SupportModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUserNames([](const QString& id) {
            return id == QLatin1String("UANA") ? QStringLiteral("Ana") : QString();
        });
        model.setSelfUserId(QStringLiteral("UME"));
        model.setWaitLimitMinutes(15);
        const SupportRequest claimed =
            req(QStringLiteral("1000.000100"), SupportRequest::State::Claimed,
                QStringLiteral("Pods *stuck* &lt;pending&gt;"));
        model.setNow(claimed.postedAt.addSecs(20 * 60));
        model.setRequests({claimed});
        const QModelIndex i = model.index(0);
        QCOMPARE(i.data(SupportModel::StateTextRole).toString(),
                 QStringLiteral("Claimed by you, Ana"));
        QVERIFY(i.data(SupportModel::ClaimedByMeRole).toBool());
        QCOMPARE(i.data(SupportModel::AgeRole).toString(), QStringLiteral("20 min"));
        QVERIFY(i.data(SupportModel::WaitingTooLongRole).toBool());
        QCOMPARE(i.data(SupportModel::PlainTextRole).toString(),
                 QStringLiteral("Pods stuck <pending>"));
        QCOMPARE(i.data(SupportModel::AskerRole).toString(), QStringLiteral("U100")); // unknown

        model.setRequests({req(QStringLiteral("1000.000100"), SupportRequest::State::Answered)});
        QCOMPARE(model.index(0).data(SupportModel::StateTextRole).toString(),
                 QStringLiteral("Answered by Ana"));
        QVERIFY(!model.index(0).data(SupportModel::WaitingTooLongRole).toBool());
        QCOMPARE(model.unansweredCount(), 0);
    }

    void ageText()
    {
        QCOMPARE(SupportModel::ageText(30), QStringLiteral("now"));
        QCOMPARE(SupportModel::ageText(5 * 60), QStringLiteral("5 min"));
        QCOMPARE(SupportModel::ageText(3 * 3600 + 5), QStringLiteral("3 h"));
        QCOMPARE(SupportModel::ageText(2 * 86400), QStringLiteral("2 d"));
    }
};

QTEST_GUILESS_MAIN(TestSupportModel)
#include "tst_supportmodel.moc"
