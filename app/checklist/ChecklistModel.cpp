#include "ChecklistModel.h"

namespace shiftdesk {

// Internal ids: 0 marks a phase row; an item row stores its phase index + 1.

ChecklistModel::ChecklistModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void ChecklistModel::setDay(QDate day, ChecklistTemplate checklist, QHash<QString, Tick> ticks,
                            bool readOnly)
{
    beginResetModel();
    m_day = day;
    m_template = std::move(checklist);
    m_ticks = std::move(ticks);
    m_readOnly = readOnly;
    endResetModel();
    Q_EMIT progressChanged(doneCount(), totalCount());
}

void ChecklistModel::setTickWriter(TickWriter writer)
{
    m_writer = std::move(writer);
}

void ChecklistModel::setDisplayTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (rowCount() > 0) {
        for (int p = 0; p < m_template.phases.size(); ++p) {
            const QModelIndex parentIndex = index(p, 0);
            const int rows = rowCount(parentIndex);
            if (rows > 0)
                Q_EMIT dataChanged(index(0, StatusColumn, parentIndex),
                                   index(rows - 1, StatusColumn, parentIndex));
        }
    }
}

bool ChecklistModel::isDone(const QString& itemId) const
{
    const auto it = m_ticks.constFind(itemId);
    return it != m_ticks.constEnd() && it->done;
}

int ChecklistModel::doneCount(int phase) const
{
    if (phase < 0 || phase >= m_template.phases.size())
        return 0;
    int n = 0;
    for (const ChecklistItem& item : m_template.phases[phase].items)
        n += isDone(item.id) ? 1 : 0;
    return n;
}

int ChecklistModel::openCount(int phase) const
{
    if (phase < 0 || phase >= m_template.phases.size())
        return 0;
    return int(m_template.phases[phase].items.size()) - doneCount(phase);
}

int ChecklistModel::doneCount() const
{
    int n = 0;
    for (int p = 0; p < m_template.phases.size(); ++p)
        n += doneCount(p);
    return n;
}

int ChecklistModel::totalCount() const
{
    return m_template.itemCount();
}

QModelIndex ChecklistModel::indexOfItem(const QString& itemId, int column) const
{
    const auto [p, i] = m_template.locate(itemId);
    if (p < 0)
        return {};
    return index(i, column, index(p, 0));
}

QModelIndex ChecklistModel::indexOfPhase(int phase, int column) const
{
    return index(phase, column);
}

bool ChecklistModel::setItemDone(const QString& itemId, bool done)
{
    const QModelIndex idx = indexOfItem(itemId);
    if (!idx.isValid())
        return false;
    return setData(idx, done ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= m_template.phases.size())
            return {};
        return createIndex(row, column, kPhaseNode);
    }
    if (!isPhase(parent) || parent.column() != 0)
        return {};
    const int phase = parent.row();
    if (row >= m_template.phases[phase].items.size())
        return {};
    return createIndex(row, column, quintptr(phase) + 1);
}

QModelIndex ChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kPhaseNode)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kPhaseNode);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_template.phases.size());
    if (isPhase(parent) && parent.column() == 0)
        return int(m_template.phases[parent.row()].items.size());
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool ChecklistModel::isPhase(const QModelIndex& index) const
{
    return index.isValid() && index.internalId() == kPhaseNode;
}

const ChecklistItem* ChecklistModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || isPhase(index))
        return nullptr;
    const int phase = int(index.internalId() - 1);
    if (phase >= m_template.phases.size() || index.row() >= m_template.phases[phase].items.size())
        return nullptr;
    return &m_template.phases[phase].items[index.row()];
}

QString ChecklistModel::phaseTimes(const ChecklistPhase& phase) const
{
    const QString format = QStringLiteral("HH:mm");
    if (phase.until.isValid())
        return tr("%1–%2").arg(phase.time.toString(format), phase.until.toString(format));
    return phase.time.toString(format);
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isPhase(index))
        return phaseData(index.row(), index.column(), role);
    if (const ChecklistItem* item = itemAt(index))
        return itemData(*item, index.column(), role);
    return {};
}

