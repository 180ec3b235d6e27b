#include "AnnounceStore.h"

#include "PromiseRules.h"
#include "core/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace shiftdesk {

namespace {
QString instantKey(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// NULL for an invalid instant.
QVariant optionalInstant(const QDateTime& at)
{
    return at.isValid() ? QVariant(instantKey(at)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime instantFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (at.isValid())
        at = at.toUTC();
    return at;
}

QString fieldsJson(const QHash<QString, QString>& fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QHash<QString, QString> fieldsFrom(const QString& json)
{
    QHash<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

AnnounceKind kindFrom(const QString& s, AnnounceKind fallback)
{
    return announceKindFromString(s).value_or(fallback);
}

const QString kDraftColumns = QStringLiteral(
    "id, template_id, kind, announcement_id, text, fields_json, broadcast, created_at, "
    "updated_at, post_attempt_at");
const QString kAnnouncementColumns = QStringLiteral(
    "id, channel_id, channel_name, ts, permalink, template_id, text, posted_at, resolved_at");
const QString kPostColumns =
    QStringLiteral("id, announcement_id, kind, ts, permalink, text, broadcast, posted_at");
const QString kPromiseColumns =
    QStringLiteral("id, announcement_id, made_by_post, due, state, closed_at, closed_by_post, "
                   "reminded_before, reminded_at");

AnnounceDraft draftFrom(const QSqlQuery& q)
{
    AnnounceDraft d;
    d.id = q.value(0).toLongLong();
    d.templateId = q.value(1).toString();
    d.kind = kindFrom(q.value(2).toString(), AnnounceKind::Announcement);
    d.announcementId = q.value(3).toLongLong();
    d.text = q.value(4).toString();
    d.fields = fieldsFrom(q.value(5).toString());
    d.broadcast = q.value(6).toBool();
    d.createdAt = instantFrom(q.value(7));
    d.updatedAt = instantFrom(q.value(8));
    d.postAttemptAt = instantFrom(q.value(9));
    return d;
}

Announcement announcementFrom(const QSqlQuery& q)
{
    Announcement a;
    a.id = q.value(0).toLongLong();
    a.channelId = q.value(1).toString();
    a.channelName = q.value(2).toString();
    a.ts = q.value(3).toString();
    a.permalink = q.value(4).toString();
    a.templateId = q.value(5).toString();
    a.text = q.value(6).toString();
    a.postedAt = instantFrom(q.value(7));
    a.resolvedAt = instantFrom(q.value(8));
    a.resolved = !q.value(8).isNull();
    return a;
}

AnnouncePost postFrom(const QSqlQuery& q)
{
    AnnouncePost p;
    p.id = q.value(0).toLongLong();
    p.announcementId = q.value(1).toLongLong();
    p.kind = kindFrom(q.value(2).toString(), AnnounceKind::Update);
    p.ts = q.value(3).toString();
    p.permalink = q.value(4).toString();
    p.text = q.value(5).toString();
    p.broadcast = q.value(6).toBool();
    p.postedAt = instantFrom(q.value(7));
    return p;
}

UpdatePromise promiseFrom(const QSqlQuery& q)
{
    UpdatePromise p;
    p.id = q.value(0).toLongLong();
    p.announcementId = q.value(1).toLongLong();
    p.madeByPost = q.value(2).toLongLong();
    p.due = instantFrom(q.value(3));
    p.state = promiseStateFromString(q.value(4).toString());
    p.closedAt = instantFrom(q.value(5));
    p.closedByPost = q.value(6).toLongLong();
    p.remindedBefore = q.value(7).toBool();
    p.remindedAt = q.value(8).toBool();
    return p;
}

template <typename T, typename Read> QList<T> readAll(QSqlQuery& q, Read read)
{
    QList<T> out;
    if (q.exec()) {
        while (q.next())
            out.append(read(q));
    }
    return out;
}
} // namespace

AnnounceStore::AnnounceStore(Database& db)
    : m_db(db)
{}

bool AnnounceStore::fail(const QString& what, const QString& detail) const
{
    m_lastError = tr("%1: %2").arg(what, detail);
    return false;
}

// --- Drafts --------------------------------------------------------------------------------

bool AnnounceStore::saveDraft(AnnounceDraft& draft)
{
    const QString what = tr("Cannot save the draft");
    AnnounceDraft d = draft;
    if (!d.updatedAt.isValid())
        d.updatedAt = QDateTime::currentDateTimeUtc();

    Transaction tx(m_db.handle());
    QSqlQuery q(m_db.handle());
    if (d.id == 0) {
        if (!d.createdAt.isValid())
            d.createdAt = d.updatedAt;
        q.prepare(QStringLiteral("INSERT INTO announce_drafts (template_id, kind, "
                                 "announcement_id, text, fields_json, broadcast, updated_at, "
                                 "created_at, post_attempt_at) VALUES (COALESCE(?, ''), ?, ?, "
                                 "COALESCE(?, ''), ?, ?, ?, ?, ?)"));
    } else {
        // created_at and post_attempt_at are kept: an autosave while a post is in flight must
        // not clear the mark that protects against posting twice.
        q.prepare(QStringLiteral("UPDATE announce_drafts SET template_id = COALESCE(?, ''), "
                                 "kind = ?, announcement_id = ?, text = COALESCE(?, ''), "
                                 "fields_json = ?, broadcast = ?, updated_at = ? WHERE id = ?"));
    }
    q.addBindValue(d.templateId);
    q.addBindValue(toString(d.kind));
    q.addBindValue(d.announcementId);
    q.addBindValue(d.text);
    q.addBindValue(fieldsJson(d.fields));
    q.addBindValue(d.broadcast ? 1 : 0);
    q.addBindValue(instantKey(d.updatedAt));
    if (d.id == 0) {
        q.addBindValue(instantKey(d.createdAt));
        q.addBindValue(optionalInstant(d.postAttemptAt));
    } else {
        q.addBindValue(d.id);
    }
    if (!q.exec())
        return fail(what, q.lastError().text());
    if (d.id == 0) {
        d.id = q.lastInsertId().toLongLong();
    } else {
        if (q.numRowsAffected() != 1)
            return fail(what, tr("it was posted or deleted meanwhile"));
        QSqlQuery r(m_db.handle());
        r.prepare(
            QStringLiteral("SELECT created_at, post_attempt_at FROM announce_drafts WHERE id = ?"));
        r.addBindValue(d.id);
        if (!r.exec() || !r.next())
            return fail(what, r.lastError().text());
        d.createdAt = instantFrom(r.value(0));
        d.postAttemptAt = instantFrom(r.value(1));
    }
    if (!tx.commit())
        return fail(what, m_db.handle().lastError().text());
    draft = d;
    return true;
}

bool AnnounceStore::deleteDraft(qint64 id)
{
    Transaction tx(m_db.handle());
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM announce_drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !tx.commit())
        return fail(tr("Cannot delete the draft"), q.lastError().text());
    return true;
}

std::optional<AnnounceDraft> AnnounceStore::draft(qint64 id) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT ") % kDraftColumns %
              QStringLiteral(" FROM announce_drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return draftFrom(q);
}

QList<AnnounceDraft> AnnounceStore::drafts() const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT ") % kDraftColumns %
              QStringLiteral(" FROM announce_drafts ORDER BY updated_at DESC, id DESC"));
    return readAll<AnnounceDraft>(q, draftFrom);
}

bool AnnounceStore::setPostAttempt(qint64 draftId, const QDateTime& at)
{
    Transaction tx(m_db.handle());
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE announce_drafts SET post_attempt_at = ? WHERE id = ?"));
    q.addBindValue(optionalInstant(at));
    q.addBindValue(draftId);
    if (!q.exec())
        return fail(tr("Cannot mark the draft as being posted"), q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(tr("Cannot mark the draft as being posted"), tr("the draft no longer exists"));
    if (!tx.commit())
        return fail(tr("Cannot mark the draft as being posted"), m_db.handle().lastError().text());
    return true;
}

// --- Announcements and their threads -------------------------------------------------------

bool AnnounceStore::insertPromises(qint64 announcementId, qint64 madeByPost,
                                   const QList<QDateTime>& due, const QDateTime& madeAt,
                                   QList<QDateTime> skip)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO update_promises (announcement_id, made_by_post, due) "
                             "VALUES (?, ?, ?)"));
    QList<QDateTime> sorted = due;
    std::sort(sorted.begin(), sorted.end());
    for (const QDateTime& at : std::as_const(sorted)) {
        // A promise due before the message that makes it cannot be kept: the lint warned.
        if (!at.isValid() || (madeAt.isValid() && at <= madeAt) || skip.contains(at))
            continue;
        skip.append(at);
        q.addBindValue(announcementId);
        q.addBindValue(madeByPost);
        q.addBindValue(instantKey(at));
        if (!q.exec())
            return fail(tr("Cannot record the update promises"), q.lastError().text());
    }
    return true;
}

