#pragma once

#include "Announcement.h"

#include <QList>

namespace shiftdesk {

// How posting an update or a resolution settles the promises still open, and how an open
// promise looks as time passes. Pure functions, so the rules are tested on their own.
//
// - An update settles every open promise due at or before postedAt + kEarlyMinutes. If that
//   settles none (the update came early), it settles the earliest open promise: the user gave
//   the update they promised, just sooner.
// - A settled promise is Kept if the update came no later than due + kGraceMinutes, Late if no
//   later than due + kLateMinutes, else Missed.
// - A resolution settles every open promise: those due at or before postedAt + kEarlyMinutes
//   by the same rule (a resolution is the update that was promised), those due later as
//   Cancelled (nothing left to update on).
// - An announcement (kind Announcement) settles nothing.
// `open` may be in any order and may hold promises that
// are not open (they are ignored).
class PromiseRules
{
public:
    static constexpr int kEarlyMinutes = 30;
    static constexpr int kGraceMinutes = 10; // "update at 3PM", given at 15:10: kept
    static constexpr int kLateMinutes = 60;

    struct Settlement
    {
        qint64 promiseId = 0;
        UpdatePromise::State state = UpdatePromise::State::Kept;
    };
    static QList<Settlement> settle(const QList<UpdatePromise>& open, AnnounceKind postKind,
                                    const QDateTime& postedAt);

    // How an open promise stands at `now`.
    enum class Standing { Upcoming, DueSoon, Due, Overdue, Missed };
    // Upcoming; DueSoon within leadMinutes before due; Due from due to due + kGraceMinutes;
    // Overdue until due + kLateMinutes; Missed after. Each limit belongs to the earlier
    // standing, as in settle(): at exactly due + kGraceMinutes an update is still Kept.
    // Only the times count, not promise.state.
    static Standing standing(const UpdatePromise& promise, const QDateTime& now, int leadMinutes);
};

} // namespace shiftdesk
