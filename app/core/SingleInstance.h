#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace shiftdesk {

// One running Shiftdesk per profile: a second launch asks the first to show itself and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // key identifies the profile (e.g. its data directory).
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when another instance answered and was asked to come to the front.
    bool activateRunningInstance();
    // Starts listening for later launches. Returns false with a message.
    bool listen(QString* error);
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void activationRequested();

private:
    QString m_serverName;
    QLocalServer* m_server = nullptr;
};

} // namespace shiftdesk
