#include "PhaseProgressDelegate.h"

#include "checklist/ChecklistModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>
#include <QTreeView>

namespace shiftdesk {

void PhaseProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    const bool phaseStatus = index.column() == ChecklistModel::StatusColumn &&
                             index.data(ChecklistModel::IsPhaseRole).toBool();
    if (!phaseStatus) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection) as usual, then the bar.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(4, 3, -4, -3);
    bar.minimum = 0;
    bar.maximum = qMax(1, index.data(ChecklistModel::TotalCountRole).toInt());
    bar.progress = index.data(ChecklistModel::DoneCountRole).toInt();
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

void PhaseProgressDelegate::initStyleOption(QStyleOptionViewItem* option,
                                            const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ChecklistModel::IsPhaseRole).toBool())
        option->font.setBold(true);
}

QSize PhaseProgressDelegate::sizeHint(const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    // Long item texts wrap within the column instead of being cut off.
    const auto* tree = qobject_cast<const QTreeView*>(option.widget);
    if (tree && index.column() == ChecklistModel::TextColumn && tree->wordWrap()) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QStyle* style = tree->style();
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const int reserved = tree->indentation() * (depth + 1) +
                             style->pixelMetric(QStyle::PM_IndicatorWidth, &opt, tree) +
                             4 * style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, tree) + 8;
        const int width = qMax(80, tree->columnWidth(index.column()) - reserved);
        const QRect text =
            opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        size.setHeight(qMax(size.height(), text.height() + 10));
    }
    return size;
}

} // namespace shiftdesk
