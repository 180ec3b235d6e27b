#include "OvernightSummary.h"

#include <algorithm>

namespace shiftdesk {

OvernightAlarms OvernightAlarms::summarise(const QList<HandoverAlarm>& alarms,
                                           const TimeWindow& window)
{
    OvernightAlarms out;
    if (!window.isValid())
        return out;
    for (const HandoverAlarm& a : alarms) {
        if (!a.isAlert)
            continue;
        if (a.firedAt.isValid() && window.contains(a.firedAt))
            out.fired.append(a);
        if (!a.firing && a.resolvedAt.isValid() && window.contains(a.resolvedAt))
            out.resolved.append(a);
        if (a.firing && a.firedAt.isValid() && a.firedAt < window.end)
            out.stillFiring.append(a);
    }
    const auto byFired = [](const HandoverAlarm& x, const HandoverAlarm& y) {
        return x.firedAt < y.firedAt;
    };
    std::stable_sort(out.fired.begin(), out.fired.end(), byFired);
    std::stable_sort(out.stillFiring.begin(), out.stillFiring.end(), byFired);
    std::stable_sort(
        out.resolved.begin(), out.resolved.end(),
        [](const HandoverAlarm& x, const HandoverAlarm& y) { return x.resolvedAt < y.resolvedAt; });
    return out;
}

} // namespace shiftdesk
