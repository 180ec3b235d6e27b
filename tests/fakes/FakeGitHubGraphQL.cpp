#include "FakeGitHubGraphQL.h"

#include "FakeGitHubGraphQLShapes.h"
#include "FakeGitHubState.h"

#include <algorithm>
#include <functional>

namespace shiftdesk::fake {

using gql::Field;

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QJsonArray appended(QJsonArray path, const QJsonValue& key)
{
    path.append(key);
    return path;
}

QString cursorFor(int position) // 1-based, opaque like GitHub's ("MjAw" is 200)
{
    return QString::fromLatin1(
        QByteArray::number(position).toBase64(QByteArray::OmitTrailingEquals));
}

bool positionOf(const QString& cursor, int* position)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    bool ok = false;
    *position = decoded ? decoded.decoded.toInt(&ok) : 0;
    return ok && *position >= 0;
}

const QString& kOwner = GqlShapes::kOwner;
const QString& kProject = GqlShapes::kProject;
const QString& kItem = GqlShapes::kItem;
const QString& kRepo = GqlShapes::kRepo;

// Whether a field asked for "... on X" is answered for this object: X is its type, or an
// interface / a type this fake does not know (then it is answered).
bool appliesTo(const Field& f, const QJsonObject& o)
{
    static const QStringList concrete{s("Issue"),
                                      s("PullRequest"),
                                      s("DraftIssue"),
                                      s("User"),
                                      s("Organization"),
                                      s("Repository"),
                                      s("Label"),
                                      s("ProjectV2"),
                                      s("ProjectV2Item"),
                                      s("ProjectV2Field"),
                                      s("ProjectV2SingleSelectField"),
                                      s("ProjectV2IterationField"),
                                      s("ProjectV2ItemFieldSingleSelectValue"),
                                      s("ProjectV2ItemFieldTextValue"),
                                      s("ProjectV2ItemFieldUserValue"),
                                      s("ProjectV2ItemFieldLabelValue"),
                                      s("ProjectV2ItemFieldNumberValue"),
                                      s("ProjectV2ItemFieldDateValue"),
                                      s("ProjectV2ItemFieldIterationValue")};
    const QString type = o.value(QLatin1String("__typename")).toString();
    if (f.typeConditions.isEmpty() || type.isEmpty())
        return true;
    return std::any_of(f.typeConditions.cbegin(), f.typeConditions.cend(),
                       [&](const QString& on) { return on == type || !concrete.contains(on); });
}

class Exec
{
public:
    Exec(FakeGitHubState& state)
        : m_state(state)
        , m_shapes(state)
    {}

    QJsonArray errors;

    void fail(const char* type, const QString& message, const QJsonArray& path, const Field& f)
    {
        errors.append(
            FakeGitHubGraphQL::error(type ? s(type) : QString(), message, path, f.line, f.column));
    }

    QJsonValue project(const QJsonValue& v, const QList<Field>& sel, const QJsonArray& path)
    {
        if (sel.isEmpty())
            return v;
        if (v.isArray()) {
            QJsonArray out;
            const QJsonArray in = v.toArray();
            for (int i = 0; i < in.size(); ++i)
                out.append(project(in.at(i), sel, appended(path, i)));
            return out;
        }
        if (!v.isObject())
            return v;
        const QJsonObject o = v.toObject();
        QJsonObject out;
        for (const Field& f : sel) {
            if (!appliesTo(f, o))
                continue;
            const QJsonArray p = appended(path, f.key());
            QJsonValue value;
            if (!hook(o, f, p, &value))
                value = o.value(f.name);
            out.insert(f.key(),
                       project(value.isUndefined() ? QJsonValue() : value, f.selections, p));
        }
        return out;
    }

    QJsonValue top(const Field& f, bool mutation)
    {
        const QJsonArray path{f.key()};
        return mutation ? mutate(f, path) : query(f, path);
    }

