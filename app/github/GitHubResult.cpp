#include "GitHubResult.h"

#include <QJsonObject>
#include <QLocale>

namespace shiftdesk {

namespace {

// GitHub's own `message` of an error body, if any (REST).
QString serverMessage(const GitHubResult& r)
{
    if (!r.json.isObject())
        return {};
    return r.json.object().value(QLatin1String("message")).toString().trimmed();
}

QString whenText(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    const QDateTime now = QDateTime::currentDateTime();
    if (local.date() == now.date())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// "title: missing; labels: invalid"
QString fieldErrorsText(const QList<GitHubResult::FieldError>& errors)
{
    QStringList parts;
    for (const GitHubResult::FieldError& e : errors) {
        QString problem;
        if (!e.message.isEmpty())
            problem = e.message;
        else if (e.code == QLatin1String("missing_field") || e.code == QLatin1String("missing"))
            problem = GitHubResult::tr("missing");
        else if (e.code == QLatin1String("invalid"))
            problem = GitHubResult::tr("not valid");
        else if (e.code == QLatin1String("already_exists"))
            problem = GitHubResult::tr("already exists");
        else if (e.code == QLatin1String("unprocessable"))
            problem = GitHubResult::tr("cannot be processed");
        else
            problem = e.code.isEmpty() ? GitHubResult::tr("not accepted") : e.code;
        const QString name = !e.field.isEmpty() ? e.field : e.resource;
        parts << (name.isEmpty() ? problem : name + QStringLiteral(": ") + problem);
    }
    return parts.join(QStringLiteral("; "));
}

bool lacksScope(const GitHubResult& r, QString* missing)
{
    if (r.acceptedScopes.isEmpty() || r.scopes.isEmpty())
        return false;
    for (const QString& s : r.acceptedScopes) {
        if (r.scopes.contains(s))
            return false;
    }
    *missing = r.acceptedScopes.join(QStringLiteral(", "));
    return true;
}

} // namespace

bool GitHubResult::isTransient() const
{
    switch (kind) {
    case Kind::NetworkError:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::HttpError:
        return httpStatus >= 500;
    default:
        return false;
    }
}

QString GitHubResult::describe(const GitHubResult& r)
{
    const QString& what = r.what;
    switch (r.kind) {
    case Kind::Ok:
        return {};
    case Kind::Unauthorized:
        return tr("GitHub refused the token (401): sign in again in Preferences → GitHub.");
    case Kind::Forbidden: {
        const QString server = serverMessage(r);
        QString missing;
        if (server.contains(QLatin1String("SAML"), Qt::CaseInsensitive) ||
            server.contains(QLatin1String("SSO"), Qt::CaseSensitive))
            return tr("GitHub refused %1 (403): the organisation uses single sign-on; authorize "
                      "the token for it on GitHub (Settings → Applications).")
                .arg(what);
        if (lacksScope(r, &missing))
            return tr("GitHub refused %1 (403): the token lacks the scope %2; sign in again in "
                      "Preferences → GitHub.")
                .arg(what, missing);
        return server.isEmpty()
                   ? tr("GitHub refused %1 (403): the token has no permission for this; check "
                        "its scopes and repository access.")
                         .arg(what)
                   : tr("GitHub refused %1 (403): %2").arg(what, server);
    }
    case Kind::NotFound:
        return tr("Not found: check the repository name, or the token cannot see this private "
                  "repository (%1).")
            .arg(what);
    case Kind::Validation: {
        const QString fields = fieldErrorsText(r.fieldErrors);
        const QString server = serverMessage(r);
        if (!fields.isEmpty())
            return tr("GitHub did not accept %1: %2").arg(what, fields);
        return tr("GitHub did not accept %1: %2")
            .arg(what, server.isEmpty() ? tr("validation failed") : server);
    }
    case Kind::RateLimited: {
        const QString until = r.retryAt.isValid() ? whenText(r.retryAt) : tr("later");
        return r.secondaryLimit
                   ? tr("GitHub's secondary rate limit (too many requests in a short time): "
                        "waiting until %1.")
                         .arg(until)
                   : tr("GitHub's rate limit: waiting until %1.").arg(until);
    }
    case Kind::GraphQLError: {
        QString first;
        QString type;
        if (!r.graphqlErrors.isEmpty()) {
            first = r.graphqlErrors.first().message;
            type = r.graphqlErrors.first().type;
        }
        if (type == QLatin1String("NOT_FOUND"))
            return tr("Not found: %1 Check the owner and project number, or whether the token "
                      "can see it.")
                .arg(first);
        if (type == QLatin1String("FORBIDDEN") || type == QLatin1String("INSUFFICIENT_SCOPES"))
            return tr("GitHub refused %1: %2 The token needs the \"project\" scope (and \"repo\" "
                      "for private repositories); sign in again in Preferences → GitHub.")
                .arg(what, first);
        return tr("GitHub could not do %1: %2")
            .arg(what, first.isEmpty() ? tr("unknown error") : first);
    }
    case Kind::HttpError:
        if (r.httpStatus >= 500)
            return r.outcomeUnknown
                       ? tr("GitHub had a problem (HTTP %1) with %2; it may or may not have been "
                            "done: check on GitHub before trying again.")
                             .arg(r.httpStatus)
                             .arg(what)
                       : tr("GitHub had a problem (HTTP %1) with %2; try again later.")
                             .arg(r.httpStatus)
                             .arg(what);
        if (r.httpStatus == 410)
            return tr("GitHub says %1 is gone (410): issues may be disabled for this repository.")
                .arg(what);
        {
            const QString server = serverMessage(r);
            return server.isEmpty()
                       ? tr("GitHub answered %1 with HTTP %2.").arg(what).arg(r.httpStatus)
                       : tr("GitHub answered %1 with HTTP %2: %3")
                             .arg(what)
                             .arg(r.httpStatus)
                             .arg(server);
        }
    case Kind::NetworkError:
        return r.outcomeUnknown
                   ? tr("The connection to GitHub dropped during %1; it may or may not have been "
                        "done: check on GitHub before trying again.")
                         .arg(what)
                   : tr("Cannot reach GitHub (%1). Check the network connection.").arg(what);
    case Kind::Timeout:
        return r.outcomeUnknown
                   ? tr("GitHub did not answer %1 in time; it may or may not have been done: "
                        "check on GitHub before trying again.")
                         .arg(what)
                   : tr("GitHub did not answer %1 in time.").arg(what);
    case Kind::BadResponse:
        return tr("GitHub sent an answer to %1 that Shiftdesk cannot read; this is usually a "
                  "temporary problem on GitHub's side or a proxy in between.")
            .arg(what);
    case Kind::Cancelled:
        return tr("%1 was cancelled.").arg(what);
    }
    return {};
}

} // namespace shiftdesk
