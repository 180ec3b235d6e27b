#include "AlarmModel.h"

namespace shiftdesk {

AlarmModel::AlarmModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{}

QString AlarmModel::searchTextFor(const AlarmRow& row)
{
    QString text = row.latest.title + QLatin1Char('\n') + row.group.alertName + QLatin1Char('\n') +
                   row.group.severity + QLatin1Char('\n') + row.channelName + QLatin1Char('\n') +
                   row.latest.text + QLatin1Char('\n') + row.triage.note;
    for (const ParsedAlert& alert : row.latest.alerts) {
        text += QLatin1Char('\n') + alert.summary;
        for (auto it = alert.labels.constBegin(); it != alert.labels.constEnd(); ++it)
            text += QLatin1Char('\n') + it.key() + QLatin1Char('=') + it.value();
    }
    return text.toLower();
}

void AlarmModel::setRows(QVector<AlarmRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    for (AlarmRow& r : m_rows) {
        if (r.searchText.isEmpty())
            r.searchText = searchTextFor(r);
    }
    reindex(0);
    endResetModel();
}

void AlarmModel::reindex(int from)
{
    if (from == 0)
        m_index.clear();
    for (int i = from; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].group.key, i);
}

int AlarmModel::insertPosition(const QString& lastTs, int skip) const
{
    // Newest first: binary search on lastTs (descending) over the rows except `skip`.
    const int count = int(m_rows.size()) - (skip >= 0 ? 1 : 0);
    auto at = [this, skip](int i) -> const AlarmRow& {
        return m_rows[skip >= 0 && i >= skip ? i + 1 : i];
    };
    int lo = 0;
    int hi = count;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (AlertParser::compareTs(at(mid).group.lastTs, lastTs) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void AlarmModel::upsertRow(const AlarmRow& input)
{
    AlarmRow row = input;
    row.searchText = searchTextFor(row);
    const int existing = rowOf(row.group.key);
    if (existing < 0) {
        const int pos = insertPosition(row.group.lastTs);
        beginInsertRows({}, pos, pos);
        m_rows.insert(pos, row);
        endInsertRows();
        reindex(pos);
        return;
    }
    const int target = insertPosition(row.group.lastTs, existing);
    if (target == existing) {
        m_rows[existing] = row;
        Q_EMIT dataChanged(index(existing), index(existing));
        return;
    }
    // A move keeps selections and the current item on this alarm (remove + insert would not).
    const int destination = target > existing ? target + 1 : target;
    beginMoveRows({}, existing, existing, {}, destination);
    m_rows.removeAt(existing);
    m_rows.insert(target, row);
    endMoveRows();
    reindex(qMin(existing, target));
    Q_EMIT dataChanged(index(target), index(target));
}

void AlarmModel::removeRow(const QString& groupKey)
{
    const int existing = rowOf(groupKey);
    if (existing < 0)
        return;
    beginRemoveRows({}, existing, existing);
    m_rows.removeAt(existing);
    m_index.remove(groupKey);
    endRemoveRows();
    reindex(existing);
}

void AlarmModel::setRead(const QStringList& groupKeys)
{
    int first = int(m_rows.size());
    int last = -1;
    for (const QString& key : groupKeys) {
        const int r = rowOf(key);
        if (r < 0 || !m_rows[r].unread)
            continue;
        m_rows[r].unread = false;
        first = qMin(first, r);
        last = qMax(last, r);
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first), index(last), {UnreadRole});
}

const AlarmRow* AlarmModel::rowFor(const QString& groupKey) const
{
    const int r = rowOf(groupKey);
    return r >= 0 ? &m_rows[r] : nullptr;
}

void AlarmModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {DurationRole});
}

int AlarmModel::unreadCount(bool highPriorityOnly) const
{
    int n = 0;
    for (const AlarmRow& r : m_rows) {
        if (r.unread && (!highPriorityOnly || r.isHighPriority()))
            ++n;
    }
    return n;
}

int AlarmModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AlarmModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlarmRow& r = m_rows[index.row()];
    const bool firing = r.group.state == ParsedAlarm::Status::Firing;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.group.alertName.isEmpty() ? r.latest.title : r.group.alertName;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1 in #%2, %3, %4")
            .arg(r.group.alertName.isEmpty() ? r.latest.title : r.group.alertName, r.channelName,
                 firing ? tr("firing") : tr("resolved"), Triage::stateName(r.triage.state));
    case GroupKeyRole:
        return r.group.key;
    case AlertNameRole:
        return r.group.alertName;
    case SeverityRole:
        return r.group.severity;
    case FiringRole:
        return firing;
    case TriageStateRole:
        return int(r.triage.state);
    case ChannelNameRole:
        return r.channelName;
    case HighPriorityRole:
        return r.isHighPriority();
    case FirstTimeRole:
        return AlertParser::tsToDateTime(r.group.firstTs);
    case LastTimeRole:
        return AlertParser::tsToDateTime(r.group.lastTs);
    case DurationRole:
        return r.group.durationSeconds(m_now);
    case LabelsRole: {
        QVariantMap labels;
        for (const ParsedAlert& a : r.latest.alerts) {
            for (auto it = a.labels.constBegin(); it != a.labels.constEnd(); ++it)
                labels.insert(it.key(), it.value());
        }
        return labels;
    }
    case ColourRole:
        return r.latest.colour;
    case UnreadRole:
        return r.unread;
    case LookersRole:
        return r.lookers;
    case MessageCountRole:
        return int(r.group.messageTs.size());
    case CountRole:
        return r.latest.count;
    default:
        return {};
    }
}

QHash<int, QByteArray> AlarmModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(GroupKeyRole, "groupKey");
    names.insert(TitleRole, "title");
    names.insert(AlertNameRole, "alertName");
    names.insert(SeverityRole, "severity");
    names.insert(FiringRole, "firing");
    names.insert(TriageStateRole, "triageState");
    names.insert(ChannelNameRole, "channelName");
    names.insert(HighPriorityRole, "highPriority");
    names.insert(FirstTimeRole, "firstTime");
    names.insert(LastTimeRole, "lastTime");
    names.insert(DurationRole, "duration");
    names.insert(LabelsRole, "labels");
    names.insert(ColourRole, "colour");
    names.insert(UnreadRole, "unread");
    names.insert(LookersRole, "lookers");
    names.insert(MessageCountRole, "messageCount");
    names.insert(CountRole, "count");
    return names;
}

AlarmFilterModel::AlarmFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void AlarmFilterModel::setChannel(const QString& channelName)
{
    if (m_channel == channelName)
        return;
    m_channel = channelName;
    invalidateFilter();
}

void AlarmFilterModel::setStateFilter(StateFilter state)
{
    if (m_state == state)
        return;
    m_state = state;
    invalidateFilter();
}

void AlarmFilterModel::setSeverity(const QString& severity)
{
    if (m_severity == severity)
        return;
    m_severity = severity;
    invalidateFilter();
}

void AlarmFilterModel::setText(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void AlarmFilterModel::setUnreadOnly(bool on)
{
    if (m_unreadOnly == on)
        return;
    m_unreadOnly = on;
    invalidateFilter();
}

bool AlarmFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const AlarmModel*>(sourceModel());
    const AlarmRow& r = model->rowAt(sourceRow);
    if (!m_channel.isEmpty() && r.channelName != m_channel)
        return false;
    if (m_unreadOnly && !r.unread)
        return false;
    const bool firing = r.group.state == ParsedAlarm::Status::Firing;
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Firing:
        if (!firing)
            return false;
        break;
    case StateFilter::Resolved:
        if (firing)
            return false;
        break;
    case StateFilter::NeedsAttention:
        if (!firing || r.triage.state != Triage::State::None)
            return false;
        break;
    }
    if (!m_severity.isEmpty() && r.group.severity.compare(m_severity, Qt::CaseInsensitive) != 0)
        return false;
    for (const QString& word : m_words) {
        if (!r.searchText.contains(word))
            return false;
    }
    return true;
}

} // namespace shiftdesk
