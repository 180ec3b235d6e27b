#include "KeychainSecretStore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace shiftdesk {

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done)
{
    enqueue({Op::Read, key, QString(), context, std::move(done)});
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context,
                                Callback done)
{
    enqueue({Op::Write, key, secret, context, std::move(done)});
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    enqueue({Op::Remove, key, QString(), context, std::move(done)});
}

void KeychainSecretStore::enqueue(Pending pending)
{
    m_queue.enqueue(std::move(pending));
    if (!m_running)
        startNext();
}

void KeychainSecretStore::startNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        return;
    }
    m_running = true;
    m_current = m_queue.dequeue();
    QKeychain::Job* job = nullptr;
    switch (m_current.op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto* write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(m_current.secret);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(m_current.key);
    job->setInsecureFallback(false);
    job->setAutoDelete(false);
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::finished);
    job->start();
}

void KeychainSecretStore::finished(QKeychain::Job* job)
{
    Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job))
            result.value = read->textData();
        break;
    case QKeychain::EntryNotFound:
        // Deleting something that is not there is a success.
        result.status = m_current.op == Op::Remove ? Status::Ok : Status::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = Status::Denied;
        result.message = tr("The keychain refused access: %1").arg(job->errorString());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = Status::NoKeychain;
        result.message =
            tr("No keychain is available on this desktop (%1).").arg(job->errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = Status::Failed;
        result.message = tr("The keychain reported an error: %1").arg(job->errorString());
        // libsecret reports a missing D-Bus or Secret Service as a generic error.
        for (const char* sign : {"org.freedesktop.secrets", "Could not connect", "D-Bus", "dbus",
                                 "not provided by any .service"}) {
            if (job->errorString().contains(QLatin1String(sign), Qt::CaseInsensitive)) {
                result.status = Status::NoKeychain;
                result.message =
                    tr("No keychain is available on this desktop (%1).").arg(job->errorString());
                break;
            }
        }
        break;
    }
    job->deleteLater();
    const Pending current = std::move(m_current);
    m_current = Pending();
    // A job must not be started from another job's finished signal: go on from the event loop.
    QTimer::singleShot(0, this, &KeychainSecretStore::startNext);
    if (current.context && current.done)
        current.done(result);
}

void MemorySecretStore::deliver(QObject* context, Callback done, Result result)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, done = std::move(done), result]() {
        if (guard && done)
            done(result);
    });
}

void MemorySecretStore::read(const QString& key, QObject* context, Callback done)
{
    Result r;
    const auto it = m_secrets.constFind(key);
    r.status = it == m_secrets.constEnd() ? Status::NotFound : Status::Ok;
    if (it != m_secrets.constEnd())
        r.value = *it;
    deliver(context, std::move(done), r);
}

void MemorySecretStore::write(const QString& key, const QString& secret, QObject* context,
                              Callback done)
{
    m_secrets.insert(key, secret);
    deliver(context, std::move(done), {Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback done)
{
    m_secrets.remove(key);
    deliver(context, std::move(done), {Status::Ok, {}, {}});
}

} // namespace shiftdesk
