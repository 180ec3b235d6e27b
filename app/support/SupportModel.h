#pragma once

#include "SupportRequest.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

namespace shiftdesk {

// The support queue as a list model, oldest request first. setRequests() merges a new state of
// the queue into the rows (inserting, updating and removing only what changed), so selection
// and scroll position survive every refresh.
class SupportModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TsRole = Qt::UserRole + 1,
        AskerRole, // display name (the id until the name is known)
        AskerIdRole,
        TextRole,      // wire text (mrkdwn)
        PlainTextRole, // the text as plain text, for search and accessibility
        PostedAtRole,  // QDateTime, UTC
        AgeRole,       // "12 min", "3 h", "2 d" at the model's now
        ReplyCountRole,
        StateRole,       // int(SupportRequest::State)
        StateTextRole,   // "New", "Claimed by Ana", "Answered by Ben", "Ticketed"
        ClaimedByRole,   // QStringList of display names
        ClaimedByMeRole, // bool
        TicketUrlRole,
        UnansweredRole,     // bool
        WaitingTooLongRole, // bool: unanswered for longer than the claim timeout
    };

    explicit SupportModel(QObject* parent = nullptr);

    // Names for user ids (askers, claimers); without it ids are shown.
    void setUserNames(std::function<QString(const QString&)> names);
    void setSelfUserId(const QString& userId);
    void setNow(const QDateTime& now);
    void setWaitLimitMinutes(int minutes);
    // The queue as it is now (any order); rows are kept sorted by ts.
    void setRequests(QList<SupportRequest> requests);
    // Names became known: every row's names are shown again.
    void namesChanged();

    const SupportRequest* requestAt(int row) const;
    int rowOf(const QString& ts) const;
    int unansweredCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString ageText(qint64 seconds);

private:
    QString nameOf(const QString& userId) const;
    QString stateText(const SupportRequest& r) const;
    static bool same(const SupportRequest& a, const SupportRequest& b);

    QList<SupportRequest> m_rows;
    std::function<QString(const QString&)> m_names;
    QString m_self;
    QDateTime m_now;
    int m_waitLimitMinutes = 15;
};

} // namespace shiftdesk
