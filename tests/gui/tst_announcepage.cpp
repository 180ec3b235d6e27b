// The Announce tab in the real main window against the fake Slack: compose from a template,
// watch the preview and the warnings, post after the confirmation, get reminded of the promised
// update and post it in the thread.
#include "FakeClock.h"
#include "SlackTestEnvironment.h"
#include "announce/AnnouncePage.h"
#include "announce/AnnounceService.h"
#include "announce/AnnouncementModel.h"
#include "announce/AnnouncementView.h"
#include "announce/ComposerWidget.h"
#include "announce/DraftModel.h"
#include "announce/MrkdwnPreview.h"
#include "announce/PostConfirmDialog.h"
#include "checklist/ChecklistService.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace shiftdesk;
using namespace shiftdesk::test;
using shiftdesk::fake::FakeFault;

namespace {
const QString kChannel = QStringLiteral("C0ASK");
}

class TestAnnouncePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlackTestEnvironment> m_env;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<ChecklistService> m_checklist;
    std::unique_ptr<SlackConnection> m_connection;
    std::unique_ptr<AnnounceService> m_announce;
    std::unique_ptr<MainWindow> m_window;

    AnnouncePage* page() const { return m_window->announcePage(); }
    ComposerWidget* composer() const { return page()->composer(); }

    int issueRow(LintIssue::Kind kind) const
    {
        const QList<LintIssue> issues = composer()->lintIssues();
        for (int i = 0; i < issues.size(); ++i) {
            if (issues.at(i).kind == kind)
                return i;
        }
        return -1;
    }

    QJsonArray posted() const { return m_env->slack->messages(kChannel); }

    void replaceText(const QString& text)
    {
        QPlainTextEdit* editor = composer()->editor();
        editor->setFocus();
        editor->selectAll();
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, lines.at(i));
        }
    }

    // Clicks Post, then the confirmation's Post; waits for the banner.
    void postAndConfirm()
    {
        QTest::mouseClick(composer()->postButton(), Qt::LeftButton);
        QTRY_VERIFY(composer()->confirmDialog() != nullptr);
        auto* confirm = composer()->confirmDialog()->findChild<QPushButton*>(
            QStringLiteral("confirmPostButton"));
        QVERIFY(confirm);
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page()->banner()->isVisible(), 15000);
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<SlackTestEnvironment>();
        m_env->slack->addChannel(kChannel, QStringLiteral("ask-cloud-platform"));
        m_env->slack->addChannel(QStringLiteral("C0OPS"), QStringLiteral("cloud-platform"));
        QVERIFY(m_env->storeTokens(false));
        m_clock = std::make_unique<FakeClock>(london(2026, 11, 27, 10, 0));
        m_checklist = std::make_unique<ChecklistService>(*m_env->profile->database,
                                                         *m_env->profile->settings, *m_clock);
        QVERIFY(m_checklist->start(nullptr));
        m_connection = m_env->connect();
        m_announce = std::make_unique<AnnounceService>(
            *m_env->profile->database, *m_env->profile->settings, *m_clock, m_connection.get(),
            m_env->profile->dir.filePath(QStringLiteral("templates.json")));
        m_announce->poster()->setVerifyDelays({0, 300});
        QVERIFY(m_announce->start(nullptr));
        m_window = std::make_unique<MainWindow>(
            AppServices{m_env->profile->settings.get(), m_clock.get(), m_checklist.get(),
                        m_connection.get(), nullptr, m_announce.get()});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->tabs()->setCurrentIndex(MainWindow::AnnounceTab);
        m_connection->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isConnected(), 10000);
    }

    void cleanup()
    {
        m_window.reset();
        m_announce.reset();
        m_connection.reset();
        m_checklist.reset();
        m_clock.reset();
        m_env.reset();
    }

    void composesPreviewsAndPosts()
    {
        // New announcement → Planned maintenance, from the button's menu.
        QMenu* menu = page()->newButton()->menu();
        QAction* maintenance = menu->findChild<QAction*>(QStringLiteral("new_planned-maintenance"));
        QVERIFY(maintenance);
        maintenance->trigger();
        QVERIFY(composer()->isEnabled());
        QPlainTextEdit* editor = composer()->editor();
        QVERIFY(editor->toPlainText().contains(QStringLiteral("*ANNOUNCEMENT")));

        // The details fill the text.
        auto* work = composer()->findChild<QLineEdit*>(QStringLiteral("field_work"));
        auto* services = composer()->findChild<QLineEdit*>(QStringLiteral("field_services"));
        QVERIFY(work && services);
        QTest::keyClicks(work, QStringLiteral("upgrading Postgres"));
        QTest::keyClicks(services, QStringLiteral("the CLA RDS instances"));
        QVERIFY(editor->toPlainText().contains(
            QStringLiteral("will be upgrading Postgres on the CLA RDS instances")));
        QVERIFY(editor->toPlainText().contains(QStringLiteral("update at 1PM and 3PM")));

        // Typed by hand: Markdown bold is flagged, and the warning selects it.
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("**Thanks** for your patience"));
        QTRY_VERIFY(composer()->preview()->toPlainText().contains(QStringLiteral("**Thanks**")));
        QTRY_VERIFY(issueRow(LintIssue::Kind::LiteralMarkdown) >= 0);
        const int row = issueRow(LintIssue::Kind::LiteralMarkdown);
        QListView* lint = composer()->lintView();
        QVERIFY(lint->isVisible());
        const QRect rect = lint->visualRect(lint->model()->index(row, 0));
        QTest::mouseClick(lint->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("**Thanks**"));
        QTest::keyClicks(editor, QStringLiteral("*Thanks*"));
        QTRY_VERIFY(composer()->preview()->toHtml().contains(QStringLiteral("font-weight:")));
        QTRY_VERIFY(!composer()->preview()->toPlainText().contains(QStringLiteral("*Thanks")));
        auto* refill = composer()->findChild<QPushButton*>(QStringLiteral("refillButton"));
        QVERIFY(refill->isEnabled()); // edited by hand: the details no longer overwrite it

        postAndConfirm();
        QVERIFY2(page()->banner()->text().contains(QStringLiteral("Posted to #ask-cloud-platform")),
                 qPrintable(page()->banner()->text()));
        QVERIFY(page()->banner()->text().contains(QStringLiteral("archives/C0ASK")));
        QCOMPARE(posted().size(), 1);
        const QString text = posted().first().toObject().value(QLatin1String("text")).toString();
        QVERIFY(text.contains(QStringLiteral("*Thanks* for your patience")));
        QVERIFY(text.contains(QStringLiteral("update at 1PM and 3PM")));

        // Recorded: the announcement with its two promises; the draft is gone.
        QCOMPARE(m_announce->draftModel()->rowCount(), 0);
        QCOMPARE(page()->announcementList()->model()->rowCount(), 1);
        QCOMPARE(m_announce->openPromises().size(), 2);
        QVERIFY(page()->announcementView()->isVisible());
        QVERIFY(page()->announcementView()->promisesText().contains(QStringLiteral("open")));
    }

    void reminderLeadsToAnUpdateInTheThread()
    {
        const qint64 draft = m_announce->newDraft(QStringLiteral("incident"));
        page()->openDraft(draft);
        replaceText(QStringLiteral(":rotating_light: *ANNOUNCEMENT:* I am declaring an incident "
                                   "because Jenkins is down. The impact is that nobody can "
                                   "deploy.\nWe will update at 11AM."));
        postAndConfirm();
        QCOMPARE(posted().size(), 1);
        const QString parentTs = posted().first().toObject().value(QLatin1String("ts")).toString();
        QCOMPARE(m_window->tabs()->tabText(MainWindow::AnnounceTab), QStringLiteral("Announce"));

        QSignalSpy notified(m_window.get(), &MainWindow::notified);
        m_clock->set(london(2026, 11, 27, 10, 52)); // 8 minutes before
        QTRY_COMPARE(notified.size(), 1);
        QVERIFY(notified.first().at(0).toString().contains(QStringLiteral("Update due at")));
        QCOMPARE(m_window->tabs()->tabText(MainWindow::AnnounceTab),
                 QStringLiteral("Announce (1)"));
        QVERIFY(!m_window->promiseStatus()->isVisible());

        m_clock->set(london(2026, 11, 27, 11, 20)); // overdue
        QTRY_COMPARE(notified.size(), 2);
        QVERIFY(notified.last().at(0).toString().contains(QStringLiteral("Update due now")));
        QTRY_VERIFY(m_window->promiseStatus()->isVisible());
        QVERIFY(m_window->promiseStatus()->text().contains(QStringLiteral("Update overdue")));

        // The status bar's "Write it" (like clicking the notification) opens an update draft in
        // the announcement's thread.
        const qint64 announcement = m_announce->store().announcements().first().id;
        m_window->tabs()->setCurrentIndex(MainWindow::ChecklistTab);
        Q_EMIT m_window->promiseStatus()->linkActivated(
            QStringLiteral("update:%1").arg(announcement));
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::AnnounceTab));
        QVERIFY(composer()->isEnabled());
        QVERIFY(composer()->draft().kind == AnnounceKind::Update);
        QVERIFY(composer()
                    ->findChild<QLabel*>(QStringLiteral("destination"))
                    ->text()
                    .contains(QStringLiteral("thread")));
        replaceText(QStringLiteral("*UPDATE:* Jenkins is back for most users. We will update "
                                   "again at 12PM."));
        postAndConfirm();
        QVERIFY2(page()->banner()->text().contains(QStringLiteral("Posted")),
                 qPrintable(page()->banner()->text()));

        const QJsonArray all = posted();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.last().toObject().value(QLatin1String("thread_ts")).toString(), parentTs);
        const QList<UpdatePromise> promises = m_announce->store().promises(announcement);
        QCOMPARE(promises.size(), 2);
        QVERIFY(promises.at(0).state == UpdatePromise::State::Late); // 20 minutes after 11AM
        QVERIFY(promises.at(1).state == UpdatePromise::State::Open); // 12PM
        QTRY_VERIFY(!m_window->promiseStatus()->isVisible());
    }

    void massMentionMustBeConfirmed()
    {
        page()->openDraft(m_announce->newDraft(QStringLiteral("incident")));
        replaceText(QStringLiteral("@here Jenkins is down. We will update at 11AM."));
        QTRY_VERIFY(issueRow(LintIssue::Kind::MassMention) >= 0);
        QVERIFY(composer()->preview()->toPlainText().contains(QStringLiteral("@here")));

        QTest::mouseClick(composer()->postButton(), Qt::LeftButton);
        QTRY_VERIFY(composer()->confirmDialog() != nullptr);
        PostConfirmDialog* dialog = composer()->confirmDialog();
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmPostButton"));
        QVERIFY(dialog->massMentionConfirm());
        QVERIFY(!confirm->isEnabled());
        dialog->massMentionConfirm()->setChecked(true);
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page()->banner()->isVisible(), 15000);
        QCOMPARE(posted().size(), 1);
        QVERIFY(posted()
                    .first()
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .startsWith(QStringLiteral("<!here> Jenkins")));
    }

    void rateLimitKeepsTheDraft()
    {
        page()->openDraft(m_announce->newDraft(QStringLiteral("incident")));
        replaceText(QStringLiteral("*ANNOUNCEMENT:* Jenkins is slow. We will update at 11AM."));
        FakeFault limited;
        limited.kind = FakeFault::Kind::PostRateLimited;
        m_env->slack->injectFault(QStringLiteral("chat.postMessage"), limited);
        postAndConfirm();
        QVERIFY2(page()->banner()->text().contains(QStringLiteral("limiting")),
                 qPrintable(page()->banner()->text()));
        QCOMPARE(posted().size(), 0);
        QCOMPARE(m_announce->draftModel()->rowCount(), 1);
        QVERIFY(composer()->isEnabled());
        QVERIFY(composer()->editor()->toPlainText().contains(QStringLiteral("Jenkins is slow")));
        QVERIFY(composer()->postButton()->isEnabled());
    }

    void longTextIsPreviewedWhenTypingPauses()
    {
        page()->openDraft(m_announce->newDraft(QStringLiteral("incident")));
        QPlainTextEdit* editor = composer()->editor();
        QString text;
        while (text.size() <= ComposerWidget::kInstantPreviewChars)
            text += QStringLiteral("The *ingress* upgrade is going well :tada:\n");
        editor->setPlainText(text);
        composer()->updatePreviewNow();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral("Qz"));
        // Each key puts the render off again: typing never waits for it.
        QCOMPARE(composer()->previewDelayMs(), ComposerWidget::kLongPreviewDelayMs);
        QTRY_VERIFY(composer()->preview()->toPlainText().endsWith(QStringLiteral("Qz")));
        QCOMPARE(composer()->previewDelayMs(), -1);

        // A short text is previewed after every key.
        editor->setPlainText(QStringLiteral("Short *and* sweet"));
        QCOMPARE(composer()->previewDelayMs(), 0);
        QTRY_VERIFY(composer()->preview()->toPlainText() == QStringLiteral("Short and sweet"));
    }

    void scrollingTheEditorScrollsThePreviewWithoutRenderingIt()
    {
        page()->openDraft(m_announce->newDraft(QStringLiteral("incident")));
        QPlainTextEdit* editor = composer()->editor();
        QString text;
        for (int i = 0; i < 200; ++i)
            text += QStringLiteral("Line %1 of a long update\n").arg(i);
        editor->setPlainText(text);
        composer()->updatePreviewNow();
        QScrollBar* previewBar = composer()->preview()->verticalScrollBar();
        QTRY_VERIFY(previewBar->maximum() > 0);
        const int revision = composer()->preview()->document()->revision();
        editor->verticalScrollBar()->setValue(editor->verticalScrollBar()->maximum());
        QVERIFY(previewBar->value() > previewBar->maximum() * 9 / 10);
        QCOMPARE(composer()->preview()->document()->revision(), revision);
    }

    void discardAsksFirst()
    {
        page()->openDraft(m_announce->newDraft(QStringLiteral("incident")));
        QCOMPARE(m_announce->draftModel()->rowCount(), 1);
        auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, qApp, [button]() {
                auto* box = qApp->activeModalWidget()
                                ? qobject_cast<QMessageBox*>(qApp->activeModalWidget())
                                : nullptr;
                if (box)
                    box->button(button)->click();
            });
        };
        auto* discard = composer()->findChild<QPushButton*>(QStringLiteral("discardButton"));
        answer(QMessageBox::Cancel);
        QTest::mouseClick(discard, Qt::LeftButton);
        QCOMPARE(m_announce->draftModel()->rowCount(), 1);
        answer(QMessageBox::Discard);
        QTest::mouseClick(discard, Qt::LeftButton);
        QCOMPARE(m_announce->draftModel()->rowCount(), 0);
        QVERIFY(!composer()->isEnabled());
    }
};

QTEST_MAIN(TestAnnouncePage)
#include "tst_announcepage.moc"
