#pragma once

#include "ChecklistTemplate.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <functional>

namespace shiftdesk {

class ChecklistStore;
class ShiftSchedule;

struct PhaseReminder
{
    QDate day;
    QString phaseId;
    QString title;
    int openItems = 0;
};

// Decides which phase reminders are due. A phase is due once its reminder time has come on a
// workday; each (day, phase) is claimed in the database before it is reported, so nothing fires
// twice, even after a restart. A phase whose window has passed (the app was not running) is
// claimed silently: nobody wants a "start of day" reminder at night.
class PhaseReminders
{
public:
    explicit PhaseReminders(ChecklistStore& store);

    QList<PhaseReminder> evaluate(const QDateTime& now, QDate day,
                                  const ChecklistTemplate& checklist, const ShiftSchedule& schedule,
                                  const std::function<int(int phase)>& openItems);
    // The instant after which a phase's reminder is no longer worth showing.
    static QDateTime expiry(QDate day, const ChecklistPhase& phase, const ShiftSchedule& schedule);

private:
    ChecklistStore& m_store;
    QDate m_cachedDay;
    QSet<QString> m_claimed;
};

} // namespace shiftdesk
