#include "ChecklistTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace shiftdesk {

namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

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

bool isValidId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,63}$"));
    return re.match(id).hasMatch();
}

// Reads object members with precise error messages naming the field path.
class Reader
{
public:
    QString error;

    bool fail(const QString& path, const QString& message)
    {
        if (error.isEmpty())
            error = ChecklistTemplate::tr("%1: %2").arg(path, message);
        return false;
    }

    bool string(const QJsonObject& o, const QString& path, const QString& key, QString* out,
                bool required, int maxLength)
    {
        const QJsonValue v = o.value(key);
        const QString field = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(field, ChecklistTemplate::tr("is required"));
            out->clear();
            return true;
        }
        if (!v.isString())
            return fail(field, ChecklistTemplate::tr("must be a string"));
        *out = v.toString().trimmed();
        if (required && out->isEmpty())
            return fail(field, ChecklistTemplate::tr("must not be empty"));
        if (out->size() > maxLength)
            return fail(field,
                        ChecklistTemplate::tr("is longer than %1 characters").arg(maxLength));
        return true;
    }

    bool time(const QJsonObject& o, const QString& path, const QString& key, QTime* out,
              bool required)
    {
        QString text;
        if (!string(o, path, key, &text, required, 5))
            return false;
        if (text.isEmpty()) {
            *out = QTime();
            return true;
        }
        *out = QTime::fromString(text, kTimeFormat);
        if (!out->isValid())
            return fail(path + QLatin1Char('.') + key,
                        ChecklistTemplate::tr("\"%1\" is not a time of day as HH:mm").arg(text));
        return true;
    }
};

} // namespace

QStringList ChecklistTemplate::knownLinks()
{
    return {QStringLiteral("checklist"), QStringLiteral("alarms"),  QStringLiteral("board"),
            QStringLiteral("announce"),  QStringLiteral("support"), QStringLiteral("handover")};
}

std::optional<ChecklistTemplate> ChecklistTemplate::parse(const QByteArray& json, QString* error)
{
    auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return std::optional<ChecklistTemplate>();
    };
    if (json.size() > kMaxFileSize)
        return failWith(tr("The file is larger than %1 KiB; a checklist template is much smaller.")
                            .arg(kMaxFileSize / 1024));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return failWith(tr("Line %1, column %2: %3 (not valid JSON)")
                            .arg(line)
                            .arg(column)
                            .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return failWith(
            tr("The file must contain one JSON object with \"format\" and \"phases\"."));

    Reader r;
    const QJsonObject root = doc.object();
    QString format;
    if (!r.string(root, QString(), QStringLiteral("format"), &format, true, 64))
        return failWith(r.error);
    if (format != QLatin1String("shiftdesk-checklist"))
        return failWith(tr("format: expected \"shiftdesk-checklist\", found \"%1\"").arg(format));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() != kFormatVersion)
        return failWith(tr("version: expected %1").arg(kFormatVersion));

    ChecklistTemplate t;
    if (!r.string(root, QString(), QStringLiteral("name"), &t.name, false, 200))
        return failWith(r.error);

    const QJsonValue phasesValue = root.value(QStringLiteral("phases"));
    if (!phasesValue.isArray() || phasesValue.toArray().isEmpty())
        return failWith(tr("phases: must be a non-empty list"));

    QSet<QString> phaseIds;
    QSet<QString> itemIds;
    const QJsonArray phases = phasesValue.toArray();
    for (qsizetype p = 0; p < phases.size(); ++p) {
        const QString path = QStringLiteral("phases[%1]").arg(p);
        if (!phases[p].isObject())
            return failWith(tr("%1: must be an object").arg(path));
        const QJsonObject po = phases[p].toObject();
        ChecklistPhase phase;
        if (!r.string(po, path, QStringLiteral("id"), &phase.id, true, 64) ||
            !r.string(po, path, QStringLiteral("title"), &phase.title, true, 200) ||
            !r.time(po, path, QStringLiteral("time"), &phase.time, true) ||
            !r.time(po, path, QStringLiteral("until"), &phase.until, false) ||
            !r.time(po, path, QStringLiteral("remind"), &phase.remindAt, false))
            return failWith(r.error);
        if (!isValidId(phase.id))
            return failWith(tr("%1.id: \"%2\" must be lower-case letters, digits, '-', '_' or '.'")
                                .arg(path, phase.id));
        if (phaseIds.contains(phase.id))
            return failWith(tr("%1.id: \"%2\" is used by another phase").arg(path, phase.id));
        phaseIds.insert(phase.id);
        if (phase.until.isValid() && phase.until <= phase.time)
            return failWith(tr("%1.until: must be later than \"time\"").arg(path));
        if (!phase.remindAt.isValid())
            phase.remindAt = phase.time;
        const QJsonValue cover = po.value(QStringLiteral("cover"));
        if (!cover.isUndefined() && !cover.isBool())
            return failWith(tr("%1.cover: must be true or false").arg(path));
        phase.cover = cover.toBool(false);

        const QJsonValue itemsValue = po.value(QStringLiteral("items"));
        if (!itemsValue.isArray() || itemsValue.toArray().isEmpty())
            return failWith(tr("%1.items: must be a non-empty list").arg(path));
        const QJsonArray items = itemsValue.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = path + QStringLiteral(".items[%1]").arg(i);
            if (!items[i].isObject())
                return failWith(tr("%1: must be an object").arg(itemPath));
            const QJsonObject io = items[i].toObject();
            ChecklistItem item;
            if (!r.string(io, itemPath, QStringLiteral("id"), &item.id, true, 64) ||
                !r.string(io, itemPath, QStringLiteral("text"), &item.text, true, 500) ||
                !r.string(io, itemPath, QStringLiteral("link"), &item.link, false, 32))
                return failWith(r.error);
            if (!isValidId(item.id))
                return failWith(
                    tr("%1.id: \"%2\" must be lower-case letters, digits, '-', '_' or '.'")
                        .arg(itemPath, item.id));
            if (itemIds.contains(item.id))
                return failWith(tr("%1.id: \"%2\" is used by another item").arg(itemPath, item.id));
            itemIds.insert(item.id);
            if (!item.link.isEmpty() && !knownLinks().contains(item.link))
                return failWith(
                    tr("%1.link: \"%2\" is not one of %3")
                        .arg(itemPath, item.link, knownLinks().join(QStringLiteral(", "))));
            phase.items.append(item);
        }
        t.phases.append(phase);
    }
    return t;
}

