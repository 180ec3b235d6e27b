#include "ShiftSchedule.h"

#include <QList>
#include <QPair>

namespace shiftdesk {

ShiftSchedule::ShiftSchedule(ShiftConfig config)
    : m_config(std::move(config))
{}

QDate ShiftSchedule::dayAt(const QDateTime& instant) const
{
    return instant.toTimeZone(m_config.timeZone).date();
}

QTime ShiftSchedule::timeAt(const QDateTime& instant) const
{
    return instant.toTimeZone(m_config.timeZone).time();
}

QDateTime ShiftSchedule::instantOf(QDate day, QTime time) const
{
    QDateTime local(day, time, m_config.timeZone);
    if (!local.isValid()) {
        // Wall-clock time skipped by a DST change: the first valid minute after it.
        for (int minutes = 1; minutes <= 180 && !local.isValid(); ++minutes)
            local = QDateTime(day, time.addSecs(minutes * 60), m_config.timeZone);
    }
    return local.toUTC();
}

bool ShiftSchedule::isWorkday(QDate day) const
{
    return m_config.isWorkday(day.dayOfWeek());
}

ShiftState ShiftSchedule::stateAt(const QDateTime& instant) const
{
    const QDateTime now = instant.toUTC();
    const QDate today = dayAt(now);

    // Every boundary from yesterday to two weeks ahead, in order: (instant, phase after it).
    QList<QPair<QDateTime, ShiftPhase>> boundaries;
    for (int offset = -1; offset <= 14; ++offset) {
        const QDate day = today.addDays(offset);
        if (!isWorkday(day))
            continue;
        if (m_config.workStart < m_config.supportStart)
            boundaries.append({instantOf(day, m_config.workStart), ShiftPhase::BeforeSupport});
        boundaries.append({instantOf(day, m_config.supportStart), ShiftPhase::SupportHours});
        if (m_config.supportEnd < m_config.workEnd)
            boundaries.append({instantOf(day, m_config.supportEnd), ShiftPhase::AfterSupport});
        boundaries.append({instantOf(day, m_config.workEnd), ShiftPhase::OffHours});
    }

    ShiftState state;
    qsizetype i = 0;
    for (; i < boundaries.size() && boundaries[i].first <= now; ++i)
        state.phase = boundaries[i].second;
    for (; i < boundaries.size(); ++i) {
        if (boundaries[i].second != state.phase) {
            state.nextChange = boundaries[i].first;
            state.nextPhase = boundaries[i].second;
            break;
        }
    }
    return state;
}

QString ShiftSchedule::phaseName(ShiftPhase phase)
{
    switch (phase) {
    case ShiftPhase::OffHours:
        return tr("Outside working hours");
    case ShiftPhase::BeforeSupport:
        return tr("Start of day");
    case ShiftPhase::SupportHours:
        return tr("Support hours");
    case ShiftPhase::AfterSupport:
        return tr("End of day");
    }
    return {};
}

QString ShiftSchedule::formatDuration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return tr("%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1h %2m").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return tr("%1m").arg(minutes);
    return tr("%1s").arg(seconds);
}

QString ShiftSchedule::describe(const QDateTime& instant) const
{
    const ShiftState state = stateAt(instant);
    const qint64 left = state.nextChange.isValid() ? instant.secsTo(state.nextChange) : -1;
    const QString countdown = formatDuration(left);
    switch (state.phase) {
    case ShiftPhase::OffHours:
        if (left < 0)
            return tr("Outside working hours · on-call covers high-priority incidents");
        return tr("Outside working hours · on-call covers high-priority incidents · "
                  "working hours start in %1")
            .arg(countdown);
    case ShiftPhase::BeforeSupport:
        return tr("Start of day · support hours start in %1").arg(countdown);
    case ShiftPhase::SupportHours:
        return tr("Support hours · %1 left").arg(countdown);
    case ShiftPhase::AfterSupport:
        return tr("End of day · hand over to on-call in %1").arg(countdown);
    }
    return {};
}

} // namespace shiftdesk
