#include "Clock.h"

namespace shiftdesk {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace shiftdesk
