#include "AnnounceService.h"

#include "AnnouncementModel.h"
#include "ComposeText.h"
#include "DraftModel.h"
#include "PromiseRules.h"
#include "UpdatePromises.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "slack/SlackConnection.h"

#include <QFile>
#include <QSaveFile>

namespace shiftdesk {

AnnounceService::AnnounceService(Database& db, Settings& settings, Clock& clock,
                                 SlackConnection* slack, QString templatesFile, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(settings)
    , m_clock(clock)
    , m_slack(slack)
    , m_templatesFile(std::move(templatesFile))
    , m_store(db)
    , m_reminders(m_store)
    , m_templates(AnnounceTemplates::defaultTemplates())
    , m_drafts(new DraftModel(m_store, this))
    , m_announcements(new AnnouncementModel(m_store, clock, this))
{
    if (m_slack) {
        m_poster = new AnnouncePoster(*m_slack->client(), this);
        connect(m_slack, &SlackConnection::connected, this, [this]() {
            m_channelIds.clear();
            withChannelId(this, [](const QString&, const QString&) {});
        });
    }
    m_reminderTimer.setSingleShot(true);
    connect(&m_reminderTimer, &QTimer::timeout, this, &AnnounceService::evaluateReminders);
    connect(&m_clock, &Clock::jumped, this, &AnnounceService::evaluateReminders);
    connect(&m_settings, &Settings::changed, this, [this]() {
        m_announcements->setTimeZone(timeZone());
        m_channelIds.clear();
    });
}

AnnounceService::~AnnounceService() = default;

bool AnnounceService::start(QString* error)
{
    bool ok = true;
    QFile file(m_templatesFile);
    if (!m_templatesFile.isEmpty() && file.exists()) {
        QString why;
        std::optional<AnnounceTemplates> loaded;
        if (file.size() > AnnounceTemplates::kMaxFileSize || !file.open(QIODevice::ReadOnly))
            why = tr("cannot read %1").arg(m_templatesFile);
        else
            loaded = AnnounceTemplates::parse(file.readAll(), &why);
        if (loaded) {
            m_templates = *loaded;
        } else {
            ok = false;
            if (error)
                *error = tr("The announcement templates file is damaged (%1); the built-in "
                            "templates are used.")
                             .arg(why);
        }
    }
    m_announcements->setTimeZone(timeZone());
    m_drafts->reload();
    m_announcements->reload();
    evaluateReminders();
    return ok;
}

QTimeZone AnnounceService::timeZone() const
{
    return m_settings.shiftConfig().timeZone;
}

bool AnnounceService::importTemplates(const QByteArray& json, QString* error)
{
    std::optional<AnnounceTemplates> parsed = AnnounceTemplates::parse(json, error);
    if (!parsed)
        return false;
    QSaveFile out(m_templatesFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(parsed->toJson()) < 0 || !out.commit()) {
        if (error)
            *error = tr("Cannot save the templates: %1").arg(out.errorString());
        return false;
    }
    m_templates = *parsed;
    Q_EMIT templatesChanged();
    return true;
}

bool AnnounceService::resetTemplates(QString* error)
{
    if (QFile::exists(m_templatesFile) && !QFile::remove(m_templatesFile)) {
        if (error)
            *error = tr("Cannot remove %1").arg(m_templatesFile);
        return false;
    }
    m_templates = AnnounceTemplates::defaultTemplates();
    Q_EMIT templatesChanged();
    return true;
}

bool AnnounceService::importTemplatesFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return importTemplates(file.read(AnnounceTemplates::kMaxFileSize + 1), error);
}

bool AnnounceService::exportTemplatesFile(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportTemplates()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

qint64 AnnounceService::newDraft(const QString& templateId, qint64 announcementId,
                                 AnnounceKind kind)
{
    const AnnounceTemplate* t = m_templates.find(templateId);
    AnnounceDraft draft;
    draft.kind = kind;
    if (t) {
        draft.templateId = t->id;
        draft.kind = t->kind;
        for (const AnnounceField& f : t->fields)
            draft.fields.insert(f.id, f.defaultValue);
        draft.text = t->fill(draft.fields, fillOptions());
    }
    if (draft.kind != AnnounceKind::Announcement)
        draft.announcementId = announcementId;
    draft.createdAt = m_clock.now();
    if (!saveDraft(draft))
        return 0;
    return draft.id;
}

qint64 AnnounceService::updateDraftFor(qint64 announcementId)
{
    return replyDraftFor(announcementId, AnnounceKind::Update);
}

qint64 AnnounceService::resolutionDraftFor(qint64 announcementId)
{
    return replyDraftFor(announcementId, AnnounceKind::Resolution);
}

// The reply draft of this kind for an announcement: the one already started, or a new one from
// the template of that kind in the announcement's family ("incident-…", "maintenance-…").
qint64 AnnounceService::replyDraftFor(qint64 announcementId, AnnounceKind kind)
{
    for (const AnnounceDraft& d : m_store.drafts()) {
        if (d.announcementId == announcementId && d.kind == kind)
            return d.id;
    }
    const std::optional<Announcement> a = m_store.announcement(announcementId);
    const QString family = a ? a->templateId.section(QLatin1Char('-'), 0, 0) : QString();
    const AnnounceTemplate* chosen = nullptr;
    for (const AnnounceTemplate& t : m_templates.templates) {
        if (t.kind != kind)
            continue;
        if (!chosen || (!family.isEmpty() && t.id.contains(family) && !chosen->id.contains(family)))
            chosen = &t;
    }
    return newDraft(chosen ? chosen->id : QString(), announcementId, kind);
}

bool AnnounceService::saveDraft(AnnounceDraft& draft)
{
    draft.updatedAt = m_clock.now();
    if (!draft.createdAt.isValid())
        draft.createdAt = draft.updatedAt;
    if (!m_store.saveDraft(draft)) {
        Q_EMIT problem(m_store.lastError());
        return false;
    }
    m_drafts->draftSaved(draft.id);
    Q_EMIT draftsChanged();
    return true;
}

bool AnnounceService::discardDraft(qint64 id)
{
    if (!m_store.deleteDraft(id)) {
        Q_EMIT problem(m_store.lastError());
        return false;
    }
    m_drafts->draftRemoved(id);
    Q_EMIT draftsChanged();
    return true;
}

QString AnnounceService::toWire(const QString& typed) const
{
    ComposeText::Options options;
    options.channelId = [this](const QString& name) { return m_channelIds.id(name); };
    return ComposeText::toWire(typed, options);
}

MrkdwnContext AnnounceService::mrkdwnContext() const
{
    MrkdwnContext ctx;
    ctx.timeZone = timeZone();
    ctx.now = m_clock.now();
    const QHash<QString, QString> names = m_channelIds.names();
    ctx.channelName = [names](const QString& id) { return names.value(id); };
    if (m_slack) {
        SlackClient* client = m_slack->client();
        ctx.userName = [client](const QString& id) {
            const QJsonObject user = client->cachedUser(id);
            const QJsonObject profile = user.value(QLatin1String("profile")).toObject();
            for (const QString& key :
                 {QStringLiteral("display_name"), QStringLiteral("real_name")}) {
                const QString name = profile.value(key).toString();
                if (!name.isEmpty())
                    return name;
            }
            return user.value(QLatin1String("name")).toString();
        };
    }
    return ctx;
}

QList<LintIssue> AnnounceService::lint(const QString& typed, AnnounceKind kind) const
{
    LintContext ctx;
    ctx.kind = kind;
    ctx.now = m_clock.now();
    ctx.timeZone = timeZone();
    return AnnounceLint::check(typed, ctx);
}

QList<QDateTime> AnnounceService::promisesIn(const QString& typed) const
{
    const QDateTime now = m_clock.now();
    QList<QDateTime> out;
    for (const PromisedTime& p : UpdatePromises::find(typed, now, timeZone())) {
        if (p.due > now && !out.contains(p.due))
            out.append(p.due);
    }
    return out;
}

QString AnnounceService::destination(const AnnounceDraft& draft) const
{
    if (draft.kind == AnnounceKind::Announcement)
        return QLatin1Char('#') + m_settings.slackConfig().announceChannel;
    const std::optional<Announcement> a = m_store.announcement(draft.announcementId);
    if (!a)
        return tr("no announcement (it was removed)");
    const QString thread = tr("the thread of “%1” in #%2").arg(a->title(), a->channelName);
    return draft.broadcast ? tr("%1, also sent to the channel").arg(thread) : thread;
}

QString AnnounceService::cannotPostReason() const
{
    if (!m_slack)
        return tr("Slack is not set up: add a token in Preferences → Slack.");
    if (!m_slack->isConnected())
        return tr("Slack is not connected: %1").arg(m_slack->statusText());
    return {};
}

void AnnounceService::withChannelId(QObject* context,
                                    std::function<void(const QString&, const QString&)> done)
{
    const QString name = m_settings.slackConfig().announceChannel;
    if (const QString id = m_channelIds.id(name); !id.isEmpty()) {
        done(id, {});
        return;
    }
    if (!m_slack || !m_slack->isConnected()) {
        done({}, cannotPostReason());
        return;
    }
    m_channelIds.resolve(m_slack->client(), name,
                         tr("the announcement channel in Preferences → Slack"), this, context,
                         std::move(done));
}

QSet<QString> AnnounceService::knownTs() const
{
    QSet<QString> out;
    for (const Announcement& a : m_store.announcements()) {
        out.insert(a.ts);
        for (const AnnouncePost& p : m_store.posts(a.id))
            out.insert(p.ts);
    }
    return out;
}

void AnnounceService::post(qint64 draftId, QObject* context,
                           std::function<void(const PostOutcome&)> done)
{
    auto fail = [&done](const QString& message) {
        PostOutcome out;
        out.state = PostOutcome::State::NotPosted;
        out.message = message;
        done(out);
    };
    if (m_posting)
        return fail(tr("Another post is in progress."));
    const std::optional<AnnounceDraft> found = m_store.draft(draftId);
    if (!found)
        return fail(tr("The draft no longer exists."));
    const AnnounceDraft draft = *found;
    if (const QString why = cannotPostReason(); !why.isEmpty())
        return fail(tr("Not posted: %1 Your draft is kept.").arg(why));
    if (AnnounceLint::hasErrors(lint(draft.text, draft.kind)))
        return fail(tr("Not posted: fix the problems marked in red first."));

    PostRequest request;
    request.text = toWire(draft.text);
    request.selfUserId = m_slack->identity().userId;
    request.selfBotId = m_slack->identity().botId;
    request.knownTs = knownTs();
    request.attemptedAt = draft.postAttemptAt;
    if (draft.kind != AnnounceKind::Announcement) {
        const std::optional<Announcement> a = m_store.announcement(draft.announcementId);
        if (!a)
            return fail(tr("Not posted: the announcement this draft replies to is gone."));
        request.channelId = a->channelId;
        request.channelName = a->channelName;
        request.threadTs = a->ts;
        request.broadcast = draft.broadcast;
        doPost(draft, request, context, std::move(done));
        return;
    }
    m_posting = true;
    QPointer<QObject> guard(context);
    withChannelId(
        this, [this, draft, request, guard, done](const QString& id, const QString& error) mutable {
            m_posting = false;
            if (!guard)
                return;
            if (id.isEmpty()) {
                PostOutcome out;
                out.state = PostOutcome::State::NotPosted;
                out.message = tr("Not posted: %1 Your draft is kept.").arg(error);
                done(out);
                return;
            }
            request.channelId = id;
            request.channelName = m_settings.slackConfig().announceChannel;
            doPost(draft, request, guard, std::move(done));
        });
}

void AnnounceService::doPost(const AnnounceDraft& draft, PostRequest request, QObject* context,
                             std::function<void(const PostOutcome&)> done)
{
    m_posting = true;
    QPointer<QObject> guard(context);
    auto settle = [this, draft, guard, done](const PostRequest& req, const PostOutcome& out) {
        m_posting = false;
        PostOutcome result = out;
        if (out.posted()) {
            QString error;
            if (!record(draft, req, out, &error)) {
                result.message = tr("%1 But it could not be recorded here (%2); posting this "
                                    "draft again first looks for it in Slack.")
                                     .arg(out.message, error);
                Q_EMIT problem(result.message);
            }
        } else if (out.state == PostOutcome::State::NotPosted) {
            m_store.setPostAttempt(draft.id, {});
            m_drafts->draftSaved(draft.id);
        }
        if (guard)
            done(result);
    };
    if (draft.postAttemptAt.isValid()) {
        // An earlier post of this draft was interrupted: it may be in Slack already.
        m_poster->verify(request, this,
                         [this, draft, request, settle, guard, done](const PostOutcome& out) {
                             if (out.state != PostOutcome::State::NotPosted || !guard) {
                                 settle(request, out);
                                 return;
                             }
                             // Not in Slack: post it now, as a fresh attempt.
                             AnnounceDraft fresh = draft;
                             fresh.postAttemptAt = {};
                             PostRequest again = request;
                             again.attemptedAt = {};
                             doPost(fresh, again, guard, done);
                         });
        return;
    }
    request.attemptedAt = QDateTime::currentDateTimeUtc(); // Slack's clock, not the shift's
    if (!m_store.setPostAttempt(draft.id, request.attemptedAt)) {
        m_posting = false;
        PostOutcome out;
        out.message =
            tr("Not posted: the draft could not be saved first (%1).").arg(m_store.lastError());
        if (guard)
            done(out);
        return;
    }
    m_drafts->draftSaved(draft.id);
    m_poster->post(request, this,
                   [settle, request](const PostOutcome& out) { settle(request, out); });
}

bool AnnounceService::record(const AnnounceDraft& draft, const PostRequest& request,
                             const PostOutcome& out, QString* error)
{
    const QList<QDateTime> promises =
        draft.kind == AnnounceKind::Resolution ? QList<QDateTime>() : promisesIn(draft.text);
    bool ok = false;
    if (draft.kind == AnnounceKind::Announcement) {
        Announcement a;
        a.channelId = request.channelId;
        a.channelName = request.channelName;
        a.ts = out.ts;
        a.permalink = out.permalink;
        a.templateId = draft.templateId;
        a.text = request.text;
        a.postedAt = m_clock.now();
        ok = m_store.recordAnnouncement(a, promises, draft.id) != 0;
    } else {
        AnnouncePost p;
        p.announcementId = draft.announcementId;
        p.kind = draft.kind;
        p.ts = out.ts;
        p.permalink = out.permalink;
        p.text = request.text;
        p.broadcast = request.broadcast;
        p.postedAt = m_clock.now();
        ok = m_store.recordPost(p, promises, draft.id) != 0;
    }
    if (!ok) {
        *error = m_store.lastError();
        return false;
    }
    m_drafts->draftRemoved(draft.id);
    m_announcements->reload();
    Q_EMIT draftsChanged();
    Q_EMIT announcementsChanged();
    evaluateReminders();
    return true;
}

int AnnounceService::overdueCount() const
{
    const QDateTime now = m_clock.now();
    int n = 0;
    for (const UpdatePromise& p : m_store.openPromises()) {
        const auto s = PromiseRules::standing(p, now, kReminderLeadMinutes);
        n += (s == PromiseRules::Standing::Overdue || s == PromiseRules::Standing::Missed) ? 1 : 0;
    }
    return n;
}

int AnnounceService::attentionCount() const
{
    const QDateTime now = m_clock.now();
    int n = 0;
    for (const UpdatePromise& p : m_store.openPromises())
        n +=
            PromiseRules::standing(p, now, kReminderLeadMinutes) != PromiseRules::Standing::Upcoming
                ? 1
                : 0;
    return n;
}

void AnnounceService::evaluateReminders()
{
    const QDateTime now = m_clock.now();
    for (const PromiseReminder& r : m_reminders.evaluate(now, kReminderLeadMinutes))
        Q_EMIT reminderDue(r);
    m_announcements->refresh();
    Q_EMIT promisesChanged();
    scheduleReminders();
}

void AnnounceService::scheduleReminders()
{
    // Standings change at due - lead, due, due + grace and due + late: look at least every 30 s
    // while a promise is open, and exactly when the next reminder is due.
    const QDateTime now = m_clock.now();
    if (m_store.openPromises().isEmpty()) {
        m_reminderTimer.stop();
        return;
    }
    qint64 ms = 30000;
    const QDateTime next = m_reminders.nextCheck(now, kReminderLeadMinutes);
    if (next.isValid())
        ms = std::clamp<qint64>(now.msecsTo(next), 200, ms);
    m_reminderTimer.start(int(ms));
}

} // namespace shiftdesk
