#include "HistoryModel.h"

#include <QLocale>

namespace shiftdesk {

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void HistoryModel::setDays(QList<DaySummary> days)
{
    std::sort(days.begin(), days.end(),
              [](const DaySummary& a, const DaySummary& b) { return a.day > b.day; });
    beginResetModel();
    m_days = std::move(days);
    endResetModel();
}

void HistoryModel::upsert(const DaySummary& summary)
{
    const int existing = rowOf(summary.day);
    if (existing >= 0) {
        m_days[existing] = summary;
        const QModelIndex idx = index(existing);
        Q_EMIT dataChanged(idx, idx);
        return;
    }
    int row = 0;
    while (row < m_days.size() && m_days[row].day > summary.day)
        ++row;
    beginInsertRows({}, row, row);
    m_days.insert(row, summary);
    endInsertRows();
}

int HistoryModel::rowOf(QDate day) const
{
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days[i].day == day)
            return i;
    }
    return -1;
}

QDate HistoryModel::dayAt(int row) const
{
    return row >= 0 && row < m_days.size() ? m_days[row].day : QDate();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DaySummary& d = m_days[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2/%3")
            .arg(QLocale().toString(d.day, QStringLiteral("ddd d MMM yyyy")))
            .arg(d.done)
            .arg(d.total);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2 of %3 done")
            .arg(QLocale().toString(d.day, QLocale::LongFormat))
            .arg(d.done)
            .arg(d.total);
    case DayRole:
        return d.day;
    case DoneRole:
        return d.done;
    case TotalRole:
        return d.total;
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DayRole, "day");
    names.insert(DoneRole, "done");
    names.insert(TotalRole, "total");
    return names;
}

} // namespace shiftdesk
