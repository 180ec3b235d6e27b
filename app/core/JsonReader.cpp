#include "JsonReader.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace shiftdesk {

namespace {

std::pair<int, int> lineAndColumn(const QByteArray& data, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

bool JsonReader::fail(const QString& path, const QString& message)
{
    if (error.isEmpty())
        error = tr("%1: %2").arg(path, message);
    return false;
}

QString JsonReader::join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

bool JsonReader::parse(const QByteArray& json, QJsonDocument* doc)
{
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;
    const auto [line, column] = lineAndColumn(json, parseError.offset);
    if (error.isEmpty())
        error = tr("Line %1, column %2: %3 (not valid JSON)")
                    .arg(line)
                    .arg(column)
                    .arg(parseError.errorString());
    return false;
}

bool JsonReader::header(const QJsonObject& root, const QString& format, int version)
{
    QString found;
    if (!string(root, QString(), QStringLiteral("format"), &found, true, 64))
        return false;
    if (found != format)
        return fail(QStringLiteral("format"),
                    tr("expected \"%1\", found \"%2\"").arg(format, found));
    const QJsonValue v = root.value(QStringLiteral("version"));
    if (!v.isDouble() || v.toDouble() != version)
        return fail(QStringLiteral("version"), tr("expected %1").arg(version));
    return true;
}

bool JsonReader::object(const QJsonValue& value, const QString& path, QJsonObject* out)
{
    if (!value.isObject())
        return fail(path, tr("must be an object"));
    *out = value.toObject();
    return true;
}

bool JsonReader::list(const QJsonObject& o, const QString& path, const QString& key,
                      QJsonArray* out)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray() || v.toArray().isEmpty())
        return fail(join(path, key), tr("must be a non-empty list"));
    *out = v.toArray();
    return true;
}

bool JsonReader::string(const QJsonObject& o, const QString& path, const QString& key, QString* out,
                        bool required, int maxLength, bool trim)
{
    const QJsonValue v = o.value(key);
    const QString field = join(path, key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return fail(field, tr("is required"));
        out->clear();
        return true;
    }
    if (!v.isString())
        return fail(field, tr("must be a string"));
    *out = trim ? v.toString().trimmed() : v.toString();
    if (required && out->trimmed().isEmpty())
        return fail(field, tr("must not be empty"));
    if (out->size() > maxLength)
        return fail(field, tr("is longer than %1 characters").arg(maxLength));
    return true;
}

bool JsonReader::boolean(const QJsonObject& o, const QString& path, const QString& key, bool* out)
{
    const QJsonValue v = o.value(key);
    if (!v.isUndefined() && !v.isNull() && !v.isBool())
        return fail(join(path, key), tr("must be true or false"));
    *out = v.toBool(false);
    return true;
}

bool JsonReader::lines(const QJsonObject& o, const QString& path, const QString& key, QString* out,
                       int maxLength)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return string(o, path, key, out, true, maxLength, false);
    const QJsonArray a = v.toArray();
    QStringList parts;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isString())
            return fail(join(path, key) + QStringLiteral("[%1]").arg(i), tr("must be a string"));
        parts.append(a[i].toString());
    }
    *out = parts.join(u'\n');
    if (out->trimmed().isEmpty())
        return fail(join(path, key), tr("must not be empty"));
    if (out->size() > maxLength)
        return fail(join(path, key), tr("is longer than %1 characters").arg(maxLength));
    return true;
}

bool JsonReader::time(const QJsonObject& o, const QString& path, const QString& key, QTime* out,
                      bool required)
{
    QString text;
    if (!string(o, path, key, &text, required, 5))
        return false;
    if (text.isEmpty()) {
        *out = QTime();
        return true;
    }
    *out = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!out->isValid())
        return fail(join(path, key), tr("\"%1\" is not a time of day as HH:mm").arg(text));
    return true;
}

bool JsonReader::isValidId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,63}$"));
    return re.match(id).hasMatch();
}

} // namespace shiftdesk
