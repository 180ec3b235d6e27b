#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace shiftdesk {

struct AlarmLink
{
    QString kind; // runbook|query|dashboard|silence|other
    QString label;
    QString url;
};

struct ParsedAlert // one alert inside a (possibly grouped) Alertmanager post
{
    QString summary;               // the "*Alert:*" text (mrkdwn, as received; lines joined)
    QMap<QString, QString> labels; // from " - *label:* `value`" lines (entities decoded)
};

struct ParsedAlarm
{
    enum class Kind { Alertmanager, AlertmanagerDefault, Other };
    enum class Status { Firing, Resolved, Unknown };
    Kind kind = Kind::Other;
    Status status = Status::Unknown;
    int count = 0;     // N in [FIRING:N]; 0 when absent
    QString alertName; // e.g. "Node-Disk-Space-Low"
    QString severity;  // from labels (critical, warning, info-x, ...); may be empty
    QString title;     // attachment title or first line, plain
    QString titleLink;
    QString text;   // the Slack mrkdwn text (attachment text or message text), as received
    QString colour; // normalised "#rrggbb" (good, warning, danger named too), or empty
    QList<ParsedAlert> alerts;
    QList<AlarmLink> links; // buttons (empty urls dropped) and title_link
    QString footer;
    QString channelId;  // copied from the caller
    QString ts;         // message ts
    QString userId;     // "user" if any
    QString botId;      // "bot_id" if any
    QString senderName; // username / bot profile name if present
    QString threadTs;
    int replyCount = 0;
    QList<QPair<QString, QStringList>> reactions; // name -> user ids
};

// Reads one Slack message from an alarm channel.
//
// Recognised:
// - The team's Alertmanager template (Kind::Alertmanager): "[FIRING:N] <emoji> Name" or
//   "[RESOLVED] :white_check_mark: Name" (the emoji optional, as a :shortcode: or Unicode),
//   then per alert "*Alert:* ...", "*Details:*", " - *label:* `value`" lines (indentation
//   trimmed) and a "*-----*" separator; several alerts in one post give several ParsedAlerts.
// - Alertmanager's upstream default template (Kind::AlertmanagerDefault):
//   "[FIRING:2] KubePodCrashLooping kube-state-metrics (my-ns warning)", usually empty text.
//   The first word is the alert name; a severity word in the brackets is taken as severity.
// - The alarm may be in the first attachment (title/text/actions/footer/color), in `blocks`
//   (header/section/context/actions/rich_text) or in the top-level `text`.
// - Other senders stay Kind::Other with what can be read filled in: OpenSearch monitors
//   ("Monitor X just entered alert status", severity from "- Severity:"), PagerDuty posts
//   (incident link; "urgency:"/triggered = firing, 🟢/resolved = resolved) and CloudWatch
//   alarms ("ALARM:" firing, "OK:" resolved). Plain bot and human messages keep their text.
// Severity comes from the "severity" label; only without one does the title emoji decide
// (fire -> critical, warning -> warning, information_source -> info).
// A "message_changed" event is read as the new version of the message it carries.
class AlertParser
{
public:
    // A message object exactly as conversations.history / Socket Mode events deliver it.
    // Never throws or asserts on missing/odd fields: anything unrecognised becomes Kind::Other
    // with the text kept. channelId is stored in the result.
    static ParsedAlarm parse(const QJsonObject& message, const QString& channelId);
    // "1712345678.000200" -> UTC QDateTime (ms precision); invalid for bad input.
    static QDateTime tsToDateTime(const QString& ts);
    // Compare two Slack ts strings numerically (as a pair of integers): <0, 0, >0. The
    // fraction is read as decimal digits, which for Slack's fixed six digits is the same as
    // comparing the integers ("1.5" == "1.500000"). Malformed strings sort before well-formed
    // ones (and among themselves as strings), so the order is total and fit for sorting.
    static int compareTs(const QString& a, const QString& b);
    // "danger", "good", "warning", "#A30200", "a30200", "#fa0" -> "#rrggbb"; empty if not a
    // colour.
    static QString normaliseColour(const QString& colour);
};

} // namespace shiftdesk