bool AnnounceStore::deleteDraftIn(qint64 id)
{
    if (id == 0)
        return true;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM announce_drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Cannot delete the posted draft"), q.lastError().text());
    return true;
}

qint64 AnnounceStore::recordAnnouncement(Announcement& announcement,
                                         const QList<QDateTime>& promises, qint64 fromDraft)
{
    const QString what = tr("Cannot record the announcement");
    if (announcement.resolved && !announcement.resolvedAt.isValid())
        announcement.resolvedAt = announcement.postedAt;
    Transaction tx(m_db.handle());
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO announcements (channel_id, channel_name, ts, "
                             "permalink, template_id, text, posted_at, resolved_at) "
                             "VALUES (COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), "
                             "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?)"));
    q.addBindValue(announcement.channelId);
    q.addBindValue(announcement.channelName);
    q.addBindValue(announcement.ts);
    q.addBindValue(announcement.permalink);
    q.addBindValue(announcement.templateId);
    q.addBindValue(announcement.text);
    q.addBindValue(instantKey(announcement.postedAt));
    q.addBindValue(optionalInstant(announcement.resolved ? announcement.resolvedAt : QDateTime()));
    if (!q.exec()) {
        fail(what, q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!announcement.resolved && !insertPromises(id, 0, promises, announcement.postedAt, {}))
        return 0;
    if (!deleteDraftIn(fromDraft))
        return 0;
    if (!tx.commit()) {
        fail(what, m_db.handle().lastError().text());
        return 0;
    }
    announcement.id = id;
    return id;
}

