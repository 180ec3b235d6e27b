#pragma once

// Just enough GraphQL for the fake GitHub: parses an executable document (operations,
// fragments, aliases, arguments with literals or $variables and their defaults, inline fragments,
// @skip/@include) into one operation's merged field tree. No schema, no type checks: the
// executor (FakeGitHubGraphQL.cpp) answers the fields it knows.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace shiftdesk::fake::gql {

struct Field
{
    QString alias{};
    QString name{};
    QJsonObject args{};           // variables already substituted
    QList<Field> selections{};    // fragments flattened, same response keys merged
    QStringList typeConditions{}; // asked for "... on X" (or a fragment on X); empty: any type
    int line = 0;
    int column = 0;
    QString key() const { return alias.isEmpty() ? name : alias; }
};

struct Document
{
    QString operation = QStringLiteral("query"); // query, mutation, subscription
    QString operationName{};
    QList<Field> fields{}; // the top-level fields
    QString error{};       // a parse error ("Parse error on ..."); fields then empty
    int errorLine = 0;
    int errorColumn = 0;
    bool ok() const { return error.isEmpty(); }
};

Document parse(const QString& text, const QJsonObject& variables,
               const QString& operationName = QString());

// "graphql:<name>" route names: the top-level fields (names and aliases) and the fields right
// below them, looking through inline fragments, e.g. repositoryOwner + projectV2, node + items.
QStringList routeNames(const Document& document);

} // namespace shiftdesk::fake::gql
