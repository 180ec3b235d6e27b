#pragma once

#include "slack/ChannelDirectory.h"

#include "HandoverBuilder.h"
#include "HandoverSnapshot.h"
#include "HandoverStore.h"
#include "OvernightSummary.h"
#include "OvernightWindow.h"
#include "announce/AnnouncePoster.h"
#include "slack/Mrkdwn.h"
#include "support/SupportConfig.h"
#include "support/SupportRequest.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace shiftdesk {

class AlarmFeed;
class AnnounceService;
class BoardService;
class ChecklistService;
class Clock;
class Database;
class HandoverHistoryModel;
class Settings;
class SlackConnection;

// Someone the handover can be sent to as a direct message (users.list: not deleted, not a bot).
struct OnCallCandidate
{
    QString userId{};
    QString name{};     // display name, else real name, else the handle
    QString realName{}; // may be empty
};

// The start-of-day "Overnight" view: the latest handover in the handover channel since the end
// of working hours on the previous workday, and the alarm channels out of hours.
struct OvernightReport
{
    TimeWindow window{};
    QString channelName{}; // without '#'
    bool handoverFound = false;
    bool looksLikeHandover = false; // the message reads "Handover…"; else the latest message
    QString handoverText{};         // wire text
    QString handoverUser{};         // user id (or bot id) of its author
    QDateTime handoverAt{};         // UTC
    QString handoverTs{};           // its Slack ts
    QString handoverPermalink{};
    QString error{}; // why the channel could not be read (the alarms are still filled in)
    OvernightAlarms alarms{};
};

// The handover to and from the on-call engineer.
//
// To on-call (end of day): builds the handover's sections from the shift's own state (alarms
// still firing or unresolved, incidents with open update promises, planned work, tickets in
// progress, support requests still unanswered, checklist items left open) and posts the message
// the user edited to the configured destination (SupportConfig: a channel, or a direct message to
// the on-call engineer) through AnnouncePoster: sent once, and looked for in Slack when the
// answer is lost. The handover is written to the database *before* chat.postMessage is sent, so
// a post interrupted by a crash is looked for before any other handover is posted. Posting ticks
// the checklist item "handover-to-on-call".
//
// From on-call (start of day): overnight() reads the handover channel since the previous
// workday's end of working hours and summarises the alarm feed's cache for that window; marking
// it read ticks "on-call-handover" and is remembered for the day.
//
// "In progress" tickets are the board's cards that are not in its first column (new, untriaged
// requests), not in a column whose name says done / closed / complete, not in "No Status", and
// whose issue is open. Alarms in the handover are the ones still firing (unless triaged as noise
// or resolved) and the ones resolved in Slack within the last day that someone is still
// acknowledging or investigating.
class HandoverService : public QObject
{
    Q_OBJECT
public:
    static inline const QString kHandoverItem = QStringLiteral("handover-to-on-call");
    static inline const QString kOvernightItem = QStringLiteral("on-call-handover");

    enum class Offer { Overnight, Composer };
    Q_ENUM(Offer)

    // Every pointer but the checklist may be null (that part of the shift is then left out).
    HandoverService(Database& db, Settings& settings, Clock& clock, SlackConnection* slack,
                    ChecklistService* checklist, AlarmFeed* alarms = nullptr,
                    AnnounceService* announce = nullptr, BoardService* board = nullptr,
                    QObject* parent = nullptr);
    ~HandoverService() override;

    // The unanswered support requests (wired to the support queue).
    void setSupportSource(std::function<QList<SupportRequest>()> unanswered);

    // Loads the history and starts watching the day's phases (offer()).
    bool start(QString* error);

    HandoverStore& store() { return m_store; }
    HandoverHistoryModel* historyModel() const { return m_history; }
    Clock& clock() const { return m_clock; }
    ShiftSchedule schedule() const;
    AnnouncePoster* poster() const { return m_poster; }

    // Composing.
    HandoverSnapshot snapshot(const QString& notes = {}) const;
    QList<HandoverSection> sections(const QString& notes = {}) const;
    QString heading() const;
    QString toWire(const QString& heading, const QList<HandoverSection>& sections) const;
    MrkdwnContext mrkdwnContext() const;

