#pragma once

#include "ChecklistModel.h"
#include "ChecklistStore.h"
#include "HistoryModel.h"
#include "PhaseReminders.h"
#include "shift/CoverModel.h"
#include "shift/CoverStore.h"
#include "shift/ShiftSchedule.h"

#include <QObject>
#include <QTimer>

namespace shiftdesk {

class Clock;
class Database;
class Settings;

// The day's checklist as a service: keeps "today" (in the team's time zone) current across
// midnight and DST changes, persists ticks, owns the template, the cover rota and the history,
// and reports phase reminders when they are due.
class ChecklistService : public QObject
{
    Q_OBJECT
public:
    ChecklistService(Database& db, Settings& settings, Clock& clock, QObject* parent = nullptr);
    ~ChecklistService() override;

    // Loads the template and today's list. Returns false with a message if storage fails.
    bool start(QString* error);
    // How often the service looks at the clock (default 1 s).
    void setCheckInterval(int msec);

    QDate today() const { return m_today; }
    const ShiftSchedule& schedule() const { return m_schedule; }
    const ChecklistTemplate& activeTemplate() const { return m_template; }

    ChecklistModel* todayModel() const { return m_todayModel; }
    CoverModel* coverModel() const { return m_coverModel; }
    HistoryModel* historyModel() const { return m_historyModel; }

    // Fills a read-only model with a past day as it was. Returns false if the day is unknown.
    bool loadDay(QDate day, ChecklistModel* model) const;

    // Validates and installs a new template; today's list switches to it, ticks are kept by item
    // id. A bad file leaves everything as it was and explains why in *error.
    bool importTemplate(const QByteArray& json, QString* error);
    QByteArray exportTemplate() const;
    bool resetTemplateToDefault(QString* error);

    // Who covers the support channel right now ("" outside support hours / nobody nominated).
    QString coverNow() const;
    // Open items in today's phases that have already started (the tab badge).
    int openInStartedPhases() const;

public Q_SLOTS:
    void evaluate();

Q_SIGNALS:
    void dayChanged(QDate today);
    void remindersDue(const QList<shiftdesk::PhaseReminder>& reminders);
    void storageError(const QString& message);

private:
    bool switchToDay(QDate day, QString* error);
    bool writeTick(const QString& itemId, bool done, Tick* tick, QString* error);
    DaySummary summarize(const DayRecord& record) const;
    void refreshHistory();
    bool installTemplate(const ChecklistTemplate& checklist, QString* error);

    Settings& m_settings;
    Clock& m_clock;
    ChecklistStore m_store;
    CoverStore m_coverStore;
    PhaseReminders m_reminders;
    ShiftSchedule m_schedule;
    ChecklistTemplate m_template;
    QDate m_today;
    ChecklistModel* m_todayModel;
    CoverModel* m_coverModel;
    HistoryModel* m_historyModel;
    QTimer m_timer;
    bool m_started = false;
};

} // namespace shiftdesk
