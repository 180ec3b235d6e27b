#include "FakeSlackState.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace shiftdesk::fake {

bool parseTs(const QString& ts, TsKey* key)
{
    const qsizetype dot = ts.indexOf(QLatin1Char('.'));
    const QString secPart = dot < 0 ? ts : ts.left(dot);
    QString fracPart = dot < 0 ? QString() : ts.mid(dot + 1);
    if (secPart.isEmpty() || secPart.size() > 12 || fracPart.size() > 6)
        return false;
    for (const QChar c : QString(secPart + fracPart)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    while (fracPart.size() < 6)
        fracPart.append(QLatin1Char('0'));
    *key = secPart.toLongLong() * 1000000 + fracPart.toLongLong();
    return true;
}

QString tsString(TsKey key)
{
    return QString::number(key / 1000000) + QLatin1Char('.') +
           QStringLiteral("%1").arg(key % 1000000, 6, 10, QLatin1Char('0'));
}

FakeSlackState::FakeSlackState()
    // Every bot scope §6 lists, so a default fake never fails for lack of scope.
    : scopes({QStringLiteral("channels:read"), QStringLiteral("groups:read"),
              QStringLiteral("channels:history"), QStringLiteral("groups:history"),
              QStringLiteral("chat:write"), QStringLiteral("users:read"),
              QStringLiteral("reactions:write"), QStringLiteral("channels:join")})
{}

FakeChannel* FakeSlackState::channel(const QString& id)
{
    for (auto& c : channels) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const FakeChannel* FakeSlackState::channel(const QString& id) const
{
    return const_cast<FakeSlackState*>(this)->channel(id);
}

FakeChannel* FakeSlackState::channelByIdOrName(const QString& idOrName)
{
    if (FakeChannel* c = channel(idOrName))
        return c;
    const QString name = idOrName.startsWith(QLatin1Char('#')) ? idOrName.mid(1) : idOrName;
    for (auto& c : channels) {
        if (!name.isEmpty() && c.name == name)
            return &c;
    }
    return nullptr;
}

QJsonObject FakeSlackState::channelJson(const FakeChannel& c) const
{
    const QJsonObject empty{{QStringLiteral("value"), QString()},
                            {QStringLiteral("creator"), QString()},
                            {QStringLiteral("last_set"), 0}};
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("name_normalized"), c.name.toLower()},
        {QStringLiteral("is_channel"), true},
        {QStringLiteral("is_group"), false},
        {QStringLiteral("is_im"), false},
        {QStringLiteral("is_mpim"), false},
        {QStringLiteral("is_private"), c.isPrivate},
        {QStringLiteral("is_archived"), c.archived},
        {QStringLiteral("is_general"), false},
        {QStringLiteral("is_member"), c.botIsMember},
        {QStringLiteral("is_shared"), false},
        {QStringLiteral("is_ext_shared"), false},
        {QStringLiteral("is_org_shared"), false},
        {QStringLiteral("is_pending_ext_shared"), false},
        {QStringLiteral("context_team_id"), teamId},
        {QStringLiteral("created"), c.created},
        {QStringLiteral("creator"), QStringLiteral("U0FAKEADMIN")},
        {QStringLiteral("unlinked"), 0},
        {QStringLiteral("topic"), empty},
        {QStringLiteral("purpose"), empty},
        {QStringLiteral("previous_names"), QJsonArray()},
        {QStringLiteral("num_members"), c.botIsMember ? 2 : 1},
    };
}

QJsonObject FakeSlackState::user(const QString& id) const
{
    for (const auto& u : users) {
        if (u.value(QStringLiteral("id")).toString() == id)
            return u;
    }
    if (id == botUserId)
        return botUser();
    return {};
}

QJsonObject FakeSlackState::botUser() const
{
    return QJsonObject{
        {QStringLiteral("id"), botUserId},
        {QStringLiteral("team_id"), teamId},
        {QStringLiteral("name"), botName},
        {QStringLiteral("real_name"), botName},
        {QStringLiteral("deleted"), false},
        {QStringLiteral("is_bot"), true},
        {QStringLiteral("is_app_user"), false},
        {QStringLiteral("tz"), QStringLiteral("Europe/London")},
        {QStringLiteral("profile"), QJsonObject{{QStringLiteral("real_name"), botName},
                                                {QStringLiteral("display_name"), botName},
                                                {QStringLiteral("bot_id"), botId},
                                                {QStringLiteral("api_app_id"), appId},
                                                {QStringLiteral("always_active"), true}}},
    };
}

QString FakeSlackState::nextTs()
{
    const TsKey now = QDateTime::currentMSecsSinceEpoch() * 1000;
    m_lastTs = std::max(now, m_lastTs + 1);
    return tsString(m_lastTs);
}

