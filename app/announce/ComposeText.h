#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace shiftdesk {

// Turns what the user typed in the composer into the text chat.postMessage gets, as Slack's own
// client would: & < > escaped (Mrkdwn::escapeForSlack keeps well-formed <...> sequences the
// user typed), "@here" / "@channel" / "@everyone" typed as words become <!here> / <!channel> /
// <!everyone>, and "#channel-name" becomes <#C123|channel-name> when `channelId` knows the
// name. Nothing changes inside `code` or ```pre```. The preview renders the result of toWire with
// Mrkdwn::toHtml, so it shows exactly what Slack will.
class ComposeText
{
public:
    struct Options
    {
        std::function<QString(const QString& channelName)> channelId; // may be empty
    };
    static QString toWire(const QString& typed, const Options& options = {});

    // The pieces of typed text that toWire treats specially, in text order and never
    // overlapping. AnnounceLint and UpdatePromises use the same scan, so what they check is
    // exactly what toWire sends.
    struct Token
    {
        enum class Kind {
            Code,        // `code` or ```pre```, backticks included (Slack shows it as typed)
            Sequence,    // a well-formed <...> the user typed: <https://x|y>, <@U1>, <#C1>
            MassMention, // "@here" / "@channel" / "@everyone" as a word, or a typed <!here>,
                         // <!channel>, <!everyone>, <!group> (optionally with a |label)
            Channel,     // "#name" at a word start (name: a-z 0-9 _ -), converted when known
                         // (not right after a closing mark: in "*x*#ops" the "<" of <#C1|ops>
                         // would stop *x* being bold)
        };
        Kind kind = Kind::Code;
        int start = 0;
        int length = 0;
        QString name{}; // MassMention: "here", "channel" or "everyone"; Channel: the name
    };
    // One pass over the text (linear time) that reads it as Mrkdwn::toHtml will read toWire's
    // result: quotes at line starts, *bold* _italic_ ~strike~ (a mark's content is a new range,
    // so "_`x`_" is code), <...> sequences, ```pre``` and `code`, with Mrkdwn's boundary rules.
    // (Code inside a link's label, <https://x|`y`>, is part of the Sequence token.)
    static QList<Token> scan(const QString& typed);
};

} // namespace shiftdesk
