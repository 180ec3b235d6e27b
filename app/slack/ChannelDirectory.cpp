#include "ChannelDirectory.h"

#include "SlackClient.h"

#include <QPointer>

namespace shiftdesk {

QHash<QString, QString> ChannelDirectory::names() const
{
    QHash<QString, QString> out;
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        out.insert(it.value(), it.key());
    return out;
}

void ChannelDirectory::resolve(SlackClient* client, const QString& name, const QString& where,
                               QObject* owner, QObject* context, Done done)
{
    if (const QString known = m_ids.value(name); !known.isEmpty()) {
        done(known, {});
        return;
    }
    QPointer<QObject> guard(context);
    client->listChannels(
        QStringLiteral("public_channel,private_channel"), owner,
        [this, name, where, guard, done](const QList<SlackChannel>& all, const SlackResult& r) {
            if (r.ok()) {
                for (const SlackChannel& ch : all)
                    m_ids.insert(ch.name, ch.id);
            }
            if (!guard)
                return;
            if (const QString found = m_ids.value(name); !found.isEmpty())
                done(found, {});
            else if (!r.ok())
                done({}, tr("Cannot look up #%1: %2").arg(name, r.message));
            else
                done({}, tr("#%1 was not found. Check %2; a private channel is only visible once "
                            "the app is invited to it.")
                             .arg(name, where));
        });
}

} // namespace shiftdesk
