#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace shiftdesk {

// One alarm channel to follow, by name (without '#'), with its priority.
struct AlarmChannel
{
    enum class Priority { High, Low };
    QString name;
    Priority priority = Priority::Low;

    bool operator==(const AlarmChannel& o) const
    {
        return name == o.name && priority == o.priority;
    }
    // "high-priority-alarms:high"
    QString toString() const;
    static AlarmChannel fromString(const QString& text);
};

// The workspace settings that are not secrets. Tokens live only in the keychain.
struct SlackConfig
{
    QUrl apiBase{QStringLiteral("https://slack.com/api/")};
    QList<AlarmChannel> alarmChannels{
        {QStringLiteral("high-priority-alarms"), AlarmChannel::Priority::High},
        {QStringLiteral("low-priority-alarms"), AlarmChannel::Priority::Low}};
    QString supportChannel{QStringLiteral("ask-cloud-platform")};
    QString announceChannel{QStringLiteral("ask-cloud-platform")};
    int pollSeconds = 60;   // conversations.history polling while Socket Mode is down/absent
    int retentionDays = 30; // how long alarm messages stay in the local cache
    int maxCachedMessages = 100000;

    // Bot scopes the app needs (reference §6); a user token needs the same.
    static QStringList requiredScopes();
    static QString normaliseChannelName(QString name); // strips '#', spaces, lower-cases
    bool operator==(const SlackConfig& o) const;
};

} // namespace shiftdesk
