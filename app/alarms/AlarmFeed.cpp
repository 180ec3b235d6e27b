#include "AlarmFeed.h"

#include "AlarmSummary.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "slack/SlackConnection.h"

#include <QJsonArray>

#include <algorithm>

namespace shiftdesk {

namespace {
constexpr int kMaxPagesPerPoll = 10;
constexpr int kBackfillHours = 24;
constexpr int kRecentRefreshHours = 6;

QString tsFromSeconds(qint64 seconds)
{
    return QString::number(seconds) + QStringLiteral(".000000");
}
} // namespace

AlarmFeed::AlarmFeed(Database& db, Settings& settings, Clock& clock, SlackConnection* slack,
                     QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(settings)
    , m_clock(clock)
    , m_slack(slack)
    , m_store(db)
    , m_model(new AlarmModel(this))
{
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
    onSlackState();
    Q_UNUSED(error);
    return true;
}

void AlarmFeed::reloadFromCache()
{
    const QList<CachedSummary> cached =
        m_store.summaries([](const QJsonObject& json, const QString& channelId) {
            return AlarmSummary::encode(AlertParser::parse(json, channelId));
        });
    m_grouper = AlarmGrouper();
    // Messages come oldest first, so the last one seen in a group is its latest: keep only
    // those parsed messages, not all of them.
    QHash<QString, ParsedAlarm> latest; // group key -> its latest message
    for (const CachedSummary& c : cached) {
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
                latest.insert(g.key, p);
        }
    }
    QVector<AlarmRow> rows;
    const QList<AlarmGroup> groups = m_grouper.groups();
    rows.reserve(groups.size());
    for (const AlarmGroup& g : groups) {
        const auto it = latest.constFind(g.key);
        if (it != latest.constEnd() && it->ts == g.lastTs)
            rows.append(buildRow(g, *it));
    }
    m_model->setRows(std::move(rows));
    emitUnread();
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
            const QString next = r.body.value(QLatin1String("response_metadata"))
                                     .toObject()
                                     .value(QLatin1String("next_cursor"))
                                     .toString();
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

void AlarmFeed::ingest(const QList<StoredMessage>& input, bool notify, bool markAsRead)
{
    if (input.isEmpty())
        return;
    // Oldest first, so notifications come in the order the alarms happened.
    QList<StoredMessage> messages = input;
    std::sort(messages.begin(), messages.end(), [](const StoredMessage& a, const StoredMessage& b) {
        return AlertParser::compareTs(a.ts, b.ts) < 0;
    });
    QHash<QString, ParsedAlarm> latestHints; // channel|ts -> parsed
    QSet<QString> changedKeys;               // groups whose messages changed content
    QList<qsizetype> added; // indexes into parsedList of messages seen for the first time
    QList<ParsedAlarm> parsedList;
    parsedList.reserve(messages.size());
    for (StoredMessage& m : messages) {
        const QList<AlarmGroup> before = m_grouper.groupsOf(m.channelId, m.ts);
        const bool known = !before.isEmpty();
        for (const AlarmGroup& g : before)
            changedKeys.insert(g.key);
        // A changed message (edit, new reactions) replaces the old version.
        if (known)
            m_grouper.remove(m.channelId, m.ts);
        parsedList.append(AlertParser::parse(m.message, m.channelId));
        m.summary = AlarmSummary::encode(parsedList.last());
        m_grouper.add(parsedList.last());
        latestHints.insert(m.channelId + QLatin1Char('|') + m.ts, parsedList.last());
        if (!known)
            added.append(parsedList.size() - 1);
        for (const AlarmGroup& g : m_grouper.groupsOf(m.channelId, m.ts))
            changedKeys.insert(g.key);
    }
    if (!m_store.upsertMessages(messages, m_clock.now()))
        Q_EMIT problem(m_store.lastError());
    reconcile(latestHints, changedKeys);

    QHash<QString, QString> readNow;
    for (const qsizetype index : std::as_const(added)) {
        const ParsedAlarm* parsed = &parsedList.at(index);
        const std::optional<AlarmGroup> group = m_grouper.groupOf(parsed->channelId, parsed->ts);
        if (!group)
            continue;
        if (markAsRead)
            readNow.insert(group->key, group->lastTs);
        const auto ch = m_channels.constFind(parsed->channelId);
        const bool high =
            ch != m_channels.constEnd() && ch->priority == AlarmChannel::Priority::High;
        if (notify && high && parsed->status != ParsedAlarm::Status::Resolved) {
            Q_EMIT newHighPriorityAlarm(
                group->key, parsed->alertName.isEmpty() ? parsed->title : parsed->alertName,
                parsed->title);
        }
    }
    // Names for teammates who are looking (an :eyes: reaction).
    for (const ParsedAlarm& parsed : std::as_const(parsedList)) {
        for (const auto& [name, users] : parsed.reactions) {
            if (name != QLatin1String("eyes"))
                continue;
            for (const QString& user : users) {
                if (user == m_slack->identity().userId ||
                    !m_slack->client()->cachedUser(user).isEmpty())
                    continue;
                const std::optional<AlarmGroup> group =
                    m_grouper.groupOf(parsed.channelId, parsed.ts);
                if (!group)
                    continue;
                const QString key = group->key;
                m_slack->client()->userInfo(user, this,
                                            [this, key](const SlackResult&) { refreshRow(key); });
            }
        }
    }
    if (!readNow.isEmpty()) {
        m_store.markRead(readNow);
        for (auto it = readNow.constBegin(); it != readNow.constEnd(); ++it)
            m_readMarks.insert(it.key(), it.value());
        m_model->setRead(readNow.keys());
    }
    emitUnread();
}

void AlarmFeed::reconcile(const QHash<QString, ParsedAlarm>& latestHints,
                          const QSet<QString>& changedKeys)
{
    const QList<AlarmGroup> groups = m_grouper.groups();
    QSet<QString> keys;
    keys.reserve(groups.size());
    for (const AlarmGroup& g : groups) {
        keys.insert(g.key);
        const AlarmRow* row = m_model->rowFor(g.key);
        const bool same = row && !changedKeys.contains(g.key) && row->group.lastTs == g.lastTs &&
                          row->group.messageTs == g.messageTs && row->group.state == g.state;
        if (same)
            continue;
        const auto hint = latestHints.constFind(g.channelId + QLatin1Char('|') + g.lastTs);
        upsertGroup(g, hint != latestHints.constEnd() ? std::optional<ParsedAlarm>(*hint)
                                                      : std::nullopt);
    }
    QStringList stale;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (!keys.contains(m_model->rowAt(i).group.key))
            stale << m_model->rowAt(i).group.key;
    }
    for (const QString& key : std::as_const(stale))
        m_model->removeRow(key);
}

std::optional<AlarmGroup> AlarmFeed::findGroup(const QString& key, const QString& channelId,
                                               const QString& ts) const
{
    const QList<AlarmGroup> groups = m_grouper.groupsOf(channelId, ts);
    for (const AlarmGroup& g : groups) {
        if (g.key == key)
            return g;
    }
    return std::nullopt;
}

void AlarmFeed::refreshRow(const QString& groupKey)
{
    const AlarmRow* row = m_model->rowFor(groupKey);
    if (!row)
        return;
    const QString channel = row->group.channelId;
    const QStringList tsList = row->group.messageTs;
    for (const QString& ts : tsList) {
        if (const auto group = findGroup(groupKey, channel, ts)) {
            upsertGroup(*group, std::nullopt);
            return;
        }
    }
}

void AlarmFeed::upsertGroup(const AlarmGroup& group, const std::optional<ParsedAlarm>& latestHint)
{
    ParsedAlarm latest;
    if (latestHint && latestHint->ts == group.lastTs) {
        latest = *latestHint;
    } else if (const AlarmRow* existing = m_model->rowFor(group.key);
               existing && existing->latest.ts == group.lastTs) {
        latest = existing->latest;
    } else if (const auto json = m_store.message(group.channelId, group.lastTs)) {
        latest = AlertParser::parse(*json, group.channelId);
    } else {
        return;
    }
    m_model->upsertRow(buildRow(group, latest));
}

void AlarmFeed::onEvent(const QJsonObject& event)
{
    const QString type = event.value(QLatin1String("type")).toString();
    if (type == QLatin1String("reaction_added") || type == QLatin1String("reaction_removed")) {
        const QJsonObject item = event.value(QLatin1String("item")).toObject();
        const QString channel = item.value(QLatin1String("channel")).toString();
        const QString ts = item.value(QLatin1String("ts")).toString();
        if (!m_channels.contains(channel))
            return;
        auto json = m_store.message(channel, ts);
        if (!json)
            return;
        const QString name = event.value(QLatin1String("reaction")).toString();
        const QString user = event.value(QLatin1String("user")).toString();
        QJsonArray reactions = json->value(QLatin1String("reactions")).toArray();
        bool found = false;
        for (qsizetype i = 0; i < reactions.size(); ++i) {
            QJsonObject r = reactions[i].toObject();
            if (r.value(QLatin1String("name")).toString() != name)
                continue;
            found = true;
            QJsonArray users = r.value(QLatin1String("users")).toArray();
            QJsonArray kept;
            for (const QJsonValue& u : users) {
                if (u.toString() != user)
                    kept.append(u);
            }
            if (type == QLatin1String("reaction_added"))
                kept.append(user);
            r.insert(QStringLiteral("users"), kept);
            r.insert(QStringLiteral("count"), kept.size());
            if (kept.isEmpty())
                reactions.removeAt(i);
            else
                reactions[i] = r;
            break;
        }
        if (!found && type == QLatin1String("reaction_added"))
            reactions.append(QJsonObject{{QStringLiteral("name"), name},
                                         {QStringLiteral("users"), QJsonArray{user}},
                                         {QStringLiteral("count"), 1}});
        json->insert(QStringLiteral("reactions"), reactions);
        ingest({{channel, ts, *json}}, false, false);
        return;
    }
    if (type != QLatin1String("message"))
        return;
    const QString channel = event.value(QLatin1String("channel")).toString();
    if (!m_channels.contains(channel))
        return;
    const QString subtype = event.value(QLatin1String("subtype")).toString();
    if (subtype == QLatin1String("message_deleted")) {
        const QString ts = event.value(QLatin1String("deleted_ts")).toString();
        QSet<QString> changed;
        for (const AlarmGroup& g : m_grouper.groupsOf(channel, ts))
            changed.insert(g.key);
        m_grouper.remove(channel, ts);
        m_store.removeMessage(channel, ts);
        reconcile({}, changed);
        emitUnread();
        return;
    }
    if (subtype == QLatin1String("message_changed")) {
        const QJsonObject message = event.value(QLatin1String("message")).toObject();
        if (isAlarmMessage(message))
            ingest({{channel, message.value(QLatin1String("ts")).toString(), message}}, false,
                   false);
        return;
    }
    QJsonObject message = event;
    message.remove(QStringLiteral("channel"));
    message.remove(QStringLiteral("event_ts"));
    message.remove(QStringLiteral("channel_type"));
    if (isAlarmMessage(message))
        ingest({{channel, message.value(QLatin1String("ts")).toString(), message}}, true, false);
}

QList<QJsonObject> AlarmFeed::messagesOf(const QString& groupKey) const
{
    QList<QJsonObject> out;
    const AlarmRow* row = m_model->rowFor(groupKey);
    if (!row)
        return out;
    for (const QString& ts : row->group.messageTs) {
        if (const auto json = m_store.message(row->group.channelId, ts))
            out.append(*json);
    }
    return out;
}

void AlarmFeed::updateTriage(const QString& groupKey, const std::function<void(Triage&)>& change)
{
    Triage t = m_triage.value(groupKey);
    change(t);
    t.updatedAt = m_clock.now();
    if (!m_store.setTriage(groupKey, t)) {
        Q_EMIT problem(m_store.lastError());
        return;
    }
    m_triage.insert(groupKey, t);
    refreshRow(groupKey);
}

void AlarmFeed::acknowledge(const QString& groupKey)
{
    const AlarmRow* row = m_model->rowFor(groupKey);
    if (!row)
        return;
    const QString channel = row->group.channelId;
    // A group seen only as resolved has no firing message: react on its first message.
    const QString ts =
        row->group.firstTs.isEmpty() ? row->group.messageTs.value(0) : row->group.firstTs;
    updateTriage(groupKey, [this](Triage& t) {
        t.state = Triage::State::Acknowledged;
        t.by = m_settings.identity();
    });
    if (!m_slack->isConnected()) {
        Q_EMIT problem(tr("Acknowledged here; Slack is not connected, so teammates do not see the "
                          ":eyes: reaction yet."));
        return;
    }
    m_slack->client()->addReaction(
        channel, ts, QStringLiteral("eyes"), this, [this, channel, ts](const SlackResult& r) {
            if (!r.ok() && r.error != QLatin1String("already_reacted")) {
                Q_EMIT problem(tr("Acknowledged here, but the :eyes: reaction could not be added "
                                  "in Slack: %1")
                                   .arg(r.message));
                return;
            }
            // Show our own reaction at once; the next poll or event confirms it.
            if (auto json = m_store.message(channel, ts)) {
                QJsonObject event{
                    {QStringLiteral("type"), QStringLiteral("reaction_added")},
                    {QStringLiteral("user"), m_slack->identity().userId},
                    {QStringLiteral("reaction"), QStringLiteral("eyes")},
                    {QStringLiteral("item"), QJsonObject{{QStringLiteral("channel"), channel},
                                                         {QStringLiteral("ts"), ts}}}};
                bool already = false;
                for (const QJsonValue& v : json->value(QLatin1String("reactions")).toArray()) {
                    const QJsonObject reaction = v.toObject();
                    if (reaction.value(QLatin1String("name")).toString() == QLatin1String("eyes") &&
                        reaction.value(QLatin1String("users"))
                            .toArray()
                            .contains(m_slack->identity().userId))
                        already = true;
                }
                if (!already)
                    onEvent(event);
            }
        });
}

void AlarmFeed::setTriageState(const QString& groupKey, Triage::State state)
{
    updateTriage(groupKey, [this, state](Triage& t) {
        t.state = state;
        t.by = m_settings.identity();
    });
}

void AlarmFeed::setNote(const QString& groupKey, const QString& note)
{
    updateTriage(groupKey, [note](Triage& t) { t.note = note.left(5000); });
}

void AlarmFeed::setTicketUrl(const QString& groupKey, const QString& url)
{
    updateTriage(groupKey, [url](Triage& t) { t.ticketUrl = url.trimmed().left(2000); });
}

void AlarmFeed::markRead(const QString& groupKey)
{
    const AlarmRow* row = m_model->rowFor(groupKey);
    if (!row || !row->unread)
        return;
    const QString lastTs = row->group.lastTs;
    if (!m_store.markRead({{groupKey, lastTs}})) {
        Q_EMIT problem(m_store.lastError());
        return;
    }
    m_readMarks.insert(groupKey, lastTs);
    m_model->setRead({groupKey});
    emitUnread();
}

void AlarmFeed::markAllRead()
{
    QHash<QString, QString> marks;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const AlarmRow& row = m_model->rowAt(i);
        if (row.unread)
            marks.insert(row.group.key, row.group.lastTs);
    }
    if (!m_store.markRead(marks)) {
        Q_EMIT problem(m_store.lastError());
        return;
    }
    for (auto it = marks.constBegin(); it != marks.constEnd(); ++it)
        m_readMarks.insert(it.key(), it.value());
    m_model->setRead(marks.keys());
    emitUnread();
}

