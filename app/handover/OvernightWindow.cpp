#include "OvernightWindow.h"

namespace shiftdesk {

QDate OvernightWindow::previousWorkday(const ShiftSchedule& schedule, QDate day)
{
    for (int back = 1; back <= 7; ++back) {
        if (schedule.isWorkday(day.addDays(-back)))
            return day.addDays(-back);
    }
    return {};
}

QDate OvernightWindow::nextWorkday(const ShiftSchedule& schedule, QDate day)
{
    for (int ahead = 1; ahead <= 7; ++ahead) {
        if (schedule.isWorkday(day.addDays(ahead)))
            return day.addDays(ahead);
    }
    return {};
}

TimeWindow OvernightWindow::at(const ShiftSchedule& schedule, const QDateTime& instant)
{
    const QDate today = schedule.dayAt(instant);
    const QDate morning = schedule.isWorkday(today) ? today : nextWorkday(schedule, today);
    const QDate before = previousWorkday(schedule, morning.isValid() ? morning : today);
    if (!morning.isValid() || !before.isValid())
        return {};
    TimeWindow w;
    w.start = schedule.instantOf(before, schedule.config().workEnd);
    w.end = schedule.instantOf(morning, schedule.config().workStart);
    return w;
}

} // namespace shiftdesk
