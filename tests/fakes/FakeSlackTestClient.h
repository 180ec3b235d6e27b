#pragma once

// A bare client for poking the fake Slack in tests: plain QNetworkAccessManager calls that
// wait for their answer, and a recording QWebSocket for Socket Mode. Header-only; it knows
// nothing of the app's own Slack client.

#include "FakeSlack.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <memory>

namespace shiftdesk::fake {

struct TestReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    bool hasHeader(const QByteArray& name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(), [&](const auto& h) {
            return h.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    }
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonValue operator[](const QString& key) const { return json.value(key); }
    QString nextCursor() const // §3: "" or missing at the end
    {
        return json.value(QLatin1String("response_metadata"))[QLatin1String("next_cursor")]
            .toString();
    }
    bool ok() const { return json.value(QLatin1String("ok")).toBool(); }
    QString err() const { return json.value(QLatin1String("error")).toString(); }
};

// Percent-encodes every key and value (so '+' survives, §14).
inline QByteArray formEncode(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& [key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

// The `key` of every object in `items`, e.g. the ids of conversations.list's channels.
inline QStringList valuesOf(const QJsonArray& items, const QString& key)
{
    QStringList out;
    for (const auto& v : items)
        out.append(v.toObject().value(key).toString());
    return out;
}

// Waits (event loop) until `done` holds or `timeoutMs` passed; returns `done()`.
template <typename Predicate> bool spinUntil(Predicate done, int timeoutMs = 5000)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(5);
    if (!done())
        loop.exec();
    return done();
}

// A Socket Mode client that records every text frame it receives.
struct TestSocketClient
{
    QWebSocket ws;
    QList<QJsonObject> frames;

    TestSocketClient()
    {
        QObject::connect(&ws, &QWebSocket::textMessageReceived, &ws, [this](const QString& t) {
            frames.append(QJsonDocument::fromJson(t.toUtf8()).object());
        });
    }
    QList<QJsonObject> ofType(const QString& type) const
    {
        QList<QJsonObject> out;
        for (const auto& f : frames) {
            if (f.value(QLatin1String("type")).toString() == type)
                out.append(f);
        }
        return out;
    }
    QList<QJsonObject> envelopes() const { return ofType(QStringLiteral("events_api")); }
    // payload.event of the index-th events_api envelope (negative: from the end)
    QJsonObject event(qsizetype index) const
    {
        const QList<QJsonObject> all = envelopes();
        const QJsonObject envelope = all.value(index < 0 ? all.size() + index : index);
        return envelope.value(QLatin1String("payload"))[QLatin1String("event")].toObject();
    }
    void ack(const QJsonObject& envelope) // §7.4
    {
        const QJsonObject ack{
            {QStringLiteral("envelope_id"), envelope.value(QLatin1String("envelope_id"))}};
        ws.sendTextMessage(QString::fromUtf8(QJsonDocument(ack).toJson(QJsonDocument::Compact)));
    }
};

class FakeSlackTestClient
{
public:
    enum class Auth { Bot, App, None, Wrong }; // the token sent in the Authorization header

    FakeSlackTestClient()
        : m_nam(std::make_unique<QNetworkAccessManager>())
    {}
    explicit FakeSlackTestClient(const FakeSlack& slack)
        : FakeSlackTestClient()
    {
        setServer(slack);
    }
    void setServer(const FakeSlack& slack) { m_base = slack.apiBaseUrl(); }

    // A new access manager: no kept-alive connections, no state from earlier failures.
    void resetNetwork() { m_nam = std::make_unique<QNetworkAccessManager>(); }
    QNetworkAccessManager* network() const { return m_nam.get(); }

    QNetworkRequest request(const QString& method, const QByteArray& query = {},
                            Auth auth = Auth::Bot) const
    {
        QUrl url = m_base.resolved(QUrl(method));
        if (!query.isEmpty())
            url.setQuery(QString::fromLatin1(query));
        QNetworkRequest r(url);
        const QByteArray token = auth == Auth::Bot   ? QByteArrayLiteral("xoxb-test-token")
                                 : auth == Auth::App ? QByteArrayLiteral("xapp-test-token")
                                                     : QByteArrayLiteral("xoxb-wrong");
        if (auth != Auth::None)
            r.setRawHeader("Authorization", "Bearer " + token);
        return r;
    }

    static TestReply wait(QNetworkReply* reply, int timeoutMs = 10000)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        TestReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        if (reply->isOpen())
            out.body = reply->readAll();
        out.json = QJsonDocument::fromJson(out.body).object();
        out.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return out;
    }

    TestReply get(const QString& method, const QByteArray& query = {}, Auth auth = Auth::Bot)
    {
        return wait(m_nam->get(request(method, query, auth)));
    }
    TestReply postForm(const QString& method, const QByteArray& body, Auth auth = Auth::Bot)
    {
        QNetworkRequest r = request(method, {}, auth);
        r.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArray("application/x-www-form-urlencoded"));
        return wait(m_nam->post(r, body));
    }
    TestReply postJson(const QString& method, const QJsonObject& body, Auth auth = Auth::Bot,
                       const QByteArray& contentType = "application/json; charset=utf-8")
    {
        QNetworkRequest r = request(method, {}, auth);
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return wait(m_nam->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    // apps.connections.open, then a socket on the URL; null unless hello arrived (§7.1-2).
    std::unique_ptr<TestSocketClient> connectSocket()
    {
        const TestReply open = postJson(QStringLiteral("apps.connections.open"), {}, Auth::App);
        auto client = std::make_unique<TestSocketClient>();
        client->ws.open(QUrl(open.json.value(QLatin1String("url")).toString()));
        if (!spinUntil([&] { return !client->frames.isEmpty(); }))
            return nullptr;
        return client;
    }

private:
    QUrl m_base;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace shiftdesk::fake
