#include "SupportQueue.h"

#include "alarms/AlertParser.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace shiftdesk {

namespace {

QString field(const QJsonObject& o, QLatin1String key)
{
    return o.value(key).toString();
}

QString tsOf(const QJsonObject& message, QLatin1String key = QLatin1String("ts"))
{
    const QJsonValue v = message.value(key);
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 6); // a ts sent as a number by some bridges
    return v.toString();
}

// What a message is, as far as the queue is concerned.
enum class Kind { Candidate, NotARequest, Changed, Deleted };

Kind kindOf(const QJsonObject& message)
{
    const QString subtype = field(message, QLatin1String("subtype"));
    if (subtype == QLatin1String("message_changed"))
        return Kind::Changed;
    if (subtype == QLatin1String("message_deleted"))
        return Kind::Deleted;
    if (!subtype.isEmpty() && subtype != QLatin1String("file_share"))
        return Kind::NotARequest; // bot_message, thread_broadcast, channel_join, tombstone, ...
    if (!field(message, QLatin1String("bot_id")).isEmpty() ||
        field(message, QLatin1String("user")).isEmpty())
        return Kind::NotARequest;
    return Kind::Candidate;
}

bool lessTs(const QString& a, const QString& b)
{
    return AlertParser::compareTs(a, b) < 0;
}

QString hostOf(const QUrl& url)
{
    QString host = url.host().toLower();
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}

} // namespace

SupportQueue::SupportQueue(QString channelId, QSet<QString> teamMembers, QUrl gitHubWebBase)
    : m_channelId(std::move(channelId))
    , m_team(std::move(teamMembers))
    , m_webBase(std::move(gitHubWebBase))
{}

void SupportQueue::apply(const QJsonArray& messages)
{
    for (const QJsonValue& v : messages)
        applyMessage(v.toObject());
}

void SupportQueue::applyMessage(const QJsonObject& message)
{
    switch (kindOf(message)) {
    case Kind::Changed:
        applyMessage(message.value(QLatin1String("message")).toObject());
        return;
    case Kind::Deleted:
        remove(tsOf(message, QLatin1String("deleted_ts")));
        return;
    case Kind::NotARequest:
    case Kind::Candidate:
        break;
    }
    const QString ts = tsOf(message);
    const QString threadTs = tsOf(message, QLatin1String("thread_ts"));
    if (!threadTs.isEmpty() && threadTs != ts &&
        field(message, QLatin1String("subtype")) != QLatin1String("thread_broadcast")) {
        applyReply(threadTs, message);
        return;
    }
    applyTop(message);
}

void SupportQueue::applyReplies(const QString& threadTs, const QJsonArray& replies)
{
    for (const QJsonValue& v : replies) {
        QJsonObject message = v.toObject();
        const Kind kind = kindOf(message);
        if (kind == Kind::Deleted) {
            remove(tsOf(message, QLatin1String("deleted_ts")));
            continue;
        }
        if (kind == Kind::Changed)
            message = message.value(QLatin1String("message")).toObject();
        if (tsOf(message) == threadTs)
            applyTop(message);
        else
            applyReply(threadTs, message);
    }
}

void SupportQueue::applyReaction(bool added, const QString& channelId, const QString& ts,
                                 const QString& userId, const QString& reaction)
{
    if (channelId != m_channelId || reaction != QLatin1String("eyes") || userId.isEmpty() ||
        !m_tops.contains(ts))
        return;
    QStringList& users = m_eyes[ts];
    if (added && !users.contains(userId))
        users.append(userId);
    else if (!added)
        users.removeAll(userId);
}

void SupportQueue::clear()
{
    m_tops.clear();
    m_threads.clear();
    m_eyes.clear();
}

void SupportQueue::applyTop(const QJsonObject& message)
{
    const QString ts = tsOf(message);
    if (ts.isEmpty())
        return;
    if (kindOf(message) != Kind::Candidate) {
        // It may have been one (an edit turned it into a tombstone, say).
        m_tops.remove(ts);
        m_eyes.remove(ts);
        return;
    }
    Top top;
    top.ts = ts;
    top.user = field(message, QLatin1String("user"));
    top.text = field(message, QLatin1String("text"));
    top.replyCount = message.value(QLatin1String("reply_count")).toInt();
    for (const QJsonValue& u : message.value(QLatin1String("reply_users")).toArray())
        top.replyUsers.append(u.toString());
    QStringList eyes;
    for (const QJsonValue& v : message.value(QLatin1String("reactions")).toArray()) {
        const QJsonObject r = v.toObject();
        if (field(r, QLatin1String("name")) != QLatin1String("eyes"))
            continue;
        for (const QJsonValue& u : r.value(QLatin1String("users")).toArray())
            eyes.append(u.toString());
    }
    m_eyes.insert(ts, eyes);
    m_tops.insert(ts, top);
}

