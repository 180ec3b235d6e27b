// The board's cards and its per-column filters, under QAbstractItemModelTester.
#include "board/BoardModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace shiftdesk;

namespace {

BoardCard card(qint64 number, int column, const QStringList& assignees = {},
               const QStringList& labels = {QStringLiteral("support-request")}, int ageDays = 1)
{
    BoardCard c;
    c.key = QStringLiteral("item-%1").arg(number);
    c.itemId = c.key;
    c.issue.number = number;
    c.issue.title = QStringLiteral("Request %1").arg(number);
    c.issue.url = QStringLiteral("https://github.example/o/r/issues/%1").arg(number);
    c.issue.repository = QStringLiteral("o/r");
    c.issue.assignees = assignees;
    c.issue.labels = labels;
    c.issue.createdAt = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC).addDays(-ageDays);
    c.column = column;
    return c;
}

QList<qint64> numbers(const QAbstractItemModel& m)
{
    QList<qint64> out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(BoardModel::NumberRole).toLongLong();
    return out;
}

} // namespace

class TestBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshesAreRowChangesNotResets()
    {
        BoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns({QStringLiteral("Todo"), QStringLiteral("Doing")});
        model.setCards({card(1, 0), card(2, 0), card(3, 1)});
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        BoardCard moved = card(3, 0);
        moved.issue.title = QStringLiteral("Renamed");
        model.setCards({card(1, 0), moved, card(4, 1), card(5, 1)}); // 2 gone, 3 changed, 4+5 new
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.card(QStringLiteral("item-3"))->issue.title, QStringLiteral("Renamed"));
        QCOMPARE(model.rowOf(QStringLiteral("item-2")), -1);

        // The same data again changes nothing.
        changed.clear();
        model.setCards({card(1, 0), moved, card(4, 1), card(5, 1)});
        QCOMPARE(changed.size(), 0);
        // Everything gone.
        model.setCards({});
        QCOMPARE(model.rowCount(), 0);
    }

    void localChangesAndCounts()
    {
        BoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns({QStringLiteral("Todo"), QStringLiteral("Doing")});
        model.setCards({card(1, 0), card(2, 0, {QStringLiteral("priya")}), card(3, 1)});
        QCOMPARE(model.countInColumn(0), 2);
        QCOMPARE(model.unassignedInColumn(0), 1);
        QSignalSpy counts(&model, &BoardModel::countsChanged);
        model.setColumn(QStringLiteral("item-1"), 1);
        QCOMPARE(model.countInColumn(0), 1);
        QCOMPARE(model.unassignedInColumn(0), 0);
        QCOMPARE(counts.size(), 1);
        model.setAssignees(QStringLiteral("item-3"), {QStringLiteral("me")});
        QCOMPARE(model.card(QStringLiteral("item-3"))->issue.assignees,
                 QStringList{QStringLiteral("me")});
        model.setPending(QStringLiteral("item-3"), true);
        QVERIFY(model.index(model.rowOf(QStringLiteral("item-3")))
                    .data(BoardModel::PendingRole)
                    .toBool());
        model.setPending(QStringLiteral("item-3"), false);
        QVERIFY(!model.index(model.rowOf(QStringLiteral("item-3")))
                     .data(BoardModel::PendingRole)
                     .toBool());

        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0)}));
        QVERIFY(mime->hasFormat(BoardModel::kMimeType));
        QCOMPARE(QString::fromUtf8(mime->data(BoardModel::kMimeType)), QStringLiteral("item-1"));
    }

    void columnsFilterAndSortUnassignedOldestFirst()
    {
        BoardModel model;
        model.setColumns({QStringLiteral("Todo"), QStringLiteral("Doing")});
        model.setCards(
            {card(1, 0, {QStringLiteral("priya")}, {QStringLiteral("support-request")}, 9),
             card(2, 0, {}, {QStringLiteral("support-request")}, 2),
             card(3, 0, {}, {QStringLiteral("support-request"), QStringLiteral("hammer")}, 5),
             card(4, 1, {QStringLiteral("sam")})});
        BoardColumnFilter todo(0);
        todo.setSourceModel(&model);
        QAbstractItemModelTester tester(&todo,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Unassigned first, then oldest first.
        QCOMPARE(numbers(todo), (QList<qint64>{3, 2, 1}));
        todo.setLabel(QStringLiteral("hammer"));
        QCOMPARE(numbers(todo), (QList<qint64>{3}));
        todo.setLabel({});
        todo.setAssignee(QStringLiteral("none"));
        QCOMPARE(numbers(todo), (QList<qint64>{3, 2}));
        todo.setAssignee(QStringLiteral("priya"));
        QCOMPARE(numbers(todo), (QList<qint64>{1}));
        todo.setAssignee({});
        todo.setText(QStringLiteral("#2"));
        QCOMPARE(numbers(todo), (QList<qint64>{2}));
        todo.setText(QStringLiteral("request PRIYA"));
        QCOMPARE(numbers(todo), (QList<qint64>{1}));
        todo.setText({});
        // A card that moves in or out of the column follows at once.
        model.setColumn(QStringLiteral("item-4"), 0);
        QCOMPARE(numbers(todo), (QList<qint64>{3, 2, 1, 4}));
        model.setColumn(QStringLiteral("item-3"), 1);
        QCOMPARE(numbers(todo), (QList<qint64>{2, 1, 4}));
    }
};

QTEST_GUILESS_MAIN(TestBoardModel)
#include "tst_boardmodel.moc"
