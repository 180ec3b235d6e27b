#pragma once

#include <QChar>
#include <QStringView>

namespace shiftdesk {

// Where Slack's mrkdwn spans open and close, as Mrkdwn parses them (the rules are described at
// Mrkdwn). ComposeText's scanner uses the same functions: it must read typed text exactly as
// Mrkdwn::toHtml will read what toWire sends. Positions are indexes in `s`; a span is looked
// for inside the range [from, to) of the text.
class MrkdwnSpans
{
public:
    // Before an opening mark: the start of the range, whitespace or one of . , ( [ { ! ? - =
    // (pocka's explicit()).
    static bool isOpenBoundary(QChar c);
    // After a closing mark: the end of the range, whitespace or punctuation (Slack's matrix,
    // pocka issue #34: bold allows more than italic, strike and code).
    static bool isCloseBoundary(QChar c, QChar mark);

    // A ``` at p that can open a preformatted block: the position of its first non-blank
    // character, or -1. (Where the block closes depends on the caller's range.)
    static int preTextStart(QStringView s, int p, int from, int to);
    // A `code` span opening at p: the position of its closing backtick, or -1.
    static int codeClose(QStringView s, int p, int from, int to);
    // A *bold*, _italic_ or ~strike~ span opening with `mark` at p: the position of its closing
    // mark, or -1.
    static int styleClose(QStringView s, int p, int from, int to, QChar mark);
    // A <...> sequence opening at p: the position of its '>' (the first one, with no '<' or
    // line break before it and content that does not start with whitespace or '|'), or -1.
    static int angleClose(QStringView s, int p, int to);
};

} // namespace shiftdesk
