#pragma once

#include <QStyledItemDelegate>

namespace shiftdesk {

// A support request in the queue: a bar in the state's colour, the asker, age and reply
// count, the state (who claimed or answered it), and the first lines of the message rendered
// the way Slack shows them.
class SupportDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static constexpr int kTextLines = 2;
};

} // namespace shiftdesk
