#include "HandoverHistoryModel.h"

#include <QLocale>

namespace shiftdesk {

HandoverHistoryModel::HandoverHistoryModel(HandoverStore& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{}

void HandoverHistoryModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole});
}

void HandoverHistoryModel::reload()
{
    beginResetModel();
    m_rows = m_store.all();
    endResetModel();
}

const HandoverRecord* HandoverHistoryModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int HandoverHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HandoverHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HandoverRecord& r = m_rows.at(index.row());
    const QDateTime at = r.postedAt.isValid() ? r.postedAt : r.createdAt;
    switch (role) {
    case Qt::DisplayRole: {
        const QString when =
            QLocale().toString(at.toTimeZone(m_zone), QStringLiteral("ddd d MMM yyyy, HH:mm"));
        QString state;
        if (r.state == HandoverRecord::State::Posting)
            state = tr(" · being posted");
        else if (r.state == HandoverRecord::State::Unknown)
            state = tr(" · may not have been posted: look in Slack");
        else if (r.state == HandoverRecord::State::Checked)
            state = tr(" · outcome unknown, checked in Slack by hand");
        return QString(tr("%1 → %2").arg(when, r.title()) + state);
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return r.permalink.isEmpty() ? r.title() : r.permalink;
    case IdRole:
        return r.id;
    case TextRole:
        return r.text;
    case PermalinkRole:
        return r.permalink;
    case StateRole:
        return toString(r.state);
    case PostedAtRole:
        return at;
    case DestinationRole:
        return r.title();
    default:
        return {};
    }
}

QHash<int, QByteArray> HandoverHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "handoverId");
    names.insert(TextRole, "text");
    names.insert(PermalinkRole, "permalink");
    names.insert(StateRole, "state");
    names.insert(PostedAtRole, "postedAt");
    names.insert(DestinationRole, "destination");
    return names;
}

} // namespace shiftdesk
