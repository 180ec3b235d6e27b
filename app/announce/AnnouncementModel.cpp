#include "AnnouncementModel.h"

#include "AnnounceStore.h"
#include "PromiseRules.h"
#include "core/Clock.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace shiftdesk {

namespace {
bool isOpen(const UpdatePromise& p)
{
    return p.state == UpdatePromise::State::Open;
}

bool isOverdue(const UpdatePromise& p, const QDateTime& now)
{
    if (!isOpen(p))
        return false;
    const PromiseRules::Standing s = PromiseRules::standing(p, now, 0);
    return s == PromiseRules::Standing::Overdue || s == PromiseRules::Standing::Missed;
}
} // namespace

AnnouncementModel::AnnouncementModel(AnnounceStore& store, Clock& clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
{}

void AnnouncementModel::setTimeZone(const QTimeZone& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {PromiseSummaryRole, Qt::ToolTipRole});
}

void AnnouncementModel::setClock24(bool on)
{
    if (on == m_clock24)
        return;
    m_clock24 = on;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {PromiseSummaryRole, Qt::ToolTipRole});
}

void AnnouncementModel::reload()
{
    QList<Row> rows;
    const QList<Announcement> all = m_store.announcements();
    rows.reserve(all.size());
    for (const Announcement& a : all)
        rows.append({a, m_store.promises(a.id)});
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void AnnouncementModel::refresh()
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto& promises = m_rows[i].promises;
        if (std::any_of(promises.cbegin(), promises.cend(), isOpen)) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last),
                           {PromiseSummaryRole, OverdueRole, Qt::ToolTipRole});
}

int AnnouncementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnouncementModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].announcement.id == id)
            return i;
    }
    return -1;
}

QString AnnouncementModel::summary(const Row& row) const
{
    const QDateTime now = m_clock.now();
    const QDate postedOn = row.announcement.postedAt.toTimeZone(m_zone).date();
    QStringList parts;
    for (const UpdatePromise& p : row.promises) {
        const QDateTime local = p.due.toTimeZone(m_zone);
        QString when =
            AnnounceTemplate::formatTime(local.time().toString(QStringLiteral("HH:mm")), m_clock24);
        if (local.date() != postedOn)
            when = tr("%1 %2", "weekday and time of a promise")
                       .arg(QLocale().toString(local.date(), QStringLiteral("ddd")), when);
        QString state;
        switch (p.state) {
        case UpdatePromise::State::Open:
            switch (PromiseRules::standing(p, now, 0)) {
            case PromiseRules::Standing::Overdue:
                state = tr("overdue", "update promise");
                break;
            case PromiseRules::Standing::Missed:
                state = tr("missed", "update promise");
                break;
            default:
                state = tr("open", "update promise");
                break;
            }
            break;
        case UpdatePromise::State::Kept:
            state = tr("kept", "update promise");
            break;
        case UpdatePromise::State::Late:
            state = tr("late", "update promise");
            break;
        case UpdatePromise::State::Missed:
            state = tr("missed", "update promise");
            break;
        case UpdatePromise::State::Cancelled:
            state = tr("cancelled", "update promise");
            break;
        }
        parts.append(tr("%1 %2", "time and state of a promise").arg(when, state));
    }
    return parts.join(QStringLiteral(" \u00B7 "));
}

QVariant AnnouncementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    const Announcement& a = row.announcement;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: {
        const QString title = a.title();
        return title.isEmpty() ? tr("Untitled announcement") : title;
    }
    case Qt::ToolTipRole: {
        const QString promises = summary(row);
        return promises.isEmpty() ? a.title() : tr("%1\n%2").arg(a.title(), promises);
    }
    case IdRole:
        return a.id;
    case PostedAtRole:
        return a.postedAt;
    case ChannelRole:
        return a.channelName;
    case PermalinkRole:
        return a.permalink;
    case ResolvedRole:
        return a.resolved;
    case PromiseSummaryRole:
        return summary(row);
    case NextDueRole:
        for (const UpdatePromise& p : row.promises) {
            if (isOpen(p))
                return p.due;
        }
        return QDateTime();
    case OverdueRole: {
        const QDateTime now = m_clock.now();
        return !a.resolved &&
               std::any_of(row.promises.cbegin(), row.promises.cend(),
                           [&](const UpdatePromise& p) { return isOverdue(p, now); });
    }
    case OpenPromiseCountRole:
        return int(std::count_if(row.promises.cbegin(), row.promises.cend(), isOpen));
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnouncementModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(PostedAtRole, "postedAt");
    names.insert(ChannelRole, "channel");
    names.insert(PermalinkRole, "permalink");
    names.insert(ResolvedRole, "resolved");
    names.insert(PromiseSummaryRole, "promiseSummary");
    names.insert(NextDueRole, "nextDue");
    names.insert(OverdueRole, "overdue");
    names.insert(OpenPromiseCountRole, "openPromiseCount");
    return names;
}

} // namespace shiftdesk
