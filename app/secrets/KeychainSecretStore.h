#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QPointer>
#include <QQueue>

namespace QKeychain {
class Job;
}

namespace shiftdesk {

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, e.g. gnome-keyring).
// Jobs run one at a time in the order asked, so a write can never overtake an earlier read or
// delete of the same key. "Entry not found" means "not set". There is no insecure fallback:
// without a keychain the caller is told (Status::NoKeychain) and decides.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    // service: the keychain service name, one per profile (e.g. "shiftdesk/default").
    explicit KeychainSecretStore(QString service, QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    bool isPersistent() const override { return true; }

private:
    enum class Op { Read, Write, Remove };
    struct Pending
    {
        Op op;
        QString key;
        QString secret;
        QPointer<QObject> context;
        Callback done;
    };
    void enqueue(Pending pending);
    void startNext();
    void finished(QKeychain::Job* job);

    QString m_service;
    QQueue<Pending> m_queue;
    bool m_running = false;
    Pending m_current;
};

// Secrets kept in memory for this run only: used when there is no keychain and the user chose
// to go on without one, and in tests.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    bool isPersistent() const override { return false; }

private:
    void deliver(QObject* context, Callback done, Result result);
    QHash<QString, QString> m_secrets;
};

} // namespace shiftdesk
