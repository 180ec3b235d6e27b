#include "AlarmFeed.h"

#include "AlarmSummary.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "slack/SlackConnection.h"

#include <QJsonArray>

#include <utility>

#include <algorithm>

namespace shiftdesk {

namespace {
constexpr int kMaxPagesPerPoll = 10;
constexpr int kBackfillHours = 72; // a whole weekend, for the overnight view on Mondays
constexpr int kRecentRefreshHours = 6;

QString tsFromSeconds(qint64 seconds)
{
    return QString::number(seconds) + QStringLiteral(".000000");
}
} // namespace

AlarmFeed::AlarmFeed(Database& db, Settings& settings, Clock& clock, SlackConnection* slack,
                     QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_slack(slack)
    , m_store(db)
    , m_model(new AlarmModel(this))
{
    m_loadTimer.setSingleShot(true);
    connect(&m_loadTimer, &QTimer::timeout, this, &AlarmFeed::loadSlice);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this]() { pollAll(isLive()); });
    m_clockTimer.setInterval(30000);
    connect(&m_clockTimer, &QTimer::timeout, this, [this]() { m_model->setNow(m_clock.now()); });
    connect(&m_clock, &Clock::jumped, this, [this]() { m_model->setNow(m_clock.now()); });
    connect(m_slack, &SlackConnection::stateChanged, this, &AlarmFeed::onSlackState);
    connect(m_slack->socketMode(), &SocketModeClient::eventReceived, this, &AlarmFeed::onEvent);
    connect(m_slack->socketMode(), &SocketModeClient::connected, this, [this]() {
        // Back-fill whatever happened while the socket was down, then rely on events.
        pollAll(false);
        Q_EMIT statusChanged();
    });
    connect(m_slack->socketMode(), &SocketModeClient::stateChanged, this, [this]() {
        if (isLive() != m_wasLive) { // not on every flap of the connection attempts
            m_wasLive = isLive();
            schedulePoll();
        }
        Q_EMIT statusChanged();
    });
    connect(&m_settings, &Settings::changed, this, [this]() {
        if (!m_pollOverridden)
            m_pollMs = m_settings.slackConfig().pollSeconds * 1000;
        QStringList wanted;
        for (const AlarmChannel& ch : m_settings.slackConfig().alarmChannels)
            wanted << ch.name + QLatin1Char(':') + QString::number(int(ch.priority));
        QStringList have;
        for (const Channel& ch : std::as_const(m_channels))
            have << ch.name + QLatin1Char(':') + QString::number(int(ch.priority));
        wanted.sort();
        have.sort();
        if (wanted != have && m_slack->isConnected())
            resolveChannels();
    });
}

AlarmFeed::~AlarmFeed() = default;

void AlarmFeed::setPollIntervals(int pollMs, int livePollMs)
{
    m_pollMs = pollMs;
    m_livePollMs = livePollMs;
    m_pollOverridden = true;
}

bool AlarmFeed::isLive() const
{
    return m_slack->socketMode()->isConnected();
}

bool AlarmFeed::start(QString* error)
{
    const SlackConfig config = m_settings.slackConfig();
    if (!m_pollOverridden)
        m_pollMs = config.pollSeconds * 1000;
    // The cache is bounded: older messages go before anything is loaded.
    m_store.prune(m_clock.now().addDays(-config.retentionDays), config.maxCachedMessages);
    m_triage = m_store.triage();
    m_readMarks = m_store.readMarks();
    const QHash<QString, QString> ids = m_store.channelIds();
    for (const AlarmChannel& ch : m_settings.slackConfig().alarmChannels) {
        const QString id = ids.value(ch.name);
        if (!id.isEmpty()) {
            m_channels.insert(id, {id, ch.name, ch.priority, false});
            m_channelNames.insert(id, ch.name);
        }
    }
    reloadFromCache();
    for (const Channel& ch : std::as_const(m_channels)) {
        const QDateTime at = m_store.syncedAt(ch.id);
        if (at.isValid() && (!m_lastSynced.isValid() || at > m_lastSynced))
            m_lastSynced = at;
    }
    m_model->setNow(m_clock.now());
    m_clockTimer.start();
    Q_UNUSED(error);
    return true; // following Slack starts when the cache is loaded
}

