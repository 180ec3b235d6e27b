#pragma once

#include <QAbstractListModel>
#include <QDate>

namespace shiftdesk {

struct DaySummary
{
    QDate day;
    int done = 0;
    int total = 0;
};

// Past and present checklist days, newest first, with their completion.
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { DayRole = Qt::UserRole + 1, DoneRole, TotalRole };

    explicit HistoryModel(QObject* parent = nullptr);

    void setDays(QList<DaySummary> days);
    // Inserts or updates one day, keeping the newest-first order.
    void upsert(const DaySummary& summary);
    int rowOf(QDate day) const;
    QDate dayAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<DaySummary> m_days;
};

} // namespace shiftdesk
