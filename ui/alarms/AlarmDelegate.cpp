#include "AlarmDelegate.h"

#include "alarms/AlarmModel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QPainter>

namespace shiftdesk {

QColor AlarmDelegate::severityColour(const QString& severity, const QString& slackColour,
                                     bool firing)
{
    if (!firing)
        return QColor(0x2d, 0xa4, 0x4e); // resolved: green
    const QString s = severity.toLower();
    if (s == QLatin1String("critical") || s == QLatin1String("error") || s == QLatin1String("high"))
        return QColor(0xd1, 0x24, 0x2f);
    if (s == QLatin1String("warning"))
        return QColor(0xd4, 0x8a, 0x00);
    if (s.startsWith(QLatin1String("info")))
        return QColor(0x1f, 0x6f, 0xeb);
    const QColor fromSlack(slackColour);
    return fromSlack.isValid() ? fromSlack : QColor(0x8c, 0x95, 0x9f);
}

QString AlarmDelegate::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1s").arg(seconds);
    if (seconds < 3600)
        return tr("%1m").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1d %2h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString AlarmDelegate::relativeTime(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return {};
    const qint64 s = when.secsTo(now);
    if (s < 60)
        return tr("just now");
    return tr("%1 ago").arg(duration(s));
}

QSize AlarmDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int line = option.fontMetrics.height();
    return {option.rect.width() > 0 ? option.rect.width() : 400, line * 3 + 16};
}

void AlarmDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The model's clock ("7 min ago"), through the view's filter proxy.
    const QAbstractItemModel* source = index.model();
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(source))
        source = proxy->sourceModel();
    const auto* model = qobject_cast<const AlarmModel*>(source);
    const QDateTime now = model ? model->now() : QDateTime::currentDateTimeUtc();
    const bool firing = index.data(AlarmModel::FiringRole).toBool();
    const bool unread = index.data(AlarmModel::UnreadRole).toBool();
    const QString severity = index.data(AlarmModel::SeverityRole).toString();
    const QColor bar =
        severityColour(severity, index.data(AlarmModel::ColourRole).toString(), firing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.72f);

    painter->save();
    const QRect r = option.rect.adjusted(0, 2, -4, -2);
    painter->fillRect(QRect(r.left() + 2, r.top() + 2, 5, r.height() - 4), bar);

    const int left = r.left() + 16;
    const int width = r.right() - left;
    const QFontMetrics fm = option.fontMetrics;
    const int lineH = fm.height();
    int y = r.top() + 4;

    // Line 1: title, with a dot when unread, and the time at the right.
    QFont titleFont = option.font;
    titleFont.setBold(unread);
    const QString when = relativeTime(index.data(AlarmModel::LastTimeRole).toDateTime(), now);
    const int whenWidth = fm.horizontalAdvance(when) + 8;
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(QRect(r.right() - whenWidth, y, whenWidth, lineH),
                      Qt::AlignRight | Qt::AlignVCenter, when);
    int titleLeft = left;
    if (unread) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(option.palette.color(group, selected ? QPalette::HighlightedText
                                                               : QPalette::Highlight));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(left + 4, y + lineH / 2.0), 4, 4);
        titleLeft += 14;
    }
    painter->setFont(titleFont);
    painter->setPen(text);
    const QString title = index.data(AlarmModel::TitleRole).toString();
    const int count = index.data(AlarmModel::CountRole).toInt();
    const QString fullTitle = count > 1 ? tr("%1 (%2 alerts)").arg(title).arg(count) : title;
    painter->drawText(QRect(titleLeft, y, width - whenWidth - (titleLeft - left), lineH),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(fullTitle, Qt::ElideRight,
                                                         width - whenWidth - (titleLeft - left)));
    y += lineH + 2;

    // Line 2: channel · state and duration · severity · triage · lookers.
    QStringList parts;
    parts << QLatin1Char('#') + index.data(AlarmModel::ChannelNameRole).toString();
    const QString lasted = duration(index.data(AlarmModel::DurationRole).toLongLong());
    parts << (firing ? tr("FIRING for %1").arg(lasted) : tr("resolved after %1").arg(lasted));
    if (!severity.isEmpty())
        parts << severity;
    const int triage = index.data(AlarmModel::TriageStateRole).toInt();
    if (triage != int(Triage::State::None))
        parts << Triage::stateName(Triage::State(triage));
    const QStringList lookers = index.data(AlarmModel::LookersRole).toStringList();
    if (!lookers.isEmpty())
        parts << tr("%1 looking").arg(lookers.join(QStringLiteral(", ")));
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(QRect(left, y, width, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(parts.join(QStringLiteral("  ·  ")), Qt::ElideRight, width));
    y += lineH + 2;

    // Line 3: labels.
    const QVariantMap labels = index.data(AlarmModel::LabelsRole).toMap();
    QStringList labelText;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        if (it.key() == QLatin1String("alertname") || it.key() == QLatin1String("severity"))
            continue;
        labelText << it.key() + QLatin1Char('=') + it.value().toString();
    }
    painter->setPen(muted);
    painter->drawText(QRect(left, y, width, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(labelText.join(QStringLiteral("  ")), Qt::ElideRight, width));
    painter->restore();
}

} // namespace shiftdesk
