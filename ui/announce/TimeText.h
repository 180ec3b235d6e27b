#pragma once

#include "announce/AnnounceTemplate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace shiftdesk {

// Times in the Announce tab are written the way announcements write them ("1PM", "10:35AM"),
// in the team's time zone, with the day only when it is not today.
struct TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
public:
    static QString time(const QDateTime& instant, const QTimeZone& zone)
    {
        return AnnounceTemplate::formatTime(
            instant.toTimeZone(zone).time().toString(QStringLiteral("HH:mm")), false);
    }

    static QString when(const QDateTime& instant, const QTimeZone& zone, const QDateTime& now)
    {
        const QDateTime local = instant.toTimeZone(zone);
        const QDate today = now.toTimeZone(zone).date();
        if (local.date() == today)
            return time(instant, zone);
        if (local.date() == today.addDays(-1))
            return tr("yesterday %1").arg(time(instant, zone));
        return tr("%1 %2").arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM")),
                               time(instant, zone));
    }
};

} // namespace shiftdesk
