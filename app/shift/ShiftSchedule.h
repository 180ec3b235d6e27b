#pragma once

#include "ShiftConfig.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace shiftdesk {

enum class ShiftPhase {
    OffHours,      // outside working hours: on-call covers high-priority incidents
    BeforeSupport, // working hours, before support hours (09:00-10:00 overlap with on-call)
    SupportHours,  // support hours
    AfterSupport,  // working hours, after support hours (17:00-18:00 overlap with on-call)
};

struct ShiftState
{
    ShiftPhase phase = ShiftPhase::OffHours;
    ShiftPhase nextPhase = ShiftPhase::OffHours;
    QDateTime nextChange; // UTC; invalid when nothing changes within the next two weeks
};

// Pure computation of where the team is in its day. All boundaries are computed as wall-clock
// times in the team's time zone, so they stay right across daylight-saving changes.
class ShiftSchedule
{
    Q_DECLARE_TR_FUNCTIONS(ShiftSchedule)

public:
    explicit ShiftSchedule(ShiftConfig config = {});

    const ShiftConfig& config() const { return m_config; }

    ShiftState stateAt(const QDateTime& instant) const;
    // The team's calendar day at an instant.
    QDate dayAt(const QDateTime& instant) const;
    // The instant a wall-clock time happens on a day in the team's time zone (UTC). A time that
    // falls in a DST gap is moved forward past the gap.
    QDateTime instantOf(QDate day, QTime time) const;
    // Wall-clock time of day in the team's time zone.
    QTime timeAt(const QDateTime& instant) const;
    bool isWorkday(QDate day) const;

    static QString phaseName(ShiftPhase phase);
    // "Support hours · 2h 40m left" / "Outside working hours · on-call covers ...".
    QString describe(const QDateTime& instant) const;
    static QString formatDuration(qint64 seconds);

private:
    ShiftConfig m_config;
};

} // namespace shiftdesk
