#include "FakeSlackApi.h"

#include "FakeSlack.h"
#include "FakeSlackState.h"
#include "FakeSocketMode.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace shiftdesk::fake {

namespace {

QString str(const QVariantMap& p, const char* key)
{
    const QVariant v = p.value(QLatin1String(key));
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

bool flag(const QVariantMap& p, const char* key)
{
    const QString v = str(p, key);
    return v == QLatin1String("true") || v == QLatin1String("1");
}

QString encodeCursor(const QString& kind, const QString& value)
{
    // Opaque to the client (§3), like Slack's base64 "next_ts:…" cursors.
    return QString::fromLatin1(QString(kind + QLatin1Char(':') + value).toUtf8().toBase64());
}

bool decodeCursor(const QString& cursor, const QString& kind, QString* value)
{
    const QString text = QString::fromUtf8(QByteArray::fromBase64(cursor.toLatin1()));
    if (!text.startsWith(kind + QLatin1Char(':')))
        return false;
    *value = text.mid(kind.size() + 1);
    return !value->isEmpty();
}

QJsonObject page(QJsonObject body, const QString& nextCursor)
{
    body.insert(QStringLiteral("ok"), true);
    body.insert(QStringLiteral("response_metadata"),
                QJsonObject{{QStringLiteral("next_cursor"), nextCursor}});
    return body;
}

// A JSON array given either as JSON (a JSON body) or as a JSON string (a form value, §1).
bool jsonArray(const QVariantMap& p, const char* key, QJsonArray* out)
{
    const QVariant v = p.value(QLatin1String(key));
    if (!v.isValid() || v.isNull())
        return true;
    if (v.typeId() == QMetaType::QVariantList) {
        *out = QJsonArray::fromVariantList(v.toList());
        return true;
    }
    const QString text = v.toString();
    if (text.isEmpty())
        return true;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        return false;
    *out = doc.array();
    return true;
}

const QStringList& knownMethods()
{
    static const QStringList methods{QStringLiteral("auth.test"),
                                     QStringLiteral("conversations.list"),
                                     QStringLiteral("conversations.history"),
                                     QStringLiteral("conversations.replies"),
                                     QStringLiteral("conversations.join"),
                                     QStringLiteral("users.info"),
                                     QStringLiteral("users.list"),
                                     QStringLiteral("reactions.add"),
                                     QStringLiteral("reactions.remove"),
                                     QStringLiteral("chat.postMessage"),
                                     QStringLiteral("chat.getPermalink"),
                                     QStringLiteral("apps.connections.open")};
    return methods;
}

} // namespace

FakeSlackApi::FakeSlackApi(FakeSlack& slack)
    : m_slack(slack)
    , m_state(*slack.m_state)
{}

bool FakeSlackApi::isKnownMethod(const QString& method)
{
    return knownMethods().contains(method);
}

bool FakeSlackApi::acceptsJson(const QString& method)
{
    static const QStringList json{
        QStringLiteral("auth.test"),          QStringLiteral("chat.postMessage"),
        QStringLiteral("reactions.add"),      QStringLiteral("apps.connections.open"),
        QStringLiteral("conversations.join"), QStringLiteral("conversations.history")};
    return json.contains(method);
}

QStringList FakeSlackApi::acceptedScopes(const QString& method)
{
    if (method == QLatin1String("conversations.list"))
        return {QStringLiteral("channels:read"), QStringLiteral("groups:read"),
                QStringLiteral("im:read"), QStringLiteral("mpim:read")};
    if (method == QLatin1String("conversations.history") ||
        method == QLatin1String("conversations.replies"))
        return {QStringLiteral("channels:history"), QStringLiteral("groups:history"),
                QStringLiteral("im:history"), QStringLiteral("mpim:history")};
    if (method == QLatin1String("conversations.join"))
        return {QStringLiteral("channels:join")};
    if (method.startsWith(QLatin1String("users.")))
        return {QStringLiteral("users:read")};
    if (method.startsWith(QLatin1String("reactions.")))
        return {QStringLiteral("reactions:write")};
    if (method == QLatin1String("chat.postMessage"))
        return {QStringLiteral("chat:write")};
    if (method == QLatin1String("apps.connections.open"))
        return {QStringLiteral("connections:write")};
    return {};
}

QJsonObject FakeSlackApi::error(const QString& code)
{
    return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), code}};
}

