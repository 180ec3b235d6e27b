#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shiftdesk {

// One "## Heading" section of a Markdown issue template's body: what the ticket form asks for.
struct TemplateSection
{
    enum class Kind {
        Text,       // free text (the section's own text is a hint, e.g. "Full name or acronym")
        Checkboxes, // "- [ ] Dev / Development" lines: pick any
    };
    QString heading{}; // "Service environment"
    Kind kind = Kind::Text;
    QString hint{};        // the section's text (HTML comments and placeholder lines), trimmed;
                           // comments show as their text ("<!-- Full name -->" -> "Full name"),
                           // blank-line runs collapse; Checkboxes: the text besides the boxes
    QStringList options{}; // Checkboxes: the option labels, in order
    QStringList checked{}; // Checkboxes: options the template ticks already ("- [x]")
};

// A repository's Markdown issue template (.github/ISSUE_TEMPLATE/*.md, §10 of
// shared/reference/slack-github-api.md): YAML front matter read with yaml-cpp (name, about,
// title, labels and assignees as a comma-separated string or a YAML list, type), and a body cut
// into sections at "## " headings.
struct IssueTemplate
{
    Q_DECLARE_TR_FUNCTIONS(IssueTemplate)
public:
    QString fileName{}; // "cloud-platform-support-request.md"
    QString name{};
    QString about{};
    QString title{}; // default issue title (may be empty)
    QStringList labels{};
    QStringList assignees{};
    QString type{};
    QString body{};     // the Markdown after the front matter
    QString preamble{}; // body text before the first "## " heading
    QList<TemplateSection> sections{};

    // Parses a template file. Errors (no front matter, bad YAML with its line, a missing or too
    // short name) come back in *error, e.g. "line 3: …"; the caller skips that template.
    // A byte order mark and CRLF line endings are accepted (`body` then has LF). Sections
    // start at "## " lines outside code fences and HTML comments; "### " stays inside.
    // Duplicate labels are dropped, and a leading "@" on assignees.
    static std::optional<IssueTemplate> parse(const QString& fileName, const QString& markdown,
                                              QString* error);

    // The issue body: the template's body with each section's hint replaced by the value
    // given for its heading (text), or its checkboxes ticked as given; sections without a
    // value keep the template's text; `extra` (e.g. the Slack context) is appended after a
    // blank line. Headings and their order are kept, so GitHub shows the template's layout.
    // Details: headings match exactly, else case-insensitively. A text value replaces the whole
    // section (comments, placeholder lines and "### " subheadings); a line in it that would
    // start a new "## " section is escaped ("\## "), an unclosed code fence or comment closed.
    // A `checked` entry (even an empty list) ticks exactly those options (case-insensitive),
    // unticks the rest and drops the section's comments; a text value for a checkbox section
    // replaces its hint and follows the boxes. CRLF in values becomes LF; the result ends in
    // a newline.
    QString buildBody(const QHash<QString, QString>& text,
                      const QHash<QString, QStringList>& checked,
                      const QString& extra = QString()) const;

    // Whether this is the support-request template: the file name contains "support-request",
    // else the name contains "support request" (both case-insensitive).
    bool isSupportRequest() const;

    // GitHub's order: alphanumerically by file name (case-insensitive, then case-sensitive;
    // stable).
    static void sort(QList<IssueTemplate>& templates);
};

// What goes into a ticket raised from Slack: the permalink and the quoted message(s), as
// Markdown for the issue body ("> " quoted, Slack mrkdwn turned into plain text first).
struct SlackContext
{
    QString permalink{};
    QString channel{}; // name without '#'
    QString author{};  // display name
    QString text{};    // Slack wire text of the message (or thread)
    // Where it came from (not part of the ticket): lets the caller follow up in the thread.
    QString channelId{};
    QString messageTs{};

    // The quote is cut to this many characters (of plain text), ending in "…".
    static constexpr int MaxQuoteLength = 4000;

    // "**From Slack** (#ask-cloud-platform, Priya): https://…permalink", a blank line, then the
    // text as plain text with every line quoted ("> ", empty lines ">"). Nothing can leave the
    // quote or reach GitHub as markup that matters: "<" becomes "&lt;" (no HTML or comments),
    // "&" before an entity "&amp;", a leading "#" and setext underlines are escaped, and "@name"
    // gets a zero-width space after "@" so GitHub users are not mentioned. A permalink that is
    // not http(s) is left out.
    QString markdown() const;
};

} // namespace shiftdesk
