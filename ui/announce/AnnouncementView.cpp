#include "AnnouncementView.h"
#include "widgets/Palette.h"

#include "MrkdwnPreview.h"
#include "TimeText.h"
#include "announce/AnnounceService.h"
#include "announce/PromiseRules.h"
#include "core/Clock.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace shiftdesk {

namespace {

QString stateWord(const UpdatePromise& p, const QDateTime& now)
{
    switch (p.state) {
    case UpdatePromise::State::Kept:
        return AnnouncementView::tr("kept");
    case UpdatePromise::State::Late:
        return AnnouncementView::tr("late");
    case UpdatePromise::State::Missed:
        return AnnouncementView::tr("missed");
    case UpdatePromise::State::Cancelled:
        return AnnouncementView::tr("not needed (resolved)");
    case UpdatePromise::State::Open:
        break;
    }
    switch (PromiseRules::standing(p, now, AnnounceService::kReminderLeadMinutes)) {
    case PromiseRules::Standing::Upcoming:
        return AnnouncementView::tr("open");
    case PromiseRules::Standing::DueSoon:
        return AnnouncementView::tr("due soon");
    case PromiseRules::Standing::Due:
        return AnnouncementView::tr("due now");
    case PromiseRules::Standing::Overdue:
        return AnnouncementView::tr("OVERDUE");
    case PromiseRules::Standing::Missed:
        return AnnouncementView::tr("MISSED so far");
    }
    return {};
}

} // namespace

AnnouncementView::AnnouncementView(AnnounceService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_promises(new QLabel(this))
    , m_thread(new MrkdwnPreview(this))
    , m_update(new QPushButton(tr("Write &update"), this))
    , m_resolve(new QPushButton(tr("&Resolve…"), this))
    , m_open(new QPushButton(tr("Open in &Slack"), this))
{
    setObjectName(QStringLiteral("announcementView"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_promises->setObjectName(QStringLiteral("promisesDetail"));
    m_promises->setTextFormat(Qt::RichText);
    m_promises->setWordWrap(true);
    m_thread->setObjectName(QStringLiteral("threadView"));
    m_thread->setAccessibleName(tr("The announcement's thread"));
    m_update->setObjectName(QStringLiteral("writeUpdateButton"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_open->setObjectName(QStringLiteral("openInSlackButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_update);
    buttons->addWidget(m_resolve);
    buttons->addStretch();
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_promises);
    layout->addWidget(m_thread, 1);
    layout->addLayout(buttons);

    connect(m_update, &QPushButton::clicked, this, [this]() { Q_EMIT updateRequested(m_id); });
    connect(m_resolve, &QPushButton::clicked, this, [this]() { Q_EMIT resolveRequested(m_id); });
    connect(m_open, &QPushButton::clicked, this,
            [this]() { QDesktopServices::openUrl(QUrl(m_permalink)); });
    connect(m_service, &AnnounceService::announcementsChanged, this, &AnnouncementView::refresh);
    connect(m_service, &AnnounceService::promisesChanged, this, &AnnouncementView::refresh);
}

void AnnouncementView::showAnnouncement(qint64 id)
{
    m_id = id;
    refresh();
}

QString AnnouncementView::promisesText() const
{
    return m_promises->text();
}

void AnnouncementView::refresh()
{
    const std::optional<Announcement> a = m_service->store().announcement(m_id);
    if (!a) {
        m_title->setText(tr("This announcement is gone"));
        m_meta->clear();
        m_promises->clear();
        m_thread->clear(); // (the thread is set as HTML, not through setWireText)
        for (QPushButton* b : {m_update, m_resolve, m_open})
            b->setEnabled(false);
        return;
    }
    const QTimeZone zone = m_service->timeZone();
    const QDateTime now = m_service->clock().now();
    auto when = [&](const QDateTime& t) { return TimeText::when(t, zone, now); };
    m_title->setText(a->title());
    QString meta = tr("Posted %1 in #%2").arg(when(a->postedAt), a->channelName);
    meta += a->resolved ? tr(" · resolved %1").arg(when(a->resolvedAt)) : tr(" · open");
    m_meta->setText(meta);

    QStringList promises;
    for (const UpdatePromise& p : m_service->store().promises(m_id)) {
        const QString word = stateWord(p, now);
        const bool bad = p.state == UpdatePromise::State::Missed ||
                         p.state == UpdatePromise::State::Late || word == tr("OVERDUE") ||
                         word == tr("MISSED so far");
        QString line = tr("%1: %2").arg(TimeText::when(p.due, zone, now), word).toHtmlEscaped();
        if (bad)
            line = QStringLiteral("<span style=\"color:%1;font-weight:bold\">")
                       .arg(palette::error(palette()).name()) +
                   line + QStringLiteral("</span>");
        promises << line;
    }
    m_promises->setText(promises.isEmpty()
                            ? tr("No update promised.")
                            : tr("Update promises: %1").arg(promises.join(QStringLiteral(" · "))));

    // The thread: the announcement, then every reply under its time, each rendered on its own
    // (as Slack does: one message's formatting never runs into the next).
    MrkdwnContext ctx = m_service->mrkdwnContext();
    ctx.dark = palette::isDark(palette());
    QString html = Mrkdwn::toHtml(a->text, ctx);
    for (const AnnouncePost& p : m_service->store().posts(m_id)) {
        const QString label =
            (p.kind == AnnounceKind::Resolution ? tr("%1 · resolution") : tr("%1 · update"))
                .arg(when(p.postedAt)) +
            (p.broadcast ? tr(" · also sent to the channel") : QString());
        html += QStringLiteral("<hr><p><small>") + label.toHtmlEscaped() +
                QStringLiteral("</small></p>") + Mrkdwn::toHtml(p.text, ctx);
    }
    if (html != m_html) {
        m_html = html;
        m_thread->setHtml(html);
    }
    m_permalink = a->permalink;
    m_open->setEnabled(!m_permalink.isEmpty());
    m_update->setEnabled(!a->resolved);
    m_resolve->setEnabled(!a->resolved);
}

void AnnouncementView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Mentions and status colours are chosen when rendered: render again in the new palette.
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

} // namespace shiftdesk
