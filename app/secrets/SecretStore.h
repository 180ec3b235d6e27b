#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace shiftdesk {

// Where tokens live. The only implementations keep secrets in the OS keychain or in memory for
// this run; nothing here ever writes a secret to settings, the database or a log.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,   // nothing stored under that key ("not set"), not an error
        NoKeychain, // no keychain service on this desktop
        Denied,     // the user or the system refused access
        Failed,     // anything else; message says what
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString value; // the secret, for a successful read
        QString message;
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result&)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    // Callbacks run later from the event loop, never inside the call, and only while `context`
    // is alive.
    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context,
                       Callback done) = 0;
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;
    // True when secrets survive a restart.
    virtual bool isPersistent() const = 0;
};

} // namespace shiftdesk