QVariant ChecklistModel::phaseData(int p, int column, int role) const
{
    const ChecklistPhase& phase = m_template.phases[p];
    const int done = doneCount(p);
    const int total = int(phase.items.size());
    switch (role) {
    case Qt::DisplayRole:
        if (column == TextColumn)
            return tr("%1 · %2").arg(phase.title, phaseTimes(phase));
        return tr("%1 of %2 done").arg(done).arg(total);
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3 of %4 done").arg(phase.title, phaseTimes(phase)).arg(done).arg(total);
    case PhaseIdRole:
        return phase.id;
    case IsPhaseRole:
        return true;
    case DoneCountRole:
        return done;
    case TotalCountRole:
        return total;
    default:
        return {};
    }
}

QVariant ChecklistModel::itemData(const ChecklistItem& item, int column, int role) const
{
    const Tick tick = m_ticks.value(item.id);
    const bool hasRecord = m_ticks.contains(item.id);
    auto statusText = [&]() -> QString {
        if (!hasRecord)
            return {};
        const QString time = tick.at.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"));
        return tick.done ? tr("Ticked by %1 at %2").arg(tick.by, time)
                         : tr("Unticked by %1 at %2").arg(tick.by, time);
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column != TextColumn)
            return statusText();
        if (const QString note = m_linkNotes.value(item.link);
            !note.isEmpty() && !item.link.isEmpty())
            return tr("%1 — %2").arg(item.text, note);
        return item.text;
    case Qt::CheckStateRole:
        if (column == TextColumn)
            return tick.done ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        QString tip = item.text;
        const QString status = statusText();
        if (!status.isEmpty())
            tip += QLatin1Char('\n') + status;
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tick.done ? tr("%1, done").arg(item.text) : tr("%1, not done").arg(item.text);
    case ItemIdRole:
        return item.id;
    case LinkRole:
        return item.link;
    case IsPhaseRole:
        return false;
    case TickedByRole:
        return hasRecord ? QVariant(tick.by) : QVariant();
    case TickedAtRole:
        return hasRecord ? QVariant(tick.at) : QVariant();
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || m_readOnly || index.column() != TextColumn)
        return false;
    const ChecklistItem* item = itemAt(index);
    if (!item)
        return false;
    const bool done = value.toInt() != Qt::Unchecked;
    if (done == isDone(item->id))
        return true;
    Tick tick;
    QString error;
    if (!m_writer) {
        Q_EMIT tickFailed(tr("This checklist cannot be changed."));
        return false;
    }
    if (!m_writer(item->id, done, &tick, &error)) {
        Q_EMIT tickFailed(error);
        return false;
    }
    m_ticks.insert(item->id, tick);
    Q_EMIT dataChanged(index.siblingAtColumn(TextColumn), index.siblingAtColumn(StatusColumn));
    const QModelIndex phaseIndex = index.parent();
    Q_EMIT dataChanged(phaseIndex.siblingAtColumn(TextColumn),
                       phaseIndex.siblingAtColumn(StatusColumn));
    Q_EMIT progressChanged(doneCount(), totalCount());
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isPhase(index))
        f |= Qt::ItemNeverHasChildren;
    if (!isPhase(index) && index.column() == TextColumn && !m_readOnly)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TextColumn ? tr("Task") : tr("Status");
}

void ChecklistModel::setLinkNote(const QString& link, const QString& note)
{
    if (m_linkNotes.value(link) == note)
        return;
    if (note.isEmpty())
        m_linkNotes.remove(link);
    else
        m_linkNotes.insert(link, note);
    for (int p = 0; p < m_template.phases.size(); ++p) {
        const QList<ChecklistItem>& items = m_template.phases.at(p).items;
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).link != link)
                continue;
            const QModelIndex idx = indexOfItem(items.at(i).id, TextColumn);
            Q_EMIT dataChanged(idx, idx, {Qt::DisplayRole});
        }
    }
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(PhaseIdRole, "phaseId");
    names.insert(LinkRole, "link");
    names.insert(IsPhaseRole, "isPhase");
    names.insert(DoneCountRole, "doneCount");
    names.insert(TotalCountRole, "totalCount");
    names.insert(TickedByRole, "tickedBy");
    names.insert(TickedAtRole, "tickedAt");
    return names;
}

} // namespace shiftdesk
