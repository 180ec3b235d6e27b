// packaging/slack-app-manifest.yml asks for exactly the bot scopes and events the app needs:
// the scopes follow from the Slack Web API methods the code calls and the Socket Mode events
// it handles (tables below, from docs.slack.dev/reference/methods/<method> and
// docs.slack.dev/reference/events/<event>). The code is scanned
// for method names, so a new call without its scope, or a scope left behind by a call that
// went away, fails here.

#include "slack/SlackConfig.h"

#include <yaml-cpp/yaml.h>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <initializer_list>
#include <string>

using namespace shiftdesk;

namespace {

struct Need
{
    QString name;        // Web API method, or event subscription
    QStringList scopes;  // bot scopes it needs (empty: none)
    const char* because; // where Shiftdesk uses it
};

// Every Web API method the app calls, with the bot scopes that call needs.
const QList<Need>& methods()
{
    static const QList<Need> table{
        {QStringLiteral("auth.test"), {}, "token check, who the app is"},
        // types=public_channel,private_channel (channel name -> id)
        {QStringLiteral("conversations.list"),
         {QStringLiteral("channels:read"), QStringLiteral("groups:read")},
         "alarm, support, announcement and handover channels by name"},
        // public and private channels; im:history for the app's direct message with on-call,
        // read to check a direct-message handover whose answer from Slack was lost
        {QStringLiteral("conversations.history"),
         {QStringLiteral("channels:history"), QStringLiteral("groups:history"),
          QStringLiteral("im:history")},
         "alarm feed, support queue, overnight view, lost-answer checks"},
        {QStringLiteral("conversations.replies"),
         {QStringLiteral("channels:history"), QStringLiteral("groups:history")},
         "support threads, announcement update threads"},
        // to a channel the app was invited to, or to a user id (direct-message handover)
        {QStringLiteral("chat.postMessage"),
         {QStringLiteral("chat:write")},
         "announcements, updates, ticket links, handovers"},
        {QStringLiteral("chat.getPermalink"), {}, "links to posted and quoted messages"},
        {QStringLiteral("reactions.add"),
         {QStringLiteral("reactions:write")},
         "acknowledging an alarm, claiming a request (eyes)"},
        {QStringLiteral("reactions.remove"), {QStringLiteral("reactions:write")}, "unclaiming"},
        {QStringLiteral("users.info"), {QStringLiteral("users:read")}, "names for <@U...>"},
        {QStringLiteral("users.list"), {QStringLiteral("users:read")}, "choosing the on-call"},
        {QStringLiteral("usergroups.users.list"),
         {QStringLiteral("usergroups:read")},
         "the support team as a user group"},
        // the app-level token (xapp-) with connections:write, which a manifest does not hold
        {QStringLiteral("apps.connections.open"), {}, "Socket Mode"},
    };
    return table;
}

// Every event subscription, with the bot scope it needs. Socket Mode delivers message events
// (type "message") from public and private channels, and reaction events for teammates' eyes.
const QList<Need>& events()
{
    static const QList<Need> table{
        {QStringLiteral("message.channels"),
         {QStringLiteral("channels:history")},
         "live alarm feed and support queue in public channels"},
        {QStringLiteral("message.groups"),
         {QStringLiteral("groups:history")},
         "the same in private channels"},
        {QStringLiteral("reaction_added"), {QStringLiteral("reactions:read")}, "teammates' eyes"},
        {QStringLiteral("reaction_removed"), {QStringLiteral("reactions:read")}, "eyes taken off"},
    };
    return table;
}

QString manifestPath()
{
    return QStringLiteral(SHIFTDESK_SOURCE_DIR "/packaging/slack-app-manifest.yml");
}

// root[k1][k2]..., or an undefined node if a key is missing. (Walks with reset(): assigning
// one YAML::Node to another would overwrite the node it refers to.)
YAML::Node at(const YAML::Node& root, std::initializer_list<const char*> path)
{
    YAML::Node node = root;
    for (const char* key : path) {
        if (!node.IsMap())
            return YAML::Node(YAML::NodeType::Undefined);
        const YAML::Node& map = node;
        const YAML::Node next = map[key];
        if (!next)
            return YAML::Node(YAML::NodeType::Undefined);
        node.reset(next);
    }
    return node;
}

QStringList stringList(const YAML::Node& node)
{
    QStringList out;
    if (!node || !node.IsSequence())
        return out;
    for (const YAML::Node& item : node)
        out << QString::fromStdString(item.as<std::string>());
    return out;
}

QSet<QString> toSet(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QString sorted(const QSet<QString>& set)
{
    QStringList list = set.values();
    list.sort();
    return list.join(QStringLiteral(", "));
}

// Slack method names written as string literals anywhere in app/ and ui/.
QSet<QString> methodsInCode()
{
    static const QRegularExpression re(QStringLiteral(
        "\"((?:apps|auth|bots|chat|conversations|dnd|emoji|files|pins|reactions|reminders|"
        "search|stars|team|usergroups|users|views)\\.[a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)*)\""));
    QSet<QString> out;
    for (const QString& dir : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(QStringLiteral(SHIFTDESK_SOURCE_DIR "/") + dir,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = re.globalMatch(text); m.hasNext();)
                out.insert(m.next().captured(1));
        }
    }
    return out;
}

} // namespace

class TestSlackManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void socketModeWithoutRequestUrls();
    void botScopesAreExactlyWhatTheAppNeeds();
    void botEventsAreTheOnesTheAppHandles();
    void everyMethodInTheCodeIsAccountedFor();
    void scopesTheAppChecksForAreGranted();
    void noUserScopes();

