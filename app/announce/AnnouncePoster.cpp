#include "AnnouncePoster.h"

#include "slack/Mrkdwn.h"
#include "slack/SlackClient.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

namespace shiftdesk {

namespace {

constexpr int kLookBackSeconds = 600; // allowed difference between our clock and Slack's
constexpr int kMaxPages = 10;

QString slackTs(const QDateTime& utc)
{
    return QString::number(utc.toSecsSinceEpoch()) + QStringLiteral(".000000");
}

QString normalised(const QString& wire)
{
    return Mrkdwn::toPlainText(wire).simplified();
}

QString where(const PostRequest& r)
{
    const QString channel =
        r.channelName.isEmpty() ? r.channelId : QLatin1Char('#') + r.channelName;
    return r.threadTs.isEmpty() ? channel : PostOutcome::tr("the thread in %1").arg(channel);
}

QString refusal(const SlackResult& r, const PostRequest& request)
{
    if (r.kind == SlackResult::Kind::RateLimited) {
        if (r.retryAfterSeconds > 0)
            return PostOutcome::tr("Not posted: Slack is limiting how fast messages are posted. "
                                   "Try again in %n second(s); your draft is kept.",
                                   nullptr, r.retryAfterSeconds);
        return PostOutcome::tr("Not posted: Slack is limiting how fast messages are posted. Try "
                               "again in a minute; your draft is kept.");
    }
    if (r.error == QLatin1String("not_in_channel"))
        return PostOutcome::tr("Not posted: the app is not a member of %1. Type /invite "
                               "@your-app in the channel, then post again; your draft is kept.")
            .arg(where(request));
    if (r.error == QLatin1String("channel_not_found"))
        return PostOutcome::tr("Not posted: %1 was not found. Check the announcement channel in "
                               "Preferences → Slack; your draft is kept.")
            .arg(where(request));
    if (r.error == QLatin1String("is_archived"))
        return PostOutcome::tr("Not posted: %1 is archived; your draft is kept.")
            .arg(where(request));
    if (r.error == QLatin1String("thread_not_found") ||
        r.error == QLatin1String("message_not_found"))
        return PostOutcome::tr("Not posted: the announcement's thread no longer exists in Slack "
                               "(it may have been deleted); your draft is kept.");
    return PostOutcome::tr("Not posted: %1 Your draft is kept.").arg(r.message);
}

} // namespace

struct AnnouncePoster::Job
{
    PostRequest request;
    QPointer<QObject> context;
    Done done;
    SlackResult original; // the post whose outcome was unknown
    bool verifyOnly = false;
};

AnnouncePoster::AnnouncePoster(SlackClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

void AnnouncePoster::post(const PostRequest& request, QObject* context, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    if (!job->request.attemptedAt.isValid())
        job->request.attemptedAt = QDateTime::currentDateTimeUtc();
    job->context = context;
    job->done = std::move(done);
    ++m_busy;
    m_client.postMessage(request.channelId, request.text, request.threadTs, request.broadcast, this,
                         [this, job](const SlackResult& r) {
                             if (r.ok()) {
                                 PostOutcome out;
                                 out.state = PostOutcome::State::Posted;
                                 out.ts = r.body.value(QLatin1String("ts")).toString();
                                 out.result = r;
                                 fetchPermalink(job, out);
                             } else if (r.outcomeUnknown) {
                                 job->original = r;
                                 look(job, 0);
                             } else {
                                 PostOutcome out;
                                 out.state = PostOutcome::State::NotPosted;
                                 out.result = r;
                                 out.message = refusal(r, job->request);
                                 finish(job, out);
                             }
                         });
}

void AnnouncePoster::verify(const PostRequest& request, QObject* context, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->done = std::move(done);
    job->verifyOnly = true;
    ++m_busy;
    look(job, 0);
}

void AnnouncePoster::look(std::shared_ptr<Job> job, int attempt)
{
    const int delay = m_verifyDelays.value(attempt, 0);
    if (delay <= 0) {
        lookPage(job, attempt, QString(), 0);
        return;
    }
    QTimer::singleShot(delay, this, [this, job, attempt]() { lookPage(job, attempt, {}, 0); });
}

void AnnouncePoster::lookPage(std::shared_ptr<Job> job, int attempt, const QString& cursor,
                              int page)
{
    auto handle = [this, job, attempt, page](const SlackResult& r) {
        if (!r.ok()) {
            PostOutcome out;
            out.state = PostOutcome::State::Unknown;
            out.result = r;
            out.message =
                job->verifyOnly
                    ? tr("A post of this draft was interrupted, and looking for it in %1 failed "
                         "(%2). Look in %1 before posting it again.")
                          .arg(where(job->request), r.message)
                    : tr("Slack's answer was lost, so it is not certain the message was posted, "
                         "and looking for it in %1 failed too (%2). Look in %1 before posting "
                         "again.")
                          .arg(where(job->request), r.message);
            finish(job, out);
            return;
        }
        const QJsonArray messages = r.body.value(QLatin1String("messages")).toArray();
        for (const QJsonValue& v : messages) {
            const QJsonObject m = v.toObject();
            const QString ts = m.value(QLatin1String("ts")).toString();
            if (job->request.knownTs.contains(ts) || !matches(m, job->request))
                continue;
            PostOutcome out;
            out.state = PostOutcome::State::Posted;
            out.ts = ts;
            out.foundAfterUnknown = true;
            out.result = job->original;
            fetchPermalink(job, out);
            return;
        }
        const QString next = r.nextCursor();
        if (!next.isEmpty() && page + 1 < kMaxPages) {
            lookPage(job, attempt, next, page + 1);
            return;
        }
        notFound(job, attempt);
    };
    const PostRequest& req = job->request;
    if (req.threadTs.isEmpty()) {
        HistoryQuery q;
        q.channel = req.channelId;
        q.oldest = slackTs(req.attemptedAt.addSecs(-kLookBackSeconds));
        q.limit = 100;
        q.cursor = cursor;
        m_client.history(q, this, handle);
    } else {
        m_client.replies(req.channelId, req.threadTs, cursor, this, handle);
    }
}

void AnnouncePoster::notFound(std::shared_ptr<Job> job, int attempt)
{
    if (attempt + 1 < m_verifyDelays.size()) {
        look(job, attempt + 1);
        return;
    }
    PostOutcome out;
    out.state = PostOutcome::State::NotPosted;
    out.result = job->original;
    out.message = job->verifyOnly
                      ? tr("A post of this draft was interrupted; it is not in %1, so it can be "
                           "posted.")
                            .arg(where(job->request))
                      : tr("Slack's answer was lost (%1), and the message is not in %2: it was "
                           "not posted. Your draft is kept; you can post it again.")
                            .arg(job->original.message, where(job->request));
    finish(job, out);
}

void AnnouncePoster::fetchPermalink(std::shared_ptr<Job> job, PostOutcome outcome)
{
    m_client.permalink(job->request.channelId, outcome.ts, this,
                       [this, job, outcome](const SlackResult& r) mutable {
                           if (r.ok())
                               outcome.permalink =
                                   r.body.value(QLatin1String("permalink")).toString();
                           if (outcome.foundAfterUnknown)
                               outcome.message =
                                   tr("Slack's answer was lost, but the message is in %1: it was "
                                      "posted once.")
                                       .arg(where(job->request));
                           else
                               outcome.message = tr("Posted to %1.").arg(where(job->request));
                           finish(job, outcome);
                       });
}

void AnnouncePoster::finish(std::shared_ptr<Job> job, const PostOutcome& outcome)
{
    --m_busy;
    if (job->context && job->done)
        job->done(outcome);
}

bool AnnouncePoster::matches(const QJsonObject& message, const PostRequest& request)
{
    const QString ts = message.value(QLatin1String("ts")).toString();
    const QString threadTs = message.value(QLatin1String("thread_ts")).toString();
    if (request.threadTs.isEmpty()) {
        if (!threadTs.isEmpty() && threadTs != ts)
            return false; // a reply (perhaps broadcast), not a new announcement
    } else if (threadTs != request.threadTs || ts == request.threadTs) {
        return false;
    }
    const QString botId = message.value(QLatin1String("bot_id")).toString();
    const QString user = message.value(QLatin1String("user")).toString();
    const bool byBot = !request.selfBotId.isEmpty() && botId == request.selfBotId;
    const bool byUser = !request.selfUserId.isEmpty() && user == request.selfUserId;
    if (!request.selfBotId.isEmpty() || !request.selfUserId.isEmpty()) {
        if (!byBot && !byUser)
            return false;
    }
    return normalised(message.value(QLatin1String("text")).toString()) == normalised(request.text);
}

} // namespace shiftdesk
