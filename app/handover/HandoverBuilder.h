#pragma once

#include "HandoverSnapshot.h"
#include "announce/ComposeText.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace shiftdesk {

// One part of the handover message: a title and its body as the user edits it (typed text,
// like the Announce composer's: it becomes wire text through ComposeText::toWire).
struct HandoverSection
{
    QString id{}; // "alarms", "incidents", "planned", "tickets", "requests", "checklist", "notes"
    QString title{}; // shown in bold above the body
    QString text{};  // typed text
};

// Builds the handover to on-call from a snapshot of the shift. Pure (no network, no database).
//
// The sections, in order: alarms still firing or unresolved (with their triage state, note and
// ticket), incidents in progress (with the update times still owed), planned work, tickets in
// progress, support requests still unanswered, checklist items left open, and notes. Each item
// is one "• " line. A data section with nothing in it says "_Nothing_"; a section whose text is
// blank (the notes when none were written, or a section the user emptied) is left out of the
// message. Times are shown in the team's time zone.
//
// Text from the shift's data (alarm titles, notes, ticket titles, requests) is plain: joined
// into the typed message, ComposeText::toWire escapes its & < > as Slack requires; a mass
// mention in it ("@here", "<!channel>") is defused so a handover never notifies a channel.
// Links are Slack's <url|label> (http and https only).
class HandoverBuilder
{
    Q_DECLARE_TR_FUNCTIONS(HandoverBuilder)

public:
    static QList<HandoverSection> build(const HandoverSnapshot& snapshot);
    static HandoverSection buildSection(const QString& id, const HandoverSnapshot& snapshot);
    static QStringList sectionIds();
    static QString sectionTitle(const QString& id);

    // "*Handover to on-call · Tue 12 Mar*" (typed text).
    static QString heading(const QDateTime& now, const QTimeZone& timeZone);
    // The whole message as typed text: the heading, then each non-blank section as its bold
    // title on one line and its text below, sections separated by a blank line.
    static QString join(const QString& heading, const QList<HandoverSection>& sections);
    // join() through ComposeText::toWire: what chat.postMessage gets.
    static QString toWire(const QString& heading, const QList<HandoverSection>& sections,
                          const ComposeText::Options& options = {});
    // Whether a Slack message (wire text) looks like a handover: its first line, as plain text,
    // starts with "Handover" (ours, or one written by hand: "Handover: quiet night").
    static bool looksLikeHandover(const QString& wireText);
    // Whether the message is an end-of-day handover this app wrote ("Handover to on-call · …"):
    // the morning's Overnight view looks for the one from on-call, not ours.
    static bool isOwnHandover(const QString& wireText);

    static QString nothing(); // "_Nothing_"
    // Plain text from the data made safe to put in typed text: on one line, mass mentions
    // defused. (& < > are left for ComposeText::toWire to escape.)
    static QString userText(const QString& plain, int maxLength = 300);
    // <url|label> when url is http(s) and usable in a link, else the label alone.
    static QString link(const QString& url, const QString& label);
    // "14:05" on the day of `now`, "Mon 14:05" within a week, else "3 Mar 14:05".
    static QString time(const QDateTime& at, const QDateTime& now, const QTimeZone& timeZone);
};

} // namespace shiftdesk