QJsonObject FakeSlackApi::missingScope(const QString& needed) const
{
    // §4: the body carries needed and provided.
    QJsonObject e = error(QStringLiteral("missing_scope"));
    e.insert(QStringLiteral("needed"), needed);
    e.insert(QStringLiteral("provided"), m_state.scopes.join(QLatin1Char(',')));
    return e;
}

bool FakeSlackApi::hasScope(const QString& scope) const
{
    return m_state.scopes.contains(scope);
}

int FakeSlackApi::pageSize(const QVariantMap& p, int defaultLimit, int maxLimit) const
{
    bool ok = false;
    int limit = str(p, "limit").toInt(&ok);
    if (!ok || limit <= 0)
        limit = defaultLimit;
    limit = std::min(limit, maxLimit);
    if (m_state.pageSizeCap > 0)
        limit = std::min(limit, m_state.pageSizeCap);
    return std::max(limit, 1);
}

QJsonObject FakeSlackApi::call(const QString& method, const QVariantMap& p)
{
    if (method == QLatin1String("auth.test"))
        return authTest();
    if (method == QLatin1String("conversations.list"))
        return conversationsList(p);
    if (method == QLatin1String("conversations.history"))
        return conversationsHistory(p);
    if (method == QLatin1String("conversations.replies"))
        return conversationsReplies(p);
    if (method == QLatin1String("conversations.join"))
        return conversationsJoin(p);
    if (method == QLatin1String("users.info"))
        return usersInfo(p);
    if (method == QLatin1String("users.list"))
        return usersList(p);
    if (method == QLatin1String("reactions.add"))
        return reaction(p, true);
    if (method == QLatin1String("reactions.remove"))
        return reaction(p, false);
    if (method == QLatin1String("chat.postMessage"))
        return chatPostMessage(p);
    if (method == QLatin1String("chat.getPermalink"))
        return chatGetPermalink(p);
    if (method == QLatin1String("apps.connections.open"))
        return appsConnectionsOpen();
    return error(QStringLiteral("unknown_method"));
}

QJsonObject FakeSlackApi::authTest()
{
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("url"), m_state.teamUrl},
                       {QStringLiteral("team"), m_state.teamName},
                       {QStringLiteral("user"), m_state.botName},
                       {QStringLiteral("team_id"), m_state.teamId},
                       {QStringLiteral("user_id"), m_state.botUserId},
                       {QStringLiteral("bot_id"), m_state.botId},
                       {QStringLiteral("is_enterprise_install"), false}};
}

QJsonObject FakeSlackApi::conversationsList(const QVariantMap& p)
{
    QString typesParam = str(p, "types");
    if (typesParam.isEmpty())
        typesParam = QStringLiteral("public_channel");
    QStringList types;
    for (const QString& t : typesParam.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString type = t.trimmed();
        QString scope;
        if (type == QLatin1String("public_channel"))
            scope = QStringLiteral("channels:read");
        else if (type == QLatin1String("private_channel"))
            scope = QStringLiteral("groups:read");
        else if (type == QLatin1String("mpim"))
            scope = QStringLiteral("mpim:read");
        else if (type == QLatin1String("im"))
            scope = QStringLiteral("im:read");
        else
            return error(QStringLiteral("invalid_types"));
        if (!hasScope(scope))
            return missingScope(scope);
        types.append(type);
    }
    if (!str(p, "limit").isEmpty()) {
        bool ok = false;
        const int limit = str(p, "limit").toInt(&ok);
        if (!ok || limit < 0 || limit >= 1000) // "must be an integer under 1000"
            return error(QStringLiteral("invalid_limit"));
    }
    const int size = pageSize(p, 100, 999);
    const bool excludeArchived = flag(p, "exclude_archived");
    QList<const FakeChannel*> visible;
    for (const FakeChannel& c : std::as_const(m_state.channels)) {
        const bool typeOk = types.contains(c.isPrivate ? QStringLiteral("private_channel")
                                                       : QStringLiteral("public_channel"));
        // §2: private channels are listed only if the bot is a member.
        if (typeOk && !(excludeArchived && c.archived) && (!c.isPrivate || c.botIsMember))
            visible.append(&c);
    }
    qsizetype start = 0;
    if (const QString cursor = str(p, "cursor"); !cursor.isEmpty()) {
        QString id;
        if (!decodeCursor(cursor, QStringLiteral("channel"), &id))
            return error(QStringLiteral("invalid_cursor"));
        start = -1;
        for (qsizetype i = 0; i < visible.size(); ++i) {
            if (visible.at(i)->id == id)
                start = i;
        }
        if (start < 0)
            return error(QStringLiteral("invalid_cursor"));
    }
    QJsonArray channels;
    qsizetype i = start;
    for (; i < visible.size() && channels.size() < size; ++i)
        channels.append(m_state.channelJson(*visible.at(i)));
    const QString next =
        i < visible.size() ? encodeCursor(QStringLiteral("channel"), visible.at(i)->id) : QString();
    return page(QJsonObject{{QStringLiteral("channels"), channels}}, next);
}

