#include "PhaseReminders.h"

#include "ChecklistStore.h"
#include "shift/ShiftSchedule.h"

namespace shiftdesk {

PhaseReminders::PhaseReminders(ChecklistStore& store)
    : m_store(store)
{}

QDateTime PhaseReminders::expiry(QDate day, const ChecklistPhase& phase,
                                 const ShiftSchedule& schedule)
{
    if (phase.until.isValid())
        return schedule.instantOf(day, phase.until);
    return schedule.instantOf(day, phase.time).addSecs(60 * 60);
}

QList<PhaseReminder> PhaseReminders::evaluate(const QDateTime& now, QDate day,
                                              const ChecklistTemplate& checklist,
                                              const ShiftSchedule& schedule,
                                              const std::function<int(int)>& openItems)
{
    QList<PhaseReminder> due;
    if (!schedule.isWorkday(day))
        return due;
    if (m_cachedDay != day) {
        m_cachedDay = day;
        m_claimed = m_store.claimedReminders(day);
    }
    for (int p = 0; p < checklist.phases.size(); ++p) {
        const ChecklistPhase& phase = checklist.phases[p];
        if (m_claimed.contains(phase.id) || now < schedule.instantOf(day, phase.remindAt))
            continue;
        const int open = openItems(p);
        const bool claimed = m_store.claimReminder(day, phase.id, now, open);
        m_claimed.insert(phase.id);
        if (claimed && open > 0 && now < expiry(day, phase, schedule))
            due.append({day, phase.id, phase.title, open});
    }
    return due;
}

} // namespace shiftdesk
