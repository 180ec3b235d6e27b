#pragma once

#include "github/GitHubTypes.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QSortFilterProxyModel>

namespace shiftdesk {

// One card on the board: an issue, the project item it is (if the board is a project), and
// the column it is in.
struct BoardCard
{
    QString key{};    // stable: the project item id, or "owner/name#123"
    QString itemId{}; // project item id (empty without a project)
    GitHubIssue issue{};
    int column = 0;
};

// Every card of the board, whatever its column; a BoardColumnFilter per column shows one
// column. setCards() applies a refresh as row changes (no reset), so selection and scroll
// positions survive the periodic refresh.
class BoardModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString
        NumberRole,                 // qint64
        TitleRole,                  // QString
        UrlRole,                    // QString
        AssigneesRole,              // QStringList
        LabelsRole,                 // QStringList
        CreatedAtRole,              // QDateTime UTC
        ColumnRole,                 // int
        UnassignedRole,             // bool: nobody is assigned
        PendingRole,                // bool: a change is on its way to GitHub
        SearchTextRole,             // QString: "#123 title labels assignees", lower case
    };

    explicit BoardModel(QObject* parent = nullptr);

    void setColumns(const QStringList& names);
    QStringList columns() const { return m_columns; }

    void setCards(const QList<BoardCard>& cards);
    const QList<BoardCard>& cards() const { return m_cards; }
    int rowOf(const QString& key) const;
    const BoardCard* card(const QString& key) const;

    // Local changes (optimistic moves, assignments); the caller reverts them on failure.
    void setColumn(const QString& key, int column);
    void setAssignees(const QString& key, const QStringList& assignees);
    void setPending(const QString& key, bool pending);
    bool isPending(const QString& key) const;

    int countInColumn(int column) const;
    int unassignedInColumn(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    static inline const QString kMimeType = QStringLiteral("application/x-shiftdesk-card");

Q_SIGNALS:
    void countsChanged();

private:
    void reindex();

    QStringList m_columns;
    QList<BoardCard> m_cards;
    QHash<QString, int> m_rows;
    QHash<QString, bool> m_pending;
};

// One column of the board, filtered by text, label and assignee, oldest first (the longest
// waiting on top), with unassigned cards before assigned ones.
class BoardColumnFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit BoardColumnFilter(int column, QObject* parent = nullptr);

    int column() const { return m_column; }
    void setText(const QString& text);
    void setLabel(const QString& label);       // empty: any
    void setAssignee(const QString& assignee); // empty: anyone; "none": unassigned

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int m_column;
    QStringList m_words;
    QString m_label;
    QString m_assignee;
};

} // namespace shiftdesk