void AlarmFeed::emitUnread()
{
    const int high = m_model->unreadCount(true);
    const int all = m_model->unreadCount(false);
    if (high == m_lastHighUnread && all == m_lastUnread)
        return;
    m_lastHighUnread = high;
    m_lastUnread = all;
    Q_EMIT unreadChanged(high, all);
}

QString AlarmFeed::statusText() const
{
    const QString synced = m_lastSynced.isValid()
                               ? m_lastSynced.toLocalTime().toString(QStringLiteral("HH:mm"))
                               : tr("never");
    switch (m_slack->state()) {
    case SlackConnection::State::Connected:
        if (!m_lastError.isEmpty())
            return m_lastError;
        if (isLive())
            return tr("Live from Slack (Socket Mode) · last full sync %1").arg(synced);
        return m_slack->hasAppToken()
                   ? tr("Live connection down; checking Slack every %1 s · last sync %2")
                         .arg(m_pollMs / 1000)
                         .arg(synced)
                   : tr("Checking Slack every %1 s · last sync %2")
                         .arg(m_pollMs / 1000)
                         .arg(synced);
    case SlackConnection::State::NotConfigured:
        return m_model->rowCount() > 0
                   ? tr("Slack is not connected; showing alarms cached until %1.").arg(synced)
                   : tr("Connect Slack to see alarms (Preferences → Slack).");
    default:
        return m_model->rowCount() > 0
                   ? tr("%1 — showing alarms cached until %2.").arg(m_slack->statusText(), synced)
                   : m_slack->statusText();
    }
}

} // namespace shiftdesk
