#include "AnnounceTemplate.h"

#include "core/JsonReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace shiftdesk {

namespace {

const QString kFormat = QStringLiteral("shiftdesk-announce-templates");
constexpr int kMaxTemplates = 100;
constexpr int kMaxFields = 30;
constexpr int kMaxChoices = 50;
constexpr int kMaxBody = 10000;

struct TypeName
{
    AnnounceField::Type type = AnnounceField::Type::Text;
    QLatin1String name;
};

const TypeName kTypes[] = {
    {AnnounceField::Type::Text, QLatin1String("text")},
    {AnnounceField::Type::MultiLine, QLatin1String("multiline")},
    {AnnounceField::Type::Time, QLatin1String("time")},
    {AnnounceField::Type::TimeList, QLatin1String("timelist")},
    {AnnounceField::Type::Choice, QLatin1String("choice")},
};

QString typeName(AnnounceField::Type type)
{
    for (const TypeName& t : kTypes) {
        if (t.type == type)
            return t.name;
    }
    return QStringLiteral("text");
}

QString typeNames()
{
    QStringList names;
    for (const TypeName& t : kTypes)
        names.append(t.name);
    return names.join(QStringLiteral(", "));
}

QTime parseTime(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^([01]?\d|2[0-3]):([0-5]\d)$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QTime(m.captured(1).toInt(), m.captured(2).toInt());
}

// "13:00, 15:00", "13:00 15:00", "13:00 and 15:00": the parts, or an empty list if one is not a
// time.
QList<QTime> parseTimeList(const QString& list, bool* ok)
{
    static const QRegularExpression separators(QStringLiteral(R"([,\s&]+)"));
    QList<QTime> times;
    *ok = true;
    for (const QString& part : list.split(separators, Qt::SkipEmptyParts)) {
        if (part.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0)
            continue;
        const QTime t = parseTime(part);
        if (!t.isValid()) {
            *ok = false;
            return {};
        }
        times.append(t);
    }
    return times;
}

// Walks a body: calls text(literal) and placeholder(name, start, length) in order. "{{" and
// "}}" are literal braces; "{name}" (letters, digits, '_', '.', '-') is a placeholder.
template <typename Text, typename Placeholder>
void walkBody(const QString& body, Text text, Placeholder placeholder)
{
    const qsizetype n = body.size();
    qsizetype run = 0;
    qsizetype i = 0;
    const auto flush = [&](qsizetype to) {
        if (to > run)
            text(QStringView(body).mid(run, to - run));
    };
    while (i < n) {
        const QChar c = body[i];
        if ((c == u'{' || c == u'}') && i + 1 < n && body[i + 1] == c) {
            flush(i);
            text(QStringView(body).mid(i, 1));
            i += 2;
            run = i;
            continue;
        }
        if (c == u'{') {
            qsizetype q = i + 1;
            while (q < n && q - i <= 65 &&
                   (body[q].isLetterOrNumber() || body[q] == u'_' || body[q] == u'.' ||
                    body[q] == u'-'))
                ++q;
            if (q < n && body[q] == u'}' && q > i + 1) {
                flush(i);
                placeholder(body.mid(i + 1, q - i - 1), int(i), int(q - i + 1));
                i = q + 1;
                run = i;
                continue;
            }
        }
        ++i;
    }
    flush(n);
}

// One of a template's fields, at `path`.
bool readField(JsonReader& r, const QJsonValue& value, const QString& path, AnnounceField* f)
{
    QJsonObject o;
    QString type;
    if (!r.object(value, path, &o) || !r.string(o, path, QStringLiteral("id"), &f->id, true, 64) ||
        !r.string(o, path, QStringLiteral("label"), &f->label, true, 100) ||
        !r.string(o, path, QStringLiteral("type"), &type, false, 32) ||
        !r.string(o, path, QStringLiteral("default"), &f->defaultValue, false, 2000, false) ||
        !r.string(o, path, QStringLiteral("placeholder"), &f->placeholder, false, 200) ||
        !r.boolean(o, path, QStringLiteral("required"), &f->required))
        return false;
    if (!JsonReader::isValidId(f->id))
        return r.fail(path + QStringLiteral(".id"),
                      AnnounceTemplates::tr(
                          "\"%1\" must be lower-case letters, digits, '-', '_' or '.' (up to 64)")
                          .arg(f->id));
    bool known = type.isEmpty();
    for (const TypeName& t : kTypes) {
        if (type == t.name) {
            f->type = t.type;
            known = true;
        }
    }
    if (!known)
        return r.fail(path + QStringLiteral(".type"),
                      AnnounceTemplates::tr("must be one of %1").arg(typeNames()));

    const QString choicesPath = path + QStringLiteral(".choices");
    if (f->type != AnnounceField::Type::Choice) {
        if (!o.value(QStringLiteral("choices")).isUndefined())
            return r.fail(choicesPath,
                          AnnounceTemplates::tr("only a \"choice\" field has choices"));
    } else {
        QJsonArray a;
        if (!r.list(o, path, QStringLiteral("choices"), &a))
            return false;
        if (a.size() > kMaxChoices)
            return r.fail(choicesPath,
                          AnnounceTemplates::tr("has more than %1 choices").arg(kMaxChoices));
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString itemPath = choicesPath + QStringLiteral("[%1]").arg(i);
            const QString choice = a[i].toString().trimmed();
            if (!a[i].isString() || choice.isEmpty() || choice.size() > 100)
                return r.fail(itemPath, AnnounceTemplates::tr(
                                            "must be a non-empty string of up to 100 characters"));
            if (f->choices.contains(choice))
                return r.fail(itemPath,
                              AnnounceTemplates::tr("\"%1\" is listed twice").arg(choice));
            f->choices.append(choice);
        }
    }

