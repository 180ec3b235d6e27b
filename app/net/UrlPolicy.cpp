#include "UrlPolicy.h"

#include <QHostAddress>

namespace shiftdesk {

bool UrlPolicy::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool UrlPolicy::isAllowedApiBase(const QUrl& url, QString* why)
{
    auto fail = [why](const QString& message) {
        if (why)
            *why = message;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not a valid URL.").arg(url.toString()));
    if (!url.userInfo().isEmpty())
        return fail(tr("The URL must not contain a user name or password."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http") && isLoopback(url))
        return true;
    return fail(tr("Only https:// addresses are allowed (plain http:// only on this machine), so "
                   "tokens never travel unencrypted: %1")
                    .arg(url.toString()));
}

QUrl UrlPolicy::normalisedBase(QUrl url)
{
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        url.setPath(path + QLatin1Char('/'));
    return url;
}

} // namespace shiftdesk
