#pragma once

#include "AlarmGrouper.h"
#include "AlarmStore.h"
#include "AlertParser.h"
#include "slack/SlackConfig.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>
#include <QVector>

namespace shiftdesk {

// One row of the feed: a grouped alarm (firing + resolved) with its latest message, triage and
// read state, and who in the team is looking at it.
struct AlarmRow
{
    AlarmGroup group;
    ParsedAlarm latest;  // the newest message of the group
    QString channelName; // without '#'
    AlarmChannel::Priority priority = AlarmChannel::Priority::Low;
    Triage triage;
    bool unread = true;
    QStringList lookers; // names of teammates with an :eyes: reaction
    QString searchText;  // lower-cased title, name, labels, text: for the text filter
    bool isHighPriority() const { return priority == AlarmChannel::Priority::High; }
};

// The alarm feed, newest first.
class AlarmModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        GroupKeyRole = Qt::UserRole + 1,
        TitleRole,
        AlertNameRole,
        SeverityRole,
        FiringRole,      // bool: still firing
        TriageStateRole, // int Triage::State
        ChannelNameRole,
        HighPriorityRole, // bool
        FirstTimeRole,    // QDateTime UTC
        LastTimeRole,
        DurationRole, // qint64 seconds (to now while firing)
        LabelsRole,   // QVariantMap
        ColourRole,   // "#rrggbb" or empty
        UnreadRole,
        LookersRole, // QStringList
        MessageCountRole,
        CountRole, // N in [FIRING:N]
    };
    Q_ENUM(Role)

    explicit AlarmModel(QObject* parent = nullptr);

    void setRows(QVector<AlarmRow> rows); // sorted newest first by the caller
    void upsertRow(const AlarmRow& row);  // keeps newest-first order
    void removeRow(const QString& groupKey);
    void setRead(const QStringList& groupKeys);
    const AlarmRow* rowFor(const QString& groupKey) const;
    const AlarmRow& rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& groupKey) const { return m_index.value(groupKey, -1); }
    void setNow(const QDateTime& now); // for durations and relative times
    QDateTime now() const { return m_now; }

    int unreadCount(bool highPriorityOnly) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString searchTextFor(const AlarmRow& row);

private:
    void reindex(int from);
    // Where a row with this lastTs belongs (newest first), ignoring row `skip`.
    int insertPosition(const QString& lastTs, int skip = -1) const;

    QVector<AlarmRow> m_rows;
    QHash<QString, int> m_index;
    QDateTime m_now;
};

// Filters the feed by channel, state, severity and free text, without copying rows.
class AlarmFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StateFilter { All, Firing, Resolved, NeedsAttention /* firing and not triaged */ };

    explicit AlarmFilterModel(QObject* parent = nullptr);

    void setChannel(const QString& channelName); // empty: all
    void setStateFilter(StateFilter state);
    void setSeverity(const QString& severity); // empty: all
    void setText(const QString& text);
    void setUnreadOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_channel;
    StateFilter m_state = StateFilter::All;
    QString m_severity;
    QStringList m_words;
    bool m_unreadOnly = false;
};

} // namespace shiftdesk