qint64 AnnounceStore::recordPost(AnnouncePost& post, const QList<QDateTime>& promises,
                                 qint64 fromDraft)
{
    const QString what = tr("Cannot record the reply");
    if (post.kind == AnnounceKind::Announcement) {
        fail(what, tr("an announcement is not a reply"));
        return 0;
    }
    Transaction tx(m_db.handle());
    const std::optional<Announcement> parent = announcement(post.announcementId);
    if (!parent) {
        fail(what, tr("the announcement %1 does not exist").arg(post.announcementId));
        return 0;
    }

    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO announce_posts (announcement_id, kind, ts, permalink, "
                             "text, broadcast, posted_at) VALUES (?, ?, COALESCE(?, ''), "
                             "COALESCE(?, ''), COALESCE(?, ''), ?, ?)"));
    q.addBindValue(post.announcementId);
    q.addBindValue(toString(post.kind));
    q.addBindValue(post.ts);
    q.addBindValue(post.permalink);
    q.addBindValue(post.text);
    q.addBindValue(post.broadcast ? 1 : 0);
    q.addBindValue(instantKey(post.postedAt));
    if (!q.exec()) {
        fail(what, q.lastError().text());
        return 0;
    }
    const qint64 postId = q.lastInsertId().toLongLong();

    // Settle the promises this reply keeps (or cancels).
    const QList<UpdatePromise> before = this->promises(post.announcementId);
    const QList<PromiseRules::Settlement> settled =
        PromiseRules::settle(before, post.kind, post.postedAt);
    QSqlQuery s(m_db.handle());
    s.prepare(QStringLiteral("UPDATE update_promises SET state = ?, closed_at = ?, "
                             "closed_by_post = ? WHERE id = ? AND state = 'open'"));
    QList<qint64> closed;
    for (const PromiseRules::Settlement& st : settled) {
        s.addBindValue(toString(st.state));
        s.addBindValue(instantKey(post.postedAt));
        s.addBindValue(postId);
        s.addBindValue(st.promiseId);
        if (!s.exec()) {
            fail(what, s.lastError().text());
            return 0;
        }
        closed.append(st.promiseId);
    }

    // New promises: only while the announcement stays open.
    if (post.kind == AnnounceKind::Update && !parent->resolved) {
        QList<QDateTime> stillOpen;
        for (const UpdatePromise& p : before) {
            if (p.state == UpdatePromise::State::Open && !closed.contains(p.id))
                stillOpen.append(p.due);
        }
        if (!insertPromises(post.announcementId, postId, promises, post.postedAt, stillOpen))
            return 0;
    }

    if (post.kind == AnnounceKind::Resolution && !parent->resolved) {
        QSqlQuery r(m_db.handle());
        r.prepare(QStringLiteral("UPDATE announcements SET resolved_at = ? WHERE id = ?"));
        r.addBindValue(instantKey(post.postedAt));
        r.addBindValue(post.announcementId);
        if (!r.exec()) {
            fail(what, r.lastError().text());
            return 0;
        }
    }
    if (!deleteDraftIn(fromDraft))
        return 0;
    if (!tx.commit()) {
        fail(what, m_db.handle().lastError().text());
        return 0;
    }
    post.id = postId;
    return postId;
}

