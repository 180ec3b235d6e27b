#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace shiftdesk::fake {

// Alertmanager posts in the team's Slack template (reference/domain.md §3, example A/B).
inline QJsonObject alertmanagerPost(const QString& alertName, bool firing, const QString& severity,
                                    const QString& instance)
{
    const QString title = firing
                              ? QStringLiteral("[FIRING:1] :warning: %1").arg(alertName)
                              : QStringLiteral("[RESOLVED] :white_check_mark: %1").arg(alertName);
    const QString text =
        QStringLiteral("\n      *Alert:* %1 needs attention on %2\n      *Details:*\n"
                       "       - *alertname:* `%1`\n       - *instance:* `%2`\n"
                       "       - *severity:* `%3`\n      \n      *-----*\n    ")
            .arg(alertName, instance, severity);
    QJsonObject attachment{
        {QStringLiteral("title"), title},
        {QStringLiteral("title_link"),
         QStringLiteral("https://alertmanager.example.org/#/alerts?receiver=slack-%1")
             .arg(severity)},
        {QStringLiteral("text"), text},
        {QStringLiteral("fallback"), title},
        {QStringLiteral("color"), firing ? QStringLiteral("danger") : QStringLiteral("good")},
        {QStringLiteral("mrkdwn_in"),
         QJsonArray{QStringLiteral("fallback"), QStringLiteral("pretext"), QStringLiteral("text")}},
        {QStringLiteral("actions"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                         {QStringLiteral("text"), QStringLiteral("Runbook :blue_book:")},
                         {QStringLiteral("url"),
                          QStringLiteral("https://runbooks.example.org/%1").arg(alertName)}}}}};
    return {{QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("subtype"), QStringLiteral("bot_message")},
            {QStringLiteral("bot_id"), QStringLiteral("B0ALERTMGR")},
            {QStringLiteral("username"), QStringLiteral("AlertManager")},
            {QStringLiteral("text"), QString()},
            {QStringLiteral("attachments"), QJsonArray{attachment}}};
}

} // namespace shiftdesk::fake
