#include "GitHubConfig.h"

namespace shiftdesk {

QStringList GitHubConfig::requiredScopes()
{
    return {QStringLiteral("repo"), QStringLiteral("project")};
}

QStringList GitHubConfig::missingScopes(const QStringList& have)
{
    if (have.isEmpty())
        return {}; // fine-grained token or GitHub App: no scope list to compare
    QStringList missing;
    if (!have.contains(QStringLiteral("repo")))
        missing << QStringLiteral("repo");
    if (!have.contains(QStringLiteral("project")) && !have.contains(QStringLiteral("read:project")))
        missing << QStringLiteral("project");
    return missing;
}

bool GitHubConfig::operator==(const GitHubConfig& o) const
{
    return apiBase == o.apiBase && webBase == o.webBase && clientId == o.clientId &&
           repository == o.repository && supportLabels == o.supportLabels &&
           issueTemplate == o.issueTemplate && projectOwner == o.projectOwner &&
           projectNumber == o.projectNumber && statusField == o.statusField &&
           pollSeconds == o.pollSeconds;
}

} // namespace shiftdesk
