#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTime>

class QByteArray;
class QJsonDocument;

namespace shiftdesk {

// Reads and validates the small JSON documents users edit (the checklist template, the
// announcement templates file) and keeps the first problem as a message that says where it is:
// a syntax error by line and column ("Line 8, column 3: unterminated object (not valid JSON)"),
// a content error by the path of the field ("phases[0].items[2].id: is required").
//
// Every check returns false on a problem and records it in `error` unless an earlier problem
// is recorded already, so a reader can run several checks in a row and report the first.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    QString error; // the first problem; empty while there is none

    // Records "path: message"; returns false.
    bool fail(const QString& path, const QString& message);
    // The path of a member: "path.key", or "key" at the top level (an empty path).
    static QString join(const QString& path, const QString& key);

    // Parses `json` into *doc: a syntax error is recorded as "Line L, column C: reason (not
    // valid JSON)".
    bool parse(const QByteArray& json, QJsonDocument* doc);
    // The members every Shiftdesk file starts with: "format" (a string equal to `format`) and
    // "version" (the number `version`).
    bool header(const QJsonObject& root, const QString& format, int version);

    // `value` (at `path`) is an object.
    bool object(const QJsonValue& value, const QString& path, QJsonObject* out);
    // o[key] is a non-empty array.
    bool list(const QJsonObject& o, const QString& path, const QString& key, QJsonArray* out);
    // o[key] is a string of at most maxLength characters (after trimming, unless `trim` is
    // false). Missing or null: an error if `required`, else an empty string. A required
    // string must not be blank.
    bool string(const QJsonObject& o, const QString& path, const QString& key, QString* out,
                bool required, int maxLength, bool trim = true);
    // o[key] is true or false; missing or null reads as false.
    bool boolean(const QJsonObject& o, const QString& path, const QString& key, bool* out);
    // o[key] is a required string, or a list of strings joined with line breaks (easier to edit
    // for long text), kept as written; not blank and at most maxLength characters.
    bool lines(const QJsonObject& o, const QString& path, const QString& key, QString* out,
               int maxLength);
    // o[key] is a time of day as "HH:mm". Missing, null or empty (when not required): an
    // invalid QTime.
    bool time(const QJsonObject& o, const QString& path, const QString& key, QTime* out,
              bool required);

    // An id as Shiftdesk files write them: lower-case letters, digits, '-', '_' or '.', starting
    // with a letter or digit, up to 64 characters.
    static bool isValidId(const QString& id);
};

} // namespace shiftdesk