bool FakeSlackState::isReply(const QJsonObject& m)
{
    const QString thread = m.value(QStringLiteral("thread_ts")).toString();
    return !thread.isEmpty() && thread != m.value(QStringLiteral("ts")).toString();
}

bool FakeSlackState::inHistory(const QJsonObject& m)
{
    return !isReply(m) ||
           m.value(QStringLiteral("subtype")).toString() == QLatin1String("thread_broadcast");
}

TsKey FakeSlackState::threadRoot(const FakeChannel& channel, TsKey key)
{
    const auto it = channel.messages.find(key);
    if (it == channel.messages.end())
        return -1;
    TsKey root = key;
    if (isReply(it->second) &&
        !parseTs(it->second.value(QStringLiteral("thread_ts")).toString(), &root))
        return -1;
    return root;
}

QJsonObject FakeSlackState::store(FakeChannel& channel, QJsonObject message)
{
    if (!message.contains(QStringLiteral("type")))
        message.insert(QStringLiteral("type"), QStringLiteral("message"));
    TsKey key = 0;
    if (!parseTs(message.value(QStringLiteral("ts")).toString(), &key)) {
        const QString ts = nextTs();
        parseTs(ts, &key);
        message.insert(QStringLiteral("ts"), ts);
    }
    m_lastTs = std::max(m_lastTs, key);

    TsKey parentKey = -1;
    if (isReply(message)) {
        TsKey named = 0;
        if (parseTs(message.value(QStringLiteral("thread_ts")).toString(), &named))
            parentKey = threadRoot(channel, named);
        if (parentKey < 0 || parentKey == key) {
            message.remove(QStringLiteral("thread_ts"));
            parentKey = -1;
        }
    }
    if (parentKey >= 0) {
        QJsonObject parent = channel.messages.at(parentKey);
        message.insert(QStringLiteral("thread_ts"), tsString(parentKey));
        const QString parentUser = parent.value(QStringLiteral("user")).toString();
        if (!parentUser.isEmpty())
            message.insert(QStringLiteral("parent_user_id"), parentUser);
        if (message.value(QStringLiteral("subtype")).toString() ==
            QLatin1String("thread_broadcast")) {
            parent.remove(QStringLiteral("root"));
            message.insert(QStringLiteral("root"), parent);
        }
    }
    channel.messages[key] = message;
    if (parentKey >= 0) {
        refreshParent(channel, parentKey);
    }
    return message;
}

void FakeSlackState::refreshParent(FakeChannel& channel, TsKey parentKey)
{
    auto it = channel.messages.find(parentKey);
    if (it == channel.messages.end())
        return;
    const QString parentTs = tsString(parentKey);
    int count = 0;
    QStringList replyUsers;
    QString latest;
    for (const auto& [key, m] : channel.messages) {
        if (key == parentKey || !isReply(m) ||
            m.value(QStringLiteral("thread_ts")).toString() != parentTs)
            continue;
        ++count;
        const QString who = m.value(QStringLiteral("user")).toString();
        if (!who.isEmpty() && !replyUsers.contains(who))
            replyUsers.append(who);
        latest = m.value(QStringLiteral("ts")).toString();
    }
    QJsonObject& parent = it->second;
    if (count == 0) {
        for (const char* k :
             {"thread_ts", "reply_count", "reply_users_count", "reply_users", "latest_reply"})
            parent.remove(QLatin1String(k));
        return;
    }
    parent.insert(QStringLiteral("thread_ts"), parentTs);
    parent.insert(QStringLiteral("reply_count"), count);
    parent.insert(QStringLiteral("reply_users_count"), replyUsers.size());
    parent.insert(QStringLiteral("reply_users"), QJsonArray::fromStringList(replyUsers));
    parent.insert(QStringLiteral("latest_reply"), latest);
}

bool FakeSlackState::edit(FakeChannel& channel, const QString& ts, const QString& text,
                          const QString& editor, QJsonObject* edited, QJsonObject* previous)
{
    TsKey key = 0;
    if (!parseTs(ts, &key))
        return false;
    const auto it = channel.messages.find(key);
    if (it == channel.messages.end())
        return false;
    *previous = it->second;
    it->second.insert(QStringLiteral("text"), text);
    it->second.insert(QStringLiteral("edited"), QJsonObject{{QStringLiteral("user"), editor},
                                                            {QStringLiteral("ts"), nextTs()}});
    *edited = it->second;
    return true;
}

bool FakeSlackState::remove(FakeChannel& channel, const QString& ts, QJsonObject* removed)
{
    TsKey key = 0;
    if (!parseTs(ts, &key))
        return false;
    const auto it = channel.messages.find(key);
    if (it == channel.messages.end())
        return false;
    *removed = it->second;
    const TsKey root = threadRoot(channel, key);
    channel.messages.erase(it);
    if (root >= 0 && root != key)
        refreshParent(channel, root);
    return true;
}

} // namespace shiftdesk::fake
