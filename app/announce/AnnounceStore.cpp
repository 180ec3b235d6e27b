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

// Adds `values` to q's positional bindings, in order.
void bind(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
}

// A statement prepared with `values` bound in order.
QSqlQuery prepared(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    bind(q, values);
    return q;
}

// SELECT columns FROM `from` (a table and the clauses after it) with `values` bound: the rows
// as `read` reads them, none if the query fails.
template <typename T>
QList<T> selectAll(const QSqlDatabase& db, const QString& columns, const QString& from,
                   const QVariantList& values, T (*read)(const QSqlQuery&))
{
    QSqlQuery q =
        prepared(db, QStringLiteral("SELECT ") % columns % QStringLiteral(" FROM ") % from, values);
    QList<T> out;
    if (q.exec()) {
        while (q.next())
            out.append(read(q));
    }
    return out;
}

template <typename T>
std::optional<T> selectOne(const QSqlDatabase& db, const QString& columns, const QString& from,
                           const QVariantList& values, T (*read)(const QSqlQuery&))
{
    const QList<T> rows = selectAll(db, columns, from, values, read);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
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

bool AnnounceStore::exec(QSqlQuery& q, const QString& what)
{
    return q.exec() || fail(what, q.lastError().text());
}

bool AnnounceStore::commit(Transaction& tx, const QString& what)
{
    return tx.commit() || fail(what, m_db.handle().lastError().text());
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
    bind(q, {d.templateId, toString(d.kind), d.announcementId, d.text, fieldsJson(d.fields),
             d.broadcast ? 1 : 0, instantKey(d.updatedAt)});
    if (d.id == 0)
        bind(q, {instantKey(d.createdAt), optionalInstant(d.postAttemptAt)});
    else
        q.addBindValue(d.id);
    if (!exec(q, what))
        return false;
    if (d.id == 0) {
        d.id = q.lastInsertId().toLongLong();
    } else {
        if (q.numRowsAffected() != 1)
            return fail(what, tr("it was posted or deleted meanwhile"));
        QSqlQuery r = prepared(
            m_db.handle(),
            QStringLiteral("SELECT created_at, post_attempt_at FROM announce_drafts WHERE id = ?"),
            {d.id});
        if (!r.exec() || !r.next())
            return fail(what, r.lastError().text());
        d.createdAt = instantFrom(r.value(0));
        d.postAttemptAt = instantFrom(r.value(1));
    }
    if (!commit(tx, what))
        return false;
    draft = d;
    return true;
}

bool AnnounceStore::deleteDraft(qint64 id)
{
    Transaction tx(m_db.handle());
    QSqlQuery q =
        prepared(m_db.handle(), QStringLiteral("DELETE FROM announce_drafts WHERE id = ?"), {id});
    if (!q.exec() || !tx.commit())
        return fail(tr("Cannot delete the draft"), q.lastError().text());
    return true;
}

std::optional<AnnounceDraft> AnnounceStore::draft(qint64 id) const
{
    return selectOne(m_db.handle(), kDraftColumns, QStringLiteral("announce_drafts WHERE id = ?"),
                     {id}, draftFrom);
}

QList<AnnounceDraft> AnnounceStore::drafts() const
{
    return selectAll(m_db.handle(), kDraftColumns,
                     QStringLiteral("announce_drafts ORDER BY updated_at DESC, id DESC"), {},
                     draftFrom);
}

bool AnnounceStore::setPostAttempt(qint64 draftId, const QDateTime& at)
{
    const QString what = tr("Cannot mark the draft as being posted");
    Transaction tx(m_db.handle());
    QSqlQuery q =
        prepared(m_db.handle(),
                 QStringLiteral("UPDATE announce_drafts SET post_attempt_at = ? WHERE id = ?"),
                 {optionalInstant(at), draftId});
    if (!exec(q, what))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(what, tr("the draft no longer exists"));
    return commit(tx, what);
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
        bind(q, {announcementId, madeByPost, instantKey(at)});
        if (!exec(q, tr("Cannot record the update promises")))
            return false;
    }
    return true;
}

bool AnnounceStore::deleteDraftIn(qint64 id)
{
    if (id == 0)
        return true;
    QSqlQuery q =
        prepared(m_db.handle(), QStringLiteral("DELETE FROM announce_drafts WHERE id = ?"), {id});
    return exec(q, tr("Cannot delete the posted draft"));
}

