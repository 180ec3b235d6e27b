#pragma once

#include "shift/ShiftSchedule.h"

#include <QDateTime>

namespace shiftdesk {

// A span of time [start, end) in UTC.
struct TimeWindow
{
    QDateTime start{}; // UTC
    QDateTime end{};   // UTC

    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    bool contains(const QDateTime& instant) const { return instant >= start && instant < end; }
};

// The out-of-hours time the on-call engineer covered, as the support shift sees it in the
// morning. Pure: computed from the team's working hours, workdays and time zone (ShiftSchedule),
// with every boundary a wall-clock time in the team's zone, so it is right across DST changes.
//
// On a workday the window ends at that day's start of working hours (09:00) and starts at the
// end of working hours (18:00) of the previous workday: Tuesday morning covers Monday 18:00 to
// Tuesday 09:00; Monday morning covers Friday 18:00 to Monday 09:00. Later on the same workday
// it is still the same window (the handover of "this morning"). On a day off it is the
// out-of-hours stretch that day is part of: Saturday covers Friday 18:00 to Monday 09:00.
// Invalid when the schedule has no workdays.
class OvernightWindow
{
public:
    static TimeWindow at(const ShiftSchedule& schedule, const QDateTime& instant);
    // Where "the latest handover since yesterday's end of day" starts looking: the window's start.
    static QDateTime handoverSince(const ShiftSchedule& schedule, const QDateTime& instant)
    {
        return at(schedule, instant).start;
    }
    // The nearest workday strictly before / after `day` (invalid if none within a week).
    static QDate previousWorkday(const ShiftSchedule& schedule, QDate day);
    static QDate nextWorkday(const ShiftSchedule& schedule, QDate day);
};

} // namespace shiftdesk
