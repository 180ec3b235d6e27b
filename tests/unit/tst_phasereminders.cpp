// Phase reminders: due when the phase's reminder time arrives with items open, never twice for
// the same phase and day, including after a restart.
#include "FakeClock.h"
#include "TestProfile.h"
#include "checklist/ChecklistService.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace shiftdesk;
using namespace shiftdesk::test;

Q_DECLARE_METATYPE(QList<shiftdesk::PhaseReminder>)

class TestPhaseReminders : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<ChecklistService> m_service;
    std::unique_ptr<QSignalSpy> m_spy;

    void startService()
    {
        m_service = std::make_unique<ChecklistService>(*m_profile->database, *m_profile->settings,
                                                       *m_clock);
        m_spy = std::make_unique<QSignalSpy>(m_service.get(), &ChecklistService::remindersDue);
        QString error;
        QVERIFY2(m_service->start(&error), qPrintable(error));
    }

    void restart()
    {
        m_spy.reset();
        m_service.reset();
        m_profile->reopen();
        startService();
    }

    QList<PhaseReminder> lastReminders() const
    {
        return m_spy->last().at(0).value<QList<PhaseReminder>>();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<shiftdesk::PhaseReminder>>(); }

    void init()
    {
        m_profile = std::make_unique<TestProfile>();
        m_clock = std::make_unique<FakeClock>(london(2026, 11, 27, 8, 59));
        startService();
    }

    void cleanup()
    {
        m_spy.reset();
        m_service.reset();
        m_clock.reset();
        m_profile.reset();
    }

    void firesOncePerPhaseAndDay()
    {
        QCOMPARE(m_spy->size(), 0);
        m_clock->set(london(2026, 11, 27, 9, 0));
        QCOMPARE(m_spy->size(), 1);
        const QList<PhaseReminder> due = lastReminders();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].phaseId, QStringLiteral("start-of-day"));
        QCOMPARE(due[0].openItems, 4);
        QCOMPARE(due[0].day, QDate(2026, 11, 27));
        m_clock->advance(30);
        m_service->evaluate();
        QCOMPARE(m_spy->size(), 1);
    }

    void doesNotFireAgainAfterARestart()
    {
        m_clock->set(london(2026, 11, 27, 9, 1));
        QCOMPARE(m_spy->size(), 1);
        restart();
        m_service->evaluate();
        QCOMPARE(m_spy->size(), 0);
        // The next phases still come, once.
        m_clock->set(london(2026, 11, 27, 10, 0));
        QCOMPARE(m_spy->size(), 1);
        QCOMPARE(lastReminders().size(), 2); // support hours and whole team share 10:00
        restart();
        m_clock->set(london(2026, 11, 27, 10, 5));
        QCOMPARE(m_spy->size(), 0);
    }

    void nothingWhenEverythingIsDone()
    {
        QVERIFY(m_service->todayModel()->setItemDone(QStringLiteral("handover-to-on-call"), true));
        m_clock->set(london(2026, 11, 27, 17, 45));
        // Only the phases with open items, and end of day is done.
        for (const QList<QVariant>& call : std::as_const(*m_spy)) {
            for (const PhaseReminder& r : call.at(0).value<QList<PhaseReminder>>())
                QVERIFY(r.phaseId != QStringLiteral("end-of-day"));
        }
        // Unticking later does not bring the reminder back the same day.
        QVERIFY(m_service->todayModel()->setItemDone(QStringLiteral("handover-to-on-call"), false));
        const int before = int(m_spy->size());
        m_clock->set(london(2026, 11, 27, 17, 50));
        QCOMPARE(int(m_spy->size()), before);
    }

    void endOfDayRemindsAtQuarterToSix()
    {
        m_clock->set(london(2026, 11, 27, 17, 0)); // earlier phases expire silently or fire
        m_spy->clear();
        m_clock->set(london(2026, 11, 27, 17, 44));
        QCOMPARE(m_spy->size(), 0);
        m_clock->set(london(2026, 11, 27, 17, 45));
        QCOMPARE(m_spy->size(), 1);
        QCOMPARE(lastReminders().at(0).phaseId, QStringLiteral("end-of-day"));
    }

    void staleRemindersAreNotShownAtNight()
    {
        // The app was not running all day and starts at 21:00: no "start of day" now.
        m_clock->set(london(2026, 11, 27, 21, 0));
        QCOMPARE(m_spy->size(), 0);
    }

    void aNewDayRemindsAgain()
    {
        m_clock->set(london(2026, 11, 27, 9, 0));
        QCOMPARE(m_spy->size(), 1);
        m_clock->set(london(2026, 11, 30, 9, 0)); // Monday
        QCOMPARE(m_spy->size(), 2);
        QCOMPARE(lastReminders().at(0).day, QDate(2026, 11, 30));
    }

    void weekendsAreQuiet()
    {
        m_clock->set(london(2026, 11, 28, 9, 0));
        m_clock->set(london(2026, 11, 28, 17, 45));
        QCOMPARE(m_spy->size(), 0);
    }

    void canBeSwitchedOff()
    {
        m_profile->settings->setRemindersEnabled(false);
        m_clock->set(london(2026, 11, 27, 9, 0));
        QCOMPARE(m_spy->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPhaseReminders)
#include "tst_phasereminders.moc"