qint64 AnnounceStore::recordAnnouncement(Announcement& announcement,
                                         const QList<QDateTime>& promises, qint64 fromDraft)
{
    const QString what = tr("Cannot record the announcement");
    if (announcement.resolved && !announcement.resolvedAt.isValid())
        announcement.resolvedAt = announcement.postedAt;
    Transaction tx(m_db.handle());
    QSqlQuery q = prepared(
        m_db.handle(),
        QStringLiteral("INSERT INTO announcements (channel_id, channel_name, ts, permalink, "
                       "template_id, text, posted_at, resolved_at) VALUES (COALESCE(?, ''), "
                       "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), "
                       "COALESCE(?, ''), ?, ?)"),
        {announcement.channelId, announcement.channelName, announcement.ts, announcement.permalink,
         announcement.templateId, announcement.text, instantKey(announcement.postedAt),
         optionalInstant(announcement.resolved ? announcement.resolvedAt : QDateTime())});
    if (!exec(q, what))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!announcement.resolved && !insertPromises(id, 0, promises, announcement.postedAt, {}))
        return 0;
    if (!deleteDraftIn(fromDraft) || !commit(tx, what))
        return 0;
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

    QSqlQuery q = prepared(
        m_db.handle(),
        QStringLiteral("INSERT INTO announce_posts (announcement_id, kind, ts, permalink, text, "
                       "broadcast, posted_at) VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), "
                       "COALESCE(?, ''), ?, ?)"),
        {post.announcementId, toString(post.kind), post.ts, post.permalink, post.text,
         post.broadcast ? 1 : 0, instantKey(post.postedAt)});
    if (!exec(q, what))
        return 0;
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
        bind(s, {toString(st.state), instantKey(post.postedAt), postId, st.promiseId});
        if (!exec(s, what))
            return 0;
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
        QSqlQuery r = prepared(
            m_db.handle(), QStringLiteral("UPDATE announcements SET resolved_at = ? WHERE id = ?"),
            {instantKey(post.postedAt), post.announcementId});
        if (!exec(r, what))
            return 0;
    }
    if (!deleteDraftIn(fromDraft) || !commit(tx, what))
        return 0;
    post.id = postId;
    return postId;
}

QList<Announcement> AnnounceStore::announcements() const
{
    return selectAll(m_db.handle(), kAnnouncementColumns,
                     QStringLiteral("announcements ORDER BY posted_at DESC, id DESC"), {},
                     announcementFrom);
}

std::optional<Announcement> AnnounceStore::announcement(qint64 id) const
{
    return selectOne(m_db.handle(), kAnnouncementColumns,
                     QStringLiteral("announcements WHERE id = ?"), {id}, announcementFrom);
}

QList<AnnouncePost> AnnounceStore::posts(qint64 announcementId) const
{
    return selectAll(
        m_db.handle(), kPostColumns,
        QStringLiteral("announce_posts WHERE announcement_id = ? ORDER BY posted_at, id"),
        {announcementId}, postFrom);
}

QList<UpdatePromise> AnnounceStore::promises(qint64 announcementId) const
{
    return selectAll(m_db.handle(), kPromiseColumns,
                     QStringLiteral("update_promises WHERE announcement_id = ? ORDER BY due, id"),
                     {announcementId}, promiseFrom);
}

QList<UpdatePromise> AnnounceStore::openPromises() const
{
    return selectAll(m_db.handle(), kPromiseColumns,
                     QStringLiteral("update_promises WHERE state = 'open' ORDER BY due, id"), {},
                     promiseFrom);
}

bool AnnounceStore::claimReminder(qint64 promiseId, ReminderStage stage)
{
    const QString column = stage == ReminderStage::Before ? QStringLiteral("reminded_before")
                                                          : QStringLiteral("reminded_at");
    Transaction tx(m_db.handle());
    QSqlQuery q =
        prepared(m_db.handle(),
                 QStringLiteral("UPDATE update_promises SET ") % column %
                     QStringLiteral(" = 1 WHERE id = ? AND ") % column % QStringLiteral(" = 0"),
                 {promiseId});
    if (!exec(q, tr("Cannot record the reminder")))
        return false;
    const bool claimed = q.numRowsAffected() == 1;
    return tx.commit() && claimed;
}

} // namespace shiftdesk
