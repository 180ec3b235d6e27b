#include "SupportModel.h"

#include "alarms/AlertParser.h"
#include "slack/Mrkdwn.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace shiftdesk {

SupportModel::SupportModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{}

void SupportModel::setUserNames(std::function<QString(const QString&)> names)
{
    m_names = std::move(names);
    namesChanged();
}

void SupportModel::setSelfUserId(const QString& userId)
{
    if (m_self == userId)
        return;
    m_self = userId;
    namesChanged();
}

void SupportModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {AgeRole, WaitingTooLongRole, Qt::ToolTipRole});
}

void SupportModel::setWaitLimitMinutes(int minutes)
{
    m_waitLimitMinutes = std::max(1, minutes);
    setNow(m_now);
}

void SupportModel::namesChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

bool SupportModel::same(const SupportRequest& a, const SupportRequest& b)
{
    return a.ts == b.ts && a.asker == b.asker && a.text == b.text && a.replyCount == b.replyCount &&
           a.state == b.state && a.claimedBy == b.claimedBy && a.answeredBy == b.answeredBy &&
           a.ticketUrl == b.ticketUrl;
}

void SupportModel::setRequests(QList<SupportRequest> requests)
{
    std::sort(requests.begin(), requests.end(),
              [](const SupportRequest& a, const SupportRequest& b) {
                  return AlertParser::compareTs(a.ts, b.ts) < 0;
              });
    QSet<QString> wanted;
    for (const SupportRequest& r : std::as_const(requests))
        wanted.insert(r.ts);
    // Rows that went, from the end so indexes stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).ts))
            continue;
        int first = row;
        while (first > 0 && !wanted.contains(m_rows.at(first - 1).ts))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    // What is left is in order and a subsequence of `requests`: update or insert in one walk.
    for (int i = 0; i < requests.size(); ++i) {
        const SupportRequest& r = requests.at(i);
        if (i < m_rows.size() && m_rows.at(i).ts == r.ts) {
            if (!same(m_rows.at(i), r)) {
                m_rows[i] = r;
                Q_EMIT dataChanged(index(i), index(i));
            }
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, r);
        endInsertRows();
    }
}

const SupportRequest* SupportModel::requestAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SupportModel::rowOf(const QString& ts) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ts == ts)
            return i;
    }
    return -1;
}

int SupportModel::unansweredCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const SupportRequest& r) { return r.isUnanswered(); }));
}

int SupportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString SupportModel::nameOf(const QString& userId) const
{
    if (!m_self.isEmpty() && userId == m_self)
        return tr("you");
    const QString name = m_names ? m_names(userId) : QString();
    return name.isEmpty() ? userId : name;
}

QString SupportModel::ageText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return tr("now");
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n d", nullptr, int(seconds / 86400));
}

QString SupportModel::stateText(const SupportRequest& r) const
{
    QStringList names;
    switch (r.state) {
    case SupportRequest::State::New:
        return tr("New");
    case SupportRequest::State::Claimed:
        for (const QString& u : r.claimedBy)
            names << nameOf(u);
        return tr("Claimed by %1").arg(names.join(QStringLiteral(", ")));
    case SupportRequest::State::Answered:
        for (const QString& u : r.answeredBy)
            names << nameOf(u);
        return tr("Answered by %1").arg(names.join(QStringLiteral(", ")));
    case SupportRequest::State::Ticketed:
        return tr("Ticketed");
    }
    return {};
}

QVariant SupportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupportRequest& r = m_rows.at(index.row());
    const qint64 waited = r.postedAt.isValid() ? r.postedAt.secsTo(m_now) : 0;
    switch (role) {
    case Qt::DisplayRole:
    case AskerRole:
        return nameOf(r.asker);
    case Qt::AccessibleTextRole:
        return tr("%1, %2 ago, %3: %4")
            .arg(nameOf(r.asker), ageText(waited), stateText(r), Mrkdwn::toPlainText(r.text));
    case Qt::ToolTipRole:
        return QLocale().toString(r.postedAt.toLocalTime(), QLocale::ShortFormat);
    case TsRole:
        return r.ts;
    case AskerIdRole:
        return r.asker;
    case TextRole:
        return r.text;
    case PlainTextRole:
        return Mrkdwn::toPlainText(r.text);
    case PostedAtRole:
        return r.postedAt;
    case AgeRole:
        return ageText(waited);
    case ReplyCountRole:
        return r.replyCount;
    case StateRole:
        return int(r.state);
    case StateTextRole:
        return stateText(r);
    case ClaimedByRole: {
        QStringList names;
        for (const QString& u : r.claimedBy)
            names << nameOf(u);
        return names;
    }
    case ClaimedByMeRole:
        return !m_self.isEmpty() && r.claimedBy.contains(m_self);
    case TicketUrlRole:
        return r.ticketUrl;
    case UnansweredRole:
        return r.isUnanswered();
    case WaitingTooLongRole:
        return r.isUnanswered() && waited > qint64(m_waitLimitMinutes) * 60;
    default:
        return {};
    }
}

QHash<int, QByteArray> SupportModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TsRole, "ts");
    names.insert(AskerRole, "asker");
    names.insert(TextRole, "text");
    names.insert(AgeRole, "age");
    names.insert(ReplyCountRole, "replyCount");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(TicketUrlRole, "ticketUrl");
    return names;
}

} // namespace shiftdesk
