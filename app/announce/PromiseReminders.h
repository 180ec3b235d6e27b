#pragma once

#include "AnnounceStore.h"

#include <QDateTime>
#include <QList>

namespace shiftdesk {

struct PromiseReminder
{
    qint64 promiseId = 0;
    qint64 announcementId = 0;
    QString title; // the announcement's title
    QDateTime due; // UTC
    AnnounceStore::ReminderStage stage = AnnounceStore::ReminderStage::Before;
};

// Decides which promise reminders are due: one `leadMinutes` before the promised time and one
// at the time. Each is claimed in the database before it is returned, so it fires once, even
// across restarts. When the app was not running, a "before" reminder whose time has passed is
// claimed silently if the "at" reminder is due; an "at" reminder is still given while the
// promise is Overdue (up to PromiseRules::kLateMinutes late) and claimed silently after.
class PromiseReminders
{
public:
    explicit PromiseReminders(AnnounceStore& store);
    QList<PromiseReminder> evaluate(const QDateTime& now, int leadMinutes);
    // When evaluate() next has something to do: `now` if something is due already; invalid when
    // no reminder is left to give. A leadMinutes of 0 or less gives no "before" reminders.
    QDateTime nextCheck(const QDateTime& now, int leadMinutes) const;

private:
    AnnounceStore& m_store;
};

} // namespace shiftdesk
