// SupportFeed, part 2: reading the channel: its id, the history pages and the threads.
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

void SupportFeed::resolveChannel()
{
    m_reading = true;
    const QString name = channelName();
    const quint64 generation = m_generation;
    m_slack->client()->listChannels(
        QStringLiteral("public_channel,private_channel"), this,
        [this, name, generation](const QList<SlackChannel>& all, const SlackResult& r) {
            if (generation != m_generation)
                return;
            m_reading = false;
            if (!r.ok()) {
                setError(tr("Cannot look up #%1: %2").arg(name, r.message));
                schedulePoll();
                return;
            }
            for (const SlackChannel& ch : all) {
                if (ch.name == name) {
                    m_channelId = ch.id;
                    m_channelName = name;
                    m_queue = SupportQueue(ch.id, team(), m_settings.gitHubConfig().webBase);
                    refresh();
                    return;
                }
            }
            setError(tr("#%1 was not found. Check the support channel in Preferences → Slack; a "
                        "private channel is only visible once the app is invited to it.")
                         .arg(name));
            schedulePoll();
        });
}

void SupportFeed::readHistory(const QString& cursor, int pagesLeft, QJsonArray collected)
{
    HistoryQuery q;
    q.channel = m_channelId;
    const int days = m_settings.supportConfig().historyDays;
    q.oldest = tsFromSeconds(m_clock.now().addDays(-days).toSecsSinceEpoch());
    q.limit = 200;
    q.cursor = cursor;
    const quint64 generation = m_generation;
    m_slack->client()->history(
        q, this, [this, pagesLeft, collected, generation](const SlackResult& r) mutable {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                m_pendingEvents.clear();
                m_reading = false;
                setError(tr("Cannot read #%1: %2").arg(channelName(), r.message));
                schedulePoll();
                return;
            }
            for (const QJsonValue& v : r.body.value(QLatin1String("messages")).toArray())
                collected.append(v);
            const QString next = r.nextCursor();
            if (!next.isEmpty() && pagesLeft > 1) {
                readHistory(next, pagesLeft - 1, collected);
                return;
            }
            m_reading = false;
            historyRead(collected);
        });
}

void SupportFeed::historyRead(const QJsonArray& messages)
{
    setError({});
    m_history = messages;
    m_loaded = true;
    // Threads of requests that left the window go; events that came during the read apply again.
    QSet<QString> present;
    for (const QJsonValue& v : messages)
        present.insert(str(v.toObject(), QLatin1String("ts")));
    for (auto it = m_replies.begin(); it != m_replies.end();) {
        if (present.contains(it.key())) {
            ++it;
        } else {
            m_readLatest.remove(it.key());
            it = m_replies.erase(it);
        }
    }
    const QList<QJsonObject> pending = std::exchange(m_pendingEvents, {});
    for (const QJsonObject& event : pending)
        absorb(event);
    // Threads whose latest reply is newer than what was read, newest request first.
    QStringList threads;
    for (const QJsonValue& v : messages) {
        const QJsonObject m = v.toObject();
        const QString ts = str(m, QLatin1String("ts"));
        if (m.value(QLatin1String("reply_count")).toInt() <= 0)
            continue;
        if (m_readLatest.value(ts) != str(m, QLatin1String("latest_reply")))
            threads << ts;
    }
    for (const QString& ts : std::as_const(threads)) {
        if (!m_threadQueue.contains(ts))
            m_threadQueue << ts;
    }
    rebuild();
    Q_EMIT statusChanged();
    fetchNextThread();
    schedulePoll();
}

void SupportFeed::fetchNextThread()
{
    // A few at a time: quicker than one by one, and the client pauses on a 429 anyway.
    while (m_threadsInFlight < kThreadsInFlight && !m_threadQueue.isEmpty() && m_slack &&
           m_slack->isConnected()) {
        ++m_threadsInFlight;
        readThread(m_threadQueue.takeFirst(), {}, kMaxThreadPages, {});
    }
}

void SupportFeed::readThread(const QString& threadTs, const QString& cursor, int pagesLeft,
                             QJsonArray collected)
{
    const quint64 generation = m_generation;
    m_slack->client()->replies(
        m_channelId, threadTs, cursor, this,
        [this, threadTs, pagesLeft, collected, generation](const SlackResult& r) mutable {
            if (generation != m_generation)
                return;
            if (r.ok()) {
                const QJsonArray page = r.body.value(QLatin1String("messages")).toArray();
                for (const QJsonValue& v : page)
                    collected.append(v);
                const QString next = r.nextCursor();
                if (!next.isEmpty() && pagesLeft > 1) {
                    readThread(threadTs, next, pagesLeft - 1, collected);
                    return;
                }
                m_replies.insert(threadTs, collected);
                for (const QJsonValue& v : std::as_const(collected)) {
                    const QJsonObject m = v.toObject();
                    if (str(m, QLatin1String("ts")) == threadTs)
                        m_readLatest.insert(threadTs, str(m, QLatin1String("latest_reply")));
                }
                scheduleRebuild();
            } else if (r.error == QLatin1String("thread_not_found")) {
                m_replies.remove(threadTs);
                scheduleRebuild();
            } else if (!r.isTransient() || r.kind == SlackResult::Kind::RateLimited) {
                // Left for the next poll; the history's reply_users still tell who answered.
                Q_EMIT problem(tr("Cannot read a thread in #%1: %2").arg(channelName(), r.message));
            }
            --m_threadsInFlight;
            fetchNextThread();
        });
}

} // namespace shiftdesk
