#pragma once

#include "GitHubTypes.h"

#include <QStringList>
#include <QUrl>

namespace shiftdesk {

// The GitHub settings that are not secrets (the token lives only in the keychain).
struct GitHubConfig
{
    QUrl apiBase{
        QStringLiteral("https://api.github.com/")};      // GitHub Enterprise: https://HOST/api/v3/
    QUrl webBase{QStringLiteral("https://github.com/")}; // device flow, issue pages
    QString clientId{};                                  // OAuth app for the device flow
    QString repository{QStringLiteral("ministryofjustice/cloud-platform")};
    QStringList supportLabels{QStringLiteral("support-request")}; // the board's issues have all
    QString issueTemplate{QStringLiteral("cloud-platform-support-request.md")};
    QString projectOwner{QStringLiteral("ministryofjustice")}; // empty: no project
    int projectNumber = 65;                                    // 0: no project
    QString statusField{QStringLiteral("Status")};
    int pollSeconds = 120;

    RepoRef repo() const { return RepoRef::parse(repository); }
    bool hasProject() const { return !projectOwner.isEmpty() && projectNumber > 0; }
    // Scopes a classic token needs: repo (private issues), read:project (or project to move
    // cards). Fine-grained tokens report no scopes; they are checked by using them.
    static QStringList requiredScopes();
    static QStringList missingScopes(const QStringList& have);
    bool operator==(const GitHubConfig& o) const;
};

} // namespace shiftdesk
