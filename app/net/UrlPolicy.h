#pragma once

#include <QCoreApplication>
#include <QUrl>

namespace shiftdesk {

// Which API base URLs Shiftdesk talks to: https anywhere, plain http only to this machine
// (loopback: the test servers and the demo workspace). Tokens never travel in clear text.
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)

public:
    static bool isLoopback(const QUrl& url);
    // Returns false with a message when the URL may not be used as an API base.
    static bool isAllowedApiBase(const QUrl& url, QString* why);
    // Ensures the path ends with '/', so relative method names append.
    static QUrl normalisedBase(QUrl url);
};

} // namespace shiftdesk
