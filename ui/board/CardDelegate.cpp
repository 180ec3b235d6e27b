#include "CardDelegate.h"

#include "board/BoardModel.h"
#include "core/Clock.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace shiftdesk {

namespace {
constexpr int kMargin = 4;
constexpr int kPad = 8;
const QColor kAccent(0xe6, 0x7e, 0x22); // unassigned stripe (orange; visible on light and dark)
} // namespace

CardDelegate::CardDelegate(Clock* clock, bool firstColumn, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_clock(clock)
    , m_firstColumn(firstColumn)
{}

QString CardDelegate::ageText(const QDateTime& created, const QDateTime& now)
{
    if (!created.isValid())
        return {};
    const qint64 minutes = created.secsTo(now) / 60;
    if (minutes < 60)
        return tr("%1m").arg(std::max<qint64>(minutes, 0));
    if (minutes < 48 * 60)
        return tr("%1h").arg(minutes / 60);
    return tr("%1d").arg(minutes / (24 * 60));
}

void CardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool pending = index.data(BoardModel::PendingRole).toBool();
    const bool unassigned = index.data(BoardModel::UnassignedRole).toBool();
    const QRect card = option.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (pending)
        painter->setOpacity(0.55);
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->fillPath(path, selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
    painter->setPen(QPen(pal.color(QPalette::Mid), 1));
    painter->drawPath(path);
    if (unassigned && m_firstColumn) {
        painter->fillRect(QRect(card.left() + 1, card.top() + 4, 4, card.height() - 8), kAccent);
    }

    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);
    QFont font = option.font;
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    const QFontMetrics fm(font);
    const QFontMetrics sm(small);
    const QRect inner = card.adjusted(kPad + 2, kPad / 2 + 2, -kPad, -kPad / 2);
    int y = inner.top();

    // #123 · 3d
    painter->setFont(small);
    painter->setPen(dim);
    const QString number = QLatin1Char('#') + index.data(BoardModel::NumberRole).toString();
    const QString age = ageText(index.data(BoardModel::CreatedAtRole).toDateTime(),
                                m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc());
    painter->drawText(QRect(inner.left(), y, inner.width(), sm.height()), Qt::AlignLeft, number);
    painter->drawText(QRect(inner.left(), y, inner.width(), sm.height()), Qt::AlignRight, age);
    y += sm.height() + 1;

    // Title, two lines at most.
    painter->setFont(bold);
    painter->setPen(text);
    const QString title = index.data(BoardModel::TitleRole).toString();
    QTextLayout layout(title, bold);
    layout.beginLayout();
    const QFontMetrics bm(bold);
    for (int lineNo = 0; lineNo < 2; ++lineNo) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(inner.width());
        const int start = line.textStart();
        QString piece = title.mid(start, line.textLength());
        if (lineNo == 1 && start + line.textLength() < title.size())
            piece = bm.elidedText(title.mid(start), Qt::ElideRight, inner.width());
        painter->drawText(QRect(inner.left(), y, inner.width(), bm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, piece.trimmed());
        y += bm.height();
    }
    layout.endLayout();

    // Labels · who
    painter->setFont(small);
    const QStringList assignees = index.data(BoardModel::AssigneesRole).toStringList();
    QString who;
    if (assignees.isEmpty()) {
        who = tr("Unassigned");
        painter->setPen(m_firstColumn && !selected ? kAccent : dim);
    } else {
        who = QLatin1Char('@') + assignees.join(QStringLiteral(", @"));
        painter->setPen(dim);
    }
    const QString labels =
        index.data(BoardModel::LabelsRole).toStringList().join(QStringLiteral(" · "));
    // Who gets the room the labels leave, and at least half the width.
    const int whoWidth =
        std::min(sm.horizontalAdvance(who),
                 std::max(inner.width() / 2, inner.width() - sm.horizontalAdvance(labels) - 8));
    const QRect whoRect(inner.right() - whoWidth, y + 2, whoWidth, sm.height());
    painter->drawText(whoRect, Qt::AlignRight, sm.elidedText(who, Qt::ElideRight, whoWidth));
    painter->setPen(dim);
    const int labelsWidth = inner.width() - whoWidth - 8;
    painter->drawText(QRect(inner.left(), y + 2, labelsWidth, sm.height()), Qt::AlignLeft,
                      sm.elidedText(labels, Qt::ElideRight, labelsWidth));
    painter->restore();
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    const int height =
        2 * QFontMetrics(small).height() + 2 * QFontMetrics(bold).height() + kPad + kMargin + 8;
    return {220, height};
}

} // namespace shiftdesk
