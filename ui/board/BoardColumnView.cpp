#include "BoardColumnView.h"

#include "CardDelegate.h"
#include "board/BoardModel.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QVBoxLayout>

namespace shiftdesk {

CardListView::CardListView(int column, QWidget* parent)
    : QListView(parent)
    , m_column(column)
{
    setObjectName(QStringLiteral("cardList%1").arg(column));
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Window);
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
}

void CardListView::dragEnterEvent(QDragEnterEvent* event)
{
    if (!event->mimeData()->hasFormat(BoardModel::kMimeType)) {
        event->ignore();
        return;
    }
    setHighlighted(true);
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void CardListView::dragMoveEvent(QDragMoveEvent* event)
{
    if (!event->mimeData()->hasFormat(BoardModel::kMimeType)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void CardListView::dragLeaveEvent(QDragLeaveEvent* event)
{
    setHighlighted(false);
    QListView::dragLeaveEvent(event);
}

void CardListView::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    if (!event->mimeData()->hasFormat(BoardModel::kMimeType)) {
        event->ignore();
        return;
    }
    const QString key = QString::fromUtf8(event->mimeData()->data(BoardModel::kMimeType));
    // Accepting as a copy keeps the source view from removing any row itself.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT cardDropped(key, m_column);
}

void CardListView::setHighlighted(bool on)
{
    viewport()->setAutoFillBackground(on);
    viewport()->setBackgroundRole(on ? QPalette::AlternateBase : QPalette::Window);
    viewport()->update();
}

BoardColumnView::BoardColumnView(BoardModel* model, int column, const QString& name, Clock* clock,
                                 QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new BoardColumnFilter(column, this))
    , m_header(new QLabel(this))
    , m_list(new CardListView(column, this))
    , m_name(name)
{
    setObjectName(QStringLiteral("boardColumn%1").arg(column));
    m_filter->setSourceModel(model);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new CardDelegate(clock, column == 0, m_list));
    m_list->setAccessibleName(tr("Column %1").arg(name));
    QFont f = m_header->font();
    f.setBold(true);
    m_header->setFont(f);
    m_header->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    setMinimumWidth(200);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &BoardColumnView::updateHeader);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &BoardColumnView::updateHeader);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &BoardColumnView::updateHeader);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &BoardColumnView::updateHeader);
    updateHeader();
}

void BoardColumnView::updateHeader()
{
    const int shown = m_filter->rowCount();
    const int unassigned = m_filter->column() == 0 ? m_model->unassignedInColumn(0) : 0;
    QString text = QStringLiteral("%1 · %2").arg(m_name).arg(shown);
    if (unassigned > 0)
        text += tr(" · %n unassigned", nullptr, unassigned);
    m_header->setText(text);
}

} // namespace shiftdesk
