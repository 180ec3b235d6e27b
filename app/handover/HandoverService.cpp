#include "HandoverService.h"

#include "HandoverHistoryModel.h"
#include "checklist/ChecklistService.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "slack/SlackConnection.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimeZone>

#include <algorithm>

namespace shiftdesk {

namespace {
constexpr int kMaxUserPages = 20;

PostOutcome notPosted(const QString& message)
{
    PostOutcome out;
    out.state = PostOutcome::State::NotPosted;
    out.message = message;
    return out;
}
} // namespace

HandoverService::HandoverService(Database& db, Settings& settings, Clock& clock,
                                 SlackConnection* slack, ChecklistService* checklist,
                                 AlarmFeed* alarms, AnnounceService* announce, BoardService* board,
                                 QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_slack(slack)
    , m_checklist(checklist)
    , m_alarms(alarms)
    , m_announce(announce)
    , m_board(board)
    , m_store(db)
    , m_history(new HandoverHistoryModel(m_store, this))
{
    if (m_slack) {
        m_poster = new AnnouncePoster(*m_slack->client(), this);
        connect(m_slack, &SlackConnection::connected, this, [this]() {
            m_channelIds.clear();
            settleInterrupted();
        });
    }
    connect(&m_settings, &Settings::changed, this, [this]() {
        m_channelIds.clear();
        m_history->setTimeZone(m_settings.shiftConfig().timeZone);
        Q_EMIT changed();
    });
    m_offerTimer.setInterval(30000);
    connect(&m_offerTimer, &QTimer::timeout, this, &HandoverService::checkOffers);
    connect(&m_clock, &Clock::jumped, this, &HandoverService::checkOffers);
}

HandoverService::~HandoverService() = default;

void HandoverService::setSupportSource(std::function<QList<SupportRequest>()> unanswered)
{
    m_support = std::move(unanswered);
    Q_EMIT changed();
}

bool HandoverService::start(QString* error)
{
    m_history->setTimeZone(m_settings.shiftConfig().timeZone);
    m_history->reload();
    if (!m_store.lastError().isEmpty()) {
        if (error)
            *error = m_store.lastError();
        return false;
    }
    // The first look comes with the timer, once Slack and the feeds had time to load: an offer
    // made now would show a handover drafted from empty feeds.
    m_offerTimer.start();
    return true;
}

ShiftSchedule HandoverService::schedule() const
{
    return m_checklist ? m_checklist->schedule() : ShiftSchedule(m_settings.shiftConfig());
}

QString HandoverService::toWire(const QString& heading,
                                const QList<HandoverSection>& sections) const
{
    ComposeText::Options options;
    options.channelId = [this](const QString& name) { return m_channelIds.id(name); };
    return HandoverBuilder::toWire(heading, sections, options);
}

MrkdwnContext HandoverService::mrkdwnContext() const
{
    MrkdwnContext ctx;
    ctx.timeZone = m_settings.shiftConfig().timeZone;
    ctx.now = m_clock.now();
    ctx.clock24 = true;
    const QHash<QString, QString> names = m_channelIds.names();
    ctx.channelName = [names](const QString& id) { return names.value(id); };
    QHash<QString, QString> people;
    for (const OnCallCandidate& c : m_candidates)
        people.insert(c.userId, c.name);
    SlackClient* client = m_slack ? m_slack->client() : nullptr;
    ctx.userName = [people, client](const QString& id) {
        if (const QString name = people.value(id); !name.isEmpty())
            return name;
        if (!client)
            return QString();
        const QJsonObject user = client->cachedUser(id);
        const QJsonObject profile = user.value(QLatin1String("profile")).toObject();
        for (const QString& key : {QStringLiteral("display_name"), QStringLiteral("real_name")}) {
            if (const QString name = profile.value(key).toString(); !name.isEmpty())
                return name;
        }
        if (const QString name = user.value(QLatin1String("real_name")).toString(); !name.isEmpty())
            return name;
        return user.value(QLatin1String("name")).toString();
    };
    return ctx;
}

SupportConfig::HandoverTo HandoverService::destinationKind() const
{
    return m_settings.supportConfig().handoverTo;
}

QString HandoverService::personName(const QString& userId) const
{
    for (const OnCallCandidate& c : m_candidates) {
        if (c.userId == userId)
            return c.name;
    }
    if (m_slack) {
        const QJsonObject user = m_slack->client()->cachedUser(userId);
        const QString name = user.value(QLatin1String("real_name")).toString();
        if (!name.isEmpty())
            return name;
    }
    return userId;
}

QString HandoverService::destinationText() const
{
    const SupportConfig c = m_settings.supportConfig();
    if (c.handoverTo == SupportConfig::HandoverTo::DirectMessage) {
        if (c.onCallUserId.isEmpty())
            return tr("a direct message to the on-call engineer (choose who)");
        return tr("a direct message to %1").arg(personName(c.onCallUserId));
    }
    return QLatin1Char('#') + c.handoverChannel;
}

QString HandoverService::handoverChannel() const
{
    return m_settings.supportConfig().handoverChannel;
}

QString HandoverService::onCallUserId() const
{
    return m_settings.supportConfig().onCallUserId;
}

void HandoverService::setDestination(SupportConfig::HandoverTo kind, const QString& channelName,
                                     const QString& onCallUserId)
{
    SupportConfig c = m_settings.supportConfig();
    c.handoverTo = kind;
    if (!channelName.trimmed().isEmpty())
        c.handoverChannel = channelName.trimmed().remove(QLatin1Char('#'));
    c.onCallUserId = onCallUserId.trimmed();
    if (c == m_settings.supportConfig())
        return;
    m_settings.setSupportConfig(c);
    Q_EMIT changed();
}

QString HandoverService::cannotPostReason() const
{
    if (!m_slack)
        return tr("Slack is not set up: add a token in Preferences → Slack.");
    if (!m_slack->isConnected())
        return tr("Slack is not connected: %1").arg(m_slack->statusText());
    const SupportConfig c = m_settings.supportConfig();
    if (c.handoverTo == SupportConfig::HandoverTo::DirectMessage && c.onCallUserId.isEmpty())
        return tr("Choose the on-call engineer to send the direct message to.");
    if (c.handoverTo == SupportConfig::HandoverTo::Channel && c.handoverChannel.isEmpty())
        return tr("Choose the channel to post the handover to.");
    return {};
}

void HandoverService::loadOnCallCandidates(
    QObject* context, std::function<void(const QList<OnCallCandidate>&, const QString&)> done)
{
    if (!m_slack || !m_slack->isConnected()) {
        done(m_candidates, cannotPostReason());
        return;
    }
    auto collected = std::make_shared<QList<OnCallCandidate>>();
    // The pending call holds the paging function; the function knows itself only weakly, so a
    // chain cut short (the service destroyed mid-call) frees everything.
    using Page = std::function<void(const QString&, int)>;
    auto page = std::make_shared<Page>();
    QPointer<QObject> guard(context);
    *page = [this, collected, weakPage = std::weak_ptr<Page>(page), guard,
             done](const QString& cursor, int n) {
        const std::shared_ptr<Page> self = weakPage.lock();
        if (!self)
            return;
        QVariantMap params{{QStringLiteral("limit"), 200}};
        if (!cursor.isEmpty())
            params.insert(QStringLiteral("cursor"), cursor);
        m_slack->client()->call(
            QStringLiteral("users.list"), params, SlackClient::Access::Read, this,
            [this, collected, self, guard, done, n](const SlackResult& r) {
                if (!r.ok()) {
                    if (guard)
                        done(m_candidates,
                             tr("Cannot list the workspace's people: %1").arg(r.message));
                    return;
                }
                for (const QJsonValue& v : r.body.value(QLatin1String("members")).toArray()) {
                    const QJsonObject u = v.toObject();
                    const QString id = u.value(QLatin1String("id")).toString();
                    if (u.value(QLatin1String("deleted")).toBool() ||
                        u.value(QLatin1String("is_bot")).toBool() ||
                        id == QLatin1String("USLACKBOT") || id.isEmpty())
                        continue;
                    const QJsonObject profile = u.value(QLatin1String("profile")).toObject();
                    OnCallCandidate c;
                    c.userId = id;
                    c.realName = u.value(QLatin1String("real_name")).toString();
                    if (c.realName.isEmpty())
                        c.realName = profile.value(QLatin1String("real_name")).toString();
                    c.name = profile.value(QLatin1String("display_name")).toString();
                    if (c.name.isEmpty())
                        c.name = c.realName;
                    if (c.name.isEmpty())
                        c.name = u.value(QLatin1String("name")).toString();
                    collected->append(c);
                }
                const QString next = r.nextCursor();
                if (!next.isEmpty() && n + 1 < kMaxUserPages) {
                    (*self)(next, n + 1);
                    return;
                }
                std::sort(collected->begin(), collected->end(),
                          [](const OnCallCandidate& a, const OnCallCandidate& b) {
                              return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                          });
                m_candidates = *collected;
                Q_EMIT changed();
                if (guard)
                    done(m_candidates, QString());
            });
    };
    (*page)(QString(), 0);
}

void HandoverService::channelId(const QString& name, QObject* context,
                                std::function<void(const QString&, const QString&)> done)
{
    if (const QString id = m_channelIds.id(name); !id.isEmpty()) {
        done(id, {});
        return;
    }
    if (!m_slack || !m_slack->isConnected()) {
        done({}, cannotPostReason());
        return;
    }
    m_channelIds.resolve(m_slack->client(), name, tr("the handover channel"), this, context,
                         std::move(done));
}

void HandoverService::resolveTarget(QObject* context,
                                    std::function<void(const Target&, const QString&)> done)
{
    const SupportConfig c = m_settings.supportConfig();
    Target t;
    if (c.handoverTo == SupportConfig::HandoverTo::DirectMessage) {
        // chat.postMessage to a user id posts in the app's direct message with them; once one
        // went through, its conversation (D…) is known and used, so a lost answer can be checked.
        t.destination = HandoverRecord::Destination::DirectMessage;
        t.recipient = c.onCallUserId;
        t.channelName = personName(c.onCallUserId);
        t.channelId = m_store.dmChannelFor(c.onCallUserId);
        if (t.channelId.isEmpty())
            t.channelId = c.onCallUserId;
        done(t, {});
        return;
    }
    t.channelName = QLatin1Char('#') + c.handoverChannel;
    channelId(c.handoverChannel, context, [t, done](const QString& id, const QString& error) {
        Target resolved = t;
        resolved.channelId = id;
        done(resolved, error);
    });
}

QSet<QString> HandoverService::knownTs() const
{
    QSet<QString> out;
    for (const HandoverRecord& r : m_store.all()) {
        if (!r.ts.isEmpty())
            out.insert(r.ts);
    }
    return out;
}

PostRequest HandoverService::requestFor(const HandoverRecord& record) const
{
    PostRequest request;
    request.channelId = record.channelId;
    if (record.destination == HandoverRecord::Destination::DirectMessage &&
        !record.channelId.startsWith(QLatin1Char('D'))) {
        if (const QString dm = m_store.dmChannelFor(record.recipient); !dm.isEmpty())
            request.channelId = dm;
    }
    request.channelName = record.destination == HandoverRecord::Destination::Channel
                              ? QString(record.channelName).remove(QLatin1Char('#'))
                              : QString();
    request.text = record.text;
    request.attemptedAt = record.attemptedAt;
    request.knownTs = knownTs();
    if (m_slack) {
        request.selfUserId = m_slack->identity().userId;
        request.selfBotId = m_slack->identity().botId;
    }
    return request;
}

bool HandoverService::tick(const QString& itemId)
{
    if (!m_checklist || !m_checklist->todayModel())
        return false;
    ChecklistModel* today = m_checklist->todayModel();
    if (!today->indexOfItem(itemId).isValid())
        return false; // the team's template has no such item
    return today->isDone(itemId) || today->setItemDone(itemId, true);
}

void HandoverService::post(const QString& wire, QObject* context,
                           std::function<void(const PostOutcome&)> done)
{
    if (m_posting)
        return done(notPosted(tr("Another post is in progress.")));
    if (wire.trimmed().isEmpty())
        return done(notPosted(tr("Not posted: the handover is empty.")));
    if (const QString why = cannotPostReason(); !why.isEmpty())
        return done(notPosted(tr("Not posted: %1 Your handover is kept.").arg(why)));
    m_posting = true;
    QPointer<QObject> guard(context);
    auto finish = [this, guard, done](const PostOutcome& out) {
        m_posting = false;
        if (guard)
            done(out);
    };
    resolveTarget(this, [this, wire, guard, finish](const Target& target, const QString& error) {
        if (!error.isEmpty() || target.channelId.isEmpty())
            return finish(notPosted(tr("Not posted: %1 Your handover is kept.").arg(error)));
        const std::optional<HandoverRecord> earlier = m_store.unsettled();
        if (!earlier) {
            doPost(target, wire, this, finish);
            return;
        }
        settleEarlier(*earlier, this,
                      [this, target, wire, finish](bool proceed, const PostOutcome& out) {
                          if (!proceed)
                              return finish(out);
                          doPost(target, wire, this, finish);
                      });
    });
}

QJsonObject HandoverService::draft() const
{
    return m_store.draft(schedule().dayAt(m_clock.now()));
}

void HandoverService::saveDraft(const QJsonObject& draft)
{
    if (!m_store.saveDraft(schedule().dayAt(m_clock.now()), draft, m_clock.now()))
        Q_EMIT problem(m_store.lastError());
}

void HandoverService::discardDraft()
{
    m_store.removeDraft(schedule().dayAt(m_clock.now()));
}

void HandoverService::settleInterrupted()
{
    // A post the app did not see through (it was closed or crashed while posting): look for it
    // now rather than at the next post, so the history and the checklist are right today.
    const std::optional<HandoverRecord> earlier = m_store.unsettled();
    if (m_posting || !earlier || earlier->state != HandoverRecord::State::Posting || !m_poster)
        return;
    m_posting = true;
    settleEarlier(*earlier, this, [this](bool, const PostOutcome&) { m_posting = false; });
}

bool HandoverService::hasUnsettledPost() const
{
    const std::optional<HandoverRecord> earlier = m_store.unsettled();
    return earlier && earlier->state == HandoverRecord::State::Unknown;
}

void HandoverService::settleByHand()
{
    if (m_posting)
        return; // a post is checking it right now
    const std::optional<HandoverRecord> earlier = m_store.unsettled();
    if (!earlier || earlier->state != HandoverRecord::State::Unknown)
        return;
    m_store.markChecked(earlier->id);
    m_history->reload();
    Q_EMIT historyChanged();
}

void HandoverService::settleEarlier(const HandoverRecord& earlier, QObject* context,
                                    std::function<void(bool, const PostOutcome&)> done)
{
    const PostRequest request = requestFor(earlier);
    m_poster->verify(request, context, [this, earlier, request, done](const PostOutcome& out) {
        if (out.posted()) {
            recordPosted(earlier, request.channelId, out);
            PostOutcome result = out;
            result.state = PostOutcome::State::NotPosted; // this one was not sent
            result.message = tr("An earlier handover whose post was interrupted is in %1: it was "
                                "posted once. Nothing else was sent; post again if you want to "
                                "send this one too.")
                                 .arg(earlier.title());
            done(false, result);
            return;
        }
        if (out.state == PostOutcome::State::NotPosted) {
            m_store.remove(earlier.id);
            m_history->reload();
            Q_EMIT historyChanged();
            done(true, out);
            return;
        }
        m_store.markUnknown(earlier.id);
        m_history->reload();
        Q_EMIT historyChanged();
        PostOutcome result = out;
        result.message = tr("Not posted: an earlier handover's post was interrupted and Shiftdesk "
                            "cannot tell whether it reached %1 (%2). Look there before posting "
                            "again.")
                             .arg(earlier.title(), out.result.message);
        done(false, result);
    });
}

void HandoverService::doPost(const Target& target, const QString& wire, QObject* context,
                             std::function<void(const PostOutcome&)> done)
{
    HandoverRecord record;
    record.createdAt = m_clock.now();
    record.attemptedAt = QDateTime::currentDateTimeUtc(); // Slack's clock, not the shift's
    record.destination = target.destination;
    record.channelId = target.channelId;
    record.channelName = target.channelName;
    record.recipient = target.recipient;
    record.text = wire;
    record.state = HandoverRecord::State::Posting;
    // The mark goes in before anything is sent: a crash from here on is detected next time.
    if (!m_store.insert(record)) {
        done(notPosted(tr("Not posted: the handover could not be saved first (%1).")
                           .arg(m_store.lastError())));
        return;
    }
    m_history->reload();
    Q_EMIT historyChanged();
    const PostRequest request = requestFor(record);
    m_poster->post(request, context, [this, record, request, done](const PostOutcome& out) {
        if (out.posted()) {
            // For a direct message Slack answers with the conversation's id (D…).
            QString channel = out.result.body.value(QLatin1String("channel")).toString();
            if (channel.isEmpty() || out.foundAfterUnknown)
                channel = request.channelId;
            if (out.permalink.isEmpty() && channel != request.channelId && m_slack) {
                m_slack->client()->permalink(
                    channel, out.ts, this,
                    [this, record, channel, out, done](const SlackResult& r) {
                        PostOutcome withLink = out;
                        if (r.ok())
                            withLink.permalink =
                                r.body.value(QLatin1String("permalink")).toString();
                        recordPosted(record, channel, withLink);
                        done(withLink);
                    });
                return;
            }
            recordPosted(record, channel, out);
        } else if (out.state == PostOutcome::State::NotPosted) {
            m_store.remove(record.id);
        } else {
            m_store.markUnknown(record.id);
        }
        m_history->reload();
        Q_EMIT historyChanged();
        done(out);
    });
}

void HandoverService::recordPosted(const HandoverRecord& record, const QString& channelId,
                                   const PostOutcome& out)
{
    // When it reached Slack: its ts is Slack's time of posting (a post found later, after a
    // crash, was not posted now).
    QDateTime postedAt = m_clock.now();
    bool tsOk = false;
    const double seconds = out.ts.toDouble(&tsOk);
    if (tsOk && seconds > 0)
        postedAt = QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), QTimeZone::utc());
    if (!m_store.markPosted(record.id, channelId, out.ts, out.permalink, postedAt))
        Q_EMIT problem(tr("The handover was posted, but it could not be recorded here: %1")
                           .arg(m_store.lastError()));
    // Only a handover of the team's current day ticks today's item.
    const ShiftSchedule days = schedule();
    if (days.dayAt(record.createdAt) == days.dayAt(m_clock.now()))
        tick(kHandoverItem);
    m_history->reload();
    Q_EMIT historyChanged();
    Q_EMIT posted(record.id, out.permalink);
}