void AlarmFeed::reloadFromCache()
{
    m_grouper = AlarmGrouper();
    m_loadLatest.clear();
    m_loadTsNum = -1;
    m_loadRowId = -1;
    m_loading = true;
    m_loadTimer.start(0);
    Q_EMIT statusChanged();
}

void AlarmFeed::loadSlice()
{
    constexpr int kSlice = 4000; // a few tens of milliseconds per slice
    const QList<CachedSummary> slice = m_store.summariesAfter(
        m_loadTsNum, m_loadRowId, kSlice, [](const QJsonObject& json, const QString& channelId) {
            return AlarmSummary::encode(AlertParser::parse(json, channelId));
        });
    // Messages come oldest first, so the last one seen in a group is its latest: keep only
    // those parsed messages, not all of them.
    for (const CachedSummary& c : slice) {
        m_loadTsNum = c.tsNum;
        m_loadRowId = c.rowId;
        if (!m_channelNames.contains(c.channelId))
            continue;
        ParsedAlarm p;
        if (!AlarmSummary::decode(c.summary, c.channelId, c.ts, &p)) {
            const auto json = m_store.message(c.channelId, c.ts);
            p = AlertParser::parse(json.value_or(QJsonObject()), c.channelId);
            p.ts = c.ts;
        }
        m_grouper.add(p);
        const QList<AlarmGroup> groups = m_grouper.groupsOf(c.channelId, c.ts);
        for (const AlarmGroup& g : groups) {
            if (g.lastTs == c.ts)
                m_loadLatest.insert(g.key, p);
        }
    }
    if (slice.size() == kSlice) {
        m_loadTimer.start(0); // more to come; let the window breathe first
        return;
    }
    QVector<AlarmRow> rows;
    const QList<AlarmGroup> groups = m_grouper.groups();
    rows.reserve(groups.size());
    for (const AlarmGroup& g : groups) {
        const auto it = m_loadLatest.constFind(g.key);
        if (it != m_loadLatest.constEnd() && it->ts == g.lastTs)
            rows.append(buildRow(g, *it));
    }
    m_loadLatest.clear();
    m_model->setRows(std::move(rows));
    m_loading = false;
    emitUnread();
    Q_EMIT loaded();
    Q_EMIT statusChanged();
    // Now follow Slack, and apply what arrived meanwhile.
    const QList<QJsonObject> pending = std::exchange(m_pendingEvents, {});
    for (const QJsonObject& event : pending)
        onEvent(event);
    onSlackState();
}

QStringList AlarmFeed::lookersOf(const ParsedAlarm& latest) const
{
    QStringList names;
    const QString me = m_slack->identity().userId;
    for (const auto& [name, users] : latest.reactions) {
        if (name != QLatin1String("eyes"))
            continue;
        for (const QString& user : users) {
            if (user == me) {
                names << tr("you");
                continue;
            }
            const QJsonObject info = m_slack->client()->cachedUser(user);
            QString display = info.value(QLatin1String("profile"))
                                  .toObject()
                                  .value(QLatin1String("display_name"))
                                  .toString();
            if (display.isEmpty())
                display = info.value(QLatin1String("real_name")).toString();
            if (display.isEmpty())
                display = info.value(QLatin1String("name")).toString();
            names << (display.isEmpty() ? user : display);
        }
    }
    return names;
}

AlarmRow AlarmFeed::buildRow(const AlarmGroup& group, const ParsedAlarm& latest) const
{
    AlarmRow row;
    row.group = group;
    row.latest = latest;
    const auto ch = m_channels.constFind(group.channelId);
    row.channelName = m_channelNames.value(group.channelId, group.channelId);
    row.priority = ch != m_channels.constEnd() ? ch->priority : AlarmChannel::Priority::Low;
    row.triage = m_triage.value(group.key);
    const auto read = m_readMarks.constFind(group.key);
    row.unread = read == m_readMarks.constEnd() || AlertParser::compareTs(group.lastTs, *read) > 0;
    row.lookers = lookersOf(latest);
    return row;
}

