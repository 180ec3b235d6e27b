#pragma once

#include <QByteArray>
#include <QIODevice>

namespace shiftdesk::net {

// A request body Qt can read exactly once (sequential, cannot rewind). Qt 6.4 silently sends a
// request again when the connection closes before the answer; for a write (a Slack post, a
// GitHub issue) that could do it twice. With this body (plus DoNotBufferUploadDataAttribute and
// an explicit Content-Length) Qt reports ContentReSendError instead, and the caller can say
// that the outcome is unknown.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data);
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }

protected:
    qint64 readData(char* out, qint64 max) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Whether a write that failed with this QNetworkReply::NetworkError may still have reached the
// server (and been applied): everything except failures before a connection existed.
bool writeMayHaveBeenSent(int networkError);

} // namespace shiftdesk::net
