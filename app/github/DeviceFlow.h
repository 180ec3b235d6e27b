#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace shiftdesk {

// GitHub's OAuth device flow (shared/reference/slack-github-api.md §12): asks for a user code,
// lets the user enter it at the verification page, and polls for the token at the interval
// GitHub gives (plus a safety margin), adding 5 s (or the interval GitHub names) on slow_down,
// stopping on expiry, denial or any other error. The token is handed over once in
// succeeded(); it is never logged or kept here afterwards.
class DeviceFlow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, RequestingCode, WaitingForUser, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    // `webBase`: https://github.com/ (GitHub Enterprise: https://HOST/). Loopback http allowed
    // for tests.
    DeviceFlow(QNetworkAccessManager* network, QObject* parent = nullptr);

    // Returns false (and keeps the old one) if not allowed (https, or http on loopback only).
    bool setWebBaseUrl(const QUrl& base, QString* why = nullptr);
    void setPollMarginPercent(int percent) { m_marginPercent = qMax(0, percent); } // default 20
    void setUserAgent(const QString& userAgent);
    // Tests: how many milliseconds one of GitHub's seconds (interval, expires_in) lasts here.
    void setTimeScale(double msecPerSecond) { m_msecPerSecond = qMax(1.0, msecPerSecond); }
    void setTimeout(int msec) { m_timeoutMs = qMax(1, msec); } // per request, default 30 s

    void start(const QString& clientId, const QStringList& scopes);
    void cancel();

    State state() const { return m_state; }
    QString userCode() const { return m_userCode; }
    QUrl verificationUrl() const { return m_verificationUrl; }
    QDateTime expiresAt() const { return m_expiresAt; }
    int intervalSeconds() const { return m_interval; }

Q_SIGNALS:
    // The user code and the page to enter it at: show both, and open the page.
    void codeReady(const QString& userCode, const QUrl& verificationUrl, const QDateTime& expires);
    void succeeded(const QString& token, const QStringList& scopes);
    void failed(const QString& message); // expired, denied, disabled, bad client id, network
    void stateChanged(shiftdesk::DeviceFlow::State state);

private:
    void poll();
    void fail(const QString& message);
    void setState(State state);
    void stopRequest();
    QNetworkReply* post(const QString& path, const QByteArray& form);
    void onCodeAnswer(QNetworkReply* reply);
    void onPollAnswer(QNetworkReply* reply);
    void schedulePoll();
    qint64 scaled(double seconds) const;
    static QString errorMessage(const QString& error, const QString& description);

    QNetworkAccessManager* m_network;
    QUrl m_webBase{QStringLiteral("https://github.com/")};
    QString m_userAgent;
    QString m_clientId;
    QString m_deviceCode;
    QString m_userCode;
    QUrl m_verificationUrl;
    QDateTime m_expiresAt;
    int m_interval = 5;
    int m_marginPercent = 20;
    QTimer m_timer;
    State m_state = State::Idle;
    quint64 m_generation = 0; // answers from a cancelled run are ignored
    QPointer<QNetworkReply> m_reply;
    double m_msecPerSecond = 1000.0;
    int m_timeoutMs = 30000;
    int m_pollFailures = 0; // network errors in a row while polling
};

} // namespace shiftdesk
