#include "DraftModel.h"

#include "AnnounceStore.h"

namespace shiftdesk {

namespace {
// The list keeps only what the rows show: the title stands in for the text.
AnnounceDraft slim(const AnnounceDraft& d)
{
    AnnounceDraft out = d;
    out.text = d.title();
    out.fields.clear();
    return out;
}

// The store's order: most recently updated first, then newest.
bool before(const AnnounceDraft& a, const AnnounceDraft& b)
{
    if (a.updatedAt != b.updatedAt)
        return a.updatedAt > b.updatedAt;
    return a.id > b.id;
}
} // namespace

DraftModel::DraftModel(AnnounceStore& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{}

void DraftModel::reload()
{
    QList<AnnounceDraft> rows;
    const QList<AnnounceDraft> all = m_store.drafts();
    rows.reserve(all.size());
    for (const AnnounceDraft& d : all)
        rows.append(slim(d));
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void DraftModel::draftSaved(qint64 id)
{
    const std::optional<AnnounceDraft> stored = m_store.draft(id);
    if (!stored) {
        draftRemoved(id);
        return;
    }
    const AnnounceDraft row = slim(*stored);
    const int from = rowOf(id);
    // Where it goes among the other rows.
    int to = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != from && before(m_rows[i], row))
            ++to;
    }
    if (from < 0) {
        beginInsertRows({}, to, to);
        m_rows.insert(to, row);
        endInsertRows();
        return;
    }
    if (to != from) {
        // beginMoveRows takes the destination before the move: one further when moving down.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rows.move(from, to);
        endMoveRows();
    }
    m_rows[to] = row;
    const QModelIndex changed = index(to);
    Q_EMIT dataChanged(changed, changed);
}

void DraftModel::draftRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int DraftModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

int DraftModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DraftModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnnounceDraft& d = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return d.text.isEmpty() ? tr("Untitled draft") : d.text;
    case IdRole:
        return d.id;
    case KindRole:
        return toString(d.kind);
    case AnnouncementIdRole:
        return d.announcementId;
    case UpdatedAtRole:
        return d.updatedAt;
    case PostAttemptRole:
        return d.postAttemptAt.isValid();
    default:
        return {};
    }
}

QHash<int, QByteArray> DraftModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(KindRole, "kind");
    names.insert(AnnouncementIdRole, "announcementId");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(PostAttemptRole, "postAttempt");
    return names;
}

} // namespace shiftdesk
