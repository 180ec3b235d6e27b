// The keychain wrapper against a real Secret Service (gnome-keyring in a private D-Bus session,
// see support/with-keyring.sh), and the case where no keychain is available.
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <optional>

using namespace shiftdesk;

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    static bool expectNoKeychain()
    {
        return qEnvironmentVariableIsSet("SHIFTDESK_EXPECT_NO_KEYCHAIN");
    }

    SecretStore::Result run(const std::function<void(SecretStore::Callback)>& start)
    {
        std::optional<SecretStore::Result> result;
        start([&result](const SecretStore::Result& r) { result = r; });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 20000))
            QTest::qFail("the keychain did not answer", __FILE__, __LINE__);
        return result.value_or(SecretStore::Result());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!expectNoKeychain() && qEnvironmentVariableIsEmpty("SHIFTDESK_KEYRING_HOME"))
            QSKIP("run through tests/support/with-keyring.sh (ctest does)");
    }

    void storesReadsReplacesAndRemoves()
    {
        if (expectNoKeychain())
            QSKIP("no keychain in this run");
        KeychainSecretStore store(QStringLiteral("shiftdesk-test/profile"));
        const QString key = QStringLiteral("slack-token");
        SecretStore::Result r = run([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.status, SecretStore::Status::NotFound); // "not set" is not an error

        const QString secret = QStringLiteral("xoxb-123-456-Sécret🔑");
        r = run([&](auto done) { store.write(key, secret, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = run([&](auto done) { store.read(key, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value, secret);

        // Jobs run in order: a write queued before a read is what the read sees.
        std::optional<SecretStore::Result> afterWrite;
        store.write(key, QStringLiteral("xoxb-new"), this, [](const SecretStore::Result&) {});
        store.read(key, this, [&afterWrite](const SecretStore::Result& rr) { afterWrite = rr; });
        QTRY_VERIFY_WITH_TIMEOUT(afterWrite.has_value(), 20000);
        QCOMPARE(afterWrite->value, QStringLiteral("xoxb-new"));

        // Another profile's service does not see it.
        KeychainSecretStore other(QStringLiteral("shiftdesk-test/other"));
        r = run([&](auto done) { other.read(key, this, done); });
        QCOMPARE(r.status, SecretStore::Status::NotFound);

        r = run([&](auto done) { store.remove(key, this, done); });
        QVERIFY(r.ok());
        r = run([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.status, SecretStore::Status::NotFound);
        r = run([&](auto done) { store.remove(key, this, done); }); // removing nothing is fine
        QVERIFY(r.ok());
    }

    void secretNeverLandsOnDiskInPlainText()
    {
        if (expectNoKeychain())
            QSKIP("no keychain in this run");
        KeychainSecretStore store(QStringLiteral("shiftdesk-test/profile"));
        const QByteArray marker = "xoxb-plaintext-marker-7f3a9c";
        SecretStore::Result r = run([&](auto done) {
            store.write(QStringLiteral("probe"), QString::fromLatin1(marker), this, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QDirIterator it(qEnvironmentVariable("SHIFTDESK_KEYRING_HOME"), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            QVERIFY2(!f.readAll().contains(marker), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0); // the keyring did write its (encrypted) file
    }

    void withoutKeychainItSaysSo()
    {
        if (!expectNoKeychain())
            QSKIP("a keychain is available in this run");
        KeychainSecretStore store(QStringLiteral("shiftdesk-test/profile"));
        SecretStore::Result r = run([&](auto done) {
            store.write(QStringLiteral("slack-token"), QStringLiteral("xoxb-x"), this, done);
        });
        QVERIFY2(r.status == SecretStore::Status::NoKeychain, qPrintable(r.message));
        QVERIFY(!r.message.isEmpty());
        QVERIFY(!r.message.contains(QStringLiteral("xoxb-x")));
        r = run([&](auto done) { store.read(QStringLiteral("slack-token"), this, done); });
        QCOMPARE(r.status, SecretStore::Status::NoKeychain);
    }

    void memoryStoreKeepsSecretsForThisRunOnly()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        SecretStore::Result r =
            run([&](auto done) { store.read(QStringLiteral("k"), this, done); });
        QCOMPARE(r.status, SecretStore::Status::NotFound);
        run([&](auto done) { store.write(QStringLiteral("k"), QStringLiteral("v"), this, done); });
        r = run([&](auto done) { store.read(QStringLiteral("k"), this, done); });
        QCOMPARE(r.value, QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
