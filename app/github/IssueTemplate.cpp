#include "github/IssueTemplate.h"

#include "slack/Mrkdwn.h"

#include <QRegularExpression>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <utility>

namespace shiftdesk {

namespace {

// Drops a leading byte order mark and turns CRLF and lone CR line endings into LF.
QString normalizedText(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

QString trimmedRight(const QString& s)
{
    qsizetype n = s.size();
    while (n > 0 && s.at(n - 1).isSpace())
        --n;
    return s.left(n);
}

// Where a line stands in the Markdown block structure: inside a fenced code block or an HTML
// comment, "## " lines are no headings and "- [ ]" lines no checkboxes.
class BlockTracker
{
public:
    // Whether `line` is ordinary Markdown (not inside a fence or a comment); then takes it in.
    bool feed(const QString& line)
    {
        const bool structural = m_fenceLength == 0 && !m_inComment;
        if (m_fenceLength > 0) {
            const QRegularExpressionMatch m = fenceRe().match(line);
            if (m.hasMatch() && m.captured(1).at(0) == m_fenceChar &&
                m.captured(1).size() >= m_fenceLength && m.captured(2).trimmed().isEmpty())
                m_fenceLength = 0;
            return false;
        }
        if (!m_inComment) {
            const QRegularExpressionMatch m = fenceRe().match(line);
            if (m.hasMatch() && !(m.captured(1).at(0) == u'`' && m.captured(2).contains(u'`'))) {
                m_fenceChar = m.captured(1).at(0);
                m_fenceLength = m.captured(1).size();
                return true;
            }
        }
        m_inComment = endsInComment(line, m_inComment);
        return structural;
    }
    bool inFence() const { return m_fenceLength > 0; }
    bool inComment() const { return m_inComment; }
    QString closingFence() const { return QString(m_fenceLength, m_fenceChar); }

    static bool endsInComment(const QString& line, bool inside)
    {
        qsizetype pos = 0;
        for (;;) {
            const qsizetype at =
                line.indexOf(inside ? QStringLiteral("-->") : QStringLiteral("<!--"), pos);
            if (at < 0)
                return inside;
            pos = at + (inside ? 3 : 4);
            inside = !inside;
        }
    }

private:
    static const QRegularExpression& fenceRe()
    {
        static const QRegularExpression re(QStringLiteral("^ {0,3}(`{3,}|~{3,})(.*)$"));
        return re;
    }
    QChar m_fenceChar;
    qsizetype m_fenceLength = 0;
    bool m_inComment = false;
};

// "## Heading" (level 2 exactly, up to three spaces of indent, optional closing #s).
std::optional<QString> headingOf(const QString& line)
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}##(?:[ \\t]+(.*))?$"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    static const QRegularExpression closing(QStringLiteral("(?:^|[ \\t]+)#+[ \\t]*$"));
    QString text = m.captured(1);
    text.remove(closing);
    return text.trimmed();
}

// "- [ ] label", "* [x] label", "1. [X] label": (prefix up to '['), mark, rest after ']'.
const QRegularExpression& checkboxRe()
{
    static const QRegularExpression re(
        QStringLiteral("^([ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\[)([ xX])\\]((?:[ \\t].*)?)$"));
    return re;
}

// A whole HTML comment (its text in group 1), or an unclosed one running to the end (group 2).
const QRegularExpression& commentRe()
{
    static const QRegularExpression re(QStringLiteral("<!--(.*?)-->|<!--(.*)$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

// What a comment says: "<!--- Full name -->" -> "Full name".
QString commentText(const QRegularExpressionMatch& m)
{
    static const QRegularExpression dashes(QStringLiteral("^-+|-+$"));
    QString s = m.capturedStart(1) >= 0 ? m.captured(1) : m.captured(2);
    return s.remove(dashes).trimmed();
}

QString withoutComments(QString text)
{
    return text.remove(commentRe());
}

// A section's text as a hint: comments replaced by what they say, lines right-trimmed, runs of
// blank lines collapsed, the whole trimmed.
QString hintText(const QStringList& lines)
{
    QString joined = lines.join(u'\n');
    QString out;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = commentRe().globalMatch(joined);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(joined).mid(pos, m.capturedStart() - pos);
        out += commentText(m);
        pos = m.capturedEnd();
    }
    out += QStringView(joined).mid(pos);
    QStringList kept;
    for (const QString& line : out.split(u'\n')) {
        const QString l = trimmedRight(line);
        if (l.isEmpty() && (kept.isEmpty() || kept.constLast().isEmpty()))
            continue;
        kept << l;
    }
    return kept.join(u'\n').trimmed();
}

struct RawSection
{
    QString headingLine;
    QString heading;
    QStringList lines;    // the lines after the heading line
    QList<bool> checkbox; // per line: a checkbox line
    TemplateSection parsed;
};

struct SplitBody
{
    QStringList preamble;
    QList<RawSection> sections;
};

SplitBody splitBody(const QString& body)
{
    SplitBody out;
    BlockTracker blocks;
    for (const QString& line : body.split(u'\n')) {
        const bool structural = blocks.feed(line);
        const std::optional<QString> heading = structural ? headingOf(line) : std::nullopt;
        if (heading) {
            RawSection s;
            s.headingLine = trimmedRight(line);
            s.heading = withoutComments(*heading).trimmed(); // "## Name <!-- required -->"
            out.sections << s;
            continue;
        }
        if (out.sections.isEmpty()) {
            out.preamble << line;
            continue;
        }
        RawSection& s = out.sections.last();
        s.lines << line;
        s.checkbox << (structural && checkboxRe().match(line).hasMatch());
    }
    for (RawSection& s : out.sections) {
        s.parsed.heading = s.heading;
        QStringList hintLines;
        for (qsizetype i = 0; i < s.lines.size(); ++i) {
            if (!s.checkbox.at(i)) {
                hintLines << s.lines.at(i);
                continue;
            }
            const QRegularExpressionMatch m = checkboxRe().match(s.lines.at(i));
            const QString label = withoutComments(m.captured(3)).trimmed();
            s.parsed.options << label;
            if (m.captured(2) != QStringLiteral(" "))
                s.parsed.checked << label;
        }
        s.parsed.kind = s.parsed.options.isEmpty() ? TemplateSection::Kind::Text
                                                   : TemplateSection::Kind::Checkboxes;
        s.parsed.hint = hintText(hintLines);
    }
    return out;
}

template <typename T> const T* lookup(const QHash<QString, T>& hash, const QString& heading)
{
    const auto exact = hash.constFind(heading);
    if (exact != hash.constEnd())
        return &exact.value();
    for (auto it = hash.constBegin(); it != hash.constEnd(); ++it) {
        if (it.key().trimmed().compare(heading, Qt::CaseInsensitive) == 0)
            return &it.value();
    }
    return nullptr;
}

// A value typed into a field, made safe to stand in a section: line endings normalised,
// lines that would start a new "## " section escaped, an open code fence or comment closed.
QStringList valueLines(const QString& value)
{
    QStringList lines = trimmedRight(normalizedText(value)).split(u'\n');
    while (!lines.isEmpty() && lines.constFirst().trimmed().isEmpty())
        lines.removeFirst();
    BlockTracker blocks;
    for (QString& line : lines) {
        if (blocks.feed(line) && headingOf(line)) {
            const qsizetype hash = line.indexOf(u'#');
            line.insert(hash, u'\\');
        }
    }
    if (blocks.inFence())
        lines << blocks.closingFence();
    else if (blocks.inComment())
        lines << QStringLiteral("-->");
    return lines;
}

int fileLine(const YAML::Mark& mark)
{
    // The YAML starts on the file's second line (after "---"); marks count from 0.
    return mark.is_null() ? 1 : mark.line + 2;
}

QString yamlText(const YAML::Node& node, bool trim = true)
{
    if (!node.IsScalar())
        return QString();
    const QString s = QString::fromStdString(node.Scalar());
    return trim ? s.trimmed() : s;
}

// "a, b" or a YAML list; empty entries and duplicates dropped.
QStringList yamlList(const YAML::Node& node, bool logins)
{
    QStringList raw;
    if (node.IsScalar()) {
        raw = QString::fromStdString(node.Scalar()).split(u',');
    } else if (node.IsSequence()) {
        for (const YAML::Node& item : node) {
            if (item.IsScalar())
                raw << QString::fromStdString(item.Scalar());
        }
    }
    QStringList out;
    for (QString s : std::as_const(raw)) {
        s = s.trimmed();
        if (logins && s.startsWith(u'@'))
            s.remove(0, 1);
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

// Escapes text for one Markdown line: no HTML ("<"), no entities ("&lt;" stays as typed), no
// GitHub @mentions (a zero-width space after "@", as Renovate does).
QString escapeMarkdownText(QString s)
{
    static const QRegularExpression entity(QStringLiteral("&(?=#?[A-Za-z0-9]+;)"));
    s.replace(entity, QStringLiteral("&amp;"));
    s.replace(u'<', QStringLiteral("&lt;"));
    static const QRegularExpression mention(QStringLiteral("(^|[^\\w`])@(?=\\w)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    s.replace(mention, QStringLiteral("\\1@&#8203;"));
    return s;
}

} // namespace

std::optional<IssueTemplate> IssueTemplate::parse(const QString& fileName, const QString& markdown,
                                                  QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QStringList lines = normalizedText(markdown).split(u'\n');
    if (trimmedRight(lines.constFirst()) != QStringLiteral("---"))
        return fail(tr("line 1: no YAML front matter (the file must start with a \"---\" line)"));
    qsizetype end = -1;
    for (qsizetype i = 1; i < lines.size() && end < 0; ++i) {
        const QString l = trimmedRight(lines.at(i));
        if (l == QStringLiteral("---") || l == QStringLiteral("..."))
            end = i;
    }
    if (end < 0)
        return fail(tr("line 1: the front matter is not closed by a \"---\" line"));

    IssueTemplate t;
    t.fileName = fileName;
    int nameLine = 1;
    try {
        const QString yaml = lines.mid(1, end - 1).join(u'\n');
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsNull() && !root.IsMap())
            return fail(tr("line %1: the front matter is not a list of \"key: value\" lines")
                            .arg(fileLine(root.Mark())));
        if (root.IsMap()) {
            for (const auto& kv : root) {
                const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
                const YAML::Node& v = kv.second;
                const bool textKey =
                    key == "name" || key == "about" || key == "title" || key == "type";
                if (textKey && !v.IsNull() && !v.IsScalar())
                    return fail(tr("line %1: \"%2\" must be text")
                                    .arg(fileLine(v.Mark()))
                                    .arg(QString::fromStdString(key)));
                if (key == "name") {
                    t.name = yamlText(v);
                    nameLine = fileLine(kv.first.Mark());
                } else if (key == "about") {
                    t.about = yamlText(v);
                } else if (key == "title") {
                    t.title = yamlText(v, false); // "[BUG]: " keeps its space for typing
                } else if (key == "type") {
                    t.type = yamlText(v);
                } else if (key == "labels") {
                    t.labels = yamlList(v, false);
                } else if (key == "assignees") {
                    t.assignees = yamlList(v, true);
                }
            }
        }
    } catch (const YAML::Exception& e) {
        return fail(tr("line %1: %2").arg(fileLine(e.mark)).arg(QString::fromStdString(e.msg)));
    }
    if (t.name.isEmpty())
        return fail(tr("line 1: the front matter has no \"name\""));
    if (t.name.toUcs4().size() <= 3)
        return fail(
            tr("line %1: the name \"%2\" is too short (GitHub needs more than 3 characters)")
                .arg(nameLine)
                .arg(t.name));

    t.body = lines.mid(end + 1).join(u'\n');
    const SplitBody split = splitBody(t.body);
    t.preamble = split.preamble.join(u'\n').trimmed();
    for (const RawSection& s : split.sections)
        t.sections << s.parsed;
    return t;
}

QString IssueTemplate::buildBody(const QHash<QString, QString>& text,
                                 const QHash<QString, QStringList>& checked,
                                 const QString& extra) const
{
    const SplitBody split = splitBody(normalizedText(body));
    QStringList out = split.preamble;
    for (const RawSection& s : split.sections) {
        out << s.headingLine;
        const QString* value = lookup(text, s.heading);
        const bool hasValue = value && !value->trimmed().isEmpty();
        const QStringList* ticks = lookup(checked, s.heading);
        if (s.parsed.kind == TemplateSection::Kind::Text) {
            if (hasValue)
                out << QString() << valueLines(*value) << QString();
            else
                out << s.lines;
            continue;
        }
        if (!hasValue && !ticks) {
            out << s.lines;
            continue;
        }
        QStringList section;
        for (qsizetype i = 0; i < s.lines.size(); ++i) {
            const QString& line = s.lines.at(i);
            if (!s.checkbox.at(i)) {
                // With a text value the section's hint goes; else only its comments do.
                if (hasValue)
                    continue;
                const QString kept = trimmedRight(withoutComments(line));
                if (kept.isEmpty() && !line.trimmed().isEmpty())
                    continue;
                section << kept;
                continue;
            }
            const QRegularExpressionMatch m = checkboxRe().match(line);
            const QString rest = trimmedRight(withoutComments(m.captured(3)));
            const QString label = rest.trimmed();
            bool tick = m.captured(2) != QStringLiteral(" ");
            if (ticks) {
                tick = std::any_of(ticks->cbegin(), ticks->cend(), [&label](const QString& o) {
                    return o.trimmed().compare(label, Qt::CaseInsensitive) == 0;
                });
            }
            section << m.captured(1) + (tick ? u'x' : u' ') + u']' + rest;
        }
        if (hasValue)
            section = QStringList{QString()} + section + QStringList{QString()} +
                      valueLines(*value) + QStringList{QString()};
        out << section;
    }
    while (!out.isEmpty() && out.constFirst().trimmed().isEmpty())
        out.removeFirst();
    QString result = trimmedRight(out.join(u'\n'));
    const QString tail = trimmedRight(normalizedText(extra));
    if (!tail.trimmed().isEmpty())
        result += (result.isEmpty() ? QString() : QStringLiteral("\n\n")) + tail;
    return result + u'\n';
}

bool IssueTemplate::isSupportRequest() const
{
    if (fileName.contains(QStringLiteral("support-request"), Qt::CaseInsensitive))
        return true;
    return name.contains(QStringLiteral("support request"), Qt::CaseInsensitive);
}

void IssueTemplate::sort(QList<IssueTemplate>& templates)
{
    std::stable_sort(templates.begin(), templates.end(),
                     [](const IssueTemplate& a, const IssueTemplate& b) {
                         const int c = a.fileName.compare(b.fileName, Qt::CaseInsensitive);
                         return c != 0 ? c < 0 : a.fileName < b.fileName;
                     });
}

QString SlackContext::markdown() const
{
    QStringList who;
    QString chan = channel.trimmed();
    while (chan.startsWith(u'#'))
        chan.remove(0, 1);
    static const QRegularExpression inlineMarks(QStringLiteral("([\\\\`*_\\[\\]~|])"));
    const auto inlineText = [](QString s) {
        s = s.simplified();
        s.replace(inlineMarks, QStringLiteral("\\\\1"));
        return escapeMarkdownText(s);
    };
    if (!chan.isEmpty())
        who << u'#' + inlineText(chan);
    if (!author.trimmed().isEmpty())
        who << inlineText(author);
    QString header = QStringLiteral("**From Slack**");
    if (!who.isEmpty())
        header += QStringLiteral(" (") + who.join(QStringLiteral(", ")) + u')';
    const QUrl url(permalink.trimmed(), QUrl::StrictMode);
    const bool web =
        url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == QStringLiteral("https") || url.scheme() == QStringLiteral("http"));
    if (web)
        header += QStringLiteral(": ") + url.toString(QUrl::FullyEncoded);

    QString plain = normalizedText(Mrkdwn::toPlainText(text)).trimmed();
    if (plain.isEmpty())
        return header;
    if (plain.size() > MaxQuoteLength) {
        qsizetype cut = MaxQuoteLength;
        if (plain.at(cut - 1).isHighSurrogate())
            --cut;
        plain = trimmedRight(plain.left(cut)) + QChar(0x2026);
    }
    static const QRegularExpression atxHeading(QStringLiteral("^([ \\t]{0,3})#"));
    static const QRegularExpression setextUnderline(QStringLiteral("^[ \\t]*(=+|-+)[ \\t]*$"));
    QStringList quoted;
    for (const QString& raw : plain.split(u'\n')) {
        QString line = escapeMarkdownText(trimmedRight(raw));
        if (line.isEmpty()) {
            quoted << QStringLiteral(">");
            continue;
        }
        line.replace(atxHeading, QStringLiteral("\\1\\#"));
        if (setextUnderline.match(line).hasMatch())
            line.prepend(u'\\');
        quoted << QStringLiteral("> ") + line;
    }
    return header + QStringLiteral("\n\n") + quoted.join(u'\n');
}

} // namespace shiftdesk
