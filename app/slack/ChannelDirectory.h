#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>

class QObject;

namespace shiftdesk {

class SlackClient;

// Channel names to ids, learnt from conversations.list (every page, public and private) and
// kept until clear(). resolve() answers from what is known, else lists the channels once.
class ChannelDirectory
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDirectory)

public:
    using Done = std::function<void(const QString& id, const QString& error)>;

    // `where` names the setting to check when the channel is not found, e.g. "the announcement
    // channel in Preferences → Slack". `owner` keeps the directory alive for the answer;
    // `context` going away drops the callback.
    void resolve(SlackClient* client, const QString& name, const QString& where, QObject* owner,
                 QObject* context, Done done);
    QString id(const QString& name) const { return m_ids.value(name); }
    // id -> name, for showing channel links.
    QHash<QString, QString> names() const;
    void clear() { m_ids.clear(); }

private:
    QHash<QString, QString> m_ids; // name -> id
};

} // namespace shiftdesk
