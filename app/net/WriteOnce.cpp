#include "WriteOnce.h"

#include <QNetworkReply>

#include <cstring>

namespace shiftdesk::net {

OneShotBody::OneShotBody(QByteArray data)
    : m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_data.size() - m_pos) + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char* out, qint64 max)
{
    const qint64 n = qMin<qint64>(max, m_data.size() - m_pos);
    if (n <= 0)
        return m_pos >= m_data.size() ? -1 : 0;
    std::memcpy(out, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

bool writeMayHaveBeenSent(int networkError)
{
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::InsecureRedirectError:
        return false;
    case QNetworkReply::ContentReSendError: // the connection closed after the body went out
    default:
        return true;
    }
}

} // namespace shiftdesk::net
