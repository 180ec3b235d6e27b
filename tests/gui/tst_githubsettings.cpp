// Preferences → GitHub against the local fake GitHub: a pasted token's Test (login, missing
// scopes, 401), the device-flow sign-in (code, page, approval, denial, cancel), the token kept
// only in the secret store, the settings round trip and validation.
#include "FakeGitHub.h"
#include "TestProfile.h"
#include "github/DeviceFlow.h"
#include "github/GitHubConnection.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/GitHubSettingsPage.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace shiftdesk;
using namespace shiftdesk::test;
using shiftdesk::fake::FakeGitHub;

namespace {

const QString kClientId = QStringLiteral("Ov23liTestClient");
const QString kUserCode = QStringLiteral("WDJB-MJHT");

// Catches QDesktopServices::openUrl() so no browser starts.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

// A desktop without a keychain: every call answers NoKeychain.
class NoKeychainStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString&, QObject* context, Callback done) override { answer(context, done); }
    void write(const QString&, const QString&, QObject* context, Callback done) override
    {
        answer(context, done);
    }
    void remove(const QString&, QObject* context, Callback done) override { answer(context, done); }
    bool isPersistent() const override { return false; }

private:
    void answer(QObject* context, Callback done)
    {
        QTimer::singleShot(0, context, [done]() {
            done({SecretStore::Status::NoKeychain, QString(), QStringLiteral("no keychain")});
        });
    }
};

// Answers the next message box with `button`, whenever it shows up; keeps its text.
class BoxAnswerer : public QObject
{
    Q_OBJECT
public:
    explicit BoxAnswerer(QMessageBox::StandardButton button)
        : m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            text = box->text();
            box->button(m_button)->click();
        });
        m_timer.start(10);
    }
    QString text;

private:
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
};

} // namespace

class TestGitHubSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeGitHub> m_gh;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<GitHubConnection> m_github;
    std::unique_ptr<SettingsDialog> m_dialog;
    UrlCatcher m_browser;

    GitHubSettingsPage* page() const { return m_dialog->gitHubPage(); }
    template <typename T> T* field(const char* name) const
    {
        T* w = page()->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    QPushButton* button(const char* name) const { return field<QPushButton>(name); }
    QLineEdit* edit(const char* name) const { return field<QLineEdit>(name); }

    // The connection on a fresh profile pointing at the fake; `store` is the secret store.
    void connectTo(std::unique_ptr<SecretStore> store)
    {
        m_dialog.reset();
        m_github.reset();
        m_secrets = std::move(store);
        GitHubConfig config = m_profile->settings->gitHubConfig();
        config.apiBase = m_gh->apiBaseUrl();
        config.webBase = m_gh->webBaseUrl();
        config.clientId = kClientId;
        m_profile->settings->setGitHubConfig(config);
        m_github = std::make_unique<GitHubConnection>(m_profile->settings.get(), m_secrets.get(),
                                                      m_network.get());
        m_github->start();
        QTRY_VERIFY(m_github->state() != GitHubConnection::State::Loading);
    }

    void openDialog()
    {
        m_dialog =
            std::make_unique<SettingsDialog>(m_profile->settings.get(), nullptr, m_github.get());
        m_dialog->showGitHubPage();
        QVERIFY(page());
        m_dialog->show(); // laid out as a user sees it, so clicks land on the buttons
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        page()->deviceFlow()->setTimeScale(20.0); // one of GitHub's seconds lasts 20 ms
    }

    QString storedToken()
    {
        bool done = false;
        QString value;
        m_secrets->read(GitHubConnection::kTokenKey, this, [&](const SecretStore::Result& r) {
            value = r.ok() ? r.value : QString();
            done = true;
        });
        if (!QTest::qWaitFor([&done]() { return done; }, 5000))
            qFatal("the secret store did not answer");
        return value;
    }

    QString settingsFileText()
    {
        m_profile->settings->sync();
        QFile file(m_profile->profile.settingsFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    bool test()
    {
        QSignalSpy finished(page(), &GitHubSettingsPage::testFinished);
        QTest::mouseClick(button("gitHubTestButton"), Qt::LeftButton);
        if (!finished.wait(5000))
            return false;
        return finished.first().at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

    void init()
    {
        m_gh = std::make_unique<FakeGitHub>();
        QVERIFY(m_gh->start());
        m_gh->setDeviceFlow(kClientId, kUserCode, 1, 900);
        m_profile = std::make_unique<TestProfile>();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_browser.urls.clear();
        connectTo(std::make_unique<MemorySecretStore>());
        openDialog();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_github.reset();
        m_secrets.reset();
        m_network.reset();
        m_profile.reset();
        m_gh.reset();
    }

    void oldConstructorHasNoGitHubPage()
    {
        SettingsDialog dialog(m_profile->settings.get(), nullptr);
        QVERIFY(!dialog.gitHubPage());
        dialog.showGitHubPage(); // harmless
        QVERIFY(m_dialog->gitHubPage());
        QCOMPARE(m_dialog->currentPage(), page());
        QCOMPARE(page()->testResult()->text(), m_github->statusText());
    }

    void pastedTokenShowsLoginAndMissingScopes()
    {
        m_gh->setToken(QStringLiteral("ghp_pasted"), {QStringLiteral("repo")});
        m_gh->setUser(QStringLiteral("robin"), QStringLiteral("Robin Hood"));
        QCOMPARE(page()->tokenEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(page()->tokenEdit(), QStringLiteral("ghp_pasted"));
        QVERIFY(test());
        const QString text = page()->testResult()->text();
        QVERIFY2(text.contains(QStringLiteral("Signed in as robin (Robin Hood)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Missing scopes: read:project")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("repo,")), qPrintable(text));

        m_gh->setToken(QStringLiteral("ghp_pasted"),
                       {QStringLiteral("repo"), QStringLiteral("read:project")});
        QVERIFY(test());
        QVERIFY2(page()->testResult()->text().contains(QStringLiteral("All needed scopes")),
                 qPrintable(page()->testResult()->text()));
        // Testing saves nothing.
        QCOMPARE(storedToken(), QString());
    }

    void badTokenShowsTheRefusal()
    {
        page()->tokenEdit()->setText(QStringLiteral("ghp_wrong"));
        QVERIFY(!test());
        const QString text = page()->testResult()->text();
        QVERIFY2(text.contains(QStringLiteral("401")), qPrintable(text));
        QVERIFY(button("gitHubTestButton")->isEnabled());
    }

    void emptyTokenFieldTestsTheSavedToken()
    {
        page()->tokenEdit()->clear();
        QVERIFY(!test());
        QVERIFY(page()->testResult()->text().contains(QStringLiteral("first")));

        m_dialog.reset();
        bool written = false;
        m_secrets->write(GitHubConnection::kTokenKey, QStringLiteral("ghp_test"), this,
                         [&written](const SecretStore::Result&) { written = true; });
        QTRY_VERIFY(written);
        connectTo(std::move(m_secrets));
        QTRY_VERIFY(m_github->isConnected());
        openDialog();
        QVERIFY(page()->tokenEdit()->placeholderText().contains(QStringLiteral("keychain")));
        QVERIFY(test());
        QCOMPARE(page()->testResult()->text(), QStringLiteral("GitHub: octocat"));
    }

    void deviceFlowSignsInAndOkKeepsTheTokenOnlyInTheKeychain()
    {
        QVERIFY(!field<QWidget>("gitHubSignInDialog")->isVisible());
        QTest::mouseClick(button("gitHubSignInButton"), Qt::LeftButton);
        QVERIFY(!button("gitHubSignInButton")->isEnabled());
        QVERIFY(field<QWidget>("gitHubSignInDialog")->isVisible());
        QTRY_COMPARE(page()->userCodeLabel()->text(), kUserCode);
        QVERIFY(page()->userCodeLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
        QCOMPARE(m_browser.urls.size(), 1);
        QVERIFY(m_browser.urls.first().path().endsWith(QStringLiteral("login/device")));
        QVERIFY(field<QLabel>("gitHubSignInWaiting")->text().contains(QStringLiteral("expires")));
        QTest::mouseClick(button("gitHubCopyCode"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), kUserCode);
        QTest::mouseClick(button("gitHubOpenPage"), Qt::LeftButton);
        QCOMPARE(m_browser.urls.size(), 2);

        QSignalSpy tested(page(), &GitHubSettingsPage::testFinished);
        m_gh->approveDevice();
        QVERIFY(tested.wait(5000));
        QCOMPARE(tested.first().at(0).toBool(), true);
        const QString token = page()->tokenEdit()->text();
        QVERIFY2(token.startsWith(QStringLiteral("gho_")), qPrintable(token));
        QVERIFY2(page()->testResult()->text().startsWith(QStringLiteral("Signed in as octocat")),
                 qPrintable(page()->testResult()->text()));
        QVERIFY(!field<QWidget>("gitHubSignInDialog")->isVisible());
        QVERIFY(button("gitHubSignInButton")->isEnabled());
        QCOMPARE(storedToken(), QString()); // nothing saved before OK

        m_dialog->accept();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QTRY_COMPARE(storedToken(), token);
        QTRY_VERIFY(m_github->isConnected());
        QCOMPARE(m_github->login(), QStringLiteral("octocat"));
        const QString file = settingsFileText();
        QVERIFY(file.contains(kClientId)); // the file was written…
        QVERIFY(!file.contains(token));    // …without the token
        QVERIFY(!file.contains(QStringLiteral("gho_")));
    }

    void deniedSignInShowsWhy()
    {
        QTest::mouseClick(button("gitHubSignInButton"), Qt::LeftButton);
        QTRY_COMPARE(page()->userCodeLabel()->text(), kUserCode);
        m_gh->denyDevice();
        QTRY_VERIFY(button("gitHubSignInButton")->isEnabled());
        QVERIFY2(page()->testResult()->text().contains(QStringLiteral("denied")),
                 qPrintable(page()->testResult()->text()));
        QVERIFY(!field<QWidget>("gitHubSignInDialog")->isVisible());
        QVERIFY(page()->tokenEdit()->text().isEmpty());
    }

    void slowDownAndExpiryAreHandled()
    {
        m_gh->setDeviceFlow(kClientId, kUserCode, 1, 3);
        m_gh->slowDownNextPolls(1, 2);
        QTest::mouseClick(button("gitHubSignInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button("gitHubSignInButton")->isEnabled(), 5000);
        QVERIFY2(page()->testResult()->text().contains(QStringLiteral("expired")),
                 qPrintable(page()->testResult()->text()));
        QVERIFY(m_gh->devicePolls() >= 1);
    }

    void cancelStopsSigningIn()
    {
        QTest::mouseClick(button("gitHubSignInButton"), Qt::LeftButton);
        QTRY_COMPARE(page()->userCodeLabel()->text(), kUserCode);
        QTest::mouseClick(button("gitHubCancelSignIn"), Qt::LeftButton);
        QCOMPARE(page()->deviceFlow()->state(), DeviceFlow::State::Cancelled);
        QVERIFY(page()->testResult()->text().contains(QStringLiteral("cancelled")));
        QVERIFY(!field<QWidget>("gitHubSignInDialog")->isVisible());
        QTest::qWait(50); // a poll already on its way may still arrive
        const int polls = m_gh->devicePolls();
        m_gh->approveDevice();
        QTest::qWait(200);
        QCOMPARE(m_gh->devicePolls(), polls);
        QVERIFY(page()->tokenEdit()->text().isEmpty());
    }

    void signInNeedsAClientId()
    {
        edit("gitHubClientId")->clear();
        QTest::mouseClick(button("gitHubSignInButton"), Qt::LeftButton);
        QVERIFY(page()->testResult()->text().contains(QStringLiteral("client ID")));
        QVERIFY(!field<QWidget>("gitHubSignInDialog")->isVisible());
        QTest::qWait(50);
        QCOMPARE(m_gh->callCount(QStringLiteral("POST /login/device/code")), 0);
    }

    void fieldsRoundTrip()
    {
        // GitHub Enterprise: the web address follows while it is still github.com's.
        edit("gitHubApiBase")->setText(QStringLiteral("https://ghe.example.com/api/v3"));
        Q_EMIT edit("gitHubApiBase")->editingFinished();
        QCOMPARE(edit("gitHubWebBase")->text(), m_gh->webBaseUrl().toString());
        edit("gitHubWebBase")->setText(QStringLiteral("https://github.com/"));
        Q_EMIT edit("gitHubApiBase")->editingFinished();
        QCOMPARE(edit("gitHubWebBase")->text(), QStringLiteral("https://ghe.example.com/"));
        edit("gitHubClientId")->setText(QStringLiteral(" Iv1.abc "));
        edit("gitHubRepository")->setText(QStringLiteral("https://ghe.example.com/team/desk.git"));
        edit("gitHubSupportLabels")->setText(QStringLiteral("support, ops ,,support"));
        edit("gitHubIssueTemplate")->setText(QStringLiteral("request.md"));
        edit("gitHubProjectOwner")->setText(QStringLiteral("team"));
        field<QSpinBox>("gitHubProjectNumber")->setValue(7);
        edit("gitHubStatusField")->setText(QStringLiteral("Stage"));
        field<QSpinBox>("gitHubPoll")->setValue(300);
        m_dialog->accept();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

        const GitHubConfig c = m_profile->settings->gitHubConfig();
        QCOMPARE(c.apiBase, QUrl(QStringLiteral("https://ghe.example.com/api/v3/")));
        QCOMPARE(c.webBase, QUrl(QStringLiteral("https://ghe.example.com/")));
        QCOMPARE(c.clientId, QStringLiteral("Iv1.abc"));
        QCOMPARE(c.repository, QStringLiteral("team/desk"));
        QCOMPARE(c.supportLabels, QStringList({QStringLiteral("support"), QStringLiteral("ops")}));
        QCOMPARE(c.issueTemplate, QStringLiteral("request.md"));
        QCOMPARE(c.projectOwner, QStringLiteral("team"));
        QCOMPARE(c.projectNumber, 7);
        QCOMPARE(c.statusField, QStringLiteral("Stage"));
        QCOMPARE(c.pollSeconds, 300);
        QCOMPARE(storedToken(), QString()); // no token typed: none saved

        // Reopened, the page shows what was saved; no project is allowed.
        openDialog();
        QCOMPARE(edit("gitHubRepository")->text(), QStringLiteral("team/desk"));
        QCOMPARE(edit("gitHubSupportLabels")->text(), QStringLiteral("support, ops"));
        QCOMPARE(field<QSpinBox>("gitHubProjectNumber")->value(), 7);
        field<QSpinBox>("gitHubProjectNumber")->setValue(0);
        edit("gitHubProjectOwner")->clear();
        edit("gitHubApiBase")->setText(m_gh->apiBaseUrl().toString());
        edit("gitHubWebBase")->setText(m_gh->webBaseUrl().toString());
        m_dialog->accept();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_profile->settings->gitHubConfig().hasProject());
    }

    void invalidInputBlocksOk()
    {
        const GitHubConfig before = m_profile->settings->gitHubConfig();
        QString error;
        QVERIFY2(page()->validate(&error), qPrintable(error));

        m_dialog->findChild<QTabWidget*>()->setCurrentIndex(0);
        edit("gitHubRepository")->setText(QStringLiteral("not a repository"));
        {
            BoxAnswerer ok(QMessageBox::Ok);
            m_dialog->accept();
            QVERIFY2(ok.text.startsWith(QStringLiteral("Repository:")), qPrintable(ok.text));
        }
        QVERIFY(m_dialog->result() != int(QDialog::Accepted));
        QCOMPARE(m_dialog->currentPage(), page());
        QVERIFY(m_profile->settings->gitHubConfig() == before);

        const auto refused = [this](const char* name, const QString& text, const QString& start) {
            QString why;
            const QString old = edit(name)->text();
            edit(name)->setText(text);
            const bool ok = page()->validate(&why);
            edit(name)->setText(old);
            return !ok && why.startsWith(start) ? QString() : why + QStringLiteral(" (accepted)");
        };
        edit("gitHubRepository")->setText(QStringLiteral("owner/name"));
        QCOMPARE(refused("gitHubRepository", QStringLiteral("a/b/c"), QStringLiteral("Repository")),
                 QString());
        QCOMPARE(refused("gitHubApiBase", QStringLiteral("http://api.example.com/"),
                         QStringLiteral("GitHub API address")),
                 QString());
        QCOMPARE(refused("gitHubWebBase", QStringLiteral("ftp://x/"),
                         QStringLiteral("GitHub web address")),
                 QString());
        QCOMPARE(refused("gitHubToken", QStringLiteral("ghp a"), QStringLiteral("A GitHub token")),
                 QString());
        QCOMPARE(refused("gitHubIssueTemplate", QStringLiteral("../x.md"),
                         QStringLiteral("Issue template")),
                 QString());
        QCOMPARE(refused("gitHubProjectOwner", QString(), QStringLiteral("Project")), QString());
        QCOMPARE(refused("gitHubProjectOwner", QStringLiteral("bad owner"),
                         QStringLiteral("Project owner")),
                 QString());
        QVERIFY2(page()->validate(&error), qPrintable(error));
    }

    void noKeychainAsksToUseTheTokenForThisRun()
    {
        connectTo(std::make_unique<NoKeychainStore>());
        openDialog();
        page()->tokenEdit()->setText(QStringLiteral("ghp_test"));
        BoxAnswerer yes(QMessageBox::Yes);
        m_dialog->accept();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QTRY_VERIFY(!yes.text.isEmpty());
        QVERIFY2(yes.text.contains(QStringLiteral("this run only")), qPrintable(yes.text));
        QTRY_VERIFY(m_github->isConnected());
        QVERIFY(!settingsFileText().contains(QStringLiteral("ghp_test")));
    }

    void forgetRemovesTheToken()
    {
        page()->tokenEdit()->setText(QStringLiteral("ghp_test"));
        m_dialog->accept();
        QTRY_COMPARE(storedToken(), QStringLiteral("ghp_test"));
        QTRY_VERIFY(m_github->isConnected());
        openDialog();
        QTest::mouseClick(button("gitHubForgetButton"), Qt::LeftButton);
        QTRY_VERIFY(page()->testResult()->text().contains(QStringLiteral("removed")));
        QCOMPARE(storedToken(), QString());
        QCOMPARE(m_github->state(), GitHubConnection::State::NotConfigured);
    }

    void looksTidy()
    {
        // Nothing is cut off: every button and label has the room it asks for, before, while and
        // after signing in (the window grows for a long result).
        const auto check = [this](const QString& name) -> QString {
            QTest::qWait(50);
            const QString out = qEnvironmentVariable("SHIFTDESK_GRAB_DIR");
            if (!out.isEmpty()) {
                m_dialog->grab().save(out + QLatin1Char('/') + name + QStringLiteral(".png"));
                auto* signIn = field<QWidget>("gitHubSignInDialog");
                if (signIn->isVisible())
                    signIn->grab().save(out + QLatin1Char('/') + name +
                                        QStringLiteral("-dialog.png"));
            }
            for (QPushButton* b : page()->findChildren<QPushButton*>()) {
                if (b->isVisible() && b->width() < b->sizeHint().width())
                    return b->text();
            }
            for (QLabel* l : page()->findChildren<QLabel*>()) {
                if (!l->isVisible())
                    continue;
                const int height =
                    l->wordWrap() ? l->heightForWidth(l->width()) : l->sizeHint().height();
                if ((!l->wordWrap() && l->width() < l->sizeHint().width()) || l->height() < height)
                    return l->text() + QStringLiteral(" %1x%2").arg(l->width()).arg(l->height());
            }
            return QString();
        };
        QCOMPARE(check(QStringLiteral("githubsettings")), QString());
        QTest::mouseClick(button("gitHubSignInButton"), Qt::LeftButton);
        QTRY_COMPARE(page()->userCodeLabel()->text(), kUserCode);
        QCOMPARE(check(QStringLiteral("githubsettings-signin")), QString());
        QSignalSpy tested(page(), &GitHubSettingsPage::testFinished);
        m_gh->approveDevice({QStringLiteral("repo")});
        QVERIFY(tested.wait(5000));
        QVERIFY(page()->testResult()->text().contains(QStringLiteral("Missing scopes")));
        QCOMPARE(check(QStringLiteral("githubsettings-result")), QString());
    }
};

QTEST_MAIN(TestGitHubSettings)
#include "tst_githubsettings.moc"