FakeChannel* FakeSlackApi::readableChannel(const QVariantMap& p, QJsonObject* err)
{
    FakeChannel* c = m_state.channel(str(p, "channel"));
    if (!c || (c->isPrivate && !c->botIsMember)) {
        *err = error(QStringLiteral("channel_not_found"));
        return nullptr;
    }
    const QString scope =
        c->isPrivate ? QStringLiteral("groups:history") : QStringLiteral("channels:history");
    if (!hasScope(scope)) {
        *err = missingScope(scope);
        return nullptr;
    }
    if (!c->botIsMember) { // §2: a bot token reads only conversations it is a member of
        *err = error(QStringLiteral("not_in_channel"));
        return nullptr;
    }
    return c;
}

QJsonObject FakeSlackApi::conversationsHistory(const QVariantMap& p)
{
    QJsonObject err;
    const FakeChannel* c = readableChannel(p, &err);
    if (!c)
        return err;
    TsKey oldest = 0;
    TsKey latest = std::numeric_limits<TsKey>::max();
    if (!str(p, "oldest").isEmpty() && !parseTs(str(p, "oldest"), &oldest))
        return error(QStringLiteral("invalid_ts_oldest"));
    if (!str(p, "latest").isEmpty() && !parseTs(str(p, "latest"), &latest))
        return error(QStringLiteral("invalid_ts_latest"));
    const bool inclusive = flag(p, "inclusive"); // §3: bounds are exclusive unless inclusive
    TsKey upper = latest;                        // a cursor continues below the last page
    bool upperInclusive = inclusive;
    if (const QString cursor = str(p, "cursor"); !cursor.isEmpty()) {
        QString value;
        if (!decodeCursor(cursor, QStringLiteral("next_ts"), &value) || !parseTs(value, &upper))
            return error(QStringLiteral("invalid_cursor"));
        upperInclusive = true;
    }
    const int size = pageSize(p, 100, 999);
    QJsonArray messages;
    QString next;
    // §3: newest first; §9: only top-level messages and thread broadcasts.
    for (auto it = c->messages.rbegin(); it != c->messages.rend(); ++it) {
        const TsKey key = it->first;
        if (key > upper || (key == upper && !upperInclusive))
            continue;
        if (key < oldest || (key == oldest && !inclusive))
            break;
        if (!FakeSlackState::inHistory(it->second))
            continue;
        if (messages.size() == size) {
            next = encodeCursor(QStringLiteral("next_ts"), tsString(key));
            break;
        }
        messages.append(it->second);
    }
    QJsonObject body{{QStringLiteral("messages"), messages},
                     {QStringLiteral("has_more"), !next.isEmpty()},
                     {QStringLiteral("pin_count"), 0},
                     {QStringLiteral("channel_actions_ts"), QJsonValue::Null},
                     {QStringLiteral("channel_actions_count"), 0}};
    if (!str(p, "latest").isEmpty())
        body.insert(QStringLiteral("latest"), str(p, "latest")); // §2: echoed when passed
    return page(body, next);
}