    static bool knownTop(const QString& name, bool mutation)
    {
        static const QStringList queries{s("repositoryOwner"), s("organization"), s("user"),
                                         s("viewer"),          s("node"),         s("nodes"),
                                         s("repository"),      s("rateLimit"),    s("__typename")};
        static const QStringList mutations{s("updateProjectV2ItemFieldValue"),
                                           s("clearProjectV2ItemFieldValue"),
                                           s("addProjectV2ItemById"),
                                           s("deleteProjectV2Item"),
                                           s("archiveProjectV2Item"),
                                           s("unarchiveProjectV2Item"),
                                           s("__typename")};
        return (mutation ? mutations : queries).contains(name);
    }

private:
    // A connection over `count` nodes: first/after/last/before, cursors are opaque positions.
    QJsonValue connection(int count, const std::function<QJsonValue(int)>& node, const Field& f,
                          const QJsonArray& path, bool strict)
    {
        const QJsonValue first = f.args.value(s("first"));
        const QJsonValue last = f.args.value(s("last"));
        const QString name = f.name;
        if (strict && first.isNull() && last.isNull() &&
            first.isUndefined() == last.isUndefined()) {
            fail("MISSING_PAGINATION_BOUNDARIES",
                 s("You must provide a `first` or `last` value to properly paginate the `%1` "
                   "connection.")
                     .arg(name),
                 path, f);
            return QJsonValue();
        }
        for (const QJsonValue& n : {first, last}) {
            if (n.isDouble() && (n.toInt() > 100 || n.toInt() < 0)) {
                fail("EXCESSIVE_PAGINATION",
                     s("Requesting %1 records on the `%2` connection exceeds the `%3` limit of 100 "
                       "records.")
                         .arg(n.toInt())
                         .arg(name, n == first ? s("first") : s("last")),
                     path, f);
                return QJsonValue();
            }
        }
        int begin = 0;
        int end = count;
        for (const char* arg : {"after", "before"}) {
            const QJsonValue c = f.args.value(s(arg));
            int position = 0;
            if (c.isNull() || c.isUndefined())
                continue;
            if (!positionOf(c.toString(), &position)) {
                fail("INVALID_CURSOR_ARGUMENTS",
                     s("`%1` does not appear to be a valid cursor.").arg(c.toString()), path, f);
                return QJsonValue();
            }
            if (qstrcmp(arg, "after") == 0)
                begin = qMin(position, count);
            else
                end = qMax(0, qMin(position - 1, count));
        }
        if (first.isDouble())
            end = qMin(end, begin + first.toInt());
        else if (last.isDouble())
            begin = qMax(begin, end - last.toInt());
        if (!first.isDouble() && !last.isDouble())
            end = qMin(end, begin + 100);
        QJsonArray nodes;
        QJsonArray edges;
        for (int i = begin; i < end; ++i) {
            nodes.append(node(i));
            edges.append(QJsonObject{{s("cursor"), cursorFor(i + 1)}, {s("node"), nodes.last()}});
        }
        const bool any = end > begin;
        return QJsonObject{
            {s("totalCount"), count},
            {s("nodes"), nodes},
            {s("edges"), edges},
            {s("pageInfo"),
             QJsonObject{{s("startCursor"), any ? QJsonValue(cursorFor(begin + 1)) : QJsonValue()},
                         {s("endCursor"), any ? QJsonValue(cursorFor(end)) : QJsonValue()},
                         {s("hasNextPage"), end < count},
                         {s("hasPreviousPage"), begin > 0}}}};
    }