    // Where a handover goes.
    SupportConfig::HandoverTo destinationKind() const;
    QString destinationText() const; // "#cloud-platform" / "a direct message to Priya"
    QString handoverChannel() const; // name, without '#'
    QString onCallUserId() const;
    void setDestination(SupportConfig::HandoverTo kind, const QString& channelName,
                        const QString& onCallUserId);
    // users.list, every page: people (not deleted, not bots) sorted by name.
    void loadOnCallCandidates(
        QObject* context,
        std::function<void(const QList<OnCallCandidate>&, const QString& error)> done);
    QList<OnCallCandidate> onCallCandidates() const { return m_candidates; }
    QString cannotPostReason() const;
    // The composer's draft for the team's current day (sections edited by hand, notes); an empty
    // object when there is none. Posting a handover discards it.
    QJsonObject draft() const;
    void saveDraft(const QJsonObject& draft);
    void discardDraft();
    // An earlier post whose outcome could not be checked blocks new posts until it is settled.
    bool hasUnsettledPost() const;
    // The user looked in Slack and settles that earlier post by hand: posting is possible again.
    void settleByHand();
    // Looks for a post interrupted by a crash (done when Slack connects).
    void settleInterrupted();

    // Posts `wire` (toWire()) once. If an earlier handover's post was interrupted, it is looked
    // for first: found means that one is in Slack (and nothing new is sent); not found means it
    // was not posted and this one goes; a failed look sends nothing.
    void post(const QString& wire, QObject* context, std::function<void(const PostOutcome&)> done);
    bool isPosting() const { return m_posting; }

    // Overnight.
    TimeWindow overnightWindow() const;
    OvernightAlarms overnightAlarms() const;
    void loadOvernight(QObject* context, std::function<void(const OvernightReport&)> done);
    bool isOvernightRead() const;
    bool markOvernightRead();

    // The alarm feed's groups as the handover sees them (every group, newest first).
    QList<HandoverAlarm> allAlarms() const;

Q_SIGNALS:
    void changed(); // the shift's state or the destination changed: sections may be refilled
    void historyChanged();
    void posted(qint64 handoverId, const QString& permalink);
    void overnightReadChanged(bool read);
    void problem(const QString& message);
    // Once a day each: the start of day (read the overnight handover) and the end of day (hand
    // over to on-call), while that is still to do.
    void offer(shiftdesk::HandoverService::Offer what);

private:
    struct Target
    {
        HandoverRecord::Destination destination = HandoverRecord::Destination::Channel;
        QString channelId{};
        QString channelName{};
        QString recipient{};
    };
    void resolveTarget(QObject* context, std::function<void(const Target&, const QString&)> done);
    void channelId(const QString& name, QObject* context,
                   std::function<void(const QString& id, const QString& error)> done);
    PostRequest requestFor(const HandoverRecord& record) const;
    void settleEarlier(const HandoverRecord& earlier, QObject* context,
                       std::function<void(bool proceed, const PostOutcome&)> done);
    void doPost(const Target& target, const QString& wire, QObject* context,
                std::function<void(const PostOutcome&)> done);
    void recordPosted(const HandoverRecord& record, const QString& channelId,
                      const PostOutcome& out);
    QSet<QString> knownTs() const;
    QString personName(const QString& userId) const;
    bool tick(const QString& itemId);
    void checkOffers();
    void readHistoryPage(const QString& channelId, const QString& cursor, int page,
                         std::shared_ptr<OvernightReport> report, QObject* context,
                         std::function<void(const OvernightReport&)> done);

    Settings& m_settings;
    Clock& m_clock;
    SlackConnection* m_slack;
    ChecklistService* m_checklist;
    AlarmFeed* m_alarms;
    AnnounceService* m_announce;
    BoardService* m_board;
    std::function<QList<SupportRequest>()> m_support;
    HandoverStore m_store;
    HandoverHistoryModel* m_history;
    AnnouncePoster* m_poster = nullptr;
    ChannelDirectory m_channelIds;
    QList<OnCallCandidate> m_candidates;
    QTimer m_offerTimer;
    QHash<int, QDate> m_offered; // Offer -> day it was offered
    bool m_posting = false;
};

} // namespace shiftdesk