    const QString defaultPath = path + QStringLiteral(".default");
    const QString trimmedDefault = f->defaultValue.trimmed();
    if (f->type != AnnounceField::Type::MultiLine)
        f->defaultValue = trimmedDefault;
    if (trimmedDefault.isEmpty())
        return true;
    bool ok = true;
    switch (f->type) {
    case AnnounceField::Type::Time:
        if (!parseTime(trimmedDefault).isValid())
            return r.fail(
                defaultPath,
                AnnounceTemplates::tr("\"%1\" is not a time of day as HH:mm").arg(trimmedDefault));
        break;
    case AnnounceField::Type::TimeList:
        parseTimeList(trimmedDefault, &ok);
        if (!ok)
            return r.fail(defaultPath,
                          AnnounceTemplates::tr("\"%1\" is not a list of times as HH:mm, HH:mm")
                              .arg(trimmedDefault));
        break;
    case AnnounceField::Type::Choice:
        if (!f->choices.contains(trimmedDefault))
            return r.fail(
                defaultPath,
                AnnounceTemplates::tr("\"%1\" is not one of the choices").arg(trimmedDefault));
        break;
    case AnnounceField::Type::Text:
        if (trimmedDefault.contains(u'\n'))
            return r.fail(defaultPath, AnnounceTemplates::tr("a \"text\" field has one line"));
        break;
    case AnnounceField::Type::MultiLine:
        break;
    }
    return true;
}

} // namespace

QString toString(AnnounceKind kind)
{
    switch (kind) {
    case AnnounceKind::Announcement:
        return QStringLiteral("announcement");
    case AnnounceKind::Update:
        return QStringLiteral("update");
    case AnnounceKind::Resolution:
        return QStringLiteral("resolution");
    }
    return QStringLiteral("announcement");
}

std::optional<AnnounceKind> announceKindFromString(const QString& s)
{
    for (const AnnounceKind k :
         {AnnounceKind::Announcement, AnnounceKind::Update, AnnounceKind::Resolution}) {
        if (s == toString(k))
            return k;
    }
    return std::nullopt;
}

QString AnnounceTemplate::formatTime(const QString& hhmm, bool clock24)
{
    const QTime t = parseTime(hhmm);
    if (!t.isValid())
        return hhmm;
    if (clock24)
        return t.toString(QStringLiteral("HH:mm"));
    const int hour12 = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
    const QLatin1String suffix(t.hour() < 12 ? "AM" : "PM");
    if (t.minute() == 0)
        return QString::number(hour12) + suffix;
    return QString::number(hour12) + u':' +
           QStringLiteral("%1").arg(t.minute(), 2, 10, QLatin1Char('0')) + suffix;
}

