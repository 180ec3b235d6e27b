#include "ChecklistTemplate.h"

#include "core/JsonReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace shiftdesk {

namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

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

    JsonReader r;
    QJsonDocument doc;
    if (!r.parse(json, &doc))
        return failWith(r.error);
    if (!doc.isObject())
        return failWith(
            tr("The file must contain one JSON object with \"format\" and \"phases\"."));
    const QJsonObject root = doc.object();
    if (!r.header(root, QStringLiteral("shiftdesk-checklist"), kFormatVersion))
        return failWith(r.error);

    ChecklistTemplate t;
    if (!r.string(root, QString(), QStringLiteral("name"), &t.name, false, 200))
        return failWith(r.error);

    QJsonArray phases;
    if (!r.list(root, QString(), QStringLiteral("phases"), &phases))
        return failWith(r.error);

    QSet<QString> phaseIds;
    QSet<QString> itemIds;
    for (qsizetype p = 0; p < phases.size(); ++p) {
        const QString path = QStringLiteral("phases[%1]").arg(p);
        QJsonObject po;
        ChecklistPhase phase;
        if (!r.object(phases[p], path, &po) ||
            !r.string(po, path, QStringLiteral("id"), &phase.id, true, 64) ||
            !r.string(po, path, QStringLiteral("title"), &phase.title, true, 200) ||
            !r.time(po, path, QStringLiteral("time"), &phase.time, true) ||
            !r.time(po, path, QStringLiteral("until"), &phase.until, false) ||
            !r.time(po, path, QStringLiteral("remind"), &phase.remindAt, false))
            return failWith(r.error);
        if (!JsonReader::isValidId(phase.id))
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

        QJsonArray items;
        if (!r.list(po, path, QStringLiteral("items"), &items))
            return failWith(r.error);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = path + QStringLiteral(".items[%1]").arg(i);
            QJsonObject io;
            ChecklistItem item;
            if (!r.object(items[i], itemPath, &io) ||
                !r.string(io, itemPath, QStringLiteral("id"), &item.id, true, 64) ||
                !r.string(io, itemPath, QStringLiteral("text"), &item.text, true, 500) ||
                !r.string(io, itemPath, QStringLiteral("link"), &item.link, false, 32))
                return failWith(r.error);
            if (!JsonReader::isValidId(item.id))
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
