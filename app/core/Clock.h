#pragma once

#include <QDateTime>
#include <QObject>

namespace shiftdesk {

// Source of "now". Everything that depends on the time of day takes a Clock so that
// tests (and the demo workspace) can drive days, DST changes and reminders.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Clock() override = default;

    // Current instant, always in UTC.
    virtual QDateTime now() const = 0;

Q_SIGNALS:
    // The time moved other than by flowing (a test set it, the system clock was adjusted).
    void jumped();
};

class SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    QDateTime now() const override;
};

} // namespace shiftdesk
