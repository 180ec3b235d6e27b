// GitHub's OAuth device flow against the local fake GitHub: the code, polling at the interval
// (plus margin), slow_down, approval, denial, expiry, a disabled flow and cancelling. GitHub's
// seconds are shortened to a few milliseconds with setTimeScale().
#include "FakeGitHub.h"
#include "github/DeviceFlow.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace shiftdesk;
using shiftdesk::fake::FakeGitHub;

namespace {
const QString kClientId = QStringLiteral("Ov23liTestClient");
constexpr double kMsPerSecond = 40.0; // one of GitHub's seconds lasts 40 ms here
} // namespace

class TestDeviceFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeGitHub> m_gh;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DeviceFlow> m_flow;

private Q_SLOTS:
    void init()
    {
        m_gh = std::make_unique<FakeGitHub>();
        QVERIFY(m_gh->start());
        m_gh->setDeviceFlow(kClientId, QStringLiteral("WDJB-MJHT"), 1, 900);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_flow = std::make_unique<DeviceFlow>(m_network.get());
        QVERIFY(m_flow->setWebBaseUrl(m_gh->webBaseUrl()));
        m_flow->setTimeScale(kMsPerSecond);
    }

    void cleanup()
    {
        m_flow.reset();
        m_network.reset();
        m_gh.reset();
    }

    void webBaseMustBeHttpsOrLoopback()
    {
        DeviceFlow flow(m_network.get());
        QString why;
        QVERIFY(!flow.setWebBaseUrl(QUrl(QStringLiteral("http://github.example.com/")), &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(flow.setWebBaseUrl(QUrl(QStringLiteral("https://github.example.com"))));
    }

    void approvedSignInHandsOverTheToken()
    {
        QSignalSpy code(m_flow.get(), &DeviceFlow::codeReady);
        QSignalSpy ok(m_flow.get(), &DeviceFlow::succeeded);
        QSignalSpy failed(m_flow.get(), &DeviceFlow::failed);
        QSignalSpy states(m_flow.get(), &DeviceFlow::stateChanged);
        m_flow->start(kClientId, {QStringLiteral("repo"), QStringLiteral("project")});
        QCOMPARE(m_flow->state(), DeviceFlow::State::RequestingCode);
        QTRY_COMPARE(code.size(), 1);
        QCOMPARE(m_flow->state(), DeviceFlow::State::WaitingForUser);
        QCOMPARE(code.first().at(0).toString(), QStringLiteral("WDJB-MJHT"));
        QCOMPARE(m_flow->userCode(), QStringLiteral("WDJB-MJHT"));
        const QUrl page = code.first().at(1).toUrl();
        QVERIFY(page.isValid());
        QVERIFY(page.path().contains(QStringLiteral("login/device")));
        QVERIFY(m_flow->expiresAt() > QDateTime::currentDateTimeUtc());

        // The code request: client id and the space-delimited scopes, asking for JSON.
        const auto first = m_gh->requests().first();
        QCOMPARE(first.path, QStringLiteral("/login/device/code"));
        QCOMPARE(first.body.value(QLatin1String("client_id")).toString(), kClientId);
        QCOMPARE(first.body.value(QLatin1String("scope")).toString(),
                 QStringLiteral("repo project"));
        QVERIFY(first.headers.value(QStringLiteral("accept")).contains(QLatin1String("json")));

        QTRY_VERIFY(m_gh->devicePolls() >= 2); // authorization_pending: keeps polling
        QVERIFY(ok.isEmpty());
        m_gh->approveDevice({QStringLiteral("repo"), QStringLiteral("project")});
        QTRY_COMPARE(ok.size(), 1);
        QVERIFY(failed.isEmpty());
        QCOMPARE(m_flow->state(), DeviceFlow::State::Succeeded);
        const QString token = ok.first().at(0).toString();
        QVERIFY(!token.isEmpty());
        const QStringList scopes = ok.first().at(1).toStringList();
        QVERIFY(scopes.contains(QStringLiteral("repo")));
        QVERIFY(scopes.contains(QStringLiteral("project")));

        const auto poll = m_gh->requests().last();
        QCOMPARE(poll.path, QStringLiteral("/login/oauth/access_token"));
        QCOMPARE(poll.body.value(QLatin1String("grant_type")).toString(),
                 QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        QCOMPARE(poll.body.value(QLatin1String("client_id")).toString(), kClientId);
        QVERIFY(!poll.body.value(QLatin1String("device_code")).toString().isEmpty());

        // No more polls after success.
        const int polls = m_gh->devicePolls();
        QTest::qWait(int(5 * kMsPerSecond));
        QCOMPARE(m_gh->devicePolls(), polls);
        QCOMPARE(states.last().at(0).value<DeviceFlow::State>(), DeviceFlow::State::Succeeded);
    }

    void pollsWaitTheIntervalPlusMargin()
    {
        m_gh->setDeviceFlow(kClientId, QStringLiteral("ABCD-EFGH"), 2, 900);
        m_flow->setPollMarginPercent(50); // 2 s * 1.5 = 3 s = 120 ms here
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        connect(m_gh.get(), &FakeGitHub::requestHandled, this, [&at, &clock](const QString& r) {
            if (r.contains(QLatin1String("access_token")))
                at << clock.elapsed();
        });
        m_flow->start(kClientId, {QStringLiteral("repo")});
        QTRY_VERIFY_WITH_TIMEOUT(at.size() >= 3, 5000);
        for (int i = 1; i < at.size(); ++i)
            QVERIFY2(at[i] - at[i - 1] >= 110, qPrintable(QString::number(at[i] - at[i - 1])));
        m_flow->cancel();
    }

    void slowDownRaisesTheInterval_data()
    {
        QTest::addColumn<int>("given");
        QTest::addColumn<int>("expected");
        QTest::newRow("GitHub names 9 s") << 9 << 9;
        QTest::newRow("GitHub names less: +5 s") << 1 << 6;
    }

    void slowDownRaisesTheInterval()
    {
        QFETCH(int, given);
        QFETCH(int, expected);
        QSignalSpy code(m_flow.get(), &DeviceFlow::codeReady);
        int intervalAtCode = 0;
        connect(m_flow.get(), &DeviceFlow::codeReady, this,
                [this, &intervalAtCode]() { intervalAtCode = m_flow->intervalSeconds(); });
        m_gh->slowDownNextPolls(1, given);
        m_flow->start(kClientId, {QStringLiteral("repo")});
        QTRY_COMPARE(code.size(), 1);
        QCOMPARE(intervalAtCode, 1);
        QTRY_COMPARE(m_flow->intervalSeconds(), expected);
        QCOMPARE(m_flow->state(), DeviceFlow::State::WaitingForUser); // still waiting
        // The next poll comes only after the new interval.
        const int polls = m_gh->devicePolls();
        QTest::qWait(int(expected * kMsPerSecond * 0.8));
        QCOMPARE(m_gh->devicePolls(), polls);
        QSignalSpy ok(m_flow.get(), &DeviceFlow::succeeded);
        m_gh->approveDevice();
        QTRY_COMPARE(ok.size(), 1);
    }

    void denialFails()
    {
        QSignalSpy code(m_flow.get(), &DeviceFlow::codeReady);
        QSignalSpy failed(m_flow.get(), &DeviceFlow::failed);
        m_flow->start(kClientId, {QStringLiteral("repo")});
        QTRY_COMPARE(code.size(), 1);
        m_gh->denyDevice();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(m_flow->state(), DeviceFlow::State::Failed);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("cancelled")));
        const int polls = m_gh->devicePolls();
        QTest::qWait(int(4 * kMsPerSecond));
        QCOMPARE(m_gh->devicePolls(), polls);
    }

    void expiryStopsPolling()
    {
        m_gh->setDeviceFlow(kClientId, QStringLiteral("WDJB-MJHT"), 1, 4);
        QSignalSpy failed(m_flow.get(), &DeviceFlow::failed);
        QElapsedTimer clock;
        clock.start();
        m_flow->start(kClientId, {QStringLiteral("repo")});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(clock.elapsed() >= 4 * kMsPerSecond - 10,
                 qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_flow->state(), DeviceFlow::State::Failed);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("expired")));
        QVERIFY(m_gh->devicePolls() <= 4);
        const int polls = m_gh->devicePolls();
        QTest::qWait(int(3 * kMsPerSecond));
        QCOMPARE(m_gh->devicePolls(), polls);
    }

    void githubSaysExpired()
    {
        // GitHub's clock (real seconds in the fake) runs out before Shiftdesk's (stretched).
        m_gh->setDeviceFlow(kClientId, QStringLiteral("WDJB-MJHT"), 1, 2);
        m_flow->setTimeScale(2500); // the first poll after 2.5 s: GitHub's 2 s are over
        m_flow->setPollMarginPercent(0);
        QSignalSpy failed(m_flow.get(), &DeviceFlow::failed);
        m_flow->start(kClientId, {QStringLiteral("repo")});
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 8000);
        QCOMPARE(m_gh->devicePolls(), 1); // GitHub said so, not the local clock
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("expired")));
    }

    void disabledFlowFailsAtTheCode()
    {
        m_gh->disableDeviceFlow();
        QSignalSpy code(m_flow.get(), &DeviceFlow::codeReady);
        QSignalSpy failed(m_flow.get(), &DeviceFlow::failed);
        m_flow->start(kClientId, {QStringLiteral("repo")});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(code.isEmpty());
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("Device Flow")));
        QCOMPARE(m_gh->devicePolls(), 0);
    }

    void unknownClientIdFails()
    {
        QSignalSpy failed(m_flow.get(), &DeviceFlow::failed);
        m_flow->start(QStringLiteral("not-the-client"), {QStringLiteral("repo")});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(m_flow->state(), DeviceFlow::State::Failed);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("client ID")));
    }

    void cancelStopsPolling()
    {
        QSignalSpy code(m_flow.get(), &DeviceFlow::codeReady);
        QSignalSpy ok(m_flow.get(), &DeviceFlow::succeeded);
        QSignalSpy failed(m_flow.get(), &DeviceFlow::failed);
        m_flow->start(kClientId, {QStringLiteral("repo")});
        QTRY_COMPARE(code.size(), 1);
        m_flow->cancel();
        QCOMPARE(m_flow->state(), DeviceFlow::State::Cancelled);
        const int polls = m_gh->devicePolls();
        m_gh->approveDevice();
        QTest::qWait(int(4 * kMsPerSecond));
        QCOMPARE(m_gh->devicePolls(), polls);
        QVERIFY(ok.isEmpty());
        QVERIFY(failed.isEmpty());
    }

    void unreachableServerFails()
    {
        QVERIFY(m_flow->setWebBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/"))));
        QSignalSpy failed(m_flow.get(), &DeviceFlow::failed);
        m_flow->start(kClientId, {QStringLiteral("repo")});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("Cannot reach GitHub")));
    }
};

QTEST_GUILESS_MAIN(TestDeviceFlow)
#include "tst_deviceflow.moc"
