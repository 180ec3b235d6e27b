#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shiftdesk {

class Database;

// One handover to on-call, in flight or posted.
struct HandoverRecord
{
    enum class State {
        Posting, // written just before chat.postMessage: if still so on the next try, look first
        Posted,  // in Slack (ts, permalink)
        Unknown, // Slack's answer was lost and looking for it failed: look before posting again
        Checked, // was Unknown; the user looked in Slack and settled it by hand
    };
    enum class Destination { Channel, DirectMessage };

    qint64 id = 0;
    QDateTime createdAt{};   // UTC
    QDateTime attemptedAt{}; // wall clock (Slack's), just before the post
    QDateTime postedAt{};    // UTC (the shift's clock); invalid until posted
    Destination destination = Destination::Channel;
    QString channelId{};   // C… or D…; a user id (U…) while a DM's conversation is not known
    QString channelName{}; // "#cloud-platform", or the person's name for a DM
    QString recipient{};   // the DM's user id
    QString text{};        // wire text
    QString ts{};
    QString permalink{};
    State state = State::Posting;

    QString title() const; // "#cloud-platform" / "Priya (direct message)"
};

QString toString(HandoverRecord::State state); // "posting", "posted", "unknown"

// The handovers and the overnight "read" marks in the profile's database (migration 6). Every
// write is one statement (atomic); a failed write returns false / 0 and sets lastError().
class HandoverStore
{
    Q_DECLARE_TR_FUNCTIONS(HandoverStore)
public:
    explicit HandoverStore(Database& db);

    // Inserts a handover about to be posted (state Posting). Returns its id (also set), or 0.
    qint64 insert(HandoverRecord& record);
    bool markPosted(qint64 id, const QString& channelId, const QString& ts,
                    const QString& permalink, const QDateTime& postedAt);
    bool markUnknown(qint64 id);
    bool markChecked(qint64 id);
    bool remove(qint64 id); // it was not posted
    std::optional<HandoverRecord> record(qint64 id) const;
    QList<HandoverRecord> all() const; // newest first
    // A post still in flight or of unknown outcome (at most one is ever left), if any.
    std::optional<HandoverRecord> unsettled() const;
    // The direct-message conversation last used with this user ("D…"), or empty.
    QString dmChannelFor(const QString& userId) const;

    // The composer's draft for a day (JSON written by the composer); empty object if none.
    bool saveDraft(QDate day, const QJsonObject& draft, const QDateTime& at);
    QJsonObject draft(QDate day) const;
    bool removeDraft(QDate day);

    bool markOvernightRead(QDate day, const QString& by, const QDateTime& at);
    bool isOvernightRead(QDate day) const;

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString& what, const QString& detail) const;

    Database& m_db;
    mutable QString m_lastError;
};

} // namespace shiftdesk
