#pragma once

#include <QStyledItemDelegate>

namespace shiftdesk {

// Paints one alarm in the feed: a severity-coloured bar, the title (bold while unread), a line
// with channel, state, duration, severity and triage, and a line of labels.
class AlarmDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor severityColour(const QString& severity, const QString& slackColour, bool firing);
    static QString relativeTime(const QDateTime& when, const QDateTime& now);
    static QString duration(qint64 seconds);
};

} // namespace shiftdesk
