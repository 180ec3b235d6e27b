// The checklist service's day: persistence across restarts, rollover at the team's midnight
// (also across daylight-saving changes), history, and template import/export.
#include "FakeClock.h"
#include "TestProfile.h"
#include "checklist/ChecklistService.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace shiftdesk;
using namespace shiftdesk::test;

class TestChecklistDay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<ChecklistService> m_service;

    void startService()
    {
        m_service = std::make_unique<ChecklistService>(*m_profile->database, *m_profile->settings,
                                                       *m_clock);
        QString error;
        QVERIFY2(m_service->start(&error), qPrintable(error));
    }

    void restart()
    {
        m_service.reset();
        m_profile->reopen();
        startService();
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TestProfile>();
        m_profile->settings->setIdentity(QStringLiteral("alice"));
        m_clock = std::make_unique<FakeClock>(london(2026, 11, 27, 9, 5));
        startService();
    }

    void cleanup()
    {
        m_service.reset();
        m_clock.reset();
        m_profile.reset();
    }

    void ticksSurviveARestart()
    {
        QCOMPARE(m_service->today(), QDate(2026, 11, 27));
        QVERIFY(m_service->todayModel()->setItemDone(QStringLiteral("check-alarm-channels"), true));
        m_clock->advance(60);
        QVERIFY(m_service->todayModel()->setItemDone(QStringLiteral("on-call-handover"), true));
        QVERIFY(m_service->todayModel()->setItemDone(QStringLiteral("on-call-handover"), false));
        restart();
        ChecklistModel* model = m_service->todayModel();
        QVERIFY(model->isDone(QStringLiteral("check-alarm-channels")));
        QVERIFY(!model->isDone(QStringLiteral("on-call-handover")));
        const QModelIndex item = model->indexOfItem(QStringLiteral("check-alarm-channels"));
        QCOMPARE(item.data(ChecklistModel::TickedByRole).toString(), QStringLiteral("alice"));
        QCOMPARE(item.data(ChecklistModel::TickedAtRole).toDateTime(), london(2026, 11, 27, 9, 5));
        QCOMPARE(model->indexOfItem(QStringLiteral("on-call-handover"), 1).data().toString(),
                 QStringLiteral("Unticked by alice at 09:06"));
    }

    void aNewDayStartsAFreshListAndKeepsHistory()
    {
        QVERIFY(m_service->todayModel()->setItemDone(QStringLiteral("check-alarm-channels"), true));
        QSignalSpy dayChanged(m_service.get(), &ChecklistService::dayChanged);
        m_clock->set(london(2026, 11, 27, 23, 59));
        QCOMPARE(dayChanged.size(), 0);
        m_clock->set(london(2026, 11, 28, 0, 0));
        QCOMPARE(dayChanged.size(), 1);
        QCOMPARE(m_service->today(), QDate(2026, 11, 28));
        QCOMPARE(m_service->todayModel()->doneCount(), 0);

        HistoryModel* history = m_service->historyModel();
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->dayAt(0), QDate(2026, 11, 28));
        QCOMPARE(history->index(1).data(HistoryModel::DoneRole).toInt(), 1);
        QCOMPARE(history->index(1).data(HistoryModel::TotalRole).toInt(), 12);

        ChecklistModel past;
        QVERIFY(m_service->loadDay(QDate(2026, 11, 27), &past));
        QVERIFY(past.isReadOnly());
        QVERIFY(past.isDone(QStringLiteral("check-alarm-channels")));
        QVERIFY(!m_service->loadDay(QDate(2020, 1, 1), &past));
    }

    void rolloverUsesTheTeamsMidnightAcrossDaylightSaving()
    {
        // Spring forward: 23:30 UTC on Sunday 29 March 2026 is already 00:30 BST on the 30th.
        m_clock->set(QDateTime(QDate(2026, 3, 29), QTime(22, 59), Qt::UTC));
        QCOMPARE(m_service->today(), QDate(2026, 3, 29));
        m_clock->set(QDateTime(QDate(2026, 3, 29), QTime(23, 0), Qt::UTC));
        QCOMPARE(m_service->today(), QDate(2026, 3, 30));
        // Fall back: the 25 October 2026 day is 25 hours long; 23:30 UTC is still the 25th.
        m_clock->set(QDateTime(QDate(2026, 10, 24), QTime(23, 0), Qt::UTC)); // 00:00 BST, 25th
        QCOMPARE(m_service->today(), QDate(2026, 10, 25));
        m_clock->set(QDateTime(QDate(2026, 10, 25), QTime(23, 30), Qt::UTC)); // 23:30 GMT
        QCOMPARE(m_service->today(), QDate(2026, 10, 25));
        m_clock->set(QDateTime(QDate(2026, 10, 26), QTime(0, 0), Qt::UTC));
        QCOMPARE(m_service->today(), QDate(2026, 10, 26));
    }

    void timeZoneIsASetting()
    {
        ShiftConfig c = m_profile->settings->shiftConfig();
        c.timeZone = QTimeZone(QByteArrayLiteral("Pacific/Auckland"));
        m_profile->settings->setShiftConfig(c); // 09:05 London = 22:05 in Auckland
        QCOMPARE(m_service->today(), QDate(2026, 11, 27));
        m_clock->set(london(2026, 11, 27, 11, 0)); // 00:00 NZDT on the 28th
        QCOMPARE(m_service->today(), QDate(2026, 11, 28));
    }

    void importReplacesTheTemplateAndKeepsTicksById()
    {
        QVERIFY(m_service->todayModel()->setItemDone(QStringLiteral("monitor-alarms"), true));
        const QByteArray json = R"({"format":"shiftdesk-checklist","version":1,"phases":[
            {"id":"p","title":"Only phase","time":"09:00","items":[
                {"id":"monitor-alarms","text":"Watch the alarms"},
                {"id":"new-item","text":"Something new"}]}]})";
        QString error;
        QVERIFY2(m_service->importTemplate(json, &error), qPrintable(error));
        ChecklistModel* model = m_service->todayModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->totalCount(), 2);
        QVERIFY(model->isDone(QStringLiteral("monitor-alarms")));
        // It stays in use after a restart and for the next day.
        restart();
        QCOMPARE(m_service->todayModel()->totalCount(), 2);
        m_clock->set(london(2026, 11, 30, 9));
        QCOMPARE(m_service->todayModel()->totalCount(), 2);
        QCOMPARE(m_service->todayModel()->doneCount(), 0);
    }

    void aBadImportChangesNothing()
    {
        const QByteArray before = m_service->exportTemplate();
        QString error;
        QVERIFY(!m_service->importTemplate(
            QByteArrayLiteral("{\n  \"format\": \"shiftdesk-checklist\",\n  oops\n}"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Line 3")), qPrintable(error));
        QCOMPARE(m_service->exportTemplate(), before);
        QCOMPARE(m_service->todayModel()->totalCount(), 12);
        restart();
        QCOMPARE(m_service->todayModel()->totalCount(), 12);
    }

    void exportedTemplateImportsBack()
    {
        const QByteArray exported = m_service->exportTemplate();
        QString error;
        QVERIFY2(ChecklistTemplate::parse(exported, &error).has_value(), qPrintable(error));
        QVERIFY2(m_service->importTemplate(exported, &error), qPrintable(error));
        QCOMPARE(m_service->exportTemplate(), exported);
        QVERIFY(m_service->resetTemplateToDefault(&error));
        QCOMPARE(m_service->exportTemplate(), ChecklistTemplate::defaultTemplate().toJson());
    }

    void badgeCountsOpenItemsOfStartedPhases()
    {
        QCOMPARE(m_service->openInStartedPhases(), 4); // 09:05: start of day only
        QVERIFY(m_service->todayModel()->setItemDone(QStringLiteral("on-call-handover"), true));
        QCOMPARE(m_service->openInStartedPhases(), 3);
        m_clock->set(london(2026, 11, 27, 10, 30));
        QCOMPARE(m_service->openInStartedPhases(), 3 + 4 + 3);
        m_clock->set(london(2026, 11, 28, 10, 30)); // Saturday
        QCOMPARE(m_service->openInStartedPhases(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChecklistDay)
#include "tst_checklistday.moc"
