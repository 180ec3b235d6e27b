#include "SlackConfig.h"

namespace shiftdesk {

QString AlarmChannel::toString() const
{
    return name + (priority == Priority::High ? QStringLiteral(":high") : QStringLiteral(":low"));
}

AlarmChannel AlarmChannel::fromString(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    AlarmChannel c;
    if (colon < 0) {
        c.name = SlackConfig::normaliseChannelName(text);
        return c;
    }
    c.name = SlackConfig::normaliseChannelName(text.left(colon));
    c.priority =
        text.mid(colon + 1).trimmed().compare(QLatin1String("high"), Qt::CaseInsensitive) == 0
            ? Priority::High
            : Priority::Low;
    return c;
}

QStringList SlackConfig::requiredScopes()
{
    return {QStringLiteral("channels:read"),    QStringLiteral("groups:read"),
            QStringLiteral("channels:history"), QStringLiteral("groups:history"),
            QStringLiteral("users:read"),       QStringLiteral("reactions:write"),
            QStringLiteral("chat:write")};
}

QString SlackConfig::normaliseChannelName(QString name)
{
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('#')))
        name.remove(0, 1);
    return name.trimmed().toLower();
}

bool SlackConfig::operator==(const SlackConfig& o) const
{
    return apiBase == o.apiBase && alarmChannels == o.alarmChannels &&
           supportChannel == o.supportChannel && announceChannel == o.announceChannel &&
           pollSeconds == o.pollSeconds && retentionDays == o.retentionDays &&
           maxCachedMessages == o.maxCachedMessages;
}

} // namespace shiftdesk
