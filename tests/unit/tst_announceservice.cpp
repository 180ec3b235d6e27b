// AnnounceService against the fake Slack: the templates file, and posts interrupted by a crash
// or a lost answer, which are looked for in Slack before anything is sent again.
#include "FakeClock.h"
#include "SlackTestEnvironment.h"
#include "announce/AnnounceService.h"
#include "announce/DraftModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace shiftdesk;
using namespace shiftdesk::test;
using shiftdesk::fake::FakeFault;

namespace {
const QString kChannel = QStringLiteral("C0ASK");
const QString kText = QStringLiteral("*ANNOUNCEMENT:* Jenkins is down. We will update at 11AM.");
} // namespace

class TestAnnounceService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlackTestEnvironment> m_env;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<SlackConnection> m_connection;
    std::unique_ptr<AnnounceService> m_service;

    QString templatesFile() const
    {
        return m_env->profile->dir.filePath(QStringLiteral("announce-templates.json"));
    }

    std::unique_ptr<AnnounceService> makeService()
    {
        auto service =
            std::make_unique<AnnounceService>(*m_env->profile->database, *m_env->profile->settings,
                                              *m_clock, m_connection.get(), templatesFile());
        service->poster()->setVerifyDelays({0, 200});
        return service;
    }

    qint64 draftWith(const QString& text)
    {
        const qint64 id = m_service->newDraft(QStringLiteral("incident"));
        auto draft = m_service->store().draft(id);
        draft->text = text;
        m_service->saveDraft(*draft);
        return id;
    }

    PostOutcome post(qint64 draftId)
    {
        std::optional<PostOutcome> out;
        m_service->post(draftId, this, [&out](const PostOutcome& o) { out = o; });
        if (!QTest::qWaitFor([&out]() { return out.has_value(); }, 20000))
            QTest::qFail("no outcome", __FILE__, __LINE__);
        return out.value_or(PostOutcome());
    }

    int inSlack() const { return int(m_env->slack->messages(kChannel).size()); }

    bool writeFile(const QString& path, const QByteArray& content)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<SlackTestEnvironment>();
        m_env->slack->addChannel(kChannel, QStringLiteral("ask-cloud-platform"));
        QVERIFY(m_env->storeTokens(false));
        m_clock = std::make_unique<FakeClock>(london(2026, 11, 27, 10, 0));
        m_connection = m_env->connect();
        m_connection->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->isConnected(), 10000);
        m_service = makeService();
        QVERIFY(m_service->start(nullptr));
    }

    void cleanup()
    {
        m_service.reset();
        m_connection.reset();
        m_clock.reset();
        m_env.reset();
    }

    void templatesImportExportAndReset()
    {
        const QString exported = m_env->profile->dir.filePath(QStringLiteral("out.json"));
        QString error;
        QVERIFY2(m_service->exportTemplatesFile(exported, &error), qPrintable(error));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QJsonArray templates = doc.value(QLatin1String("templates")).toArray();
        QJsonObject first = templates.at(0).toObject();
        first.insert(QStringLiteral("name"), QStringLiteral("Database maintenance"));
        templates.replace(0, first);
        doc.insert(QStringLiteral("templates"), templates);

        // A syntax error names its line; a content error its field; nothing changes.
        const QString bad = m_env->profile->dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(bad, "{\n  \"format\": \"shiftdesk-announce-templates\",\n  oops\n}"));
        QVERIFY(!m_service->importTemplatesFile(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("Line 3")), qPrintable(error));
        QJsonObject broken = doc;
        QJsonArray brokenTemplates = templates;
        QJsonObject t = brokenTemplates.at(1).toObject();
        t.insert(QStringLiteral("kind"), QStringLiteral("shout"));
        brokenTemplates.replace(1, t);
        broken.insert(QStringLiteral("templates"), brokenTemplates);
        QVERIFY(writeFile(bad, QJsonDocument(broken).toJson()));
        QVERIFY(!m_service->importTemplatesFile(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("templates[1].kind")), qPrintable(error));
        QVERIFY(m_service->templates().templates.at(0).name !=
                QStringLiteral("Database maintenance"));

        // A good file is used at once and after a restart.
        QSignalSpy changed(m_service.get(), &AnnounceService::templatesChanged);
        const QString good = m_env->profile->dir.filePath(QStringLiteral("good.json"));
        QVERIFY(writeFile(good, QJsonDocument(doc).toJson()));
        QVERIFY2(m_service->importTemplatesFile(good, &error), qPrintable(error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_service->templates().templates.at(0).name,
                 QStringLiteral("Database maintenance"));
        auto restarted = makeService();
        QVERIFY(restarted->start(nullptr));
        QCOMPARE(restarted->templates().templates.at(0).name,
                 QStringLiteral("Database maintenance"));

        QVERIFY(m_service->resetTemplates(&error));
        QVERIFY(!QFile::exists(templatesFile()));
        QCOMPARE(m_service->templates().templates.at(0).name,
                 AnnounceTemplates::defaultTemplates().templates.at(0).name);
    }

    void aDamagedTemplatesFileFallsBackToTheDefaults()
    {
        QVERIFY(writeFile(templatesFile(), "not json"));
        auto service = makeService();
        QString error;
        QVERIFY(!service->start(&error));
        QVERIFY2(error.contains(QStringLiteral("built-in")), qPrintable(error));
        QCOMPARE(service->templates().templates.size(),
                 AnnounceTemplates::defaultTemplates().templates.size());
    }

    // The app died after sending but before recording: the next Post finds it in Slack.
    void aPostInterruptedByACrashIsFoundNotSentAgain()
    {
        const qint64 id = draftWith(kText);
        QVERIFY(m_service->store().setPostAttempt(id, QDateTime::currentDateTimeUtc()));
        m_env->slack->postMessage(
            kChannel, QJsonObject{{QStringLiteral("text"), m_service->toWire(kText)},
                                  {QStringLiteral("user"), m_connection->identity().userId},
                                  {QStringLiteral("bot_id"), m_connection->identity().botId}});
        m_env->slack->clearRequests();

        const PostOutcome out = post(id);
        QVERIFY2(out.posted(), qPrintable(out.message));
        QVERIFY(out.foundAfterUnknown);
        QCOMPARE(m_env->slack->callCount(QStringLiteral("chat.postMessage")), 0);
        QCOMPARE(inSlack(), 1);
        QVERIFY(!m_service->store().draft(id));
        QCOMPARE(m_service->store().announcements().size(), 1);
        QCOMPARE(m_service->openPromises().size(), 1); // 11AM
    }

    void aPostInterruptedBeforeSendingIsSentOnce()
    {
        const qint64 id = draftWith(kText);
        QVERIFY(m_service->store().setPostAttempt(id, QDateTime::currentDateTimeUtc()));
        const PostOutcome out = post(id);
        QVERIFY2(out.posted(), qPrintable(out.message));
        QVERIFY(!out.foundAfterUnknown);
        QCOMPARE(m_env->slack->callCount(QStringLiteral("chat.postMessage")), 1);
        QCOMPARE(inSlack(), 1);
    }

    // The answer is lost and Slack cannot be searched: the draft keeps its mark, and the next
    // Post looks first and finds it.
    void anUnknownOutcomeIsCheckedBeforeTheNextPost()
    {
        const qint64 id = draftWith(kText);
        FakeFault drop;
        drop.kind = FakeFault::Kind::DropAfterProcessing;
        m_env->slack->injectFault(QStringLiteral("chat.postMessage"), drop);
        FakeFault down;
        down.kind = FakeFault::Kind::Http503;
        m_env->slack->injectFault(QStringLiteral("conversations.history"), down, 20);
        const PostOutcome first = post(id);
        QCOMPARE(first.state, PostOutcome::State::Unknown);
        QVERIFY(m_service->store().draft(id)->postAttemptAt.isValid());
        const int row = m_service->draftModel()->rowOf(id);
        QVERIFY(m_service->draftModel()->index(row).data(DraftModel::PostAttemptRole).toBool());

        m_env->slack->clearFaults();
        const PostOutcome second = post(id);
        QVERIFY2(second.posted(), qPrintable(second.message));
        QVERIFY(second.foundAfterUnknown);
        QCOMPARE(m_env->slack->callCount(QStringLiteral("chat.postMessage")), 1);
        QCOMPARE(inSlack(), 1);
    }

    void refusedWhenSlackIsNotConnectedOrTheTextHasErrors()
    {
        const qint64 empty = draftWith(QStringLiteral("   "));
        PostOutcome out = post(empty);
        QCOMPARE(out.state, PostOutcome::State::NotPosted);
        QVERIFY(m_service->store().draft(empty));

        m_env->profile->settings->setSlackConfig([this]() {
            SlackConfig c = m_env->profile->settings->slackConfig();
            c.announceChannel = QStringLiteral("no-such-channel");
            return c;
        }());
        const qint64 id = draftWith(kText);
        out = post(id);
        QCOMPARE(out.state, PostOutcome::State::NotPosted);
        QVERIFY2(out.message.contains(QStringLiteral("#no-such-channel was not found")),
                 qPrintable(out.message));
        QCOMPARE(m_env->slack->callCount(QStringLiteral("chat.postMessage")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnnounceService)
#include "tst_announceservice.moc"
