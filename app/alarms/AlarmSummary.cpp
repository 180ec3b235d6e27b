#include "AlarmSummary.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

namespace shiftdesk {

namespace {
constexpr int kVersion = 1;

enum Key : int {
    Version = 0,
    Kind,
    Status,
    Count,
    AlertName,
    Severity,
    Title,
    Text,
    Colour,
    Alerts,
    Reactions,
    UserId,
    BotId,
    SenderName,
};
} // namespace

QByteArray AlarmSummary::encode(const ParsedAlarm& a)
{
    QCborMap m;
    m.insert(Version, kVersion);
    m.insert(Kind, int(a.kind));
    m.insert(Status, int(a.status));
    if (a.count)
        m.insert(Count, a.count);
    m.insert(AlertName, a.alertName);
    if (!a.severity.isEmpty())
        m.insert(Severity, a.severity);
    m.insert(Title, a.title.left(1024));
    if (!a.text.isEmpty())
        m.insert(Text, a.text.left(kMaxText));
    if (!a.colour.isEmpty())
        m.insert(Colour, a.colour);
    if (!a.alerts.isEmpty()) {
        QCborArray alerts;
        for (const ParsedAlert& alert : a.alerts) {
            QCborArray entry;
            entry.append(alert.summary.left(kMaxText));
            for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
                entry.append(it.key());
                entry.append(it.value());
            }
            alerts.append(entry);
        }
        m.insert(Alerts, alerts);
    }
    if (!a.reactions.isEmpty()) {
        QCborArray reactions;
        for (const auto& [name, users] : a.reactions) {
            QCborArray entry;
            entry.append(name);
            for (const QString& u : users)
                entry.append(u);
            reactions.append(entry);
        }
        m.insert(Reactions, reactions);
    }
    if (!a.userId.isEmpty())
        m.insert(UserId, a.userId);
    if (!a.botId.isEmpty())
        m.insert(BotId, a.botId);
    if (!a.senderName.isEmpty())
        m.insert(SenderName, a.senderName);
    return m.toCborValue().toCbor();
}

bool AlarmSummary::decode(const QByteArray& data, const QString& channelId, const QString& ts,
                          ParsedAlarm* out)
{
    if (data.isEmpty())
        return false;
    const QCborMap m = QCborValue::fromCbor(data).toMap();
    if (m.value(Version).toInteger() != kVersion)
        return false;
    ParsedAlarm a;
    a.channelId = channelId;
    a.ts = ts;
    a.kind = ParsedAlarm::Kind(m.value(Kind).toInteger());
    a.status = ParsedAlarm::Status(m.value(Status).toInteger());
    a.count = int(m.value(Count).toInteger());
    a.alertName = m.value(AlertName).toString();
    a.severity = m.value(Severity).toString();
    a.title = m.value(Title).toString();
    a.text = m.value(Text).toString();
    a.colour = m.value(Colour).toString();
    const QCborArray alerts = m.value(Alerts).toArray();
    for (const QCborValue& v : alerts) {
        const QCborArray entry = v.toArray();
        ParsedAlert alert;
        alert.summary = entry.at(0).toString();
        for (qsizetype i = 1; i + 1 < entry.size(); i += 2)
            alert.labels.insert(entry.at(i).toString(), entry.at(i + 1).toString());
        a.alerts.append(alert);
    }
    const QCborArray reactions = m.value(Reactions).toArray();
    for (const QCborValue& v : reactions) {
        const QCborArray entry = v.toArray();
        QStringList users;
        for (qsizetype i = 1; i < entry.size(); ++i)
            users << entry.at(i).toString();
        a.reactions.append({entry.at(0).toString(), users});
    }
    a.userId = m.value(UserId).toString();
    a.botId = m.value(BotId).toString();
    a.senderName = m.value(SenderName).toString();
    *out = std::move(a);
    return true;
}

} // namespace shiftdesk
