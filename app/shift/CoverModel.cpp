#include "CoverModel.h"

namespace shiftdesk {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");
}

CoverModel::CoverModel(CoverStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

void CoverModel::load(QDate day, QList<CoverSlot> slots, bool readOnly)
{
    beginResetModel();
    m_day = day;
    m_slots = std::move(slots);
    m_readOnly = readOnly;
    endResetModel();
    Q_EMIT coverChanged();
}

QString CoverModel::personAt(QTime time) const
{
    for (const CoverSlot& slot : m_slots) {
        if (slot.period.contains(time))
            return slot.person;
    }
    return {};
}

bool CoverModel::save(const QList<CoverSlot>& next)
{
    if (!m_store.setSlots(m_day, next)) {
        Q_EMIT editRejected(m_store.lastError());
        return false;
    }
    m_slots = next;
    return true;
}

int CoverModel::appendPeriod()
{
    if (m_readOnly)
        return -1;
    CoverPeriod period{QTime(10, 0), QTime(12, 0)};
    if (!m_slots.isEmpty()) {
        const QTime start = m_slots.last().period.end;
        const QTime end = start.addSecs(2 * 3600);
        period = {start, end > start ? end : QTime(23, 59)};
    }
    if (!period.isValid())
        period = {QTime(10, 0), QTime(12, 0)};
    QList<CoverSlot> next = m_slots;
    next.append({period, QString()});
    if (!m_store.setSlots(m_day, next)) {
        Q_EMIT editRejected(m_store.lastError());
        return -1;
    }
    const int row = int(m_slots.size());
    beginInsertRows({}, row, row);
    m_slots = next;
    endInsertRows();
    Q_EMIT coverChanged();
    return row;
}

bool CoverModel::removePeriod(int row)
{
    if (m_readOnly || row < 0 || row >= m_slots.size())
        return false;
    QList<CoverSlot> next = m_slots;
    next.removeAt(row);
    if (!m_store.setSlots(m_day, next)) {
        Q_EMIT editRejected(m_store.lastError());
        return false;
    }
    beginRemoveRows({}, row, row);
    m_slots = next;
    endRemoveRows();
    Q_EMIT coverChanged();
    return true;
}

int CoverModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

int CoverModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoverSlot& slot = m_slots[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case FromColumn:
            return slot.period.start.toString(kTimeFormat);
        case ToColumn:
            return slot.period.end.toString(kTimeFormat);
        case PersonColumn:
            if (role == Qt::DisplayRole && slot.person.isEmpty())
                return tr("Nobody yet");
            return slot.person;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PersonColumn)
            return slot.person.isEmpty()
                       ? tr("Nobody is nominated for %1 yet. Double-click to add a name.")
                             .arg(slot.period.toString())
                       : tr("%1 covers the support channel %2")
                             .arg(slot.person, slot.period.toString());
        return tr("Edit as HH:mm");
    default:
        return {};
    }
}

bool CoverModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<CoverSlot> next = m_slots;
    CoverSlot& slot = next[index.row()];
    if (index.column() == PersonColumn) {
        slot.person = value.toString().trimmed().left(100);
    } else {
        const QTime t = QTime::fromString(value.toString().trimmed(), kTimeFormat);
        if (!t.isValid()) {
            Q_EMIT editRejected(
                tr("\"%1\" is not a time; use HH:mm, e.g. 12:30.").arg(value.toString()));
            return false;
        }
        (index.column() == FromColumn ? slot.period.start : slot.period.end) = t;
        if (!slot.period.isValid()) {
            Q_EMIT editRejected(
                tr("A period must end after it starts (%1).").arg(slot.period.toString()));
            return false;
        }
    }
    if (next == m_slots)
        return true;
    if (!save(next))
        return false;
    Q_EMIT dataChanged(index.siblingAtColumn(FromColumn), index.siblingAtColumn(PersonColumn));
    Q_EMIT coverChanged();
    return true;
}

Qt::ItemFlags CoverModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CoverModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case PersonColumn:
        return tr("Who covers the support channel");
    }
    return {};
}

} // namespace shiftdesk
