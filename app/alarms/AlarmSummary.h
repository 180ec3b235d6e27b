#pragma once

#include "AlertParser.h"

#include <QByteArray>

namespace shiftdesk {

// A compact, fast-to-read form of a parsed alarm message (CBOR) kept next to the message in the
// cache, so loading 100,000 cached messages needs neither JSON parsing nor AlertParser. It holds
// what grouping, the feed row and search need; the detail view reads the full message.
class AlarmSummary
{
public:
    static constexpr int kMaxText = 600; // text kept for search and plain messages

    static QByteArray encode(const ParsedAlarm& alarm);
    // Returns false for data it cannot read (older format): parse the JSON instead.
    static bool decode(const QByteArray& data, const QString& channelId, const QString& ts,
                       ParsedAlarm* out);
};

} // namespace shiftdesk