    // Fields whose value depends on their arguments.
    bool hook(const QJsonObject& o, const Field& f, const QJsonArray& path, QJsonValue* out)
    {
        if (o.contains(kOwner) && f.name == QLatin1String("projectV2")) {
            const int number = f.args.value(s("number")).toInt();
            const GhProject* p = m_state.project(o.value(kOwner).toString(), number);
            if (p)
                *out = m_shapes.project(*p);
            else
                fail("NOT_FOUND",
                     s("Could not resolve to a ProjectV2 with the number %1.").arg(number), path,
                     f);
            return true;
        }
        if (o.contains(kOwner) && f.name == QLatin1String("projectsV2")) {
            QList<const GhProject*> mine;
            for (const GhProject& p : m_state.projects) {
                if (p.owner.compare(o.value(kOwner).toString(), Qt::CaseInsensitive) == 0)
                    mine.append(&p);
            }
            *out = connection(
                int(mine.size()), [&](int i) { return m_shapes.project(*mine.at(i)); }, f, path,
                true);
            return true;
        }
        if (o.contains(kRepo) && f.name == QLatin1String("issue")) {
            GhRepo* repo = m_state.repo(o.value(kRepo).toString());
            const qint64 number = f.args.value(s("number")).toInteger();
            const GhIssue* i = repo ? m_state.issue(*repo, number) : nullptr;
            if (i && !i->pullRequest)
                *out = m_shapes.content(*repo, *i);
            else
                fail("NOT_FOUND",
                     s("Could not resolve to an Issue with the number of %1.").arg(number), path,
                     f);
            return true;
        }
        const GhProject* p =
            o.contains(kProject) ? m_state.project(o.value(kProject).toString()) : nullptr;
        if (!p)
            return false;
        if (o.contains(kItem)) {
            const GhItem* item = p->item(o.value(kItem).toString());
            if (!item)
                return false;
            if (f.name == QLatin1String("fieldValueByName")) {
                *out = QJsonValue();
                for (const GhField& field : p->fields) {
                    if (field.name == f.args.value(s("name")).toString())
                        *out = m_shapes.fieldValue(*p, *item, field);
                }
                return true;
            }
            if (f.name == QLatin1String("fieldValues")) {
                QJsonArray values;
                for (const GhField& field : p->fields) {
                    const QJsonValue v = m_shapes.fieldValue(*p, *item, field);
                    if (!v.isNull())
                        values.append(v);
                }
                *out = connection(
                    int(values.size()), [&](int i) { return values.at(i); }, f, path, false);
                return true;
            }
            return false;
        }
        if (f.name == QLatin1String("items")) {
            *out = connection(
                int(p->items.size()), [&](int i) { return m_shapes.item(*p, p->items.at(i)); }, f,
                path, true);
            return true;
        }
        if (f.name == QLatin1String("fields")) {
            *out = connection(
                int(p->fields.size()), [&](int i) { return GqlShapes::field(p->fields.at(i)); }, f,
                path, false);
            return true;
        }
        if (f.name == QLatin1String("field")) {
            *out = QJsonValue();
            for (const GhField& field : p->fields) {
                if (field.name == f.args.value(s("name")).toString())
                    *out = GqlShapes::field(field);
            }
            return true;
        }
        return false;
    }

    // --- roots ---------------------------------------------------------------------------------
    QJsonValue query(const Field& f, const QJsonArray& path)
    {
        const QString login = f.args.value(s("login")).toString();
        if (f.name == QLatin1String("repositoryOwner")) { // null, no error, as GitHub does
            return m_state.knownOwner(login) ? QJsonValue(m_shapes.owner(login)) : QJsonValue();
        }
        if (f.name == QLatin1String("organization") || f.name == QLatin1String("user")) {
            if (m_state.knownOwner(login)) {
                QJsonObject o = m_shapes.owner(login);
                o.insert(s("__typename"),
                         f.name == QLatin1String("user") ? s("User") : s("Organization"));
                return o;
            }
            fail("NOT_FOUND",
                 f.name == QLatin1String("user")
                     ? s("Could not resolve to a User with the login of '%1'.").arg(login)
                     : s("Could not resolve to an Organization with the login of '%1'.").arg(login),
                 path, f);
            return QJsonValue();
        }
        if (f.name == QLatin1String("viewer"))
            return m_shapes.owner(m_state.login);
        if (f.name == QLatin1String("node")) {
            const QString id = f.args.value(s("id")).toString();
            const QJsonValue v = m_shapes.node(id);
            if (v.isNull())
                fail("NOT_FOUND",
                     s("Could not resolve to a node with the global id of '%1'.").arg(id), path, f);
            return v;
        }
        if (f.name == QLatin1String("nodes")) {
            QJsonArray out;
            const QJsonArray ids = f.args.value(s("ids")).toArray();
            for (int i = 0; i < ids.size(); ++i) {
                out.append(m_shapes.node(ids.at(i).toString()));
                if (out.last().isNull())
                    fail("NOT_FOUND",
                         s("Could not resolve to a node with the global id of '%1'.")
                             .arg(ids.at(i).toString()),
                         appended(path, i), f);
            }
            return out;
        }
        if (f.name == QLatin1String("repository")) {
            const QString full = f.args.value(s("owner")).toString() + QLatin1Char('/') +
                                 f.args.value(s("name")).toString();
            if (const GhRepo* r = m_state.repo(full))
                return m_shapes.repo(*r);
            fail("NOT_FOUND", s("Could not resolve to a Repository with the name '%1'.").arg(full),
                 path, f);
            return QJsonValue();
        }
        if (f.name == QLatin1String("rateLimit")) {
            const GhRateBucket& b = m_state.bucket(s("graphql"));
            return QJsonObject{{s("limit"), b.limit},
                               {s("cost"), 1},
                               {s("used"), b.used},
                               {s("remaining"), b.remaining()},
                               {s("nodeCount"), 0},
                               {s("resetAt"), FakeGitHubState::iso(QDateTime::fromSecsSinceEpoch(
                                                  b.resetAt, Qt::UTC))}};
        }
        return f.name == QLatin1String("__typename") ? QJsonValue(s("Query")) : QJsonValue();
    }

