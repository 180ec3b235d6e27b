#pragma once

#include "HandoverStore.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace shiftdesk {

// The handovers posted (and any whose post is unsettled), newest first, for the History list.
class HandoverHistoryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        TextRole,                  // QString: wire text
        PermalinkRole,             // QString
        StateRole,                 // QString: toString(HandoverRecord::State)
        PostedAtRole,              // QDateTime UTC (created time until posted)
        DestinationRole,           // QString: HandoverRecord::title()
    };
    Q_ENUM(Role)

    explicit HandoverHistoryModel(HandoverStore& store, QObject* parent = nullptr);

    void setTimeZone(const QTimeZone& zone);
    void reload();
    const HandoverRecord* recordAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    HandoverStore& m_store;
    QList<HandoverRecord> m_rows;
    QTimeZone m_zone{QByteArrayLiteral("Europe/London")};
};

} // namespace shiftdesk
