#include "TwoLineDelegate.h"
#include "widgets/Palette.h"

#include <QApplication>
#include <QPainter>

namespace shiftdesk {

namespace {
constexpr int kMargin = 6;
}

TwoLineDelegate::TwoLineDelegate(Text subtitle, Flag alert, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_subtitle(std::move(subtitle))
    , m_alert(std::move(alert))
{}

void TwoLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor sub = text;
    if (m_alert && m_alert(index) && !selected)
        sub = palette::error(opt.palette);
    else
        sub.setAlphaF(0.72f);

    QFont bold = opt.font;
    bold.setBold(true);
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QRect r = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const int line = QFontMetrics(bold).height();

    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(r.left(), r.top(), r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, r.width()));
    const QString second = m_subtitle ? m_subtitle(index) : QString();
    painter->setFont(small);
    painter->setPen(sub);
    painter->drawText(QRect(r.left(), r.top() + line, r.width(), QFontMetrics(small).height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(second, Qt::ElideRight, r.width()));
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    return {200, QFontMetrics(bold).height() + QFontMetrics(small).height() + kMargin + 2};
}

} // namespace shiftdesk
