#include "GitHubHttp.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>

#include <cstring>

namespace shiftdesk::github {

QUrl graphqlUrlFor(const QUrl& restBase)
{
    QUrl url = restBase;
    if (restBase.host().compare(QLatin1String("api.github.com"), Qt::CaseInsensitive) == 0) {
        url.setPath(QStringLiteral("/graphql"));
        return url;
    }
    QString path = restBase.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    if (path.endsWith(QLatin1String("/api/v3/"))) {
        path.chop(int(qstrlen("v3/")));
        url.setPath(path + QStringLiteral("graphql"));
        return url;
    }
    url.setPath(path + QStringLiteral("graphql"));
    return url;
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    const QString scheme = a.scheme().toLower();
    if (scheme != b.scheme().toLower())
        return false;
    if (a.host().compare(b.host(), Qt::CaseInsensitive) != 0)
        return false;
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return a.port(defaultPort) == b.port(defaultPort);
}

QString resourceFor(const QString& path, bool graphql)
{
    if (graphql)
        return QStringLiteral("graphql");
    if (path.startsWith(QLatin1String("/search/")))
        return QStringLiteral("search");
    return QStringLiteral("core");
}

QByteArray encodeQuery(const QVariantMap& query)
{
    QByteArray out;
    for (auto it = query.constBegin(); it != query.constEnd(); ++it) {
        if (!out.isEmpty())
            out += '&';
        QString value;
        if (it->typeId() == QMetaType::Bool)
            value = it->toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (it->typeId() == QMetaType::QStringList)
            value = it->toStringList().join(QLatin1Char(','));
        else
            value = it->toString();
        out += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QStringList splitList(const QByteArray& header)
{
    QStringList out;
    const QString text = QString::fromLatin1(header);
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString& p : parts)
        out << p.trimmed();
    return out;
}

RateLimit parseRateLimit(const QNetworkReply* reply, const QString& fallbackResource)
{
    RateLimit r;
    r.resource = QString::fromLatin1(reply->rawHeader("x-ratelimit-resource").trimmed());
    if (r.resource.isEmpty())
        r.resource = fallbackResource;
    auto number = [reply](const char* name) {
        bool ok = false;
        const qint64 v = reply->rawHeader(name).trimmed().toLongLong(&ok);
        return ok ? v : qint64(-1);
    };
    r.limit = int(number("x-ratelimit-limit"));
    r.remaining = int(number("x-ratelimit-remaining"));
    r.used = int(number("x-ratelimit-used"));
    const qint64 reset = number("x-ratelimit-reset");
    // Epoch seconds; a value this large can only be milliseconds (some recordings have them).
    if (reset > 100000000000LL)
        r.reset = QDateTime::fromMSecsSinceEpoch(reset, Qt::UTC);
    else if (reset > 0)
        r.reset = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    return r;
}

QUrl nextLink(const QByteArray& header)
{
    // <url>; rel="next", <url>; rel="last" — URLs may contain commas, so parse by brackets.
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = header.indexOf('<', pos);
        if (open < 0)
            return {};
        const qsizetype close = header.indexOf('>', open);
        if (close < 0)
            return {};
        qsizetype end = header.indexOf('<', close);
        if (end < 0)
            end = header.size();
        const QByteArray params = header.mid(close + 1, end - close - 1);
        const QByteArray url = header.mid(open + 1, close - open - 1).trimmed();
        pos = close + 1;
        for (const QByteArray& param : params.split(';')) {
            const QByteArray p = param.trimmed();
            if (!p.startsWith("rel="))
                continue;
            QByteArray rels = p.mid(4).trimmed();
            if (rels.startsWith('"'))
                rels = rels.mid(1);
            if (rels.endsWith(',') || rels.endsWith('"'))
                rels.chop(1);
            if (rels.endsWith('"'))
                rels.chop(1);
            if (rels.split(' ').contains("next"))
                return QUrl::fromEncoded(url, QUrl::TolerantMode);
        }
    }
}

QList<GitHubResult::FieldError> parseFieldErrors(const QJsonArray& errors)
{
    QList<GitHubResult::FieldError> out;
    for (const QJsonValue& v : errors) {
        GitHubResult::FieldError e;
        if (v.isString()) {
            e.code = QStringLiteral("custom");
            e.message = v.toString();
        } else {
            const QJsonObject o = v.toObject();
            e.resource = o.value(QLatin1String("resource")).toString();
            e.field = o.value(QLatin1String("field")).toString();
            e.code = o.value(QLatin1String("code")).toString();
            e.message = o.value(QLatin1String("message")).toString();
        }
        out << e;
    }
    return out;
}

QList<GitHubResult::GraphQLProblem> parseGraphQLErrors(const QJsonArray& errors)
{
    QList<GitHubResult::GraphQLProblem> out;
    for (const QJsonValue& v : errors) {
        const QJsonObject o = v.toObject();
        GitHubResult::GraphQLProblem p;
        p.type = o.value(QLatin1String("type")).toString();
        p.message = o.value(QLatin1String("message")).toString();
        const QJsonArray path = o.value(QLatin1String("path")).toArray();
        for (const QJsonValue& step : path)
            p.path << (step.isDouble() ? QString::number(step.toInteger()) : step.toString());
        out << p;
    }
    return out;
}

QString encodePath(const QString& path)
{
    QStringList segments;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& s : parts)
        segments << QString::fromLatin1(QUrl::toPercentEncoding(s));
    return segments.join(QLatin1Char('/'));
}

} // namespace shiftdesk::github