void SupportQueue::applyReply(const QString& threadTs, const QJsonObject& message)
{
    const QString ts = tsOf(message);
    if (threadTs.isEmpty() || ts.isEmpty())
        return;
    // A bot's reply is no answer; a team member's broadcast reply is one.
    const QString subtype = field(message, QLatin1String("subtype"));
    const QString botId = field(message, QLatin1String("bot_id"));
    const bool ours = !botId.isEmpty() && botId == m_selfBotId;
    const bool fromPerson =
        botId.isEmpty() && (subtype.isEmpty() || subtype == QLatin1String("file_share") ||
                            subtype == QLatin1String("thread_broadcast"));
    Reply reply;
    reply.ts = ts;
    if (ours) {
        reply.user = field(message, QLatin1String("user"));
        if (reply.user.isEmpty())
            reply.user = m_selfUserId;
    } else if (fromPerson) {
        reply.user = field(message, QLatin1String("user"));
    }
    reply.text = field(message, QLatin1String("text"));
    m_threads[threadTs].insert(ts, reply);
}

void SupportQueue::remove(const QString& ts)
{
    if (ts.isEmpty())
        return;
    m_tops.remove(ts);
    m_eyes.remove(ts);
    for (auto it = m_threads.begin(); it != m_threads.end(); ++it)
        it->remove(ts);
}

SupportRequest SupportQueue::derive(const Top& top) const
{
    SupportRequest r;
    r.channelId = m_channelId;
    r.ts = top.ts;
    r.asker = top.user;
    r.text = top.text;
    r.postedAt = AlertParser::tsToDateTime(top.ts);
    r.replyCount = top.replyCount;
    for (const QString& user : m_eyes.value(top.ts)) {
        if (m_team.contains(user) && !r.claimedBy.contains(user))
            r.claimedBy.append(user);
    }

    QList<Reply> replies = m_threads.value(top.ts).values();
    std::sort(replies.begin(), replies.end(),
              [](const Reply& a, const Reply& b) { return lessTs(a.ts, b.ts); });
    r.replyCount = std::max(r.replyCount, int(replies.size()));
    for (const Reply& reply : std::as_const(replies)) {
        if (reply.user.isEmpty() || !m_team.contains(reply.user))
            continue;
        if (!r.answeredBy.contains(reply.user))
            r.answeredBy.append(reply.user);
        if (!r.firstTeamReplyAt.isValid())
            r.firstTeamReplyAt = AlertParser::tsToDateTime(reply.ts);
        if (r.ticketUrl.isEmpty())
            r.ticketUrl = findIssueUrl(reply.text, m_webBase);
    }
    // The history's reply_users tell of answers in threads not fetched yet.
    for (const QString& user : top.replyUsers) {
        if (m_team.contains(user) && !r.answeredBy.contains(user))
            r.answeredBy.append(user);
    }

    if (!r.ticketUrl.isEmpty())
        r.state = SupportRequest::State::Ticketed;
    else if (!r.answeredBy.isEmpty())
        r.state = SupportRequest::State::Answered;
    else if (!r.claimedBy.isEmpty())
        r.state = SupportRequest::State::Claimed;
    return r;
}

QList<SupportRequest> SupportQueue::requests() const
{
    QList<SupportRequest> out;
    out.reserve(m_tops.size());
    for (const Top& top : m_tops) {
        if (!m_team.contains(top.user))
            out.append(derive(top));
    }
    std::sort(out.begin(), out.end(),
              [](const SupportRequest& a, const SupportRequest& b) { return lessTs(a.ts, b.ts); });
    return out;
}

std::optional<SupportRequest> SupportQueue::request(const QString& ts) const
{
    const auto it = m_tops.constFind(ts);
    if (it == m_tops.constEnd() || m_team.contains(it->user))
        return std::nullopt;
    return derive(*it);
}

int SupportQueue::unansweredCount() const
{
    int count = 0;
    for (const Top& top : m_tops) {
        if (!m_team.contains(top.user) && derive(top).isUnanswered())
            ++count;
    }
    return count;
}

QString SupportQueue::findIssueUrl(const QString& text, const QUrl& webBase)
{
    static const QRegularExpression re(
        QStringLiteral("https?://([A-Za-z0-9.-]+(?::\\d+)?)((?:/[A-Za-z0-9_.~-]+)*)"
                       "/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)/issues/(\\d+)(?![\\w/])"));
    QSet<QString> hosts{QStringLiteral("github.com")};
    QString basePath;
    if (webBase.isValid() && !webBase.host().isEmpty()) {
        hosts.insert(hostOf(webBase));
        basePath = webBase.path();
        while (basePath.endsWith(QLatin1Char('/')))
            basePath.chop(1);
    }
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString host = m.captured(1).toLower();
        if (!hosts.contains(host))
            continue;
        const QString prefix = m.captured(2);
        const bool onBase = host == hostOf(webBase) && prefix == basePath;
        if (!(host == QLatin1String("github.com") && prefix.isEmpty()) && !onBase)
            continue;
        return m.captured(0);
    }
    return {};
}

} // namespace shiftdesk
