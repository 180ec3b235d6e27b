#pragma once

#include "Announcement.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QSqlQuery;

namespace shiftdesk {

class Database;
class Transaction;

// Persistence of the Announce tab in the profile's SQLite database (schema migration 4):
// drafts, posted announcements, their thread replies, update promises and which promise
// reminders fired. Every write is one transaction; a failed write returns false / 0 and sets
// lastError().
class AnnounceStore
{
    Q_DECLARE_TR_FUNCTIONS(AnnounceStore)
public:
    explicit AnnounceStore(Database& db);

    // Drafts. saveDraft inserts when draft.id is 0 (and sets it), else updates; it fails when
    // the draft no longer exists (posted or deleted meanwhile), so a late autosave never brings
    // a posted draft back. An invalid updatedAt (or createdAt on insert) is the current time.
    // On update, createdAt and postAttemptAt are kept as stored (only setPostAttempt changes
    // the latter) and returned in `draft`.
    bool saveDraft(AnnounceDraft& draft);
    bool deleteDraft(qint64 id);
    std::optional<AnnounceDraft> draft(qint64 id) const;
    QList<AnnounceDraft> drafts() const;                      // most recently updated first
    bool setPostAttempt(qint64 draftId, const QDateTime& at); // invalid `at` clears it

    // Records a posted announcement with the promises its text made, and deletes the draft it
    // came from (0: none), in one transaction. Returns the new id (also set in `announcement`),
    // or 0. Promise times that are invalid, repeated, or not after postedAt are not recorded.
    // An announcement's (channelId, ts) is recorded once: a second record fails.
    qint64 recordAnnouncement(Announcement& announcement, const QList<QDateTime>& promises,
                              qint64 fromDraft);
    // Records a thread reply: settles open promises by PromiseRules, adds the promises its text
    // made (a time equal to an open promise's is not added twice), resolves the announcement if
    // it is a resolution, deletes the draft. One transaction. Returns the new post id (also set in
    // `post`), or 0. A resolution, or a reply to a resolved announcement, adds no promises;
    // promise times not after postedAt are not recorded. post.kind must not be Announcement.
    qint64 recordPost(AnnouncePost& post, const QList<QDateTime>& promises, qint64 fromDraft);

    QList<Announcement> announcements() const; // newest first
    std::optional<Announcement> announcement(qint64 id) const;
    QList<AnnouncePost> posts(qint64 announcementId) const;     // oldest first
    QList<UpdatePromise> promises(qint64 announcementId) const; // by due time
    QList<UpdatePromise> openPromises() const;                  // all announcements, by due time

    enum class ReminderStage { Before, AtTime };
    // Records that a promise's reminder stage was handled. True only the first time, so a
    // reminder never fires twice, even across restarts.
    bool claimReminder(qint64 promiseId, ReminderStage stage);

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString& what, const QString& detail) const;
    // Run q or commit tx; a failure is recorded as "what: the database's error".
    bool exec(QSqlQuery& q, const QString& what);
    bool commit(Transaction& tx, const QString& what);
    // Parts of a write, inside its transaction.
    bool insertPromises(qint64 announcementId, qint64 madeByPost, const QList<QDateTime>& due,
                        const QDateTime& madeAt, QList<QDateTime> skip);
    bool deleteDraftIn(qint64 id);

    Database& m_db;
    mutable QString m_lastError;
};

} // namespace shiftdesk