QJsonObject FakeSlackApi::conversationsReplies(const QVariantMap& p)
{
    QJsonObject err;
    const FakeChannel* c = readableChannel(p, &err);
    if (!c)
        return err;
    TsKey named = 0;
    const TsKey root = parseTs(str(p, "ts"), &named) ? FakeSlackState::threadRoot(*c, named) : -1;
    if (root < 0)
        return error(QStringLiteral("thread_not_found"));
    TsKey oldest = 0;
    TsKey latest = std::numeric_limits<TsKey>::max();
    if (!str(p, "oldest").isEmpty() && !parseTs(str(p, "oldest"), &oldest))
        return error(QStringLiteral("invalid_ts_oldest"));
    if (!str(p, "latest").isEmpty() && !parseTs(str(p, "latest"), &latest))
        return error(QStringLiteral("invalid_ts_latest"));
    const bool inclusive = flag(p, "inclusive");
    TsKey lower = oldest;
    bool lowerInclusive = inclusive;
    if (const QString cursor = str(p, "cursor"); !cursor.isEmpty()) {
        QString value;
        if (!decodeCursor(cursor, QStringLiteral("next_ts"), &value) || !parseTs(value, &lower))
            return error(QStringLiteral("invalid_cursor"));
        lowerInclusive = true;
    }
    // Every page starts with the parent (§2: "the parent first, then the replies").
    const int size = std::max(1, pageSize(p, 1000, 1000) - 1);
    const QString rootTs = tsString(root);
    QJsonArray messages{c->messages.at(root)};
    int replies = 0;
    QString next;
    for (auto it = c->messages.upper_bound(root); it != c->messages.end(); ++it) {
        const TsKey key = it->first;
        if (!FakeSlackState::isReply(it->second) ||
            it->second.value(QStringLiteral("thread_ts")).toString() != rootTs)
            continue;
        if (key < lower || (key == lower && !lowerInclusive))
            continue;
        if (key > latest || (key == latest && !inclusive))
            break;
        if (replies == size) {
            next = encodeCursor(QStringLiteral("next_ts"), tsString(key));
            break;
        }
        messages.append(it->second);
        ++replies;
    }
    return page(QJsonObject{{QStringLiteral("messages"), messages},
                            {QStringLiteral("has_more"), !next.isEmpty()}},
                next);
}

QJsonObject FakeSlackApi::conversationsJoin(const QVariantMap& p)
{
    if (!hasScope(QStringLiteral("channels:join")))
        return missingScope(QStringLiteral("channels:join"));
    FakeChannel* c = m_state.channel(str(p, "channel"));
    if (!c || (c->isPrivate && !c->botIsMember))
        return error(QStringLiteral("channel_not_found"));
    if (c->isPrivate)
        return error(QStringLiteral("method_not_supported_for_channel_type"));
    if (c->archived)
        return error(QStringLiteral("is_archived"));
    QJsonObject body{{QStringLiteral("ok"), true}};
    if (c->botIsMember)
        body.insert(QStringLiteral("warning"), QStringLiteral("already_in_channel"));
    c->botIsMember = true;
    body.insert(QStringLiteral("channel"), m_state.channelJson(*c));
    return body;
}

QJsonObject FakeSlackApi::usersInfo(const QVariantMap& p)
{
    if (!hasScope(QStringLiteral("users:read")))
        return missingScope(QStringLiteral("users:read"));
    const QJsonObject user = m_state.user(str(p, "user"));
    if (user.isEmpty())
        return error(QStringLiteral("user_not_found"));
    return QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("user"), user}};
}

