#include "SlackResult.h"

namespace shiftdesk {

bool SlackResult::isAuthProblem() const
{
    static const QStringList codes = {
        QStringLiteral("invalid_auth"),     QStringLiteral("not_authed"),
        QStringLiteral("token_revoked"),    QStringLiteral("token_expired"),
        QStringLiteral("account_inactive"), QStringLiteral("not_allowed_token_type")};
    return kind == Kind::ApiError && codes.contains(error);
}

bool SlackResult::isTransient() const
{
    if (kind == Kind::RateLimited || kind == Kind::NetworkError || kind == Kind::Timeout)
        return true;
    if (kind == Kind::HttpError)
        return httpStatus >= 500;
    if (kind == Kind::BadResponse)
        return true;
    static const QStringList codes = {
        QStringLiteral("fatal_error"), QStringLiteral("internal_error"),
        QStringLiteral("service_unavailable"), QStringLiteral("request_timeout")};
    return kind == Kind::ApiError && codes.contains(error);
}

QString SlackResult::nextCursor() const
{
    return body.value(QLatin1String("response_metadata"))
        .toObject()
        .value(QLatin1String("next_cursor"))
        .toString();
}

QString SlackResult::describe(const SlackResult& r)
{
    switch (r.kind) {
    case Kind::Ok:
        return {};
    case Kind::RateLimited:
        return r.retryAfterSeconds > 0
                   ? tr("Slack is rate-limiting %1; Shiftdesk waits %2 s before calling it again.")
                         .arg(r.method)
                         .arg(r.retryAfterSeconds)
                   : tr("Slack is rate-limiting %1; Shiftdesk waits before calling it again.")
                         .arg(r.method);
    case Kind::HttpError:
        return tr("Slack answered %1 with HTTP %2. It may be having problems; Shiftdesk will try "
                  "again.")
            .arg(r.method)
            .arg(r.httpStatus);
    case Kind::NetworkError:
        return r.outcomeUnknown
                   ? tr("The connection to Slack dropped during %1; it may or may not have "
                        "been done.")
                         .arg(r.method)
                   : tr("Cannot reach Slack (%1). Check the network connection.").arg(r.method);
    case Kind::Timeout:
        return r.outcomeUnknown ? tr("Slack did not answer %1 in time; it may or may not have "
                                     "been done.")
                                      .arg(r.method)
                                : tr("Slack did not answer %1 in time.").arg(r.method);
    case Kind::BadResponse:
        return tr("Slack sent an answer to %1 that is not valid (not its usual JSON); this is "
                  "usually a temporary problem on Slack's side or a proxy in between.")
            .arg(r.method);
    case Kind::Cancelled:
        return tr("%1 was cancelled.").arg(r.method);
    case Kind::ApiError:
        break;
    }
    const QString& e = r.error;
    if (e == QLatin1String("invalid_auth"))
        return tr(
            "Slack did not accept the token (invalid_auth). Check it in Preferences → Slack.");
    if (e == QLatin1String("not_authed"))
        return tr("No Slack token is set. Add one in Preferences → Slack.");
    if (e == QLatin1String("token_revoked"))
        return tr("The Slack token was revoked. Create a new one and enter it in Preferences → "
                  "Slack.");
    if (e == QLatin1String("token_expired"))
        return tr("The Slack token has expired. Enter a new one in Preferences → Slack.");
    if (e == QLatin1String("account_inactive"))
        return tr("The Slack token belongs to a deleted user or workspace.");
    if (e == QLatin1String("missing_scope"))
        return r.needed.isEmpty()
                   ? tr("The Slack app lacks a permission (scope) that %1 needs. Add it in the "
                        "app's OAuth settings and reinstall the app.")
                         .arg(r.method)
                   : tr("The Slack app lacks the scope %1 (it has: %2). Add it in the app's OAuth "
                        "settings and reinstall the app.")
                         .arg(r.needed, r.provided.isEmpty() ? tr("none") : r.provided);
    if (e == QLatin1String("not_in_channel"))
        return tr("The Slack app is not a member of that channel. In Slack, open the channel and "
                  "type /invite @your-app-name.");
    if (e == QLatin1String("channel_not_found"))
        return tr("Slack does not know that channel, or it is private and the app is not in it.");
    if (e == QLatin1String("is_archived"))
        return tr("That channel is archived.");
    if (e == QLatin1String("msg_too_long"))
        return tr("The message is too long for Slack.");
    if (e == QLatin1String("no_text"))
        return tr("The message is empty.");
    if (e == QLatin1String("already_reacted"))
        return tr("That reaction is already there.");
    return tr("Slack refused %1: %2").arg(r.method, e.isEmpty() ? tr("unknown error") : e);
}

} // namespace shiftdesk