void AlarmFeed::onSlackState()
{
    if (m_loading)
        return; // called again when the cache is loaded
    if (m_slack->isConnected()) {
        resolveChannels();
    } else {
        m_pollTimer.stop();
    }
    Q_EMIT statusChanged();
}

void AlarmFeed::resolveChannels()
{
    const SlackConfig config = m_settings.slackConfig();
    m_slack->client()->listChannels(
        QStringLiteral("public_channel,private_channel"), this,
        [this, config](const QList<SlackChannel>& all, const SlackResult& r) {
            if (!r.ok()) {
                // A partial list would make channels look missing: keep the current ones.
                m_lastError = r.message;
                Q_EMIT problem(r.message);
                Q_EMIT statusChanged();
                schedulePoll();
                return;
            }
            QHash<QString, Channel> next;
            m_channelProblems.clear();
            for (const AlarmChannel& wanted : config.alarmChannels) {
                const SlackChannel* found = nullptr;
                for (const SlackChannel& ch : all) {
                    if (ch.name == wanted.name) {
                        found = &ch;
                        break;
                    }
                }
                if (!found) {
                    m_channelProblems.insert(
                        wanted.name,
                        tr("#%1 was not found. Check the name in Preferences → Slack; a private "
                           "channel is only visible once the app is invited to it.")
                            .arg(wanted.name));
                    continue;
                }
                m_store.rememberChannel(found->name, found->id, found->isPrivate, found->isMember,
                                        m_clock.now());
                next.insert(found->id, {found->id, found->name, wanted.priority, false});
                m_channelNames.insert(found->id, found->name);
            }
            bool changed = next.size() != m_channels.size();
            for (auto it = next.cbegin(); !changed && it != next.cend(); ++it) {
                const auto old = m_channels.constFind(it.key());
                changed = old == m_channels.cend() || old->priority != it->priority;
            }
            for (auto it = next.begin(); it != next.end(); ++it) {
                const auto old = m_channels.constFind(it.key());
                if (old != m_channels.cend()) { // keep a paging position in progress
                    it->resumeCursor = old->resumeCursor;
                    it->resumeOldest = old->resumeOldest;
                    it->resumeNewest = old->resumeNewest;
                    it->resumeBackfill = old->resumeBackfill;
                }
            }
            m_channels = next;
            if (changed)
                reloadFromCache();
            m_lastError.clear();
            Q_EMIT statusChanged();
            pollAll(false);
        });
}

void AlarmFeed::syncNow()
{
    if (m_slack->isConnected())
        pollAll(true);
}

void AlarmFeed::schedulePoll()
{
    if (!m_slack->isConnected()) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.start(isLive() ? m_livePollMs : m_pollMs);
}

void AlarmFeed::pollAll(bool refreshRecent)
{
    m_pollTimer.stop();
    if (m_loading)
        return;
    if (!m_slack->isConnected())
        return;
    for (Channel& ch : m_channels) {
        if (ch.syncing)
            continue;
        ch.syncing = true;
        if (!ch.resumeCursor.isEmpty()) {
            pollChannel(ch.id, ch.resumeOldest, ch.resumeCursor, kMaxPagesPerPoll, {},
                        ch.resumeBackfill);
            continue;
        }
        const QString newest = m_store.newestTs(ch.id);
        const bool backfill = newest.isEmpty();
        const qint64 now = m_clock.now().toSecsSinceEpoch();
        QString oldest = newest;
        if (backfill) {
            oldest = tsFromSeconds(now - qint64(kBackfillHours) * 3600);
        } else if (refreshRecent) {
            // Re-read recent hours for reactions, but never start after the sync point.
            const QString recent = tsFromSeconds(now - qint64(kRecentRefreshHours) * 3600);
            if (AlertParser::compareTs(recent, newest) < 0)
                oldest = recent;
        }
        pollChannel(ch.id, oldest, QString(), kMaxPagesPerPoll, {}, backfill);
    }
    schedulePoll();
}

