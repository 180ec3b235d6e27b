#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace shiftdesk {

// A list row with a bold title (Qt::DisplayRole) and a smaller second line; the second line is
// drawn in red when `alert` says so (an overdue promise, a post that may be in Slack already).
class TwoLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Text = std::function<QString(const QModelIndex&)>;
    using Flag = std::function<bool(const QModelIndex&)>;

    TwoLineDelegate(Text subtitle, Flag alert, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    Text m_subtitle;
    Flag m_alert;
};

} // namespace shiftdesk
