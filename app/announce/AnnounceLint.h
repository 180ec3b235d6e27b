#pragma once

#include "AnnounceTemplate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace shiftdesk {

struct LintIssue
{
    enum class Kind {
        MassMention,     // @here / @channel / @everyone (typed or <!here>): confirm it is needed
        LiteralMarkdown, // **bold**, __bold__, ~~strike~~, [text](url), # heading: Slack shows it
        NoUpdateTime,    // an announcement or update that commits to no next-update time
        UpdateTimePast,  // a committed update time that has already passed
        TooLong,         // over Slack's 40,000-character limit: Slack truncates it (error)
        Long,            // over 4,000 characters: Slack advises keeping text below this
        Empty,           // nothing to post (error)
    };
    enum class Severity { Warning, Error };

    Kind kind = Kind::MassMention;
    Severity severity = Severity::Warning;
    int start = 0; // where in the typed text (the editor's text) the problem is
    int length = 0;
    QString message; // one sentence a user can act on, e.g. "@here notifies everyone in the
                     // channel, even people away: is it truly needed?"
};

struct LintContext
{
    AnnounceKind kind = AnnounceKind::Announcement; // a Resolution needs no update time
    QDateTime now;                                  // UTC
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

// Checks an announcement as the user typed it (before ComposeText::toWire). Text inside `code`
// and ```pre``` is not checked for mentions or Markdown (Slack shows it literally on purpose).
// Issues come in text order; whole-text issues (no update time, empty) have start 0; length
// issues start at the first character past the limit and cover the rest of the text. Over
// 40,000 characters only TooLong is reported (not Long as well). Mentions are found with
// ComposeText::scan, so exactly what toWire turns into a notification is flagged.
class AnnounceLint
{
    Q_DECLARE_TR_FUNCTIONS(AnnounceLint)
public:
    static constexpr int kSlackTruncatesAt = 40000; // Slack truncates longer text
    static constexpr int kSlackAdvisedMax = 4000;   // Slack's advice for the text field

    static QList<LintIssue> check(const QString& typed, const LintContext& context);
    static bool hasErrors(const QList<LintIssue>& issues);
};

} // namespace shiftdesk
