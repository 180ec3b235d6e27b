#pragma once
// The shared set-up of the HandoverService tests (tst_handoverservice, tst_overnight): the fake
// Slack with the alarm, support and handover channels and their people, and a shift of the real
// checklist, alarm feed and announcement services around HandoverService, seeded with a day.
#include "AlarmFixtures.h"
#include "FakeClock.h"
#include "SlackTestEnvironment.h"
#include "alarms/AlarmFeed.h"
#include "announce/AnnounceService.h"
#include "checklist/ChecklistService.h"
#include "handover/HandoverHistoryModel.h"
#include "handover/HandoverService.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace shiftdesk::test::handover {
const QString kHigh = QStringLiteral("C0HIGH");
const QString kLow = QStringLiteral("C0LOW");
const QString kAsk = QStringLiteral("C0ASK");
const QString kHandover = QStringLiteral("C0CP"); // #cloud-platform, the default destination
const QString kOnCall = QStringLiteral("U0ONCALL");

inline QString tsAt(const QDateTime& at, int micro = 100)
{
    return QString::number(at.toSecsSinceEpoch()) +
           QStringLiteral(".%1").arg(micro, 6, 10, QLatin1Char('0'));
}
} // namespace shiftdesk::test::handover

namespace shiftdesk::test {

using namespace handover;
using shiftdesk::fake::FakeFault;

class HandoverServiceFixture : public QObject
{
protected:
    std::unique_ptr<SlackTestEnvironment> m_env;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<SlackConnection> m_connection;
    std::unique_ptr<ChecklistService> m_checklist;
    std::unique_ptr<AlarmFeed> m_feed;
    std::unique_ptr<AnnounceService> m_announce;
    std::unique_ptr<HandoverService> m_service;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void alarm(const QString& channel, const QString& name, bool firing, const QDateTime& at)
    {
        QJsonObject m = alertmanagerPost(name, firing, QStringLiteral("critical"),
                                         QStringLiteral("10.0.0.1:9100"));
        m.insert(QStringLiteral("ts"), tsAt(at));
        m_env->slack->postMessage(channel, m);
    }

    void say(const QString& channel, const QString& user, const QString& text, const QDateTime& at,
             const QString& subtype = {})
    {
        QJsonObject m{{QStringLiteral("type"), QStringLiteral("message")},
                      {QStringLiteral("user"), user},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("ts"), tsAt(at)}};
        if (!subtype.isEmpty())
            m.insert(QStringLiteral("subtype"), subtype);
        m_env->slack->postMessage(channel, m);
    }

    std::unique_ptr<HandoverService> makeService()
    {
        auto s = std::make_unique<HandoverService>(
            *m_env->profile->database, *m_env->profile->settings, *m_clock, m_connection.get(),
            m_checklist.get(), m_feed.get(), m_announce.get(), nullptr);
        s->poster()->setVerifyDelays({0, 200});
        return s;
    }

