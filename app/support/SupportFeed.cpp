#include "SupportFeed.h"
#include "SupportFeedPrivate.h"

#include "alarms/AlertParser.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "github/IssueTemplate.h"
#include "slack/Mrkdwn.h"
#include "slack/Reactions.h"
#include "slack/SlackConnection.h"

#include <QPointer>
#include <QTimeZone>

#include <algorithm>

#include <utility>

namespace shiftdesk {

using namespace support_detail;

SupportFeed::SupportFeed(Database& db, Settings& settings, Clock& clock, SlackConnection* slack,
                         QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_slack(slack)
    , m_timers(db, clock, settings.supportConfig().claimMinutes)
    , m_queue(QString(), {}, settings.gitHubConfig().webBase)
    , m_model(new SupportModel(this))
{
    m_model->setNow(m_clock.now());
    m_model->setWaitLimitMinutes(m_timers.timeoutMinutes());
    m_model->setUserNames([this](const QString& id) { return userName(id); });
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(kRebuildDelayMs);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &SupportFeed::rebuild);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SupportFeed::refresh);
    m_claimTimer.setInterval(kClaimCheckMs);
    connect(&m_claimTimer, &QTimer::timeout, this, [this]() {
        m_model->setNow(m_clock.now());
        checkClaims();
    });
    connect(&m_clock, &Clock::jumped, this, [this]() {
        m_model->setNow(m_clock.now());
        checkClaims();
    });
    connect(&m_settings, &Settings::changed, this, [this]() {
        const SupportConfig config = m_settings.supportConfig();
        m_timers.setTimeoutMinutes(config.claimMinutes);
        m_model->setWaitLimitMinutes(config.claimMinutes);
        m_queue.setGitHubWebBase(m_settings.gitHubConfig().webBase);
        if (!m_pollOverridden)
            m_pollMs = m_settings.slackConfig().pollSeconds * 1000;
        if (m_settings.slackConfig().supportChannel != m_channelName && m_started) {
            resetChannel();
            return;
        }
        loadTeamGroup();
        rebuild();
    });
    if (m_slack) {
        m_poster = new AnnouncePoster(*m_slack->client(), this);
        connect(m_slack, &SlackConnection::stateChanged, this, &SupportFeed::onSlackState);
        connect(m_slack->socketMode(), &SocketModeClient::eventReceived, this,
                &SupportFeed::onEvent);
        connect(m_slack->socketMode(), &SocketModeClient::connected, this, [this]() {
            refresh(); // whatever happened while the socket was down
            Q_EMIT statusChanged();
        });
        connect(m_slack->socketMode(), &SocketModeClient::stateChanged, this, [this]() {
            schedulePoll();
            Q_EMIT statusChanged();
        });
    }
}

SupportFeed::~SupportFeed() = default;

void SupportFeed::setPollIntervals(int pollMs, int livePollMs)
{
    m_pollMs = pollMs;
    m_livePollMs = livePollMs;
    m_pollOverridden = true;
}

void SupportFeed::start()
{
    m_started = true;
    if (!m_pollOverridden)
        m_pollMs = m_settings.slackConfig().pollSeconds * 1000;
    m_claimTimer.start();
    onSlackState();
}

QString SupportFeed::channelName() const
{
    return m_settings.slackConfig().supportChannel;
}

bool SupportFeed::isConnected() const
{
    return m_slack && m_slack->isConnected();
}

bool SupportFeed::isLive() const
{
    return m_slack && m_slack->socketMode()->isConnected();
}

QString SupportFeed::selfUserId() const
{
    return m_slack ? m_slack->identity().userId : QString();
}

QString SupportFeed::statusText() const
{
    if (!m_slack || !m_slack->isConnected())
        return tr("Not connected to Slack");
    if (!m_error.isEmpty())
        return m_error;
    if (!m_loaded)
        return tr("Reading #%1…").arg(channelName());
    return isLive() ? tr("#%1 · live").arg(channelName())
                    : tr("#%1 · checked every %n s", nullptr, m_pollMs / 1000).arg(channelName());
}

QString SupportFeed::userName(const QString& userId) const
{
    if (!m_slack)
        return userId;
    const QJsonObject info = m_slack->client()->cachedUser(userId);
    const QJsonObject profile = info.value(QLatin1String("profile")).toObject();
    for (const QString& name :
         {str(profile, QLatin1String("display_name")), str(profile, QLatin1String("real_name")),
          str(info, QLatin1String("real_name")), str(info, QLatin1String("name"))}) {
        if (!name.trimmed().isEmpty())
            return name.trimmed();
    }
    return userId;
}

QList<SupportRequest> SupportFeed::unanswered() const
{
    QList<SupportRequest> out;
    for (const SupportRequest& r : m_queue.requests()) {
        if (r.isUnanswered())
            out << r;
    }
    return out;
}

