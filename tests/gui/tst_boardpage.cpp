// The Board tab in the real main window against the fake GitHub: the columns, a card dragged
// to another column arriving at GitHub, the badge, and a support ticket raised through the form.
#include "GitHubTestEnvironment.h"
#include "board/BoardColumnView.h"
#include "board/BoardPage.h"
#include "board/TicketDialog.h"
#include "checklist/ChecklistModel.h"
#include "checklist/ChecklistService.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace shiftdesk;
using namespace shiftdesk::test;

class TestBoardPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GitHubTestEnvironment> m_env;
    std::unique_ptr<ChecklistService> m_checklist;
    std::unique_ptr<MainWindow> m_window;

    BoardPage* page() const { return m_window->boardPage(); }

    // Drops the card (as dragged from `from`) onto column `to`'s list, with real drag events.
    void dragCard(int from, int row, int to)
    {
        CardListView* source = page()->columnViews().at(from)->list();
        CardListView* target = page()->columnViews().at(to)->list();
        const QModelIndex index = source->model()->index(row, 0);
        std::unique_ptr<QMimeData> mime(source->model()->mimeData({index}));
        QVERIFY(mime);
        QWidget* vp = target->viewport();
        const QPointF at(vp->width() / 2.0, 20.0);
        QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(vp, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton,
                            Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &drop);
        QVERIFY(drop.isAccepted());
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<GitHubTestEnvironment>();
        m_env->useProject(true);
        m_env->addSupportTemplate();
        m_env->request(QStringLiteral("Cannot reach RDS from my namespace"),
                       QStringLiteral("Todo"));
        m_env->request(QStringLiteral("Please raise our namespace quota"), QStringLiteral("Todo"),
                       {QStringLiteral("priya")});
        m_env->request(QStringLiteral("Certificate renewal failed"), QStringLiteral("In Progress"),
                       {QStringLiteral("sam")});
        m_checklist = std::make_unique<ChecklistService>(*m_env->profile->database,
                                                         *m_env->profile->settings, *m_env->clock);
        QVERIFY(m_checklist->start(nullptr));
        QVERIFY(m_env->storeToken());
        m_env->connection = std::make_unique<GitHubConnection>(
            m_env->profile->settings.get(), m_env->secrets.get(), m_env->network.get());
        m_env->connection->client()->setMinWriteInterval(50);
        m_env->board = std::make_unique<BoardService>(*m_env->profile->settings, *m_env->clock,
                                                      m_env->connection.get());
        AppServices services{m_env->profile->settings.get(), m_env->clock.get(), m_checklist.get()};
        services.github = m_env->connection.get();
        services.board = m_env->board.get();
        m_window = std::make_unique<MainWindow>(services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->tabs()->setCurrentIndex(MainWindow::BoardTab);
        m_env->connection->start();
        m_env->board->start();
        QTRY_COMPARE_WITH_TIMEOUT(page()->columnViews().size(), 5, 15000);
        QTRY_COMPARE(page()->columnViews().at(0)->list()->model()->rowCount(), 2);
    }

    void cleanup()
    {
        m_window.reset();
        m_env->board.reset();
        m_env->connection.reset();
        m_checklist.reset();
        m_env.reset();
    }

    void showsColumnsBadgeAndTheChecklistNote()
    {
        QCOMPARE(page()->columnViews().at(1)->list()->model()->rowCount(), 1);
        QCOMPARE(m_window->tabs()->tabText(MainWindow::BoardTab), QStringLiteral("Board (1)"));
        const QModelIndex item =
            m_checklist->todayModel()->indexOfItem(QStringLiteral("check-unassigned-requests"));
        QVERIFY(item.data().toString().contains(QStringLiteral("1 unassigned on the board")));
        // Unassigned first in the first column.
        QVERIFY(page()
                    ->columnViews()
                    .at(0)
                    ->list()
                    ->model()
                    ->index(0, 0)
                    .data(BoardModel::UnassignedRole)
                    .toBool());
        // The filter narrows every column.
        QTest::keyClicks(page()->filterEdit(), QStringLiteral("quota"));
        QCOMPARE(page()->columnViews().at(0)->list()->model()->rowCount(), 1);
        QCOMPARE(page()->columnViews().at(1)->list()->model()->rowCount(), 0);
    }

    void draggingACardMovesItOnGitHub()
    {
        const QModelIndex card = page()->columnViews().at(0)->list()->model()->index(0, 0);
        const qint64 number = card.data(BoardModel::NumberRole).toLongLong();
        const QString item = m_env->items.value(number);
        dragCard(0, 0, 3);                                                     // Todo → Blocked
        QCOMPARE(page()->columnViews().at(3)->list()->model()->rowCount(), 1); // at once
        QTRY_COMPARE(m_env->github->itemStatus(m_env->projectId, item), QStringLiteral("Blocked"));
        QTRY_COMPARE(m_window->tabs()->tabText(MainWindow::BoardTab), QStringLiteral("Board"));
    }

    void raisingASupportTicket()
    {
        QTest::mouseClick(page()->newTicketButton(), Qt::LeftButton);
        QTRY_VERIFY(page()->ticketDialog() != nullptr);
        TicketDialog* dialog = page()->ticketDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        QCOMPARE(dialog->templateCombo()->currentText(),
                 QStringLiteral("Cloud Platform Support Request"));
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Cannot push images to ECR"));
        QPlainTextEdit* service = dialog->sectionEdit(QStringLiteral("Service name"));
        QVERIFY(service);
        QTest::keyClicks(service, QStringLiteral("CLA"));
        QCheckBox* staging =
            dialog->option(QStringLiteral("Service environment"), QStringLiteral("Staging"));
        QVERIFY(staging);
        staging->setChecked(true);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->messageLabel()->text().contains(QStringLiteral("Created #")), 15000);

        QJsonObject created;
        for (const QJsonValue& v : m_env->github->issues(GitHubTestEnvironment::kRepo)) {
            if (v.toObject().value(QLatin1String("title")).toString() ==
                QLatin1String("Cannot push images to ECR"))
                created = v.toObject();
        }
        QVERIFY(!created.isEmpty());
        const QString body = created.value(QLatin1String("body")).toString();
        QVERIFY2(body.contains(QStringLiteral("## Service name")), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("CLA")));
        QVERIFY(body.contains(QStringLiteral("- [x] Staging")));
        QVERIFY(body.contains(QStringLiteral("- [ ] Dev / Development")));
        QCOMPARE(created.value(QLatin1String("labels")).toArray().size(), 2);
        QCOMPARE(m_env->github->projectItemIds(m_env->projectId).size(), 4);
        QTRY_COMPARE(page()->columnViews().at(0)->list()->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestBoardPage)
#include "tst_boardpage.moc"
