#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace shiftdesk {

// How names and dates in a message are shown. Every member is optional.
struct MrkdwnContext
{
    std::function<QString(const QString& userId)> userName;         // may be empty -> raw id
    std::function<QString(const QString& channelId)> channelName;   // may be empty
    std::function<QString(const QString& subteamId)> userGroupName; // may be empty
    QTimeZone timeZone = QTimeZone::systemTimeZone();               // for <!date^...>
    bool clock24 = false; // {time} as "14:39" instead of Slack's "2:39 PM"
    QDateTime now;        // "today"/"yesterday" in {date_pretty}; invalid -> the current time
    bool dark = false;    // mentions coloured for a dark background
};

// Slack "mrkdwn" (the formatting of message text as the Web API returns it) to Qt rich text or
// plain text, and typed text to Slack's wire format.
//
// The rules are Slack's (docs/reference: slack-github-api.md §8), with the word-boundary rules
// of pocka/slack-message-parser, which were checked against Slack itself:
// - *bold* _italic_ ~strike~ need a boundary before the opening mark (start of text,
//   whitespace or . , ( [ { ! ? - =), content that neither starts nor ends with whitespace and
//   holds no newline and no mark of its own kind, and a boundary after the closing mark. So
//   "a*b*c" and "**x**" stay literal, with their asterisks. Marks nest: "*_x_*" is bold italic.
// - `code` and ```pre``` show their content as it is (only the three entities decoded).
// - "&gt;" (or ">") at the start of a line quotes the line; "&gt;&gt;&gt;" quotes the rest of
//   the message. Consecutive quoted lines form one quote.
// - <...> sequences are parsed before the entities &amp; &lt; &gt; are decoded; no other entity
//   is decoded, and a backslash escapes nothing.
// - :shortcode: and :shortcode::skin-tone-N: become Unicode (EmojiTable); unknown (custom)
//   emoji stay as text.
//
// The parser makes one pass over the text (nested marks re-read only their own content), so the
// time grows linearly with the length; a live preview can re-render on every keystroke.
class Mrkdwn
{
public:
    // Slack text AS RECEIVED from the API (only &amp; &lt; &gt; escaped) -> Qt rich-text HTML
    // using <b>, <i>, <s>, <code>, <pre>, <blockquote>, <a href>, <br> and styled <span>s.
    // Every piece of message text is HTML-escaped. Mentions show as "@Name" / "#channel" /
    // "@here" (styled; users and channels link to "slack-user:U123" / "slack-channel:C123");
    // links become <a href> only for http, https and mailto (anything else shows as the text
    // it was); dates from <!date^...> are formatted in ctx.timeZone, else the fallback text;
    // unknown <!foo> shows as "<foo>", <!foo|label> as "<label>". Show the result with
    // Qt::RichText set explicitly: plain-looking results carry entities such as "&amp;".
    static QString toHtml(const QString& slackText, const MrkdwnContext& ctx = {});
    // The same, as plain text (for notifications, accessibility, search): no marks, quotes
    // without their markers, links as their label, entities decoded.
    static QString toPlainText(const QString& slackText, const MrkdwnContext& ctx = {});
    // Text a user typed (raw) -> Slack wire text: escapes only & < > (in that order), leaving
    // <@U..>, <#C..>, <!here>, <!channel>, <!everyone>, <!subteam^..>, <!date^..> and
    // <http(s)/mailto..|..> sequences the user typed intact when they are well-formed (an '&'
    // inside them is still escaped, as Slack expects).
    static QString escapeForSlack(const QString& typed);
};

} // namespace shiftdesk