QJsonObject FakeSlackApi::usersList(const QVariantMap& p)
{
    if (!hasScope(QStringLiteral("users:read")))
        return missingScope(QStringLiteral("users:read"));
    QList<QJsonObject> all = m_state.users;
    const bool botListed = std::any_of(all.cbegin(), all.cend(), [this](const QJsonObject& u) {
        return u.value(QStringLiteral("id")).toString() == m_state.botUserId;
    });
    if (!botListed)
        all.append(m_state.botUser());
    qsizetype start = 0;
    if (const QString cursor = str(p, "cursor"); !cursor.isEmpty()) {
        QString id;
        if (!decodeCursor(cursor, QStringLiteral("user"), &id))
            return error(QStringLiteral("invalid_cursor"));
        start = -1;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i).value(QStringLiteral("id")).toString() == id)
                start = i;
        }
        if (start < 0)
            return error(QStringLiteral("invalid_cursor"));
    }
    const int size = pageSize(p, 1000, 1000);
    QJsonArray members;
    qsizetype i = start;
    for (; i < all.size() && members.size() < size; ++i)
        members.append(all.at(i));
    const QString next =
        i < all.size()
            ? encodeCursor(QStringLiteral("user"), all.at(i).value(QStringLiteral("id")).toString())
            : QString();
    return page(QJsonObject{{QStringLiteral("members"), members},
                            {QStringLiteral("cache_ts"), QDateTime::currentSecsSinceEpoch()}},
                next);
}

QJsonObject FakeSlackApi::reaction(const QVariantMap& p, bool add)
{
    if (!hasScope(QStringLiteral("reactions:write")))
        return missingScope(QStringLiteral("reactions:write"));
    if (str(p, "channel").isEmpty() || str(p, "timestamp").isEmpty())
        return error(QStringLiteral("no_item_specified"));
    FakeChannel* c = m_state.channel(str(p, "channel"));
    if (!c || (c->isPrivate && !c->botIsMember))
        return error(QStringLiteral("channel_not_found"));
    if (c->archived)
        return error(QStringLiteral("is_archived"));
    const QString name = str(p, "name");
    if (name.isEmpty() || name.contains(QLatin1Char(':')) || name.contains(QLatin1Char(' ')))
        return error(QStringLiteral("invalid_name"));
    TsKey key = 0;
    if (!parseTs(str(p, "timestamp"), &key) || !c->messages.count(key))
        return error(QStringLiteral("message_not_found"));
    QJsonObject& message = c->messages.at(key);
    QJsonArray reactions = message.value(QStringLiteral("reactions")).toArray();
    qsizetype index = -1;
    for (qsizetype i = 0; i < reactions.size(); ++i) {
        if (reactions.at(i).toObject().value(QStringLiteral("name")).toString() == name)
            index = i;
    }
    QJsonObject r =
        index >= 0 ? reactions.at(index).toObject() : QJsonObject{{QStringLiteral("name"), name}};
    QJsonArray users = r.value(QStringLiteral("users")).toArray();
    const bool mine = users.contains(m_state.botUserId);
    if (add && mine)
        return error(QStringLiteral("already_reacted"));
    if (!add && !mine)
        return error(QStringLiteral("no_reaction"));
    if (add) {
        users.append(m_state.botUserId);
    } else {
        for (qsizetype i = users.size() - 1; i >= 0; --i) {
            if (users.at(i).toString() == m_state.botUserId)
                users.removeAt(i);
        }
    }
    r.insert(QStringLiteral("users"), users);
    r.insert(QStringLiteral("count"), users.size());
    if (index >= 0 && users.isEmpty())
        reactions.removeAt(index);
    else if (index >= 0)
        reactions.replace(index, r);
    else
        reactions.append(r);
    if (reactions.isEmpty())
        message.remove(QStringLiteral("reactions"));
    else
        message.insert(QStringLiteral("reactions"), reactions);
    return QJsonObject{{QStringLiteral("ok"), true}};
}

