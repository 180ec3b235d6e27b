#pragma once

#include "HandoverSnapshot.h"
#include "OvernightWindow.h"

namespace shiftdesk {

// What happened in the alarm channels out of hours. Pure. An alarm that fired and resolved in
// the window is in both `fired` and `resolved`; `stillFiring` are the alarms firing now that
// fired before the window ended (overnight or earlier). Each list is oldest first.
struct OvernightAlarms
{
    QList<HandoverAlarm> fired{};
    QList<HandoverAlarm> resolved{};
    QList<HandoverAlarm> stillFiring{};

    bool isEmpty() const { return fired.isEmpty() && resolved.isEmpty() && stillFiring.isEmpty(); }
    static OvernightAlarms summarise(const QList<HandoverAlarm>& alarms, const TimeWindow& window);
};

} // namespace shiftdesk