QByteArray ChecklistTemplate::toJson() const
{
    QJsonArray phasesJson;
    for (const ChecklistPhase& phase : phases) {
        QJsonObject po;
        po.insert(QStringLiteral("id"), phase.id);
        po.insert(QStringLiteral("title"), phase.title);
        po.insert(QStringLiteral("time"), phase.time.toString(kTimeFormat));
        if (phase.until.isValid())
            po.insert(QStringLiteral("until"), phase.until.toString(kTimeFormat));
        if (phase.remindAt.isValid() && phase.remindAt != phase.time)
            po.insert(QStringLiteral("remind"), phase.remindAt.toString(kTimeFormat));
        if (phase.cover)
            po.insert(QStringLiteral("cover"), true);
        QJsonArray itemsJson;
        for (const ChecklistItem& item : phase.items) {
            QJsonObject io;
            io.insert(QStringLiteral("id"), item.id);
            io.insert(QStringLiteral("text"), item.text);
            if (!item.link.isEmpty())
                io.insert(QStringLiteral("link"), item.link);
            itemsJson.append(io);
        }
        po.insert(QStringLiteral("items"), itemsJson);
        phasesJson.append(po);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("shiftdesk-checklist"));
    root.insert(QStringLiteral("version"), kFormatVersion);
    if (!name.isEmpty())
        root.insert(QStringLiteral("name"), name);
    root.insert(QStringLiteral("phases"), phasesJson);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ChecklistTemplate ChecklistTemplate::defaultTemplate()
{
    QFile file(QStringLiteral(":/checklist/default-checklist.json"));
    QString error;
    std::optional<ChecklistTemplate> t;
    if (file.open(QIODevice::ReadOnly))
        t = parse(file.readAll(), &error);
    Q_ASSERT_X(t.has_value(), "ChecklistTemplate", "the built-in default template is invalid");
    return t.value_or(ChecklistTemplate());
}

int ChecklistTemplate::itemCount() const
{
    int n = 0;
    for (const ChecklistPhase& phase : phases)
        n += int(phase.items.size());
    return n;
}

std::pair<int, int> ChecklistTemplate::locate(const QString& itemId) const
{
    for (int p = 0; p < phases.size(); ++p) {
        for (int i = 0; i < phases[p].items.size(); ++i) {
            if (phases[p].items[i].id == itemId)
                return {p, i};
        }
    }
    return {-1, -1};
}

} // namespace shiftdesk