QSet<QString> SupportFeed::team() const
{
    QSet<QString> members = m_groupMembers;
    for (const QString& id : m_settings.supportConfig().teamMembers)
        members.insert(id);
    if (!selfUserId().isEmpty())
        members.insert(selfUserId());
    return members;
}

void SupportFeed::onSlackState()
{
    Q_EMIT statusChanged();
    if (!m_started || !m_slack || !m_slack->isConnected()) {
        m_pollTimer.stop();
        return;
    }
    m_model->setSelfUserId(selfUserId());
    m_askedNames.clear(); // a new token starts with an empty user cache
    loadTeamGroup();
    refresh();
}

void SupportFeed::schedulePoll()
{
    if (!m_started || !m_slack || !m_slack->isConnected())
        return;
    m_pollTimer.start(isLive() ? m_livePollMs : m_pollMs);
}

void SupportFeed::setError(const QString& message)
{
    if (m_error == message)
        return;
    m_error = message;
    if (!message.isEmpty())
        Q_EMIT problem(message);
    Q_EMIT statusChanged();
}

void SupportFeed::loadTeamGroup()
{
    const QString group = m_settings.supportConfig().teamUserGroup;
    if (group.isEmpty()) {
        m_groupMembers.clear();
        return;
    }
    if (!m_slack || !m_slack->isConnected())
        return;
    m_slack->client()->call(
        QStringLiteral("usergroups.users.list"), {{QStringLiteral("usergroup"), group}},
        SlackClient::Access::Read, this, [this, group](const SlackResult& r) {
            if (!r.ok()) {
                Q_EMIT problem(tr("Cannot read the team's user group %1: %2. Team members are "
                                  "the ones listed in Preferences → Support.")
                                   .arg(group, r.message));
                return;
            }
            QSet<QString> members;
            for (const QJsonValue& v : r.body.value(QLatin1String("users")).toArray())
                members.insert(v.toString());
            m_groupMembers = members;
            rebuild();
        });
}

void SupportFeed::resetChannel()
{
    ++m_generation; // answers to what was asked for the old channel are dropped
    m_channelId.clear();
    m_channelName.clear();
    m_history = {};
    m_replies.clear();
    m_readLatest.clear();
    m_threadQueue.clear();
    m_pendingEvents.clear();
    m_reading = false;
    m_threadsInFlight = 0;
    m_loaded = false;
    rebuild();
    refresh();
}

void SupportFeed::refresh()
{
    if (!m_started || !m_slack || !m_slack->isConnected() || m_reading)
        return;
    if (m_channelId.isEmpty()) {
        resolveChannel();
        return;
    }
    m_reading = true;
    readHistory({}, kMaxHistoryPages, {});
}

void SupportFeed::rebuild()
{
    m_rebuildTimer.stop();
    m_queue.clear();
    m_queue.setTeamMembers(team());
    m_queue.setGitHubWebBase(m_settings.gitHubConfig().webBase);
    if (m_slack)
        m_queue.setSelfBot(m_slack->identity().botId, selfUserId());
    // Threads first: their copy of the request is as old as the thread's last read. Then the
    // history and live events (newest first in m_history, so from the end): they win, with
    // edits, deletions and reactions applied after what they change.
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it)
        m_queue.applyReplies(it.key(), it.value());
    for (qsizetype i = m_history.size() - 1; i >= 0; --i)
        m_queue.applyMessage(m_history.at(i).toObject());
    publish();
}

void SupportFeed::publish()
{
    const QList<SupportRequest> requests = m_queue.requests();
    m_model->setNow(m_clock.now());
    m_model->setRequests(requests);
    if (m_loaded)
        syncClaims(requests);
    askNames(requests);
    const int unanswered =
        m_loaded ? int(std::count_if(requests.cbegin(), requests.cend(),
                                     [](const SupportRequest& r) { return r.isUnanswered(); }))
                 : -1;
    if (unanswered != m_lastUnanswered) {
        m_lastUnanswered = unanswered;
        Q_EMIT unansweredChanged(m_lastUnanswered); // -1: not known yet
    }
    Q_EMIT changed();
}

void SupportFeed::syncClaims(const QList<SupportRequest>& requests)
{
    const QString me = selfUserId();
    if (me.isEmpty())
        return;
    const QSet<QString> known = m_timers.claimedIn(m_channelId);
    for (const SupportRequest& r : requests) {
        const bool mine = r.claimedBy.contains(me) && r.state != SupportRequest::State::Ticketed;
        if (mine && !known.contains(r.ts))
            m_timers.claim(r.channelId, r.ts);
        else if (!mine && known.contains(r.ts))
            m_timers.release(r.channelId, r.ts);
    }
}