QString AnnounceTemplate::formatTimeList(const QString& list, bool clock24)
{
    bool ok = false;
    const QList<QTime> times = parseTimeList(list, &ok);
    if (!ok || times.isEmpty())
        return list;
    QStringList shown;
    for (const QTime& t : times)
        shown.append(formatTime(t.toString(QStringLiteral("HH:mm")), clock24));
    if (shown.size() == 1)
        return shown.first();
    const QString last = shown.takeLast();
    return shown.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

QString AnnounceTemplate::fill(const QHash<QString, QString>& values,
                               const FillOptions& options) const
{
    QString out;
    out.reserve(body.size() * 2);
    walkBody(
        body, [&out](QStringView text) { out += text; },
        [&](const QString& placeholder, int start, int length) {
            const AnnounceField* field = nullptr;
            for (const AnnounceField& f : fields) {
                if (f.id == placeholder)
                    field = &f;
            }
            if (!field) {
                out += QStringView(body).mid(start, length);
                return;
            }
            QString value = values.value(placeholder);
            if (value.trimmed().isEmpty()) {
                out += u'[' + (field->label.isEmpty() ? field->id : field->label) + u']';
                return;
            }
            switch (field->type) {
            case AnnounceField::Type::Text:
            case AnnounceField::Type::Choice:
                value = value.simplified();
                break;
            case AnnounceField::Type::MultiLine:
                while (!value.isEmpty() && value.back().isSpace())
                    value.chop(1);
                break;
            case AnnounceField::Type::Time:
                value = formatTime(value.trimmed(), options.clock24);
                break;
            case AnnounceField::Type::TimeList:
                value = formatTimeList(value.trimmed(), options.clock24);
                break;
            }
            out += value;
        });
    return out;
}

std::optional<AnnounceTemplates> AnnounceTemplates::parse(const QByteArray& json, QString* error)
{
    auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return std::optional<AnnounceTemplates>();
    };
    if (json.size() > kMaxFileSize)
        return failWith(
            tr("The file is larger than %1 KiB; an announcement templates file is much smaller.")
                .arg(kMaxFileSize / 1024));

    JsonReader r;
    QJsonDocument doc;
    if (!r.parse(json, &doc))
        return failWith(r.error);
    if (!doc.isObject())
        return failWith(
            tr("The file must contain one JSON object with \"format\" and \"templates\"."));
    const QJsonObject root = doc.object();
    if (!r.header(root, kFormat, kFormatVersion))
        return failWith(r.error);

    QJsonArray array;
    if (!r.list(root, QString(), QStringLiteral("templates"), &array))
        return failWith(r.error);
    if (array.size() > kMaxTemplates)
        return failWith(tr("templates: has more than %1 templates").arg(kMaxTemplates));

    AnnounceTemplates result;
    QSet<QString> ids;
    for (qsizetype ti = 0; ti < array.size(); ++ti) {
        const QString path = QStringLiteral("templates[%1]").arg(ti);
        QJsonObject o;
        AnnounceTemplate t;
        QString kind;
        if (!r.object(array[ti], path, &o) ||
            !r.string(o, path, QStringLiteral("id"), &t.id, true, 64) ||
            !r.string(o, path, QStringLiteral("name"), &t.name, true, 200) ||
            !r.string(o, path, QStringLiteral("kind"), &kind, true, 32) ||
            !r.lines(o, path, QStringLiteral("body"), &t.body, kMaxBody))
            return failWith(r.error);
        if (!JsonReader::isValidId(t.id))
            return failWith(
                tr("%1.id: \"%2\" must be lower-case letters, digits, '-', '_' or '.' (up to 64)")
                    .arg(path, t.id));
        if (ids.contains(t.id))
            return failWith(tr("%1.id: \"%2\" is used by another template").arg(path, t.id));
        ids.insert(t.id);
        const std::optional<AnnounceKind> k = announceKindFromString(kind);
        if (!k)
            return failWith(
                tr("%1.kind: must be one of announcement, update, resolution").arg(path));
        t.kind = *k;
        while (!t.body.isEmpty() && t.body.back().isSpace())
            t.body.chop(1);

        const QJsonValue fieldsValue = o.value(QStringLiteral("fields"));
        if (!fieldsValue.isUndefined() && !fieldsValue.isArray())
            return failWith(tr("%1.fields: must be a list").arg(path));
        const QJsonArray fieldsArray = fieldsValue.toArray();
        if (fieldsArray.size() > kMaxFields)
            return failWith(tr("%1.fields: has more than %2 fields").arg(path).arg(kMaxFields));
        QSet<QString> fieldIds;
        for (qsizetype fi = 0; fi < fieldsArray.size(); ++fi) {
            const QString fieldPath = path + QStringLiteral(".fields[%1]").arg(fi);
            AnnounceField f;
            if (!readField(r, fieldsArray[fi], fieldPath, &f))
                return failWith(r.error);
            if (fieldIds.contains(f.id))
                return failWith(tr("%1.id: \"%2\" is used by another field").arg(fieldPath, f.id));
            fieldIds.insert(f.id);
            t.fields.append(f);
        }

        // Every placeholder names a field, and every field appears in the body.
        QString bodyError;
        QSet<QString> used;
        walkBody(
            t.body, [](QStringView) {},
            [&](const QString& name, int, int) {
                used.insert(name);
                if (bodyError.isEmpty() && !fieldIds.contains(name))
                    bodyError = tr("%1.body: {%2} names no field; write {{ and }} for literal "
                                   "braces")
                                    .arg(path, name);
            });
        if (!bodyError.isEmpty())
            return failWith(bodyError);
        for (qsizetype fi = 0; fi < t.fields.size(); ++fi) {
            if (!used.contains(t.fields[fi].id))
                return failWith(tr("%1.fields[%2].id: \"%3\" is not used in the body (write {%3})")
                                    .arg(path)
                                    .arg(fi)
                                    .arg(t.fields[fi].id));
        }
        result.templates.append(t);
    }
    return result;
}

