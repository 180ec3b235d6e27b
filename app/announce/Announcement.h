#pragma once

#include "AnnounceTemplate.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace shiftdesk {

// A draft in the composer. Saved as the user types; it survives crashes and restarts.
struct AnnounceDraft
{
    qint64 id = 0; // 0: not saved yet
    QString templateId{};
    AnnounceKind kind = AnnounceKind::Announcement;
    qint64 announcementId = 0;        // Update/Resolution: the announcement whose thread it joins
    QString text{};                   // as typed (not yet ComposeText::toWire)
    QHash<QString, QString> fields{}; // template field values, by field id
    bool broadcast = false;           // thread reply also sent to the channel
    QDateTime createdAt{};            // UTC
    QDateTime updatedAt{};            // UTC
    // Set just before the text is sent, cleared when the outcome is known. A draft that still
    // has it after a crash may already be in Slack: look before posting it again.
    QDateTime postAttemptAt{};

    QString title() const; // the first non-empty line, plain, at most 80 characters
};

// An announcement that was posted: the top-level message of a thread.
struct Announcement
{
    qint64 id = 0;
    QString channelId{};
    QString channelName{};
    QString ts{}; // Slack message id; the thread's thread_ts
    QString permalink{};
    QString templateId{};
    QString text{}; // the wire text that was posted
    QDateTime postedAt{};
    bool resolved = false;
    QDateTime resolvedAt{};

    QString title() const; // the first non-empty line as plain text, at most 80 characters
};

// A reply in an announcement's thread (an update or the resolution).
struct AnnouncePost
{
    qint64 id = 0;
    qint64 announcementId = 0;
    AnnounceKind kind = AnnounceKind::Update;
    QString ts{};
    QString permalink{};
    QString text{}; // wire text
    bool broadcast = false;
    QDateTime postedAt{};
};

// "We will update at 1PM": a promise made in an announcement or update, and how it was kept.
struct UpdatePromise
{
    enum class State {
        Open,
        Kept,      // an update came before the time or within the grace period
        Late,      // an update came, but after the grace period
        Missed,    // no update until long after the time
        Cancelled, // the announcement was resolved before the time came
    };
    qint64 id = 0;
    qint64 announcementId = 0;
    qint64 madeByPost = 0; // 0: the announcement itself; else the AnnouncePost id
    QDateTime due{};       // UTC
    State state = State::Open;
    QDateTime closedAt{};
    qint64 closedByPost = 0;
    bool remindedBefore = false;
    bool remindedAt = false;
};

QString toString(UpdatePromise::State state); // "open", "kept", "late", "missed", "cancelled"
UpdatePromise::State promiseStateFromString(const QString& s);

} // namespace shiftdesk
