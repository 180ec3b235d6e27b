#include "GitHubTypes.h"

namespace shiftdesk {

RepoRef RepoRef::parse(const QString& ownerSlashName)
{
    const QStringList parts = ownerSlashName.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return {};
    RepoRef ref;
    ref.owner = parts.at(0).trimmed();
    ref.name = parts.at(1).trimmed();
    if (!ref.isValid() || ref.owner.contains(QLatin1Char(' ')) ||
        ref.name.contains(QLatin1Char(' ')))
        return {};
    return ref;
}

} // namespace shiftdesk
