#pragma once

#include <QStyledItemDelegate>

namespace shiftdesk {

class Clock;

// A board card: number and age on the first line, the title (two lines at most), then labels
// and who is assigned. Unassigned cards in the first column get an accent stripe and say so;
// a card whose change is on its way to GitHub is drawn faded.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    CardDelegate(Clock* clock, bool firstColumn, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QString ageText(const QDateTime& created, const QDateTime& now);

private:
    Clock* m_clock;
    bool m_firstColumn;
};

} // namespace shiftdesk