private:
    YAML::Node m_manifest;
};

void TestSlackManifest::initTestCase()
{
    try {
        m_manifest = YAML::LoadFile(manifestPath().toStdString());
    } catch (const YAML::Exception& e) {
        QFAIL(qPrintable(manifestPath() + QStringLiteral(": ") + QString::fromUtf8(e.what())));
    }
    QVERIFY(m_manifest.IsMap());
    QVERIFY(at(m_manifest, {"display_information", "name"}).IsScalar());
    QVERIFY(at(m_manifest, {"features", "bot_user", "display_name"}).IsScalar());
}

void TestSlackManifest::socketModeWithoutRequestUrls()
{
    QCOMPARE(at(m_manifest, {"settings", "socket_mode_enabled"}).as<bool>(false), true);
    QCOMPARE(at(m_manifest, {"settings", "org_deploy_enabled"}).as<bool>(true), false);
    QCOMPARE(at(m_manifest, {"settings", "token_rotation_enabled"}).as<bool>(true), false);
    // Events come over the socket, not to an HTTP endpoint; nothing interactive is used.
    QVERIFY(!at(m_manifest, {"settings", "event_subscriptions", "request_url"}));
    QCOMPARE(at(m_manifest, {"settings", "interactivity", "is_enabled"}).as<bool>(false), false);
    QVERIFY(!at(m_manifest, {"features", "slash_commands"}));
    QVERIFY(!at(m_manifest, {"features", "shortcuts"}));
}

void TestSlackManifest::botScopesAreExactlyWhatTheAppNeeds()
{
    QSet<QString> needed;
    for (const Need& n : methods() + events())
        needed += toSet(n.scopes);
    const QStringList listed = stringList(at(m_manifest, {"oauth_config", "scopes", "bot"}));
    const QSet<QString> granted = toSet(listed);
    QCOMPARE(listed.size(), granted.size()); // no scope twice
    QVERIFY2((needed - granted).isEmpty(),
             qPrintable(QStringLiteral("missing bot scopes: ") + sorted(needed - granted)));
    QVERIFY2((granted - needed).isEmpty(),
             qPrintable(QStringLiteral("bot scopes nothing uses: ") + sorted(granted - needed)));
}

void TestSlackManifest::botEventsAreTheOnesTheAppHandles()
{
    QSet<QString> handled;
    for (const Need& n : events())
        handled.insert(n.name);
    const QSet<QString> subscribed =
        toSet(stringList(at(m_manifest, {"settings", "event_subscriptions", "bot_events"})));
    QVERIFY2((handled - subscribed).isEmpty(),
             qPrintable(QStringLiteral("events not subscribed: ") + sorted(handled - subscribed)));
    QVERIFY2((subscribed - handled).isEmpty(),
             qPrintable(QStringLiteral("events nothing handles: ") + sorted(subscribed - handled)));
    // The event types the Socket Mode handlers look at (AlarmFeed, SupportFeed).
    const QSet<QString> inCode = [] {
        QSet<QString> out;
        for (const QString& file : {QStringLiteral("app/alarms/AlarmFeedIngest.cpp"),
                                    QStringLiteral("app/support/SupportFeed.cpp")}) {
            QFile f(QStringLiteral(SHIFTDESK_SOURCE_DIR "/") + file);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(f.fileName()));
            const QString text = QString::fromUtf8(f.readAll());
            for (const QString& type : {QStringLiteral("message"), QStringLiteral("reaction_added"),
                                        QStringLiteral("reaction_removed")}) {
                if (text.contains(QString(QLatin1String("QLatin1String(\"") + type + u'"')))
                    out.insert(type);
            }
        }
        return out;
    }();
    QCOMPARE(sorted(inCode), QStringLiteral("message, reaction_added, reaction_removed"));
}

void TestSlackManifest::everyMethodInTheCodeIsAccountedFor()
{
    for (const Need& n : methods() + events())
        QVERIFY2(qstrlen(n.because) > 0, qPrintable(n.name + QStringLiteral(": say why")));
    QSet<QString> known;
    for (const Need& n : methods())
        known.insert(n.name);
    const QSet<QString> called = methodsInCode();
    QVERIFY2((called - known).isEmpty(),
             qPrintable(QStringLiteral("methods called without a scope entry here (add them, "
                                       "and their scopes to the manifest): ") +
                        sorted(called - known)));
    QVERIFY2((known - called).isEmpty(),
             qPrintable(QStringLiteral("methods no longer called (drop them and any scope only "
                                       "they needed): ") +
                        sorted(known - called)));
}

void TestSlackManifest::scopesTheAppChecksForAreGranted()
{
    // Settings → Slack → Test connection names these as missing; the manifest must grant them.
    const QSet<QString> granted =
        toSet(stringList(at(m_manifest, {"oauth_config", "scopes", "bot"})));
    const QSet<QString> required = toSet(SlackConfig::requiredScopes());
    QVERIFY2((required - granted).isEmpty(), qPrintable(sorted(required - granted)));
}

void TestSlackManifest::noUserScopes()
{
    // Everything works with the bot token; a user token is optional (claims in one's own name).
    QVERIFY(!at(m_manifest, {"oauth_config", "scopes", "user"}));
    QVERIFY(!at(m_manifest, {"oauth_config", "redirect_urls"}));
}

QTEST_GUILESS_MAIN(TestSlackManifest)
#include "tst_slackmanifest.moc"
