#pragma once

#include "ChecklistStore.h"
#include "ChecklistTemplate.h"

#include <QAbstractItemModel>
#include <QTimeZone>

#include <functional>

namespace shiftdesk {

// One day's checklist as a two-level tree: phases at the top, their items below.
// Column 0 carries the text and (for items) the check state; column 1 the status: who ticked
// an item and when, or a phase's progress.
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TextColumn = 0, StatusColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        PhaseIdRole,
        LinkRole,
        IsPhaseRole,
        DoneCountRole,
        TotalCountRole,
        TickedByRole,
        TickedAtRole,
    };
    Q_ENUM(Role)

    // Persists a tick; fills *tick with who/when on success. Returns false with a message.
    using TickWriter =
        std::function<bool(const QString& itemId, bool done, Tick* tick, QString* error)>;

    explicit ChecklistModel(QObject* parent = nullptr);

    void setDay(QDate day, ChecklistTemplate checklist, QHash<QString, Tick> ticks, bool readOnly);
    void setTickWriter(TickWriter writer);
    void setDisplayTimeZone(const QTimeZone& zone);

    QDate day() const { return m_day; }
    bool isReadOnly() const { return m_readOnly; }
    const ChecklistTemplate& checklist() const { return m_template; }

    int doneCount() const;
    int totalCount() const;
    int doneCount(int phase) const;
    int openCount(int phase) const;
    bool isDone(const QString& itemId) const;

    QModelIndex indexOfItem(const QString& itemId, int column = TextColumn) const;
    QModelIndex indexOfPhase(int phase, int column = TextColumn) const;
    // A live note shown after the text of every item that links to `link`, e.g. "3 unassigned"
    // on the board items (empty: none). Kept across days.
    void setLinkNote(const QString& link, const QString& note);
    QString linkNote(const QString& link) const { return m_linkNotes.value(link); }

    // Ticks or unticks an item through the writer.
    bool setItemDone(const QString& itemId, bool done);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void progressChanged(int done, int total);
    void tickFailed(const QString& message);

private:
    static constexpr quintptr kPhaseNode = 0;
    bool isPhase(const QModelIndex& index) const;
    const ChecklistItem* itemAt(const QModelIndex& index) const;
    QVariant phaseData(int phase, int column, int role) const;
    QVariant itemData(const ChecklistItem& item, int column, int role) const;
    QString phaseTimes(const ChecklistPhase& phase) const;
    QHash<QString, QString> m_linkNotes;

    QDate m_day;
    ChecklistTemplate m_template;
    QHash<QString, Tick> m_ticks;
    bool m_readOnly = true;
    TickWriter m_writer;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace shiftdesk
