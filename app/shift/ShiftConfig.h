#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace shiftdesk {

// The team's hours: working hours (someone online), support hours (someone answering the
// support channel), which weekdays (1 = Monday ... 7 = Sunday) and the team's time zone.
struct ShiftConfig
{
    QTimeZone timeZone{QByteArrayLiteral("Europe/London")};
    QTime workStart{9, 0};
    QTime workEnd{18, 0};
    QTime supportStart{10, 0};
    QTime supportEnd{17, 0};
    QSet<int> workdays{1, 2, 3, 4, 5};

    bool isValid() const;
    bool isWorkday(int dayOfWeek) const { return workdays.contains(dayOfWeek); }
};

// One support-hours cover period, e.g. 12:00-14:00 (lunch cover).
struct CoverPeriod
{
    QTime start;
    QTime end;

    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    bool contains(QTime t) const { return t >= start && t < end; }
    QString toString() const;
    static CoverPeriod fromString(const QString& text); // "HH:mm-HH:mm"
    bool operator==(const CoverPeriod& o) const { return start == o.start && end == o.end; }
};

} // namespace shiftdesk
