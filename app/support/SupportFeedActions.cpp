// SupportFeed, part 3: what the user does: claims, the ticket prefill and the thread reply.
#include "SupportFeed.h"
#include "SupportFeedPrivate.h"

#include "alarms/AlertParser.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "github/IssueTemplate.h"
#include "slack/Mrkdwn.h"
#include "slack/SlackConnection.h"

#include <QPointer>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace shiftdesk {

using namespace support_detail;

void SupportFeed::claim(const QString& ts)
{
    setClaim(ts, true);
}

void SupportFeed::unclaim(const QString& ts)
{
    setClaim(ts, false);
}

// Adds or removes our :eyes: on a request; an answer saying it is already so counts as done.
void SupportFeed::setClaim(const QString& ts, bool claimed)
{
    if (!m_slack || !m_slack->isConnected()) {
        Q_EMIT problem(claimed ? tr("Connect Slack to claim requests.")
                               : tr("Connect Slack to change claims."));
        return;
    }
    const QString channel = m_channelId;
    auto done = [this, channel, ts, claimed](const SlackResult& r) {
        const QString alreadySo =
            claimed ? QStringLiteral("already_reacted") : QStringLiteral("no_reaction");
        if (!r.ok() && r.error != alreadySo) {
            Q_EMIT problem(claimed ? tr("Could not claim the request: %1").arg(r.message)
                                   : tr("Could not remove the claim: %1").arg(r.message));
            return;
        }
        if (claimed)
            m_timers.claim(channel, ts);
        else
            m_timers.release(channel, ts);
        applyOwn(QJsonObject{
            {QStringLiteral("type"),
             claimed ? QStringLiteral("reaction_added") : QStringLiteral("reaction_removed")},
            {QStringLiteral("user"), selfUserId()},
            {QStringLiteral("reaction"), eyes()},
            {QStringLiteral("item"),
             QJsonObject{{QStringLiteral("channel"), channel}, {QStringLiteral("ts"), ts}}}});
    };
    if (claimed)
        m_slack->client()->addReaction(channel, ts, eyes(), this, done);
    else
        m_slack->client()->removeReaction(channel, ts, eyes(), this, done);
}

QString SupportFeed::conversationWire(const QString& ts) const
{
    const std::optional<SupportRequest> r = m_queue.request(ts);
    if (!r)
        return {};
    QList<QJsonObject> replies;
    for (const QJsonValue& v : m_replies.value(ts)) {
        const QJsonObject m = v.toObject();
        if (str(m, QLatin1String("ts")) != ts && !str(m, QLatin1String("text")).isEmpty())
            replies << m;
    }
    std::sort(replies.begin(), replies.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return AlertParser::compareTs(str(a, QLatin1String("ts")), str(b, QLatin1String("ts"))) < 0;
    });
    QString wire = r->text;
    if (replies.isEmpty())
        return wire;
    wire += QStringLiteral("\n\n*") + tr("Thread") + QStringLiteral("*");
    const QTimeZone zone = m_settings.shiftConfig().timeZone;
    for (const QJsonObject& m : std::as_const(replies)) {
        QString who = str(m, QLatin1String("user"));
        who = who.isEmpty() ? tr("a bot") : userName(who);
        const QDateTime at = AlertParser::tsToDateTime(str(m, QLatin1String("ts")));
        wire += QStringLiteral("\n\n*") + Mrkdwn::escapeForSlack(who) + QStringLiteral("* _") +
                at.toTimeZone(zone).toString(QStringLiteral("HH:mm")) + QStringLiteral("_\n") +
                str(m, QLatin1String("text"));
    }
    return wire;
}

void SupportFeed::ticketContext(const QString& ts, QObject* context,
                                std::function<void(const SlackContext&, const QString&)> done)
{
    const std::optional<SupportRequest> r = m_queue.request(ts);
    if (!r) {
        done({}, tr("That request is no longer in #%1.").arg(channelName()));
        return;
    }
    SlackContext c;
    c.channel = channelName();
    c.author = userName(r->asker);
    c.text = r->text;
    c.channelId = m_channelId;
    c.messageTs = ts;
    if (!m_slack || !m_slack->isConnected()) {
        done(c, {});
        return;
    }
    QPointer<QObject> guard(context);
    m_slack->client()->permalink(m_channelId, ts, this,
                                 [guard, c, done](const SlackResult& res) mutable {
                                     if (!guard)
                                         return;
                                     c.permalink = str(res.body, QLatin1String("permalink"));
                                     done(c, {});
                                 });
}

QString SupportFeed::ticketReplyText(const QString& ts, const QString& issueUrl, int number) const
{
    const std::optional<SupportRequest> r = m_queue.request(ts);
    const QString link = QStringLiteral("<%1|#%2>").arg(issueUrl).arg(number);
    if (r && !r->asker.isEmpty())
        return tr("<@%1> I've raised this as a support ticket so we can track it: %2. We'll "
                  "follow up there.")
            .arg(r->asker, link);
    return tr("I've raised this as a support ticket so we can track it: %1. We'll follow up "
              "there.")
        .arg(link);
}

void SupportFeed::postReply(const QString& ts, const QString& wireText, QObject* context,
                            std::function<void(const PostOutcome&)> done)
{
    if (!m_poster || !m_slack->isConnected() || m_channelId.isEmpty()) {
        PostOutcome out;
        out.message = tr("Connect Slack to reply in the thread.");
        done(out);
        return;
    }
    PostRequest request;
    request.channelId = m_channelId;
    request.channelName = channelName();
    request.text = wireText;
    request.threadTs = ts;
    request.attemptedAt = m_clock.now();
    request.selfUserId = selfUserId();
    request.selfBotId = m_slack->identity().botId;
    for (const QJsonValue& v : m_replies.value(ts))
        request.knownTs.insert(str(v.toObject(), QLatin1String("ts")));
    QPointer<QObject> guard(context);
    const QString channel = m_channelId;
    m_poster->post(request, this,
                   [this, guard, done, ts, channel, wireText](const PostOutcome& out) {
                       if (out.posted()) {
                           applyOwn(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                                {QStringLiteral("channel"), channel},
                                                {QStringLiteral("user"), selfUserId()},
                                                {QStringLiteral("text"), wireText},
                                                {QStringLiteral("ts"), out.ts},
                                                {QStringLiteral("thread_ts"), ts}});
                       }
                       if (guard)
                           done(out);
                   });
}

} // namespace shiftdesk
