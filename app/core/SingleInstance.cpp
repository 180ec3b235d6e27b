#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>

namespace shiftdesk {

namespace {
const QByteArray kActivate = QByteArrayLiteral("activate\n");
}

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent)
{
    const QByteArray user = qgetenv("USER");
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(user + '\0' + key.toUtf8()), QCryptographicHash::Sha256)
            .toHex();
    m_serverName = QStringLiteral("shiftdesk-") + QString::fromLatin1(digest.left(24));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::activateRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(500))
        return false;
    socket.write(kActivate);
    const bool sent = socket.waitForBytesWritten(1000);
    socket.disconnectFromServer();
    return sent;
}

bool SingleInstance::listen(QString* error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // A previous instance that crashed leaves its socket behind.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName)) {
            if (error)
                *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket]() {
                if (socket->readAll().contains(kActivate.trimmed()))
                    Q_EMIT activationRequested();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}

} // namespace shiftdesk
