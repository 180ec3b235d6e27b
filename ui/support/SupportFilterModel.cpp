#include "SupportFilterModel.h"

#include "support/SupportModel.h"

namespace shiftdesk {

SupportFilterModel::SupportFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::DescendingOrder);
}

void SupportFilterModel::setOpenOnly(bool openOnly)
{
    if (m_openOnly == openOnly)
        return;
    m_openOnly = openOnly;
    invalidateFilter();
}

void SupportFilterModel::setSearch(const QString& words)
{
    const QStringList split = words.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (split == m_words)
        return;
    m_words = split;
    invalidateFilter();
}

bool SupportFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_openOnly && !i.data(SupportModel::UnansweredRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = i.data(SupportModel::AskerRole).toString() + QLatin1Char(' ') +
                             i.data(SupportModel::StateTextRole).toString() + QLatin1Char(' ') +
                             i.data(SupportModel::PlainTextRole).toString();
    for (const QString& w : m_words) {
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool SupportFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return left.row() < right.row(); // the source is oldest first
}

} // namespace shiftdesk
