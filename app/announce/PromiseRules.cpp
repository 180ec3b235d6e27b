#include "PromiseRules.h"

#include <algorithm>

namespace shiftdesk {

namespace {
UpdatePromise::State outcome(const QDateTime& due, const QDateTime& postedAt)
{
    if (postedAt <= due.addSecs(60 * PromiseRules::kGraceMinutes))
        return UpdatePromise::State::Kept;
    if (postedAt <= due.addSecs(60 * PromiseRules::kLateMinutes))
        return UpdatePromise::State::Late;
    return UpdatePromise::State::Missed;
}
} // namespace

QList<PromiseRules::Settlement> PromiseRules::settle(const QList<UpdatePromise>& open,
                                                     AnnounceKind postKind,
                                                     const QDateTime& postedAt)
{
    QList<Settlement> out;
    if (postKind == AnnounceKind::Announcement || !postedAt.isValid())
        return out;

    QList<UpdatePromise> pending;
    for (const UpdatePromise& p : open) {
        if (p.state == UpdatePromise::State::Open && p.due.isValid())
            pending.append(p);
    }
    std::stable_sort(pending.begin(), pending.end(),
                     [](const UpdatePromise& a, const UpdatePromise& b) { return a.due < b.due; });

    const QDateTime window = postedAt.addSecs(60 * kEarlyMinutes);
    for (const UpdatePromise& p : std::as_const(pending)) {
        if (p.due <= window)
            out.append({p.id, outcome(p.due, postedAt)});
        else if (postKind == AnnounceKind::Resolution)
            out.append({p.id, UpdatePromise::State::Cancelled});
    }
    // An update that came early keeps the next promise: it is the update that was promised.
    if (out.isEmpty() && postKind == AnnounceKind::Update && !pending.isEmpty())
        out.append({pending.first().id, UpdatePromise::State::Kept});
    return out;
}

PromiseRules::Standing PromiseRules::standing(const UpdatePromise& promise, const QDateTime& now,
                                              int leadMinutes)
{
    const QDateTime& due = promise.due;
    if (now < due.addSecs(-60 * qint64(std::max(leadMinutes, 0))))
        return Standing::Upcoming;
    if (now < due)
        return Standing::DueSoon;
    if (now <= due.addSecs(60 * kGraceMinutes))
        return Standing::Due;
    if (now <= due.addSecs(60 * kLateMinutes))
        return Standing::Overdue;
    return Standing::Missed;
}

} // namespace shiftdesk
