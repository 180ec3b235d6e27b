#pragma once

#include <QListView>

class QLabel;

namespace shiftdesk {

class BoardColumnFilter;
class BoardModel;
class Clock;

// The cards of one column. Cards are dragged out of it and dropped onto another column's view;
// a drop only reports cardDropped() (the service moves the card and the model follows).
class CardListView : public QListView
{
    Q_OBJECT
public:
    CardListView(int column, QWidget* parent = nullptr);
    int column() const { return m_column; }

Q_SIGNALS:
    void cardDropped(const QString& key, int column);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setHighlighted(bool on);
    int m_column;
};

// A column: its name and card count above the list of its cards.
class BoardColumnView : public QWidget
{
    Q_OBJECT
public:
    BoardColumnView(BoardModel* model, int column, const QString& name, Clock* clock,
                    QWidget* parent = nullptr);

    CardListView* list() const { return m_list; }
    BoardColumnFilter* filter() const { return m_filter; }
    void updateHeader();

private:
    BoardModel* m_model;
    BoardColumnFilter* m_filter;
    QLabel* m_header;
    CardListView* m_list;
    QString m_name;
};

} // namespace shiftdesk