    QJsonValue mutate(const Field& f, const QJsonArray& path)
    {
        if (f.name == QLatin1String("__typename"))
            return s("Mutation");
        const QJsonObject input = f.args.value(s("input")).toObject();
        const QJsonValue clientMutationId = input.value(s("clientMutationId"));
        auto notFound = [&](const QString& id) {
            fail("NOT_FOUND", s("Could not resolve to a node with the global id of '%1'.").arg(id),
                 path, f);
            return QJsonValue();
        };
        const QString projectId = input.value(s("projectId")).toString();
        GhProject* p = m_state.project(projectId);
        if (!p)
            return notFound(projectId);
        auto payload = [&](const char* key, const QJsonValue& v) {
            return QJsonObject{
                {s("__typename"), QString(f.name.left(1).toUpper() + f.name.mid(1) + s("Payload"))},
                {s("clientMutationId"),
                 clientMutationId.isUndefined() ? QJsonValue() : clientMutationId},
                {s(key), v}};
        };
        if (f.name == QLatin1String("addProjectV2ItemById")) {
            const QString contentId = input.value(s("contentId")).toString();
            GhRepo* repo = nullptr;
            const GhIssue* issue = m_state.issueByNodeId(contentId, &repo);
            if (!issue)
                return notFound(contentId);
            for (const GhItem& existing : p->items) { // "the existing item ID is returned"
                if (existing.number == issue->number &&
                    existing.repo.compare(repo->fullName(), Qt::CaseInsensitive) == 0)
                    return payload("item", m_shapes.item(*p, existing));
            }
            GhItem item;
            item.id = m_state.newItemId();
            item.repo = repo->fullName();
            item.number = issue->number;
            item.createdAt = FakeGitHubState::now();
            item.updatedAt = item.createdAt;
            p->items.append(item);
            p->updatedAt = FakeGitHubState::bumped(p->updatedAt);
            return payload("item", m_shapes.item(*p, p->items.last()));
        }
        const QString itemId = input.value(s("itemId")).toString();
        GhItem* item = p->item(itemId);
        if (!item)
            return notFound(itemId);
        auto touch = [&] {
            item->updatedAt = FakeGitHubState::bumped(item->updatedAt);
            p->updatedAt = FakeGitHubState::bumped(p->updatedAt);
        };
        if (f.name == QLatin1String("deleteProjectV2Item")) {
            p->items.removeIf([&](const GhItem& i) { return i.id == itemId; });
            p->updatedAt = FakeGitHubState::bumped(p->updatedAt);
            return payload("deletedItemId", itemId);
        }
        if (f.name == QLatin1String("archiveProjectV2Item") ||
            f.name == QLatin1String("unarchiveProjectV2Item")) {
            item->archived = f.name.startsWith(QLatin1String("archive"));
            touch();
            return payload("item", m_shapes.item(*p, *item));
        }
        const QString fieldId = input.value(s("fieldId")).toString();
        const GhField* field = nullptr;
        for (const GhField& candidate : p->fields) {
            if (candidate.id == fieldId)
                field = &candidate;
        }
        if (!field)
            return notFound(fieldId);
        const bool clear = f.name == QLatin1String("clearProjectV2ItemFieldValue");
        if (field->dataType != QLatin1String("SINGLE_SELECT")) {
            fail(nullptr, s("The field %1 cannot be changed by this fake.").arg(field->name), path,
                 f);
            return QJsonValue();
        }
        QString option;
        if (!clear) {
            option = input.value(s("value")).toObject().value(s("singleSelectOptionId")).toString();
            if (p->optionName(option).isEmpty()) {
                fail(nullptr, s("The single select option Id does not belong to the field"), path,
                     f);
                return QJsonValue();
            }
        }
        item->statusOptionId = option;
        touch();
        return payload("projectV2Item", m_shapes.item(*p, *item));
    }

    FakeGitHubState& m_state;
    GqlShapes m_shapes;
};

bool needsProjectScope(const gql::Document& doc)
{
    const QStringList names = gql::routeNames(doc);
    for (const QString& n : names) {
        if (n.contains(QLatin1String("ProjectV2")) || n == QLatin1String("projectV2") ||
            n == QLatin1String("projectsV2") || n == QLatin1String("items"))
            return true;
    }
    for (const Field& f : doc.fields) {
        const QString id = f.args.value(s("id")).toString();
        if (id.startsWith(QLatin1String("PVT")))
            return true;
    }
    return false;
}

} // namespace

