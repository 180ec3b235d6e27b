#pragma once

#include "alarms/AlarmStore.h"
#include "support/SupportRequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace shiftdesk {

// An alarm (a firing/resolved group of the feed) as the handover sees it. Text is plain.
struct HandoverAlarm
{
    QString title{};
    QString channelName{}; // without '#'
    QString permalink{};   // the alarm's first message in Slack, or empty
    bool highPriority = false;
    bool firing = false;
    QDateTime firedAt{};    // UTC; invalid if only its resolution was seen
    QDateTime resolvedAt{}; // UTC; invalid while firing
    Triage::State triage = Triage::State::None;
    QString triageBy{};
    QString note{}; // as typed in the triage panel
    QString ticketUrl{};
    // False for a group of messages that are not alerts (chatter in an alarm channel): they
    // neither fire nor resolve.
    bool isAlert = true;
};

// An announcement still open: an incident (with the update times it still owes) or planned work.
struct HandoverAnnouncement
{
    QString title{}; // plain
    QString permalink{};
    QDateTime postedAt{};          // UTC
    QList<QDateTime> openPromises; // UTC, by time: updates still owed
};

struct HandoverTicket
{
    qint64 number = 0;
    QString title{};
    QString url{};
    QString column{};
    QStringList assignees{}; // GitHub logins
};

// Everything a handover is built from, gathered from the shift's services (HandoverService) or
// made up by a test. Lists are in the order they are shown.
struct HandoverSnapshot
{
    QDateTime now{}; // UTC
    QTimeZone timeZone{QByteArrayLiteral("Europe/London")};
    QList<HandoverAlarm> alarms{};
    QList<HandoverAnnouncement> incidents{};
    QList<HandoverAnnouncement> plannedWork{};
    QList<HandoverTicket> tickets{};
    QList<SupportRequest> unanswered{};
    QStringList openChecklistItems{};
    QString notes{};
    // Display names for user ids (askers, claimers), so the handover names people instead of
    // mentioning them (a mention would notify every asker); ids are shown without it.
    std::function<QString(const QString&)> userName{};
};

} // namespace shiftdesk
