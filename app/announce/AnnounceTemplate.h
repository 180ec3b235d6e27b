#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace shiftdesk {

// What posting a template does with the announcement's thread and its update promises.
enum class AnnounceKind {
    Announcement, // a new top-level message in the announcement channel (maintenance, incident)
    Update,       // a reply in an announcement's thread; keeps the due promise
    Resolution,   // a reply in an announcement's thread; closes every promise and the announcement
};

struct AnnounceField
{
    enum class Type {
        Text,      // one line
        MultiLine, // several lines, kept as typed
        Time,      // "HH:mm" in the team's time zone, shown like "1PM" / "1:30PM" (or 24-hour)
        TimeList,  // several times ("13:00, 15:00"), shown like "1PM and 3PM"
        Choice,    // one of `choices`
    };
    QString id;    // the placeholder name: {id} in the body
    QString label; // shown next to the input
    Type type = Type::Text;
    QStringList choices{};  // Choice only
    QString defaultValue{}; // initial input
    QString placeholder{};  // hint shown in an empty input
    bool required = false;  // the composer flags an empty required field
};

// One announcement template: a name, the fields it asks for, and a body in Slack mrkdwn with
// {field} placeholders.
struct AnnounceTemplate
{
    Q_DECLARE_TR_FUNCTIONS(AnnounceTemplate)
public:
    QString id;
    QString name;
    AnnounceKind kind = AnnounceKind::Announcement;
    QList<AnnounceField> fields;
    QString body;

    // How filled-in values are shown.
    struct FillOptions
    {
        bool clock24 = false; // "13:00" instead of "1PM"
    };
    // The body with every {field} replaced by its value (formatted by type); an empty value
    // (or one missing from `values`) leaves a visible "[label]" marker so the gap cannot go
    // unnoticed. "{{" and "}}" are literal braces. Unknown placeholders stay as typed. Values are
    // inserted once (a value "{x}" is not expanded again): text and choice values on one line
    // (whitespace simplified), multi-line values without trailing blank lines. The result is
    // typed text: escape it with ComposeText::toWire, not before.
    QString fill(const QHash<QString, QString>& values, const FillOptions& options) const;

    // Formats "HH:mm" (or "H:mm") as the team writes times in announcements: "1PM", "1:30PM",
    // "12AM", "12PM" ("12 noon" is not used). With clock24: "13:00". Returns the input
    // unchanged if it is not a time. UpdatePromises reads every form this produces.
    static QString formatTime(const QString& hhmm, bool clock24);
    // "13:00, 15:00" (or "13:00 15:00", "13:00 and 15:00") -> "1PM and 3PM"; three or more:
    // "11AM, 1PM and 3PM".
    static QString formatTimeList(const QString& list, bool clock24);
};

// The templates file: a small JSON document like the checklist template (format documented in
// docs/announce-templates.md). Parsing validates everything and reports the first problem with
// its line (syntax) or field path (content), e.g. "templates[2].fields[0].type: must be one of
// text, multiline, time, timelist, choice".
class AnnounceTemplates
{
    Q_DECLARE_TR_FUNCTIONS(AnnounceTemplates)
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qsizetype kMaxFileSize = 1024 * 1024;

    static std::optional<AnnounceTemplates> parse(const QByteArray& json, QString* error);
    // The built-in set (resources/announce/default-announce-templates.json), by id:
    // planned-maintenance, incident (announcements), incident-update, maintenance-update
    // (updates), incident-resolved, maintenance-complete (resolutions).
    static AnnounceTemplates defaultTemplates();
    QByteArray toJson() const;

    const AnnounceTemplate* find(const QString& id) const;

    QList<AnnounceTemplate> templates;
};

QString toString(AnnounceKind kind); // "announcement", "update", "resolution"
std::optional<AnnounceKind> announceKindFromString(const QString& s);

} // namespace shiftdesk
