#pragma once

#include "core/Clock.h"

#include <QTimeZone>

namespace shiftdesk::test {

// A clock that stands still until a test moves it. Moving it emits jumped(), so everything
// watching the clock re-evaluates at once.
class FakeClock final : public Clock
{
    Q_OBJECT
public:
    explicit FakeClock(QDateTime start, QObject* parent = nullptr)
        : Clock(parent)
        , m_now(start.toUTC())
    {}

    QDateTime now() const override { return m_now; }

    void set(const QDateTime& instant)
    {
        m_now = instant.toUTC();
        Q_EMIT jumped();
    }
    void advance(qint64 seconds) { set(m_now.addSecs(seconds)); }

private:
    QDateTime m_now;
};

// London wall-clock time as a UTC instant.
inline QDateTime london(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QByteArrayLiteral("Europe/London")))
        .toUTC();
}

} // namespace shiftdesk::test
