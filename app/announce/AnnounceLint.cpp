#include "AnnounceLint.h"

#include "ComposeText.h"
#include "UpdatePromises.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace shiftdesk {

namespace {

LintIssue issue(LintIssue::Kind kind, LintIssue::Severity severity, int start, int length,
                const QString& message)
{
    LintIssue i;
    i.kind = kind;
    i.severity = severity;
    i.start = start;
    i.length = length;
    i.message = message;
    return i;
}

QString massMentionMessage(const QString& name)
{
    if (name == QLatin1String("here"))
        return AnnounceLint::tr("@here notifies everyone active in the channel: use it only if "
                                "it is absolutely necessary.");
    if (name == QLatin1String("everyone"))
        return AnnounceLint::tr("@everyone notifies every member of the workspace, even people "
                                "away: use it only if it is absolutely necessary.");
    return AnnounceLint::tr("@channel notifies every member of the channel, even people away: "
                            "use it only if it is absolutely necessary.");
}

struct MarkdownRule
{
    QRegularExpression re;
    const char* message = nullptr; // translated when used
};

const std::vector<MarkdownRule>& markdownRules()
{
    static const std::vector<MarkdownRule> rules = {
        {QRegularExpression(QStringLiteral(R"(\*\*[^*\n]+\*\*)")),
         QT_TRANSLATE_NOOP("AnnounceLint",
                           "**bold** shows with its asterisks in Slack: use *bold*")},
        {QRegularExpression(QStringLiteral(R"((?<![\w_])__(?=[^_\s])[^_\n]+__(?![\w_]))")),
         QT_TRANSLATE_NOOP("AnnounceLint",
                           "__bold__ shows with its underscores in Slack: use *bold*")},
        {QRegularExpression(QStringLiteral(R"(~~[^~\n]+~~)")),
         QT_TRANSLATE_NOOP("AnnounceLint",
                           "~~strike~~ shows with its tildes in Slack: use ~strike~")},
        {QRegularExpression(QStringLiteral(R"(\[[^\[\]\n]+\]\([^()\s]+\))")),
         QT_TRANSLATE_NOOP(
             "AnnounceLint",
             "[text](link) shows as typed in Slack: paste the bare link, or write <link|text>")},
        {QRegularExpression(QStringLiteral(R"((?m)^#{1,6}[ \t]+\S[^\n]*)")),
         QT_TRANSLATE_NOOP("AnnounceLint",
                           "# Heading shows with its # in Slack: use a *bold* line instead")},
    };
    return rules;
}

} // namespace

QList<LintIssue> AnnounceLint::check(const QString& typed, const LintContext& context)
{
    using Kind = LintIssue::Kind;
    using Severity = LintIssue::Severity;
    QList<LintIssue> issues;
    if (typed.trimmed().isEmpty()) {
        issues.append(issue(Kind::Empty, Severity::Error, 0, int(typed.size()),
                            tr("Nothing to post yet: write the message first.")));
        return issues;
    }

    // Code, pre and <...> sequences are shown as typed on purpose: not checked for Markdown.
    std::vector<bool> literal(size_t(typed.size()), false);
    for (const ComposeText::Token& t : ComposeText::scan(typed)) {
        if (t.kind == ComposeText::Token::Kind::MassMention) {
            issues.append(issue(Kind::MassMention, Severity::Warning, t.start, t.length,
                                massMentionMessage(t.name)));
        }
        if (t.kind == ComposeText::Token::Kind::Code ||
            t.kind == ComposeText::Token::Kind::Sequence ||
            t.kind == ComposeText::Token::Kind::MassMention) {
            std::fill(literal.begin() + t.start, literal.begin() + t.start + t.length, true);
        }
    }

    for (const MarkdownRule& rule : markdownRules()) {
        auto it = rule.re.globalMatch(typed);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const auto from = literal.begin() + m.capturedStart();
            if (std::find(from, from + m.capturedLength(), true) != from + m.capturedLength())
                continue;
            issues.append(issue(Kind::LiteralMarkdown, Severity::Warning, int(m.capturedStart()),
                                int(m.capturedLength()), tr(rule.message)));
        }
    }

    if (context.kind != AnnounceKind::Resolution) {
        const QDateTime now =
            context.now.isValid() ? context.now.toUTC() : QDateTime::currentDateTimeUtc();
        const QList<PromisedTime> promises = UpdatePromises::find(typed, now, context.timeZone);
        if (promises.isEmpty()) {
            issues.append(issue(Kind::NoUpdateTime, Severity::Warning, 0, 0,
                                tr("Say when you will next update, e.g. \"we will update at "
                                   "1PM\": the team commits to a time and keeps it.")));
        }
        for (const PromisedTime& p : promises) {
            if (p.due < now) {
                issues.append(
                    issue(Kind::UpdateTimePast, Severity::Warning, p.start, p.length,
                          tr("%1 has already passed: promise a later update time.").arg(p.text)));
            }
        }
    }

    const int size = int(typed.size());
    if (size > kSlackTruncatesAt) {
        issues.append(issue(Kind::TooLong, Severity::Error, kSlackTruncatesAt,
                            size - kSlackTruncatesAt,
                            tr("Slack cuts off text over %L1 characters: shorten the message "
                               "(it has %L2).")
                                .arg(kSlackTruncatesAt)
                                .arg(size)));
    } else if (size > kSlackAdvisedMax) {
        issues.append(issue(Kind::Long, Severity::Warning, kSlackAdvisedMax,
                            size - kSlackAdvisedMax,
                            tr("Over %L1 characters: Slack advises shorter messages; put the "
                               "details in a thread reply.")
                                .arg(kSlackAdvisedMax)));
    }

    std::stable_sort(issues.begin(), issues.end(),
                     [](const LintIssue& a, const LintIssue& b) { return a.start < b.start; });
    return issues;
}

bool AnnounceLint::hasErrors(const QList<LintIssue>& issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const LintIssue& i) { return i.severity == LintIssue::Severity::Error; });
}

} // namespace shiftdesk
