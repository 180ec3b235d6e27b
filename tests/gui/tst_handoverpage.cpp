// The Handover tab, driven like a user: edit a section and see the preview follow, post through
// the confirmation, find it in History; read the Overnight view and mark it read.
#include "FakeClock.h"
#include "SlackTestEnvironment.h"
#include "announce/MrkdwnPreview.h"
#include "announce/PostConfirmDialog.h"
#include "checklist/ChecklistService.h"
#include "handover/HandoverComposer.h"
#include "handover/HandoverHistoryModel.h"
#include "handover/HandoverPage.h"
#include "handover/HandoverService.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace shiftdesk;
using namespace shiftdesk::test;

namespace {
const QString kHandover = QStringLiteral("C0CP");
}

class TestHandoverPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlackTestEnvironment> m_env;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<SlackConnection> m_connection;
    std::unique_ptr<ChecklistService> m_checklist;
    std::unique_ptr<HandoverService> m_service;
    std::unique_ptr<HandoverPage> m_page;

    void screenshot(const QString& name)
    {
        const QByteArray dir = qgetenv("SHIFTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_page->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<SlackTestEnvironment>();
        m_env->slack->addChannel(kHandover, QStringLiteral("cloud-platform"));
        QVERIFY(m_env->storeTokens(false));
        m_clock = std::make_unique<FakeClock>(london(2026, 11, 30, 17, 40));
        m_connection = m_env->connect();
        m_connection->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isConnected(), 10000);
        m_checklist = std::make_unique<ChecklistService>(*m_env->profile->database,
                                                         *m_env->profile->settings, *m_clock);
        QString error;
        QVERIFY(m_checklist->start(&error));
        m_service =
            std::make_unique<HandoverService>(*m_env->profile->database, *m_env->profile->settings,
                                              *m_clock, m_connection.get(), m_checklist.get());
        QVERIFY(m_service->start(&error));
        m_page = std::make_unique<HandoverPage>(m_service.get(), nullptr);
        m_page->resize(1100, 720);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_service.reset();
        m_checklist.reset();
        m_connection.reset();
        m_clock.reset();
        m_env.reset();
    }

    void everyControlIsNamed()
    {
        for (const char* name :
             {"handoverTabs", "handoverHeading", "refillButton", "section_alarms", "section_notes",
              "handoverPreview", "destinationKind", "postHandoverButton", "overnightHandover",
              "overnightAlarms", "markReadButton", "historyList"}) {
            auto* w = m_page->findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(w, name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
        }
    }

    void editPreviewPostAndHistory()
    {
        m_page->showComposer();
        HandoverComposer* composer = m_page->composer();
        QCOMPARE(m_page->tabs()->currentWidget(), composer);
        // Filled from the shift: the open checklist items are listed.
        QVERIFY(composer->sectionEditor(QStringLiteral("checklist"))
                    ->toPlainText()
                    .contains(QStringLiteral("Read through #ask-cloud-platform")));
        QVERIFY(composer->preview()->toPlainText().contains(QStringLiteral("Handover to on-call")));

        QPlainTextEdit* alarms = composer->sectionEditor(QStringLiteral("alarms"));
        alarms->setFocus();
        alarms->selectAll();
        QTest::keyClicks(alarms, QStringLiteral("- disk <full> on node-3 & climbing"));
        QPlainTextEdit* notes = composer->sectionEditor(QStringLiteral("notes"));
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Ring me if *prod* breaks"));
        QTRY_VERIFY(composer->preview()->toPlainText().contains(
            QStringLiteral("disk <full> on node-3 & climbing")));
        QTRY_VERIFY(composer->preview()->toHtml().contains(QStringLiteral("<b>prod</b>")) ||
                    composer->preview()->toHtml().contains(QStringLiteral("font-weight:700")));
        QVERIFY(composer->wireText().contains(QStringLiteral("disk &lt;full&gt; on node-3 &amp; "
                                                             "climbing")));
        screenshot(QStringLiteral("handover-composer.png"));

        QTest::mouseClick(composer->postButton(), Qt::LeftButton);
        QTRY_VERIFY(composer->confirmDialog() != nullptr);
        PostConfirmDialog* dialog = composer->confirmDialog();
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmPostButton"));
        QVERIFY(confirm);
        const QString wire = composer->wireText();
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->historyModel()->rowCount(), 1, 15000);
        QTRY_COMPARE(
            m_service->historyModel()->index(0).data(HandoverHistoryModel::StateRole).toString(),
            QStringLiteral("posted"));
        const QJsonArray inSlack = m_env->slack->messages(kHandover);
        QCOMPARE(inSlack.size(), 1);
        QCOMPARE(inSlack.at(0).toObject().value(QStringLiteral("text")).toString(), wire);
        QVERIFY(m_checklist->todayModel()->isDone(HandoverService::kHandoverItem));
        QVERIFY(m_service->draft().isEmpty()); // handed over: no draft left for tomorrow

        m_page->tabs()->setCurrentIndex(2);
        QCOMPARE(m_page->historyList()->model()->rowCount(), 1);
        QTRY_VERIFY(m_page->historyPreview()->toPlainText().contains(
            QStringLiteral("Ring me if prod breaks")));
        screenshot(QStringLiteral("handover-history.png"));
    }

    void editsSurviveRefillsAndRestarts()
    {
        m_page->showComposer();
        HandoverComposer* composer = m_page->composer();
        QPlainTextEdit* alarms = composer->sectionEditor(QStringLiteral("alarms"));
        const QString filled = composer->sectionEditor(QStringLiteral("checklist"))->toPlainText();
        alarms->setFocus();
        alarms->selectAll();
        QTest::keyClicks(alarms, QStringLiteral("- node-3 disk: watch it"));
        QTest::keyClicks(composer->sectionEditor(QStringLiteral("notes")),
                         QStringLiteral("Back at 8"));
        QVERIFY(composer->isEdited(QStringLiteral("alarms")));
        QVERIFY(!composer->isEdited(QStringLiteral("checklist")));
        // Showing the composer again (checklist link, 17:00 offer) refills only what was not
        // typed.
        m_page->showComposer();
        QCOMPARE(alarms->toPlainText(), QStringLiteral("- node-3 disk: watch it"));
        QCOMPARE(composer->sectionEditor(QStringLiteral("checklist"))->toPlainText(), filled);

        // A restart (a new page on the same database) brings the typed sections back.
        m_page.reset();
        m_page = std::make_unique<HandoverPage>(m_service.get(), nullptr);
        m_page->show();
        m_page->showComposer(); // filled when first shown
        composer = m_page->composer();
        QCOMPARE(composer->sectionEditor(QStringLiteral("alarms"))->toPlainText(),
                 QStringLiteral("- node-3 disk: watch it"));
        QCOMPARE(composer->sectionEditor(QStringLiteral("notes"))->toPlainText(),
                 QStringLiteral("Back at 8"));
        QCOMPARE(composer->sectionEditor(QStringLiteral("checklist"))->toPlainText(), filled);
        QVERIFY(composer->isEdited(QStringLiteral("alarms")));

        // Refill on request replaces the edited sections, keeping the notes.
        composer->refill(true);
        QVERIFY(composer->sectionEditor(QStringLiteral("alarms"))->toPlainText() !=
                QStringLiteral("- node-3 disk: watch it"));
        QCOMPARE(composer->sectionEditor(QStringLiteral("notes"))->toPlainText(),
                 QStringLiteral("Back at 8"));
        QVERIFY(!composer->isEdited(QStringLiteral("alarms")));
        QCOMPARE(m_service->draft()
                     .value(QStringLiteral("edited"))
                     .toObject()
                     .value(QStringLiteral("notes"))
                     .toString(),
                 QStringLiteral("Back at 8"));
    }

    void overnightAndMarkRead()
    {
        m_env->slack->addUser(QJsonObject{{QStringLiteral("id"), QStringLiteral("U0ONCALL")},
                                          {QStringLiteral("name"), QStringLiteral("sam")},
                                          {QStringLiteral("real_name"), QStringLiteral("Sam")}});
        m_clock->set(london(2026, 11, 30, 9, 10));
        m_env->slack->postMessage(
            kHandover,
            QJsonObject{
                {QStringLiteral("user"), QStringLiteral("U0ONCALL")},
                {QStringLiteral("text"),
                 QStringLiteral("Handover: quiet weekend, *nothing* to report")},
                {QStringLiteral("ts"),
                 QStringLiteral("%1.000100").arg(london(2026, 11, 29, 20, 0).toSecsSinceEpoch())}});
        m_page->showOvernight();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->overnightHandover()->toPlainText().contains(
                                     QStringLiteral("quiet weekend, nothing to report")),
                                 10000);
        QVERIFY(m_page->overnightAlarms()->toPlainText().contains(QStringLiteral("Still firing")));
        auto* meta = m_page->findChild<QLabel*>(QStringLiteral("overnightHandoverLabel"));
        QVERIFY2(meta->text().startsWith(QStringLiteral("From Sam, Sun 20:00")),
                 qPrintable(meta->text()));
        screenshot(QStringLiteral("handover-overnight.png"));
        QVERIFY(m_page->markReadButton()->isEnabled());
        QTest::mouseClick(m_page->markReadButton(), Qt::LeftButton);
        QVERIFY(!m_page->markReadButton()->isEnabled());
        QVERIFY(m_checklist->todayModel()->isDone(HandoverService::kOvernightItem));
    }
};

QTEST_MAIN(TestHandoverPage)
#include "tst_handoverpage.moc"