QList<Announcement> AnnounceStore::announcements() const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT ") % kAnnouncementColumns %
              QStringLiteral(" FROM announcements ORDER BY posted_at DESC, id DESC"));
    return readAll<Announcement>(q, announcementFrom);
}

std::optional<Announcement> AnnounceStore::announcement(qint64 id) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT ") % kAnnouncementColumns %
              QStringLiteral(" FROM announcements WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return announcementFrom(q);
}

QList<AnnouncePost> AnnounceStore::posts(qint64 announcementId) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT ") % kPostColumns %
              QStringLiteral(" FROM announce_posts WHERE announcement_id = ? "
                             "ORDER BY posted_at, id"));
    q.addBindValue(announcementId);
    return readAll<AnnouncePost>(q, postFrom);
}

QList<UpdatePromise> AnnounceStore::promises(qint64 announcementId) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT ") % kPromiseColumns %
              QStringLiteral(" FROM update_promises WHERE announcement_id = ? ORDER BY due, id"));
    q.addBindValue(announcementId);
    return readAll<UpdatePromise>(q, promiseFrom);
}

QList<UpdatePromise> AnnounceStore::openPromises() const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT ") % kPromiseColumns %
              QStringLiteral(" FROM update_promises WHERE state = 'open' ORDER BY due, id"));
    return readAll<UpdatePromise>(q, promiseFrom);
}

bool AnnounceStore::claimReminder(qint64 promiseId, ReminderStage stage)
{
    const QString column = stage == ReminderStage::Before ? QStringLiteral("reminded_before")
                                                          : QStringLiteral("reminded_at");
    Transaction tx(m_db.handle());
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE update_promises SET ") % column %
              QStringLiteral(" = 1 WHERE id = ? AND ") % column % QStringLiteral(" = 0"));
    q.addBindValue(promiseId);
    if (!q.exec()) {
        fail(tr("Cannot record the reminder"), q.lastError().text());
        return false;
    }
    const bool claimed = q.numRowsAffected() == 1;
    return tx.commit() && claimed;
}

} // namespace shiftdesk
