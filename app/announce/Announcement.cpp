#include "Announcement.h"

#include "slack/Mrkdwn.h"

#include <QStringList>

namespace shiftdesk {

namespace {
constexpr qsizetype kMaxTitle = 80;

QString cut(const QString& line)
{
    if (line.size() <= kMaxTitle)
        return line;
    qsizetype at = kMaxTitle - 1;
    if (line.at(at - 1).isHighSurrogate())
        --at;
    return line.left(at).trimmed() + QChar(0x2026);
}

// A list title from plain text: the first line with something on it, without the decoration
// announcements start with (emoji, marks, "ANNOUNCEMENT:"); a short heading such as "Incident in
// progress" is followed by the next line so that two incidents can be told apart. At most
// kMaxTitle characters (the last one an ellipsis when it is cut; a surrogate pair is never split).
QString titleOf(const QString& plain)
{
    QStringList lines;
    for (const QString& line : plain.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    if (lines.isEmpty())
        return {};
    QString first = lines.first();
    qsizetype start = 0;
    while (start < first.size() && !first.at(start).isLetterOrNumber())
        ++start;
    if (start < first.size()) // only decoration: keep it as it is
        first = first.mid(start);
    static const QString marker = QStringLiteral("announcement");
    if (first.startsWith(marker, Qt::CaseInsensitive)) {
        qsizetype rest = marker.size();
        while (rest < first.size() && !first.at(rest).isLetterOrNumber())
            ++rest;
        if (rest < first.size())
            first = first.mid(rest);
    }
    // Drop marks left at the end of a heading ("…progress*").
    while (!first.isEmpty() && !first.back().isLetterOrNumber() && first.back() != QLatin1Char(')'))
        first.chop(1);
    if (!first.isEmpty())
        first[0] = first.at(0).toUpper();
    if (first.size() <= 40 && lines.size() > 1)
        first += QStringLiteral(" — ") + lines.at(1);
    return cut(first);
}
} // namespace

QString AnnounceDraft::title() const
{
    return titleOf(Mrkdwn::toPlainText(Mrkdwn::escapeForSlack(text)));
}

QString Announcement::title() const
{
    return titleOf(Mrkdwn::toPlainText(text));
}

QString toString(UpdatePromise::State state)
{
    switch (state) {
    case UpdatePromise::State::Open:
        return QStringLiteral("open");
    case UpdatePromise::State::Kept:
        return QStringLiteral("kept");
    case UpdatePromise::State::Late:
        return QStringLiteral("late");
    case UpdatePromise::State::Missed:
        return QStringLiteral("missed");
    case UpdatePromise::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("open");
}

UpdatePromise::State promiseStateFromString(const QString& s)
{
    if (s == QLatin1String("kept"))
        return UpdatePromise::State::Kept;
    if (s == QLatin1String("late"))
        return UpdatePromise::State::Late;
    if (s == QLatin1String("missed"))
        return UpdatePromise::State::Missed;
    if (s == QLatin1String("cancelled"))
        return UpdatePromise::State::Cancelled;
    return UpdatePromise::State::Open;
}

} // namespace shiftdesk
