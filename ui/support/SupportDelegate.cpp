#include "SupportDelegate.h"
#include "widgets/Palette.h"

#include "slack/Mrkdwn.h"
#include "support/SupportModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace shiftdesk {

namespace {

// The state's colour (the bar at the left and the state line), readable on the palette.
QColor stateColour(SupportRequest::State state, bool late, const QPalette& p)
{
    const bool dark = palette::isDark(p);
    switch (state) {
    case SupportRequest::State::New:
        return late ? palette::error(p) : palette::warning(p);
    case SupportRequest::State::Claimed:
        return dark ? QColor(0x6c, 0xa8, 0xf7) : QColor(0x1c, 0x71, 0xd8);
    case SupportRequest::State::Answered:
        return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1f, 0x8f, 0x55);
    case SupportRequest::State::Ticketed:
        return dark ? QColor(0xc8, 0x8e, 0xe8) : QColor(0x91, 0x41, 0xac);
    }
    return Qt::gray;
}

} // namespace

void SupportDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto state = SupportRequest::State(index.data(SupportModel::StateRole).toInt());
    const bool late = index.data(SupportModel::WaitingTooLongRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.72f);

    painter->save();
    const QRect r = option.rect.adjusted(0, 2, -4, -2);
    painter->fillRect(QRect(r.left() + 2, r.top() + 2, 5, r.height() - 4),
                      stateColour(state, late, option.palette));
    const int left = r.left() + 16;
    const int width = r.right() - left;
    const QFontMetrics fm = option.fontMetrics;
    const int lineH = fm.height();
    int y = r.top() + 4;

    // Line 1: asker, and at the right the age and replies.
    const int replies = index.data(SupportModel::ReplyCountRole).toInt();
    QString right = index.data(SupportModel::AgeRole).toString();
    if (replies > 0)
        right = tr("%n replies", nullptr, replies) + QStringLiteral(" · ") + right;
    const int rightWidth = fm.horizontalAdvance(right) + 8;
    painter->setFont(option.font);
    painter->setPen(late && !selected ? palette::error(option.palette) : muted);
    painter->drawText(QRect(r.right() - rightWidth, y, rightWidth, lineH),
                      Qt::AlignRight | Qt::AlignVCenter, right);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(left, y, width - rightWidth, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(SupportModel::AskerRole).toString(),
                                                    Qt::ElideRight, width - rightWidth));
    y += lineH + 1;

    // Line 2: the state.
    painter->setFont(option.font);
    painter->setPen(selected ? text : stateColour(state, late, option.palette));
    painter->drawText(
        QRect(left, y, width, lineH), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(SupportModel::StateTextRole).toString(), Qt::ElideRight, width));
    y += lineH + 2;

    // The first lines of the message, rendered.
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(width);
    MrkdwnContext context;
    context.dark = palette::isDark(option.palette);
    doc.setHtml(Mrkdwn::toHtml(index.data(SupportModel::TextRole).toString(), context));
    const QRect clip(left, y, width, lineH * kTextLines);
    painter->translate(clip.topLeft());
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = QRectF(0, 0, clip.width(), clip.height());
    ctx.palette = option.palette;
    ctx.palette.setColor(QPalette::Text, text);
    painter->setClipRect(ctx.clip);
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize SupportDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int lineH = option.fontMetrics.height();
    return {240, lineH * (2 + kTextLines) + 14};
}

} // namespace shiftdesk
