#include "Reactions.h"

#include <QJsonArray>

namespace shiftdesk {

QJsonObject withReaction(QJsonObject message, const QString& name, const QString& userId,
                         bool added)
{
    QJsonArray reactions = message.value(QLatin1String("reactions")).toArray();
    bool found = false;
    for (qsizetype i = 0; i < reactions.size(); ++i) {
        QJsonObject r = reactions[i].toObject();
        if (r.value(QLatin1String("name")).toString() != name)
            continue;
        found = true;
        QJsonArray kept;
        for (const QJsonValue& u : r.value(QLatin1String("users")).toArray()) {
            if (u.toString() != userId)
                kept.append(u);
        }
        if (added)
            kept.append(userId);
        r.insert(QStringLiteral("users"), kept);
        r.insert(QStringLiteral("count"), kept.size());
        if (kept.isEmpty())
            reactions.removeAt(i);
        else
            reactions[i] = r;
        break;
    }
    if (!found && added)
        reactions.append(QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("users"), QJsonArray{userId}},
                                     {QStringLiteral("count"), 1}});
    message.insert(QStringLiteral("reactions"), reactions);
    return message;
}

} // namespace shiftdesk