void SupportFeed::checkClaims()
{
    if (!m_loaded)
        return; // a restart: wait until the queue says what is still claimed
    const QString me = selfUserId();
    for (const ClaimPrompt& p : m_timers.due(m_clock.now())) {
        const std::optional<SupportRequest> r = m_queue.request(p.ts);
        if (!r || p.channelId != m_channelId || !r->claimedBy.contains(me) ||
            r->state == SupportRequest::State::Ticketed)
            continue;
        Q_EMIT claimDue(*r, p);
    }
}

void SupportFeed::askNames(const QList<SupportRequest>& requests)
{
    if (!m_slack || !m_slack->isConnected())
        return;
    QSet<QString> ids;
    for (const SupportRequest& r : requests) {
        ids.insert(r.asker);
        for (const QString& u : r.claimedBy)
            ids.insert(u);
        for (const QString& u : r.answeredBy)
            ids.insert(u);
    }
    for (const QString& id : std::as_const(ids)) {
        if (id.isEmpty() || m_askedNames.contains(id))
            continue;
        m_askedNames.insert(id);
        m_slack->client()->userInfo(id, this, [this, id](const SlackResult& r) {
            if (!r.ok())
                m_askedNames.remove(id); // asked again with the next change
            m_model->namesChanged();
            Q_EMIT changed();
        });
    }
}

void SupportFeed::onEvent(const QJsonObject& event)
{
    if (m_channelId.isEmpty() || !absorb(event))
        return;
    if (m_reading)
        m_pendingEvents.append(event); // the read under way started before it: apply it again
    scheduleRebuild();                 // a burst of events costs one rebuild
}

void SupportFeed::applyOwn(const QJsonObject& event)
{
    if (m_channelId.isEmpty() || !absorb(event))
        return;
    if (m_reading)
        m_pendingEvents.append(event);
    rebuild(); // what the user just did shows at once
}

void SupportFeed::scheduleRebuild()
{
    if (!m_rebuildTimer.isActive())
        m_rebuildTimer.start();
}

bool SupportFeed::absorb(const QJsonObject& event)
{
    const QString type = str(event, QLatin1String("type"));
    if (type == QLatin1String("reaction_added") || type == QLatin1String("reaction_removed")) {
        const QJsonObject item = event.value(QLatin1String("item")).toObject();
        if (str(item, QLatin1String("channel")) != m_channelId)
            return false;
        const QString ts = str(item, QLatin1String("ts"));
        // Kept in the history, so every rebuild keeps it (withReaction is idempotent).
        for (qsizetype i = 0; i < m_history.size(); ++i) {
            QJsonObject m = m_history.at(i).toObject();
            if (str(m, QLatin1String("ts")) != ts)
                continue;
            m_history[i] = withReaction(m, str(event, QLatin1String("reaction")),
                                        str(event, QLatin1String("user")),
                                        type == QLatin1String("reaction_added"));
        }
        return true;
    }
    if (type != QLatin1String("message") || str(event, QLatin1String("channel")) != m_channelId)
        return false;
    const QString subtype = str(event, QLatin1String("subtype"));
    if (subtype == QLatin1String("message_changed") ||
        subtype == QLatin1String("message_deleted")) {
        // An edited or deleted reply: read its thread again at the next poll, so the thread's
        // stored copy cannot bring the old version back.
        const QString key = subtype == QLatin1String("message_changed")
                                ? QStringLiteral("message")
                                : QStringLiteral("previous_message");
        const QString threadTs = str(event.value(key).toObject(), QLatin1String("thread_ts"));
        if (!threadTs.isEmpty())
            m_readLatest.remove(threadTs);
        m_history.prepend(event);
        return true;
    }
    const QString ts = str(event, QLatin1String("ts"));
    const QString threadTs = str(event, QLatin1String("thread_ts"));
    if (!threadTs.isEmpty() && threadTs != ts) {
        // A reply (a broadcast one too: it answers as well as showing in the channel). Our own
        // post and its Socket Mode echo are one message: replace by ts.
        QJsonArray& thread = m_replies[threadTs];
        for (qsizetype i = thread.size() - 1; i >= 0; --i) {
            if (str(thread.at(i).toObject(), QLatin1String("ts")) == ts)
                thread.removeAt(i);
        }
        thread.append(event);
        if (subtype != QLatin1String("thread_broadcast"))
            return true;
    }
    for (const QJsonValue& v : std::as_const(m_history)) {
        const QJsonObject m = v.toObject();
        if (str(m, QLatin1String("ts")) == ts && str(m, QLatin1String("subtype")) == subtype &&
            !ts.isEmpty())
            return true; // already known (a replayed event)
    }
    m_history.prepend(event); // newest first, like the history
    return true;
}

} // namespace shiftdesk
