#include "BoardModel.h"

#include <QMimeData>
#include <QSet>

namespace shiftdesk {

namespace {

bool sameCard(const BoardCard& a, const BoardCard& b)
{
    const GitHubIssue& x = a.issue;
    const GitHubIssue& y = b.issue;
    return a.column == b.column && a.itemId == b.itemId && x.number == y.number &&
           x.title == y.title && x.url == y.url && x.labels == y.labels &&
           x.assignees == y.assignees && x.state == y.state && x.createdAt == y.createdAt &&
           x.updatedAt == y.updatedAt;
}

QString searchText(const BoardCard& c)
{
    return (QLatin1Char('#') + QString::number(c.issue.number) + QLatin1Char(' ') + c.issue.title +
            QLatin1Char(' ') + c.issue.labels.join(QLatin1Char(' ')) + QLatin1Char(' ') +
            c.issue.assignees.join(QLatin1Char(' ')))
        .toLower();
}

} // namespace

BoardModel::BoardModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void BoardModel::setColumns(const QStringList& names)
{
    m_columns = names;
    Q_EMIT countsChanged();
}

void BoardModel::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_cards.size());
    for (int i = 0; i < m_cards.size(); ++i)
        m_rows.insert(m_cards.at(i).key, i);
}

void BoardModel::setCards(const QList<BoardCard>& cards)
{
    QHash<QString, int> incoming;
    incoming.reserve(cards.size());
    for (int i = 0; i < cards.size(); ++i)
        incoming.insert(cards.at(i).key, i);

    // 1. Rows that are gone, removed in contiguous runs from the end.
    for (int row = int(m_cards.size()) - 1; row >= 0;) {
        if (incoming.contains(m_cards.at(row).key)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_cards.at(first - 1).key))
            --first;
        beginRemoveRows({}, first, row);
        m_cards.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    reindex();
    // 2. Rows that stay: updated in place. A card with a change on its way to GitHub keeps its
    // local column and assignees until that change is answered.
    for (int row = 0; row < m_cards.size(); ++row) {
        BoardCard next = cards.at(incoming.value(m_cards.at(row).key));
        if (m_pending.value(next.key)) {
            next.column = m_cards.at(row).column;
            next.issue.assignees = m_cards.at(row).issue.assignees;
        }
        if (!sameCard(m_cards.at(row), next)) {
            m_cards[row] = next;
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i);
        }
    }
    // 3. New rows, appended (the column filters sort them).
    QList<BoardCard> added;
    for (const BoardCard& c : cards) {
        if (!m_rows.contains(c.key))
            added << c;
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_cards.size()), int(m_cards.size() + added.size() - 1));
        m_cards += added;
        reindex();
        endInsertRows();
    }
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        it = m_rows.contains(it.key()) ? std::next(it) : m_pending.erase(it);
    }
    Q_EMIT countsChanged();
}

int BoardModel::rowOf(const QString& key) const
{
    return m_rows.value(key, -1);
}

const BoardCard* BoardModel::card(const QString& key) const
{
    const int row = rowOf(key);
    return row < 0 ? nullptr : &m_cards.at(row);
}

void BoardModel::setColumn(const QString& key, int column)
{
    const int row = rowOf(key);
    if (row < 0 || m_cards.at(row).column == column)
        return;
    m_cards[row].column = column;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {ColumnRole});
    Q_EMIT countsChanged();
}

void BoardModel::setAssignees(const QString& key, const QStringList& assignees)
{
    const int row = rowOf(key);
    if (row < 0 || m_cards.at(row).issue.assignees == assignees)
        return;
    m_cards[row].issue.assignees = assignees;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
    Q_EMIT countsChanged();
}

void BoardModel::setPending(const QString& key, bool pending)
{
    const int row = rowOf(key);
    if (row < 0 || m_pending.value(key) == pending)
        return;
    if (pending)
        m_pending.insert(key, true);
    else
        m_pending.remove(key);
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {PendingRole});
}

bool BoardModel::isPending(const QString& key) const
{
    return m_pending.value(key);
}

int BoardModel::countInColumn(int column) const
{
    int n = 0;
    for (const BoardCard& c : m_cards)
        n += c.column == column ? 1 : 0;
    return n;
}

int BoardModel::unassignedInColumn(int column) const
{
    int n = 0;
    for (const BoardCard& c : m_cards)
        n += c.column == column && c.issue.assignees.isEmpty() ? 1 : 0;
    return n;
}

int BoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant BoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardCard& c = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("#%1 %2").arg(c.issue.number).arg(c.issue.title);
    case Qt::ToolTipRole:
        return c.issue.url;
    case KeyRole:
        return c.key;
    case NumberRole:
        return c.issue.number;
    case TitleRole:
        return c.issue.title;
    case UrlRole:
        return c.issue.url;
    case AssigneesRole:
        return c.issue.assignees;
    case LabelsRole:
        return c.issue.labels;
    case CreatedAtRole:
        return c.issue.createdAt;
    case ColumnRole:
        return c.column;
    case UnassignedRole:
        return c.issue.assignees.isEmpty();
    case PendingRole:
        return m_pending.value(c.key);
    case SearchTextRole:
        return searchText(c);
    default:
        return {};
    }
}

QHash<int, QByteArray> BoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(NumberRole, "number");
    names.insert(TitleRole, "title");
    names.insert(UrlRole, "url");
    names.insert(AssigneesRole, "assignees");
    names.insert(LabelsRole, "labels");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(ColumnRole, "column");
    names.insert(UnassignedRole, "unassigned");
    names.insert(PendingRole, "pending");
    return names;
}

Qt::ItemFlags BoardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QStringList BoardModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* BoardModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(kMimeType, indexes.first().data(KeyRole).toString().toUtf8());
    mime->setText(indexes.first().data(UrlRole).toString());
    return mime;
}

BoardColumnFilter::BoardColumnFilter(int column, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_column(column)
{
    setDynamicSortFilter(true);
    sort(0);
}

void BoardColumnFilter::setText(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void BoardColumnFilter::setLabel(const QString& label)
{
    if (label == m_label)
        return;
    m_label = label;
    invalidateFilter();
}

void BoardColumnFilter::setAssignee(const QString& assignee)
{
    if (assignee == m_assignee)
        return;
    m_assignee = assignee;
    invalidateFilter();
}

bool BoardColumnFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(BoardModel::ColumnRole).toInt() != m_column)
        return false;
    if (!m_label.isEmpty() && !i.data(BoardModel::LabelsRole).toStringList().contains(m_label))
        return false;
    if (!m_assignee.isEmpty()) {
        const QStringList who = i.data(BoardModel::AssigneesRole).toStringList();
        if (m_assignee == QLatin1String("none") ? !who.isEmpty() : !who.contains(m_assignee))
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = i.data(BoardModel::SearchTextRole).toString();
        for (const QString& w : m_words) {
            if (!text.contains(w))
                return false;
        }
    }
    return true;
}

bool BoardColumnFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool lu = left.data(BoardModel::UnassignedRole).toBool();
    const bool ru = right.data(BoardModel::UnassignedRole).toBool();
    if (lu != ru)
        return lu;
    const QDateTime lc = left.data(BoardModel::CreatedAtRole).toDateTime();
    const QDateTime rc = right.data(BoardModel::CreatedAtRole).toDateTime();
    if (lc != rc)
        return lc < rc;
    return left.data(BoardModel::NumberRole).toLongLong() <
           right.data(BoardModel::NumberRole).toLongLong();
}

} // namespace shiftdesk