QByteArray AnnounceTemplates::toJson() const
{
    QJsonArray list;
    for (const AnnounceTemplate& t : templates) {
        QJsonArray fieldsJson;
        for (const AnnounceField& f : t.fields) {
            QJsonObject fo;
            fo.insert(QStringLiteral("id"), f.id);
            fo.insert(QStringLiteral("label"), f.label);
            fo.insert(QStringLiteral("type"), typeName(f.type));
            if (f.type == AnnounceField::Type::Choice)
                fo.insert(QStringLiteral("choices"), QJsonArray::fromStringList(f.choices));
            if (!f.defaultValue.isEmpty())
                fo.insert(QStringLiteral("default"), f.defaultValue);
            if (!f.placeholder.isEmpty())
                fo.insert(QStringLiteral("placeholder"), f.placeholder);
            if (f.required)
                fo.insert(QStringLiteral("required"), true);
            fieldsJson.append(fo);
        }
        QJsonObject to;
        to.insert(QStringLiteral("id"), t.id);
        to.insert(QStringLiteral("name"), t.name);
        to.insert(QStringLiteral("kind"), toString(t.kind));
        to.insert(QStringLiteral("fields"), fieldsJson);
        to.insert(QStringLiteral("body"), QJsonArray::fromStringList(t.body.split(u'\n')));
        list.append(to);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("templates"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

AnnounceTemplates AnnounceTemplates::defaultTemplates()
{
    QFile file(QStringLiteral(":/announce/default-announce-templates.json"));
    QString error;
    std::optional<AnnounceTemplates> t;
    if (file.open(QIODevice::ReadOnly))
        t = parse(file.readAll(), &error);
    Q_ASSERT_X(t.has_value(), "AnnounceTemplates", "the built-in templates are invalid");
    return t.value_or(AnnounceTemplates());
}

const AnnounceTemplate* AnnounceTemplates::find(const QString& id) const
{
    for (const AnnounceTemplate& t : templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

} // namespace shiftdesk
