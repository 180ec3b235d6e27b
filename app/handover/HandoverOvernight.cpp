// HandoverService: the start-of-day "Overnight" view.
#include "HandoverService.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "slack/SlackConnection.h"

#include <QJsonArray>
#include <QPointer>

namespace shiftdesk {

namespace {

constexpr int kMaxHistoryPages = 5;

QString slackTs(const QDateTime& utc)
{
    return QString::number(utc.toSecsSinceEpoch()) + QStringLiteral(".000000");
}

double tsNumber(const QString& ts)
{
    return ts.toDouble();
}

// A top-level message someone wrote (or an app posted), not a join, topic change or reply.
bool isCandidate(const QJsonObject& m)
{
    const QString ts = m.value(QLatin1String("ts")).toString();
    const QString threadTs = m.value(QLatin1String("thread_ts")).toString();
    if (!threadTs.isEmpty() && threadTs != ts)
        return false;
    const QString subtype = m.value(QLatin1String("subtype")).toString();
    return subtype.isEmpty() || subtype == QLatin1String("bot_message") ||
           subtype == QLatin1String("thread_broadcast");
}

} // namespace

TimeWindow HandoverService::overnightWindow() const
{
    return OvernightWindow::at(schedule(), m_clock.now());
}

OvernightAlarms HandoverService::overnightAlarms() const
{
    return OvernightAlarms::summarise(allAlarms(), overnightWindow());
}

void HandoverService::loadOvernight(QObject* context,
                                    std::function<void(const OvernightReport&)> done)
{
    auto report = std::make_shared<OvernightReport>();
    report->window = overnightWindow();
    report->alarms = OvernightAlarms::summarise(allAlarms(), report->window);
    report->channelName = m_settings.supportConfig().handoverChannel;
    if (!m_slack || !m_slack->isConnected()) {
        report->error = cannotPostReason();
        done(*report);
        return;
    }
    if (report->channelName.isEmpty()) {
        report->error = tr("No handover channel is set.");
        done(*report);
        return;
    }
    QPointer<QObject> guard(context);
    channelId(report->channelName, this,
              [this, report, guard, done](const QString& id, const QString& error) {
                  if (!guard)
                      return;
                  if (id.isEmpty()) {
                      report->error = error;
                      done(*report);
                      return;
                  }
                  readHistoryPage(id, QString(), 0, report, guard, done);
              });
}

void HandoverService::readHistoryPage(const QString& channelId, const QString& cursor, int page,
                                      std::shared_ptr<OvernightReport> report, QObject* context,
                                      std::function<void(const OvernightReport&)> done)
{
    HistoryQuery q;
    q.channel = channelId;
    q.oldest = slackTs(report->window.start);
    q.limit = 200;
    q.cursor = cursor;
    QPointer<QObject> guard(context);
    m_slack->client()->history(
        q, this, [this, channelId, page, report, guard, done](const SlackResult& r) {
            if (!guard)
                return;
            if (!r.ok()) {
                report->error = tr("Cannot read #%1: %2").arg(report->channelName, r.message);
                done(*report);
                return;
            }
            // Messages may come in any order: keep the newest handover-looking message, and failing
            // that the newest message a person wrote.
            for (const QJsonValue& v : r.body.value(QLatin1String("messages")).toArray()) {
                const QJsonObject m = v.toObject();
                if (!isCandidate(m))
                    continue;
                const QString text = m.value(QLatin1String("text")).toString();
                if (HandoverBuilder::isOwnHandover(text))
                    continue; // the day team's handover to on-call, not on-call's to us
                const bool handover = HandoverBuilder::looksLikeHandover(text);
                const bool human = m.value(QLatin1String("bot_id")).toString().isEmpty() &&
                                   m.value(QLatin1String("subtype")).toString().isEmpty();
                if (!handover && (!human || report->looksLikeHandover))
                    continue;
                const QString ts = m.value(QLatin1String("ts")).toString();
                const bool better = !report->handoverFound ||
                                    (handover && !report->looksLikeHandover) ||
                                    tsNumber(ts) > tsNumber(report->handoverTs);
                if (!better)
                    continue;
                report->handoverFound = true;
                report->looksLikeHandover = handover;
                report->handoverText = text;
                report->handoverTs = ts;
                const QString user = m.value(QLatin1String("user")).toString();
                report->handoverUser =
                    user.isEmpty() ? m.value(QLatin1String("bot_id")).toString() : user;
                report->handoverAt =
                    QDateTime::fromMSecsSinceEpoch(qint64(tsNumber(ts) * 1000.0), QTimeZone::utc());
            }
            const QString next = r.nextCursor();
            if (!next.isEmpty() && page + 1 < kMaxHistoryPages) {
                readHistoryPage(channelId, next, page + 1, report, guard, done);
                return;
            }
            if (!report->handoverFound) {
                done(*report);
                return;
            }
            m_slack->client()->permalink(
                channelId, report->handoverTs, this,
                [this, report, guard, done](const SlackResult& p) {
                    if (p.ok())
                        report->handoverPermalink =
                            p.body.value(QLatin1String("permalink")).toString();
                    const QString user = report->handoverUser;
                    if (!user.startsWith(QLatin1Char('U')) && !user.startsWith(QLatin1Char('W'))) {
                        if (guard)
                            done(*report);
                        return;
                    }
                    // Its author's name for the view (the client caches it).
                    m_slack->client()->userInfo(user, this,
                                                [report, guard, done](const SlackResult&) {
                                                    if (guard)
                                                        done(*report);
                                                });
                });
        });
}

} // namespace shiftdesk
