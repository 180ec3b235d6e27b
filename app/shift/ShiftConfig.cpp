#include "ShiftConfig.h"

namespace shiftdesk {

bool ShiftConfig::isValid() const
{
    return timeZone.isValid() && workStart.isValid() && workEnd.isValid() &&
           supportStart.isValid() && supportEnd.isValid() && workStart < workEnd &&
           supportStart < supportEnd && workStart <= supportStart && supportEnd <= workEnd;
}

QString CoverPeriod::toString() const
{
    return start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-') +
           end.toString(QStringLiteral("HH:mm"));
}

CoverPeriod CoverPeriod::fromString(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('-'));
    if (parts.size() != 2)
        return {};
    return {QTime::fromString(parts[0].trimmed(), QStringLiteral("HH:mm")),
            QTime::fromString(parts[1].trimmed(), QStringLiteral("HH:mm"))};
}

} // namespace shiftdesk
