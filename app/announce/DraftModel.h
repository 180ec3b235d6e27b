#pragma once

#include <QAbstractListModel>

#include "Announcement.h"

namespace shiftdesk {

class AnnounceStore;

// The drafts in the Announce tab, most recently edited first: title (first line), kind, which
// announcement it updates, when last saved, and whether a post of it may be in Slack already.
class DraftModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        TitleRole,                 // QString ("Untitled draft" when empty)
        KindRole,                  // QString: "announcement", "update", "resolution"
        AnnouncementIdRole,        // qint64
        UpdatedAtRole,             // QDateTime UTC
        PostAttemptRole,           // bool: a post was started and its outcome is not known
    };

    explicit DraftModel(AnnounceStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 id) const;

public Q_SLOTS:
    void reload();
    // One draft changed (saved): re-reads it, updates or inserts its row and moves it to its
    // place (the top, for the draft just edited) without a reset. A draft no longer in the
    // store is removed.
    void draftSaved(qint64 id);
    void draftRemoved(qint64 id);

private:
    AnnounceStore& m_store;
    QList<AnnounceDraft> m_rows; // text is only the title, no fields: to stay small
};

} // namespace shiftdesk
