#include "ChecklistView.h"

#include "checklist/ChecklistModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace shiftdesk {

ChecklistView::ChecklistView(QWidget* parent)
    : QTreeView(parent)
{
    setUniformRowHeights(false);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setRootIsDecorated(true);
    setExpandsOnDoubleClick(true);
    setWordWrap(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    // Row heights depend on the wrapped text, so re-layout when a column changes width.
    connect(header(), &QHeaderView::sectionResized, this,
            [this]() { scheduleDelayedItemsLayout(); });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString link = index.siblingAtColumn(0).data(ChecklistModel::LinkRole).toString();
        if (!link.isEmpty())
            Q_EMIT linkActivated(link);
    });
}

void ChecklistView::toggleCurrent()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex textIndex = current.siblingAtColumn(ChecklistModel::TextColumn);
    if (!(model()->flags(textIndex) & Qt::ItemIsUserCheckable))
        return;
    const bool done = textIndex.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    model()->setData(textIndex, done ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void ChecklistView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Space || event->key() == Qt::Key_Select) &&
        event->modifiers() == Qt::NoModifier) {
        const QModelIndex current = currentIndex();
        if (current.isValid() && !current.data(ChecklistModel::IsPhaseRole).toBool()) {
            toggleCurrent();
            event->accept();
            return;
        }
        if (current.isValid()) {
            setExpanded(current.siblingAtColumn(0), !isExpanded(current.siblingAtColumn(0)));
            event->accept();
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

} // namespace shiftdesk
