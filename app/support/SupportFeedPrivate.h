#pragma once

// What the three SupportFeed source files share (not part of the feed's interface).
#include <QJsonObject>
#include <QString>

namespace shiftdesk::support_detail {

inline constexpr int kMaxHistoryPages = 20;
inline constexpr int kMaxThreadPages = 5;
inline constexpr int kThreadsInFlight = 3;
inline constexpr int kRebuildDelayMs = 25;
inline constexpr int kClaimCheckMs = 15000;

inline QString eyes()
{
    return QStringLiteral("eyes");
}

inline QString tsFromSeconds(qint64 seconds)
{
    return QString::number(seconds) + QStringLiteral(".000000");
}

inline QString str(const QJsonObject& o, QLatin1String key)
{
    return o.value(key).toString();
}

} // namespace shiftdesk::support_detail
