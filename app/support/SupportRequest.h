#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace shiftdesk {

// The support channel's name when settings name none.
QString defaultSupportChannelName();

// One request in the support channel: a top-level message from someone outside the support
// team, with what the team did about it (derived by SupportQueue).
struct SupportRequest
{
    // Ticketed outranks Answered, which outranks Claimed.
    enum class State { New, Claimed, Answered, Ticketed };

    QString channelId;
    QString ts;         // Slack message id; the thread's thread_ts
    QString asker;      // user id
    QString text;       // as on the wire (mrkdwn, &amp; &lt; &gt; escaped)
    QDateTime postedAt; // UTC, from ts
    int replyCount = 0;
    State state = State::New;
    QStringList claimedBy;      // team members who reacted :eyes:
    QStringList answeredBy;     // team members who replied in the thread, first replier first
    QString ticketUrl;          // the GitHub issue a team member linked in the thread
    QDateTime firstTeamReplyAt; // UTC; invalid until a team member replied

    bool isUnanswered() const { return state == State::New || state == State::Claimed; }

    // A stable name for the state ("new", "claimed", "answered", "ticketed").
    static QString stateName(State state);
    // The state as shown to the user.
    static QString stateLabel(State state);
};

} // namespace shiftdesk