bool AlarmFeed::isAlarmMessage(const QJsonObject& message) const
{
    const QString subtype = message.value(QLatin1String("subtype")).toString();
    static const QStringList hidden = {
        QStringLiteral("message_changed"), QStringLiteral("message_deleted"),
        QStringLiteral("message_replied"), QStringLiteral("channel_join"),
        QStringLiteral("channel_leave"),   QStringLiteral("channel_topic"),
        QStringLiteral("channel_purpose"), QStringLiteral("channel_name")};
    if (hidden.contains(subtype))
        return false;
    // Replies stay in their thread unless broadcast to the channel.
    const QString ts = message.value(QLatin1String("ts")).toString();
    const QString threadTs = message.value(QLatin1String("thread_ts")).toString();
    if (!threadTs.isEmpty() && threadTs != ts && subtype != QLatin1String("thread_broadcast"))
        return false;
    return !ts.isEmpty();
}

void AlarmFeed::pollChannel(const QString& channelId, const QString& oldest, const QString& cursor,
                            int pagesLeft, QList<StoredMessage> collected, bool backfill)
{
    HistoryQuery q;
    q.channel = channelId;
    q.oldest = oldest;
    q.cursor = cursor;
    q.limit = 200;
    m_slack->client()->history(
        q, this,
        [this, channelId, oldest, pagesLeft, collected = std::move(collected),
         backfill](const SlackResult& r) mutable {
            auto ch = m_channels.find(channelId);
            if (ch == m_channels.end())
                return; // no longer followed
            if (!r.ok()) {
                ch->syncing = false;
                const QString problemText =
                    r.error == QLatin1String("not_in_channel")
                        ? tr("The Slack app is not in #%1: open the channel in Slack and type "
                             "/invite @your-app-name.")
                              .arg(ch->name)
                        : r.message;
                m_channelProblems.insert(ch->name, problemText);
                // Keep what arrived before the failure.
                ingest(collected, !backfill, backfill);
                Q_EMIT problem(problemText);
                Q_EMIT statusChanged();
                return;
            }
            m_channelProblems.remove(ch->name);
            const QJsonArray messages = r.body.value(QLatin1String("messages")).toArray();
            for (const QJsonValue& v : messages) {
                const QJsonObject m = v.toObject();
                if (isAlarmMessage(m))
                    collected.append({channelId, m.value(QLatin1String("ts")).toString(), m});
            }
            const QString next = r.nextCursor();
            const bool more = r.body.value(QLatin1String("has_more")).toBool() && !next.isEmpty();
            if (more && pagesLeft > 1) {
                pollChannel(channelId, oldest, next, pagesLeft - 1, std::move(collected), backfill);
                return;
            }
            ch->syncing = false;
            // The newest message seen in this pass (the first page is the newest).
            for (const StoredMessage& m : std::as_const(collected)) {
                if (ch->resumeNewest.isEmpty() ||
                    AlertParser::compareTs(m.ts, ch->resumeNewest) > 0)
                    ch->resumeNewest = m.ts;
            }
            ingest(collected, !backfill, backfill);
            if (more) {
                // Page budget spent with older messages left: the next poll goes on from here
                // instead of moving the sync point past what was not read.
                ch->resumeOldest = oldest;
                ch->resumeCursor = next;
                ch->resumeBackfill = backfill;
                Q_EMIT statusChanged();
                return;
            }
            QString newest = m_store.newestTs(channelId);
            if (newest.isEmpty() || (!ch->resumeNewest.isEmpty() &&
                                     AlertParser::compareTs(ch->resumeNewest, newest) > 0))
                newest = ch->resumeNewest;
            ch->resumeCursor.clear();
            ch->resumeOldest.clear();
            ch->resumeNewest.clear();
            m_lastSynced = m_clock.now();
            m_store.setSynced(channelId, newest.isEmpty() ? oldest : newest, m_lastSynced);
            Q_EMIT statusChanged();
            Q_EMIT synced();
        });
}

} // namespace shiftdesk
