#include "AlarmDetail.h"
#include "widgets/Palette.h"

#include "AlarmDelegate.h"
#include "alarms/AlarmFeed.h"
#include "github/IssueTemplate.h"
#include "slack/Mrkdwn.h"
#include "slack/SlackClient.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shiftdesk {

AlarmDetail::AlarmDetail(AlarmFeed* feed, SlackClient* slack, QWidget* parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_slack(slack)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_links(new QHBoxLayout)
    , m_ack(new QPushButton(tr("&Acknowledge"), this))
    , m_investigating(new QPushButton(tr("&Investigating"), this))
    , m_resolved(new QPushButton(tr("Re&solved"), this))
    , m_noise(new QPushButton(tr("&Noise"), this))
    , m_raiseTicket(new QPushButton(tr("Raise &ticket…"), this))
    , m_note(new QPlainTextEdit(this))
    , m_ticket(new QLineEdit(this))
{
    setObjectName(QStringLiteral("alarmDetail"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_body->setObjectName(QStringLiteral("alarmBody"));
    m_body->setAccessibleName(tr("Alarm messages"));
    m_body->setOpenLinks(false);
    connect(m_body, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        // Only web and mail links leave the app; mentions are not links to follow.
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
            scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
    m_ack->setObjectName(QStringLiteral("ackButton"));
    m_ack->setToolTip(tr("Acknowledge: adds the :eyes: reaction in Slack so teammates see you "
                         "are on it"));
    m_investigating->setObjectName(QStringLiteral("investigatingButton"));
    m_resolved->setObjectName(QStringLiteral("resolvedButton"));
    m_noise->setObjectName(QStringLiteral("noiseButton"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Triage note"));
    m_note->setPlaceholderText(tr("Note for the team (saved as you type)"));
    m_note->setMaximumHeight(80);
    m_ticket->setObjectName(QStringLiteral("ticketEdit"));
    m_ticket->setAccessibleName(tr("Linked ticket URL"));
    m_ticket->setPlaceholderText(QStringLiteral("https://github.com/…/issues/123"));
    m_ticket->setClearButtonEnabled(true);

    auto* triage = new QHBoxLayout;
    triage->addWidget(m_ack);
    triage->addWidget(m_investigating);
    triage->addWidget(m_resolved);
    triage->addWidget(m_noise);
    triage->addStretch();
    m_raiseTicket->setObjectName(QStringLiteral("raiseTicketButton"));
    m_raiseTicket->setToolTip(tr("Raise a support ticket on GitHub with this alarm's Slack link "
                                 "and text"));
    triage->addWidget(m_raiseTicket);

    auto* form = new QFormLayout;
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Ticket:"), m_ticket);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addLayout(m_links);
    layout->addWidget(m_body, 1);
    layout->addLayout(triage);
    layout->addLayout(form);

    connect(m_ack, &QPushButton::clicked, this, [this]() { m_feed->acknowledge(m_key); });
    connect(m_investigating, &QPushButton::clicked, this,
            [this]() { m_feed->setTriageState(m_key, Triage::State::Investigating); });
    connect(m_resolved, &QPushButton::clicked, this,
            [this]() { m_feed->setTriageState(m_key, Triage::State::Resolved); });
    connect(m_noise, &QPushButton::clicked, this,
            [this]() { m_feed->setTriageState(m_key, Triage::State::Noise); });
    connect(m_ticket, &QLineEdit::editingFinished, this, &AlarmDetail::saveTicket);
    connect(m_raiseTicket, &QPushButton::clicked, this, &AlarmDetail::raiseTicket);
    connect(m_feed->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to, const QList<int>& roles) {
                // The periodic clock tick (durations only) does not re-render the messages.
                if (roles == QList<int>{AlarmModel::DurationRole})
                    return;
                const int row = m_feed->model()->rowOf(m_key);
                if (row >= from.row() && row <= to.row())
                    refresh();
            });
    // Notes save shortly after typing stops, and when another alarm is shown.
    m_noteTimer.setSingleShot(true);
    m_noteTimer.setInterval(700);
    connect(&m_noteTimer, &QTimer::timeout, this, &AlarmDetail::saveNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_note->hasFocus())
            m_noteTimer.start();
    });
    showGroup(QString());
}

void AlarmDetail::showGroup(const QString& groupKey)
{
    if (!m_key.isEmpty() && m_key != groupKey)
        saveNote();
    m_key = groupKey;
    refresh();
}

void AlarmDetail::saveNote()
{
    const AlarmRow* row = m_feed->model()->rowFor(m_key);
    if (row && row->triage.note != m_note->toPlainText())
        m_feed->setNote(m_key, m_note->toPlainText());
}

void AlarmDetail::saveTicket()
{
    const AlarmRow* row = m_feed->model()->rowFor(m_key);
    if (!row)
        return;
    const QString text = m_ticket->text().trimmed();
    const QUrl url(text);
    if (!text.isEmpty() && (!url.isValid() || (url.scheme() != QLatin1String("https") &&
                                               url.scheme() != QLatin1String("http")))) {
        m_ticket->setStyleSheet(palette::textCss(palette::error(palette())));
        m_ticket->setToolTip(tr("Enter a web address (https://…)."));
        return;
    }
    m_ticket->setStyleSheet(QString());
    m_ticket->setToolTip(QString());
    if (row->triage.ticketUrl != text)
        m_feed->setTicketUrl(m_key, text);
}

QString AlarmDetail::renderMessage(const QJsonObject& message) const
{
    MrkdwnContext ctx;
    ctx.dark = palette::isDark(palette());
    ctx.userName = [this](const QString& id) {
        const QJsonObject user = m_slack->cachedUser(id);
        const QString display = user.value(QLatin1String("profile"))
                                    .toObject()
                                    .value(QLatin1String("display_name"))
                                    .toString();
        return display.isEmpty() ? user.value(QLatin1String("real_name")).toString() : display;
    };
    ctx.channelName = [this](const QString& id) { return m_feed->channelName(id); };
    QString html;
    const QString text = message.value(QLatin1String("text")).toString();
    if (!text.isEmpty())
        html += QStringLiteral("<p>") + Mrkdwn::toHtml(text, ctx) + QStringLiteral("</p>");
    for (const QJsonValue& v : message.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject a = v.toObject();
        QString colour = a.value(QLatin1String("color")).toString();
        if (colour == QLatin1String("danger"))
            colour = QStringLiteral("#d1242f");
        else if (colour == QLatin1String("good"))
            colour = QStringLiteral("#2da44e");
        else if (colour == QLatin1String("warning"))
            colour = QStringLiteral("#d48a00");
        else if (!colour.isEmpty() && !colour.startsWith(QLatin1Char('#')))
            colour.prepend(QLatin1Char('#'));
        if (!QColor(colour).isValid())
            colour = QStringLiteral("#8c959f");
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
                               "<td width=\"4\" bgcolor=\"%1\"></td><td>")
                    .arg(colour);
        const QString title = a.value(QLatin1String("title")).toString();
        if (!title.isEmpty()) // titles are plain text in Slack (no markup)
            html += QStringLiteral("<b>") + Mrkdwn::toPlainText(title, ctx).toHtmlEscaped() +
                    QStringLiteral("</b><br>");
        const QString pretext = a.value(QLatin1String("pretext")).toString();
        if (!pretext.isEmpty())
            html += Mrkdwn::toHtml(pretext, ctx) + QStringLiteral("<br>");
        const QString body = a.value(QLatin1String("text")).toString().trimmed();
        if (!body.isEmpty())
            html += Mrkdwn::toHtml(body, ctx);
        for (const QJsonValue& f : a.value(QLatin1String("fields")).toArray()) {
            const QJsonObject field = f.toObject();
            html += QStringLiteral("<br><b>") +
                    field.value(QLatin1String("title")).toString().toHtmlEscaped() +
                    QStringLiteral("</b> ") +
                    Mrkdwn::toHtml(field.value(QLatin1String("value")).toString(), ctx);
        }
        html += QStringLiteral("</td></tr></table>");
    }
    return html;
}

void AlarmDetail::refresh()
{
    const AlarmRow* row = m_feed->model()->rowFor(m_key);
    const bool has = row != nullptr;
    for (QWidget* w : {static_cast<QWidget*>(m_ack), static_cast<QWidget*>(m_investigating),
                       static_cast<QWidget*>(m_resolved), static_cast<QWidget*>(m_noise),
                       static_cast<QWidget*>(m_note), static_cast<QWidget*>(m_ticket)})
        w->setEnabled(has);
    while (QLayoutItem* item = m_links->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!has) {
        m_title->setText(tr("No alarm selected"));
        m_state->clear();
        m_body->clear();
        m_renderedHtml.clear();
        m_renderedKey.clear();
        m_note->clear();
        m_ticket->clear();
        return;
    }
    m_title->setText(row->group.alertName.isEmpty() ? row->latest.title : row->group.alertName);
    const bool firing = row->group.state == ParsedAlarm::Status::Firing;
    const QString lasted =
        AlarmDelegate::duration(row->group.durationSeconds(m_feed->model()->now()));
    QStringList state;
    state << QLatin1Char('#') + row->channelName;
    state << (firing ? tr("firing for %1").arg(lasted) : tr("resolved after %1").arg(lasted));
    if (!row->group.severity.isEmpty())
        state << tr("severity %1").arg(row->group.severity);
    state << Triage::stateName(row->triage.state) +
                 (row->triage.by.isEmpty() ? QString() : tr(" by %1").arg(row->triage.by));
    if (!row->lookers.isEmpty())
        state << tr("%1 looking").arg(row->lookers.join(QStringLiteral(", ")));
    m_state->setText(state.join(QStringLiteral(" · ")));
    const QList<QJsonObject> messages = m_feed->messagesOf(m_key);
    // Links come from the full latest message (the cached row keeps only a summary).
    const QList<AlarmLink> links =
        messages.isEmpty() ? row->latest.links
                           : AlertParser::parse(messages.last(), row->group.channelId).links;
    for (const AlarmLink& link : links) {
        if (link.url.isEmpty())
            continue;
        const QUrl url(link.url);
        if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            continue;
        auto* button = new QPushButton(link.label.isEmpty() ? link.kind : link.label, this);
        button->setToolTip(link.url);
        connect(button, &QPushButton::clicked, this, [url]() { QDesktopServices::openUrl(url); });
        m_links->addWidget(button);
    }
    m_links->addStretch();
    QString html;
    for (const QJsonObject& m : messages)
        html += renderMessage(m) + QStringLiteral("<hr>");
    if (html != m_renderedHtml) { // keep the reading position unless something changed
        const int scroll = m_body->verticalScrollBar()->value();
        const bool sameAlarm = m_renderedKey == m_key;
        m_body->setHtml(html);
        m_renderedHtml = html;
        m_renderedKey = m_key;
        if (sameAlarm)
            m_body->verticalScrollBar()->setValue(scroll);
    }
    if (!m_note->hasFocus() && m_note->toPlainText() != row->triage.note)
        m_note->setPlainText(row->triage.note);
    if (!m_ticket->hasFocus())
        m_ticket->setText(row->triage.ticketUrl);
    m_ack->setEnabled(row->triage.state == Triage::State::None);
}

void AlarmDetail::raiseTicket()
{
    const AlarmRow* row = m_feed->model()->rowFor(m_key);
    const QList<QJsonObject> messages = m_feed->messagesOf(m_key);
    if (!row || messages.isEmpty())
        return;
    const QJsonObject first = messages.first();
    // The text a person would quote: the message text and its attachments' text and fields.
    QStringList parts;
    auto add = [&parts](const QString& s) {
        if (!s.trimmed().isEmpty())
            parts << s.trimmed();
    };
    add(first.value(QLatin1String("text")).toString());
    for (const QJsonValue& a : first.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject att = a.toObject();
        add(att.value(QLatin1String("pretext")).toString());
        add(att.value(QLatin1String("title")).toString());
        add(att.value(QLatin1String("text")).toString());
        for (const QJsonValue& f : att.value(QLatin1String("fields")).toArray())
            add(f.toObject().value(QLatin1String("title")).toString() + QStringLiteral(": ") +
                f.toObject().value(QLatin1String("value")).toString());
    }
    SlackContext context;
    context.channel = row->channelName;
    context.text = parts.join(QLatin1Char('\n'));
    const QString channelId = row->group.channelId;
    const QString ts = first.value(QLatin1String("ts")).toString();
    m_raiseTicket->setEnabled(false);
    m_slack->permalink(channelId, ts, this, [this, context](const SlackResult& r) mutable {
        m_raiseTicket->setEnabled(true);
        if (r.ok())
            context.permalink = r.body.value(QLatin1String("permalink")).toString();
        Q_EMIT ticketRequested(context); // without a permalink if Slack could not give one
    });
}

void AlarmDetail::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Mentions and status colours are chosen when rendered: render again in the new palette.
    if (event->type() == QEvent::PaletteChange) {
        refresh();
        if (!m_ticket->styleSheet().isEmpty()) // the link is marked as not a web address
            m_ticket->setStyleSheet(palette::textCss(palette::error(palette())));
    }
}

} // namespace shiftdesk
