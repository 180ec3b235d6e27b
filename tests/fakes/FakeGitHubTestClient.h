#pragma once

// A bare client for poking the fake GitHub in tests: plain QNetworkAccessManager calls that wait
// for their answer, sending the headers §10 asks for. Header-only; it knows nothing of the
// app's own GitHub client. TestReply, spinUntil and formEncode come from FakeSlackTestClient.h.

#include "FakeGitHub.h"
#include "FakeSlackTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <memory>

namespace shiftdesk::fake {

class FakeGitHubTestClient
{
public:
    FakeGitHubTestClient()
        : m_nam(std::make_unique<QNetworkAccessManager>())
    {}

    void setServer(const FakeGitHub& github)
    {
        m_api = github.apiBaseUrl();
        m_graphql = github.graphqlUrl();
        m_web = github.webBaseUrl();
    }
    void resetNetwork() { m_nam = std::make_unique<QNetworkAccessManager>(); }
    QNetworkAccessManager* network() const { return m_nam.get(); }

    QString token = QStringLiteral("ghp_test"); // empty: no Authorization header
    QByteArray authScheme = "Bearer";

    QUrl api(const QString& path, const QByteArray& query = {}) const
    {
        QUrl url = m_api.resolved(QUrl(path.startsWith(QLatin1Char('/')) ? path.mid(1) : path));
        if (!query.isEmpty())
            url.setQuery(QString::fromLatin1(query));
        return url;
    }
    QUrl web(const QString& path) const { return m_web.resolved(QUrl(path)); }

    QNetworkRequest request(const QUrl& url, const QByteArray& ifNoneMatch = {}) const
    {
        QNetworkRequest r(url);
        r.setRawHeader("Accept", "application/vnd.github+json");
        r.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
        r.setRawHeader("User-Agent", "ShiftdeskTest/1.0");
        if (!token.isEmpty())
            r.setRawHeader("Authorization", authScheme + ' ' + token.toUtf8());
        if (!ifNoneMatch.isEmpty())
            r.setRawHeader("If-None-Match", ifNoneMatch);
        return r;
    }

    static TestReply wait(QNetworkReply* reply) { return FakeSlackTestClient::wait(reply); }

    TestReply getUrl(const QUrl& url, const QByteArray& ifNoneMatch = {})
    {
        return wait(m_nam->get(request(url, ifNoneMatch)));
    }
    TestReply get(const QString& path, const QByteArray& query = {},
                  const QByteArray& ifNoneMatch = {})
    {
        return getUrl(api(path, query), ifNoneMatch);
    }
    TestReply send(const QByteArray& verb, const QString& path, const QJsonValue& body)
    {
        QNetworkRequest r = request(api(path));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QByteArray bytes =
            body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        return wait(m_nam->sendCustomRequest(r, verb, bytes));
    }
    TestReply graphql(const QString& query, const QJsonObject& variables = {})
    {
        QNetworkRequest r = request(m_graphql);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QJsonObject body{{QStringLiteral("query"), query}};
        if (!variables.isEmpty())
            body.insert(QStringLiteral("variables"), variables);
        return wait(m_nam->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    // The device flow: form-encoded POST to the web host, no token.
    TestReply webPost(const QString& path, const QByteArray& form, bool acceptJson = true)
    {
        QNetworkRequest r(web(path));
        r.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArray("application/x-www-form-urlencoded"));
        if (acceptJson)
            r.setRawHeader("Accept", "application/json");
        return wait(m_nam->post(r, form));
    }

    static QJsonArray array(const TestReply& r) { return QJsonDocument::fromJson(r.body).array(); }
    // rel -> URL of a `link` header.
    static QMap<QString, QString> links(const TestReply& r)
    {
        QMap<QString, QString> out;
        static const QRegularExpression re(QStringLiteral("<([^>]*)>; rel=\"([a-z]+)\""));
        auto it = re.globalMatch(QString::fromLatin1(r.header("link")));
        while (it.hasNext()) {
            const auto m = it.next();
            out.insert(m.captured(2), m.captured(1));
        }
        return out;
    }
    static QJsonValue path(const QJsonValue& root, const QString& dotted) // "data.a.b.0.c"
    {
        QJsonValue v = root;
        for (const QString& key : dotted.split(QLatin1Char('.'))) {
            bool isIndex = false;
            const int index = key.toInt(&isIndex);
            v = isIndex && v.isArray() ? v.toArray().at(index) : v.toObject().value(key);
        }
        return v;
    }

private:
    QUrl m_api;
    QUrl m_graphql;
    QUrl m_web;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace shiftdesk::fake
