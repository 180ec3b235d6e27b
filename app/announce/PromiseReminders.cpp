#include "PromiseReminders.h"

#include "PromiseRules.h"

#include <algorithm>

namespace shiftdesk {

namespace {
QDateTime beforeTime(const UpdatePromise& p, int leadMinutes)
{
    return p.due.addSecs(-60 * qint64(std::max(leadMinutes, 0)));
}
} // namespace

PromiseReminders::PromiseReminders(AnnounceStore& store)
    : m_store(store)
{}

QList<PromiseReminder> PromiseReminders::evaluate(const QDateTime& now, int leadMinutes)
{
    using Stage = AnnounceStore::ReminderStage;
    QList<PromiseReminder> due;
    QHash<qint64, QString> titles;
    auto report = [&](const UpdatePromise& p, Stage stage) {
        auto it = titles.find(p.announcementId);
        if (it == titles.end()) {
            const std::optional<Announcement> a = m_store.announcement(p.announcementId);
            it = titles.insert(p.announcementId, a ? a->title() : QString());
        }
        due.append({p.id, p.announcementId, *it, p.due, stage});
    };

    const QList<UpdatePromise> open = m_store.openPromises();
    for (const UpdatePromise& p : open) {
        if (!p.due.isValid())
            continue;
        if (now >= p.due) {
            if (p.remindedAt)
                continue;
            // The "before" reminder's moment passed unseen: the one at the time says it all.
            if (!p.remindedBefore)
                m_store.claimReminder(p.id, Stage::Before);
            const bool claimed = m_store.claimReminder(p.id, Stage::AtTime);
            if (claimed && now <= p.due.addSecs(60 * PromiseRules::kLateMinutes))
                report(p, Stage::AtTime);
        } else if (!p.remindedBefore && leadMinutes > 0 && now >= beforeTime(p, leadMinutes)) {
            if (m_store.claimReminder(p.id, Stage::Before))
                report(p, Stage::Before);
        }
    }
    return due;
}

QDateTime PromiseReminders::nextCheck(const QDateTime& now, int leadMinutes) const
{
    QDateTime next;
    auto consider = [&](const QDateTime& at) {
        const QDateTime when = std::max(at, now);
        if (!next.isValid() || when < next)
            next = when;
    };
    const QList<UpdatePromise> open = m_store.openPromises();
    for (const UpdatePromise& p : open) {
        if (!p.due.isValid() || p.remindedAt)
            continue;
        if (!p.remindedBefore && leadMinutes > 0 && now < p.due)
            consider(beforeTime(p, leadMinutes));
        consider(p.due);
    }
    return next;
}

} // namespace shiftdesk
