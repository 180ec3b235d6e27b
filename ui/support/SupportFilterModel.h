#pragma once

#include <QSortFilterProxyModel>

namespace shiftdesk {

// The queue as shown: open requests only or all, matching the search words, newest first.
class SupportFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SupportFilterModel(QObject* parent = nullptr);

    void setOpenOnly(bool openOnly);
    bool openOnly() const { return m_openOnly; }
    void setSearch(const QString& words);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool m_openOnly = true;
    QStringList m_words;
};

} // namespace shiftdesk
