#pragma once

// The Web API methods of the fake Slack (§2, §3, §9): one function per method, run after the
// HTTP front (FakeSlack.cpp) has parsed the call and checked the token.

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace shiftdesk::fake {

class FakeSlack;
class FakeSlackState;
struct FakeChannel;

class FakeSlackApi
{
public:
    explicit FakeSlackApi(FakeSlack& slack);

    static bool isKnownMethod(const QString& method);
    // §1: REF's "json_input_supported" methods. JSON bodies sent to other methods are ignored.
    static bool acceptsJson(const QString& method);
    // What x-accepted-oauth-scopes says for the method (§2 table).
    static QStringList acceptedScopes(const QString& method);

    // Runs `method` for the bot token (or the app token for apps.connections.open).
    QJsonObject call(const QString& method, const QVariantMap& params);

    static QJsonObject error(const QString& code);
    QJsonObject missingScope(const QString& needed) const;

private:
    QJsonObject authTest();
    QJsonObject conversationsList(const QVariantMap& p);
    QJsonObject conversationsHistory(const QVariantMap& p);
    QJsonObject conversationsReplies(const QVariantMap& p);
    QJsonObject conversationsJoin(const QVariantMap& p);
    QJsonObject usersInfo(const QVariantMap& p);
    QJsonObject usersList(const QVariantMap& p);
    QJsonObject reaction(const QVariantMap& p, bool add);
    QJsonObject chatPostMessage(const QVariantMap& p);
    QJsonObject chatGetPermalink(const QVariantMap& p);
    QJsonObject appsConnectionsOpen();

    // The channel a read needs (§2, §4): channel_not_found (also for a private channel the bot
    // is not in), missing_scope (channels:history / groups:history), not_in_channel.
    FakeChannel* readableChannel(const QVariantMap& p, QJsonObject* error);
    bool hasScope(const QString& scope) const;
    int pageSize(const QVariantMap& p, int defaultLimit, int maxLimit) const;

    FakeSlack& m_slack;
    FakeSlackState& m_state;
};

} // namespace shiftdesk::fake