    // The shift's services, started with the clock at `at`.
    void startShift(const QDateTime& at)
    {
        m_clock = std::make_unique<FakeClock>(at);
        m_connection = m_env->connect();
        m_connection->client()->setRetryPolicy(2, 50);
        m_connection->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isConnected(), 10000);
        QString error;
        m_checklist = std::make_unique<ChecklistService>(*m_env->profile->database,
                                                         *m_env->profile->settings, *m_clock);
        QVERIFY2(m_checklist->start(&error), qPrintable(error));
        m_feed = std::make_unique<AlarmFeed>(*m_env->profile->database, *m_env->profile->settings,
                                             *m_clock, m_connection.get());
        m_feed->setPollIntervals(300, 2000);
        QVERIFY(m_feed->start(&error));
        QTRY_VERIFY(!m_feed->isLoading());
        m_announce = std::make_unique<AnnounceService>(
            *m_env->profile->database, *m_env->profile->settings, *m_clock, m_connection.get(),
            m_env->profile->dir.filePath(QStringLiteral("announce-templates.json")));
        QVERIFY(m_announce->start(nullptr));
        m_service = makeService();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_service->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_service->start(&error));
    }

    void stopShift()
    {
        m_tester.reset();
        m_service.reset();
        m_announce.reset();
        m_feed.reset();
        m_checklist.reset();
        m_connection.reset();
    }

    const AlarmRow* alarmRow(const QString& name) const
    {
        for (int i = 0; i < m_feed->model()->rowCount(); ++i) {
            if (m_feed->model()->rowAt(i).group.alertName == name)
                return &m_feed->model()->rowAt(i);
        }
        return nullptr;
    }

    void announce(const QString& templateId, const QString& text)
    {
        const qint64 id = m_announce->newDraft(templateId);
        auto draft = m_announce->store().draft(id);
        QVERIFY(draft);
        draft->text = text;
        QVERIFY(m_announce->saveDraft(*draft));
        std::optional<PostOutcome> out;
        m_announce->post(id, this, [&out](const PostOutcome& o) { out = o; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        QVERIFY2(out->posted(), qPrintable(out->message));
    }

    // The next post's answer is lost, and the channel cannot be searched for it (`looks` tries).
    void loseTheAnswerAndTheWayToCheck(int looks)
    {
        FakeFault drop;
        drop.kind = FakeFault::Kind::DropAfterProcessing;
        m_env->slack->injectFault(QStringLiteral("chat.postMessage"), drop);
        FakeFault down;
        down.kind = FakeFault::Kind::Http503;
        m_env->slack->injectFault(QStringLiteral("conversations.history"), down, looks);
    }

    PostOutcome post(const QString& wire)
    {
        std::optional<PostOutcome> out;
        m_service->post(wire, this, [&out](const PostOutcome& o) { out = o; });
        if (!QTest::qWaitFor([&out]() { return out.has_value(); }, 20000))
            QTest::qFail("no outcome", __FILE__, __LINE__);
        return out.value_or(PostOutcome());
    }

    int inSlack(const QString& channel) const
    {
        int n = 0;
        for (const QJsonValue& v : m_env->slack->messages(channel))
            n += v.toObject().value(QStringLiteral("bot_id")).toString() ==
                         m_connection->identity().botId
                     ? 1
                     : 0;
        return n;
    }

    QString handoverText()
    {
        return m_service->toWire(m_service->heading(), m_service->sections());
    }

    void setUp()
    {
        m_env = std::make_unique<SlackTestEnvironment>();
        m_env->slack->addChannel(kHigh, QStringLiteral("high-priority-alarms"));
        m_env->slack->addChannel(kLow, QStringLiteral("low-priority-alarms"));
        m_env->slack->addChannel(kAsk, QStringLiteral("ask-cloud-platform"));
        m_env->slack->addChannel(kHandover, QStringLiteral("cloud-platform"));
        m_env->slack->addUser(
            QJsonObject{{QStringLiteral("id"), kOnCall},
                        {QStringLiteral("name"), QStringLiteral("sam")},
                        {QStringLiteral("real_name"), QStringLiteral("Sam Oncall")},
                        {QStringLiteral("deleted"), false},
                        {QStringLiteral("is_bot"), false},
                        {QStringLiteral("profile"),
                         QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Sam")}}}});
        m_env->slack->addUser(QJsonObject{{QStringLiteral("id"), QStringLiteral("U0ALEX")},
                                          {QStringLiteral("name"), QStringLiteral("alex")},
                                          {QStringLiteral("real_name"), QStringLiteral("Alex")},
                                          {QStringLiteral("deleted"), false},
                                          {QStringLiteral("is_bot"), false}});
        m_env->slack->addUser(QJsonObject{{QStringLiteral("id"), QStringLiteral("U0GONE")},
                                          {QStringLiteral("name"), QStringLiteral("gone")},
                                          {QStringLiteral("deleted"), true}});
        QVERIFY(m_env->storeTokens(false));
    }

    void tearDown()
    {
        stopShift();
        m_clock.reset();
        m_env.reset();
    }
};

} // namespace shiftdesk::test
