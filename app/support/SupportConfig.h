#pragma once

#include <QString>
#include <QStringList>

namespace shiftdesk {

// The support-channel and handover settings (the channel's name itself is in SlackConfig).
struct SupportConfig
{
    enum class HandoverTo { Channel, DirectMessage };

    // The support team: Slack user ids ("U…"), and/or a Slack user group id ("S…") whose
    // members count too. The signed-in user always counts.
    QStringList teamMembers{};
    QString teamUserGroup{};
    int claimMinutes = 15; // the 15-minute rule
    int historyDays = 7;   // how far back the queue reads the support channel
    HandoverTo handoverTo = HandoverTo::Channel;
    QString handoverChannel{QStringLiteral("cloud-platform")}; // name, without '#'
    QString onCallUserId{};                                    // the direct message's recipient

    bool operator==(const SupportConfig& o) const
    {
        return teamMembers == o.teamMembers && teamUserGroup == o.teamUserGroup &&
               claimMinutes == o.claimMinutes && historyDays == o.historyDays &&
               handoverTo == o.handoverTo && handoverChannel == o.handoverChannel &&
               onCallUserId == o.onCallUserId;
    }
};

} // namespace shiftdesk