FakeGitHubGraphQL::FakeGitHubGraphQL(FakeGitHubState& state)
    : m_state(state)
{}

QJsonObject FakeGitHubGraphQL::error(const QString& type, const QString& message,
                                     const QJsonArray& path, int line, int column)
{
    QJsonObject e;
    if (!type.isEmpty())
        e.insert(s("type"), type);
    if (!path.isEmpty())
        e.insert(s("path"), path);
    if (line > 0)
        e.insert(s("locations"), QJsonArray{QJsonObject{{s("line"), line}, {s("column"), column}}});
    e.insert(s("message"), message);
    return e;
}

QJsonObject FakeGitHubGraphQL::execute(const gql::Document& doc, const QStringList& scopes)
{
    if (!doc.ok()) {
        return QJsonObject{{s("errors"), QJsonArray{error(QString(), doc.error, {}, doc.errorLine,
                                                          doc.errorColumn)}}};
    }
    const bool mutation = doc.operation == QLatin1String("mutation");
    QJsonArray invalid;
    for (const Field& f : doc.fields) {
        if (!Exec::knownTop(f.name, mutation) || doc.operation == QLatin1String("subscription")) {
            const QString type = mutation ? s("Mutation") : s("Query");
            QJsonObject e =
                error(QString(), s("Field '%1' doesn't exist on type '%2'").arg(f.name, type),
                      QJsonArray{doc.operation, f.key()}, f.line, f.column);
            e.insert(s("extensions"), QJsonObject{{s("code"), s("undefinedField")},
                                                  {s("typeName"), type},
                                                  {s("fieldName"), f.name}});
            invalid.append(e);
        }
    }
    if (!invalid.isEmpty())
        return QJsonObject{{s("errors"), invalid}};
    const bool canRead = scopes.contains(s("project")) || scopes.contains(s("read:project"));
    if (needsProjectScope(doc) && !(mutation ? scopes.contains(s("project")) : canRead)) {
        const Field& f = doc.fields.first();
        const QString needed = mutation ? s("project") : s("read:project");
        const QString msg =
            s("Your token has not been granted the required scopes to execute this query. The "
              "'%1' field requires one of the following scopes: ['%2'], but your token has only "
              "been granted the: ['%3'] scopes. Please modify your token's scopes at: "
              "https://github.com/settings/tokens.")
                .arg(f.name, needed, scopes.join(s("', '")));
        return QJsonObject{
            {s("data"), QJsonValue()},
            {s("errors"), QJsonArray{error(s("INSUFFICIENT_SCOPES"), msg, {}, f.line, f.column)}}};
    }
    Exec exec(m_state);
    QJsonObject data;
    for (const Field& f : doc.fields)
        data.insert(f.key(),
                    exec.project(exec.top(f, mutation), f.selections, QJsonArray{f.key()}));
    QJsonObject out{{s("data"), data}};
    if (!exec.errors.isEmpty())
        out.insert(s("errors"), exec.errors);
    return out;
}

QJsonObject FakeGitHubGraphQL::notFound(const gql::Document& doc)
{
    if (doc.fields.isEmpty())
        return QJsonObject{{s("data"), QJsonValue()}};
    const Field& top = doc.fields.first();
    for (const Field& child : top.selections) {
        if (child.name == QLatin1String("projectV2")) {
            const QString msg = s("Could not resolve to a ProjectV2 with the number %1.")
                                    .arg(child.args.value(s("number")).toInt());
            return QJsonObject{
                {s("data"), QJsonObject{{top.key(), QJsonObject{{child.key(), QJsonValue()}}}}},
                {s("errors"),
                 QJsonArray{error(s("NOT_FOUND"), msg, QJsonArray{top.key(), child.key()},
                                  child.line, child.column)}}};
        }
    }
    QString id = top.args.value(s("id")).toString();
    if (id.isEmpty())
        id = top.args.value(s("input")).toObject().value(s("projectId")).toString();
    const QString msg = s("Could not resolve to a node with the global id of '%1'.").arg(id);
    return QJsonObject{{s("data"), QJsonObject{{top.key(), QJsonValue()}}},
                       {s("errors"), QJsonArray{error(s("NOT_FOUND"), msg, QJsonArray{top.key()},
                                                      top.line, top.column)}}};
}

} // namespace shiftdesk::fake
