#pragma once

#include "CoverStore.h"

#include <QAbstractTableModel>

namespace shiftdesk {

// The support-hours cover rota of one day as an editable table: From, To, Who.
// Every edit is saved at once; an edit that cannot be saved is undone and reported.
class CoverModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FromColumn = 0, ToColumn, PersonColumn, ColumnCount };

    explicit CoverModel(CoverStore& store, QObject* parent = nullptr);

    void load(QDate day, QList<CoverSlot> slots, bool readOnly);
    QDate day() const { return m_day; }
    const QList<CoverSlot>& slots() const { return m_slots; }

    // Who covers at a wall-clock time (empty when nobody is recorded or outside the periods).
    QString personAt(QTime time) const;
    // Adds a period after the last one (or 10:00-12:00 when empty); returns its row.
    int appendPeriod();
    bool removePeriod(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void coverChanged();
    void editRejected(const QString& message);

private:
    bool save(const QList<CoverSlot>& next);

    CoverStore& m_store;
    QDate m_day;
    QList<CoverSlot> m_slots;
    bool m_readOnly = true;
};

} // namespace shiftdesk