QJsonObject FakeSlackApi::chatPostMessage(const QVariantMap& p)
{
    if (!hasScope(QStringLiteral("chat:write")))
        return missingScope(QStringLiteral("chat:write"));
    FakeChannel* c = m_state.channelByIdOrName(str(p, "channel")); // §2: ID or name
    if (!c || (c->isPrivate && !c->botIsMember))
        return error(QStringLiteral("channel_not_found"));
    if (c->archived)
        return error(QStringLiteral("is_archived"));
    if (!c->botIsMember && !hasScope(QStringLiteral("chat:write.public")))
        return error(QStringLiteral("not_in_channel"));
    QJsonArray attachments;
    QJsonArray blocks;
    if (!jsonArray(p, "attachments", &attachments))
        return error(QStringLiteral("invalid_attachments"));
    if (!jsonArray(p, "blocks", &blocks))
        return error(QStringLiteral("invalid_blocks"));
    if (attachments.size() > 100)
        return error(QStringLiteral("too_many_attachments"));
    const QString text = str(p, "text");
    if (text.isEmpty() && attachments.isEmpty() && blocks.isEmpty())
        return error(QStringLiteral("no_text"));

    // §9: stored attachments get "id":1,2,… and hex colours come back without '#'.
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        QJsonObject a = attachments.at(i).toObject();
        a.insert(QStringLiteral("id"), int(i + 1));
        const QString color = a.value(QStringLiteral("color")).toString();
        if (color.startsWith(QLatin1Char('#')))
            a.insert(QStringLiteral("color"), color.mid(1));
        attachments.replace(i, a);
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject message{
        {QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("subtype"), QStringLiteral("bot_message")},
        {QStringLiteral("text"), text},
        {QStringLiteral("user"), m_state.botUserId},
        {QStringLiteral("bot_id"), m_state.botId},
        {QStringLiteral("app_id"), m_state.appId},
        {QStringLiteral("team"), m_state.teamId},
        {QStringLiteral("bot_profile"), QJsonObject{{QStringLiteral("id"), m_state.botId},
                                                    {QStringLiteral("name"), m_state.botName},
                                                    {QStringLiteral("app_id"), m_state.appId},
                                                    {QStringLiteral("team_id"), m_state.teamId},
                                                    {QStringLiteral("deleted"), false},
                                                    {QStringLiteral("updated"), now},
                                                    {QStringLiteral("icons"), QJsonObject()}}},
        {QStringLiteral("ts"), m_state.nextTs()}};
    if (!attachments.isEmpty())
        message.insert(QStringLiteral("attachments"), attachments);
    if (!blocks.isEmpty())
        message.insert(QStringLiteral("blocks"), blocks);
    if (const QString threadTs = str(p, "thread_ts"); !threadTs.isEmpty()) {
        message.insert(QStringLiteral("thread_ts"), threadTs);
        if (flag(p, "reply_broadcast"))
            message.insert(QStringLiteral("subtype"), QStringLiteral("thread_broadcast"));
    }
    const QJsonObject stored = m_state.store(*c, message);
    m_slack.pushMessageEvent(c->id, stored);
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("channel"), c->id},
                       {QStringLiteral("ts"), stored.value(QStringLiteral("ts"))},
                       {QStringLiteral("message"), stored}};
}

QJsonObject FakeSlackApi::chatGetPermalink(const QVariantMap& p)
{
    const FakeChannel* c = m_state.channel(str(p, "channel"));
    if (!c || (c->isPrivate && !c->botIsMember))
        return error(QStringLiteral("channel_not_found"));
    TsKey key = 0;
    if (!parseTs(str(p, "message_ts"), &key) || !c->messages.count(key))
        return error(QStringLiteral("message_not_found"));
    const QJsonObject& m = c->messages.at(key);
    const QString ts = m.value(QStringLiteral("ts")).toString();
    QString base = m_state.teamUrl;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    QString link = base + QStringLiteral("archives/") + c->id + QStringLiteral("/p") +
                   QString(ts).remove(QLatin1Char('.'));
    if (FakeSlackState::isReply(m)) // §2: a reply's link names its thread and channel
        link += QStringLiteral("?thread_ts=") + m.value(QStringLiteral("thread_ts")).toString() +
                QStringLiteral("&cid=") + c->id;
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("channel"), c->id},
                       {QStringLiteral("permalink"), link}};
}

QJsonObject FakeSlackApi::appsConnectionsOpen()
{
    ++m_state.connectionsOpened;
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("url"), m_slack.m_socket->issueUrl()}};
}

} // namespace shiftdesk::fake
