#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QTimeZone>

#include "Announcement.h"

namespace shiftdesk {

class AnnounceStore;
class Clock;

// The Announce tab's list of posted announcements, newest first: title, when, channel, open or
// resolved, and the promises with how each was kept ("1PM kept · 3PM open"). An open
// announcement with an overdue promise is flagged. reload() re-reads the store; refresh()
// only re-evaluates the time-dependent roles (emits dataChanged, no reset).
// In the summary an open promise past due + grace shows as "overdue", past due + late as
// "missed"; a promise on another day than the announcement's shows its weekday ("Tue 10AM").
class AnnouncementModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        TitleRole,                 // QString
        PostedAtRole,              // QDateTime UTC
        ChannelRole,               // QString channel name
        PermalinkRole,             // QString
        ResolvedRole,              // bool
        PromiseSummaryRole,        // QString, e.g. "1PM kept · 3PM late · 5PM open" (time-dep.)
        NextDueRole,               // QDateTime of the earliest open promise (invalid: none)
        OverdueRole,               // bool: an open promise is past due + grace (time-dependent)
        OpenPromiseCountRole,      // int
    };

    AnnouncementModel(AnnounceStore& store, Clock& clock, QObject* parent = nullptr);

    void setTimeZone(const QTimeZone& zone); // for the times shown in PromiseSummaryRole
    void setClock24(bool on);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 id) const;

public Q_SLOTS:
    void reload();
    void refresh();

private:
    struct Row
    {
        Announcement announcement{};
        QList<UpdatePromise> promises{}; // by due time
    };
    QString summary(const Row& row) const;

    AnnounceStore& m_store;
    Clock& m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_clock24 = false;
    QList<Row> m_rows;
};

} // namespace shiftdesk
