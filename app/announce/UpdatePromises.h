#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace shiftdesk {

// A time the text commits to giving the next update at, and where it is written.
struct PromisedTime
{
    QDateTime due; // UTC
    int start = 0; // position of the time expression in the text
    int length = 0;
    QString text; // the expression as written, e.g. "1PM"
};

// Finds the update times a message commits to, the way the team writes them ("we will update at
// 1PM and 3PM", "next update at 14:30", "I'll update by 11:15am", "update in 30 minutes",
// "further update in an hour", "we will update again at 10AM tomorrow", "next update: 16:00").
// Only times in a sentence that speaks of an update count: "between 10AM and 3PM" (the work
// window) is not a promise. Times are read in the team's time zone on the day of `writtenAt`
// ("tomorrow" and weekday names move them on); relative times count from `writtenAt`.
// A time earlier than `writtenAt` on that day is still returned (the lint reports it as past).
// Text inside `code` and ```pre``` is ignored. Results are in text order, without duplicates.
//
// How it reads a message (one linear pass; no grammar, so these rules decide the edge cases):
// - Sentences end at a line break or at . ! ? before a space. Within a sentence, clauses are
//   split at , ; ( ) dashes and "but", "while", "because", "so", "and we/I/it/..."; a list of
//   times ("11AM, 1PM and 3PM", "1PM and again at 3PM") is never split.
// - A clause counts if it says "update"/"updates" (or "keep you updated"), or starts like a
//   continuation ("and again at 10AM tomorrow", "At 1PM, we will update") next to one that does.
//   "the update" with no "will"/"'ll" in its clause is a software update ("we applied the
//   update at 9AM"); "Update 10:30: ..." labels this post, it does not promise 10:30.
// - Windows are not promises: times after "between", "from", "to", "until", "after", and
//   "10AM-3PM" / "10AM to 3PM".
// - Times: "1PM", "1 pm", "1:30PM", "1.30pm", "11 a.m.", "13:00", "13.00", "noon", "midday",
//   "midnight" (the next day), "14:00 UTC" (read in UTC). An hour of one digit from 1 to 6
//   without AM/PM ("update at 2:30") is the afternoon; a bare hour ("by 4") is not a time.
// - Relative: "in 30 minutes", "in 1 hour", "in an hour", "in 90 mins", "in half an hour",
//   "in an hour and a half", "in 2 hours 15 minutes", "within the hour", and "every hour",
//   "every 30 minutes", "hourly" (the first one is the promise).
// - Days: "today", "tonight", "tomorrow", weekday names (the next such day; the same day if the
//   time is still ahead). A day word right after a time is that time's ("at 10AM tomorrow");
//   otherwise the nearest one before it in the clauses that count, else one after it.
class UpdatePromises
{
public:
    static QList<PromisedTime> find(const QString& text, const QDateTime& writtenAt,
                                    const QTimeZone& timeZone);
};

} // namespace shiftdesk