bool HandoverService::isOvernightRead() const
{
    return m_store.isOvernightRead(schedule().dayAt(m_clock.now()));
}

bool HandoverService::markOvernightRead()
{
    const QDate day = schedule().dayAt(m_clock.now());
    if (!m_store.markOvernightRead(day, m_settings.identity(), m_clock.now())) {
        Q_EMIT problem(m_store.lastError());
        return false;
    }
    tick(kOvernightItem);
    Q_EMIT overnightReadChanged(true);
    return true;
}

void HandoverService::checkOffers()
{
    const QDateTime now = m_clock.now();
    const ShiftSchedule s = schedule();
    const QDate day = s.dayAt(now);
    if (!s.isWorkday(day))
        return;
    const ShiftPhase phase = s.stateAt(now).phase;
    const auto offerOnce = [this, day](Offer what, bool stillToDo) {
        if (!stillToDo || m_offered.value(int(what)) == day)
            return;
        m_offered.insert(int(what), day);
        Q_EMIT offer(what);
    };
    const bool handedOver = m_checklist && m_checklist->todayModel() &&
                            m_checklist->todayModel()->isDone(kHandoverItem);
    if (phase == ShiftPhase::BeforeSupport)
        offerOnce(Offer::Overnight, !isOvernightRead());
    else if (phase == ShiftPhase::AfterSupport)
        offerOnce(Offer::Composer, !handedOver);
}

} // namespace shiftdesk
