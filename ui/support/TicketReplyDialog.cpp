#include "TicketReplyDialog.h"
#include "widgets/CtrlEnter.h"

#include "announce/MrkdwnPreview.h"
#include "support/SupportFeed.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shiftdesk {

TicketReplyDialog::TicketReplyDialog(SupportFeed* feed, const QString& ts, const QString& wireText,
                                     QWidget* parent)
    : QDialog(parent)
    , m_feed(feed)
    , m_ts(ts)
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new MrkdwnPreview(this))
    , m_message(new QLabel(this))
    , m_post(new QPushButton(tr("&Post in thread"), this))
    , m_cancel(new QPushButton(tr("Not now"), this))
{
    setObjectName(QStringLiteral("ticketReplyDialog"));
    setWindowTitle(tr("Post the ticket link"));
    m_editor->setObjectName(QStringLiteral("ticketReplyEditor"));
    m_editor->setAccessibleName(tr("Reply text"));
    m_editor->setPlainText(wireText);
    m_editor->setTabChangesFocus(true);
    m_preview->setObjectName(QStringLiteral("ticketReplyPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    MrkdwnContext context;
    context.userName = [feed](const QString& id) { return feed->userName(id); };
    m_preview->setContext(context);
    m_message->setObjectName(QStringLiteral("ticketReplyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setOpenExternalLinks(true);
    m_post->setObjectName(QStringLiteral("postTicketReply"));
    m_post->setDefault(true);

    auto* intro =
        new QLabel(tr("Reply in the request's thread in #%1 so the asker knows where it goes on:")
                       .arg(feed->channelName()),
                   this);
    intro->setWordWrap(true);
    auto* previewLabel = new QLabel(tr("As Slack will show it:"), this);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_post, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 420);

    const auto render = [this]() {
        m_preview->setWireText(Mrkdwn::escapeForSlack(m_editor->toPlainText()));
    };
    render();
    connect(m_editor, &QPlainTextEdit::textChanged, this, render);
    connect(m_post, &QPushButton::clicked, this, &TicketReplyDialog::post);
    pressOnCtrlEnter(this, m_post);
    connect(m_cancel, &QPushButton::clicked, this, &TicketReplyDialog::reject);
}

void TicketReplyDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void TicketReplyDialog::post()
{
    const QString text = Mrkdwn::escapeForSlack(m_editor->toPlainText().trimmed());
    if (text.isEmpty())
        return;
    m_busy = true;
    m_post->setEnabled(false);
    m_cancel->setEnabled(false);
    m_editor->setReadOnly(true);
    m_message->setText(tr("Posting…"));
    m_feed->postReply(m_ts, text, this, [this](const PostOutcome& out) {
        m_busy = false;
        m_cancel->setEnabled(true);
        if (out.posted()) {
            m_message->setText(out.permalink.isEmpty()
                                   ? tr("Posted in the thread.")
                                   : tr("Posted in the thread. <a href=\"%1\">Open in Slack</a>")
                                         .arg(out.permalink.toHtmlEscaped()));
            m_cancel->setText(tr("&Close"));
            return;
        }
        m_message->setText(out.message.toHtmlEscaped());
        if (out.state == PostOutcome::State::NotPosted) {
            m_post->setEnabled(true); // safe to try again
            m_editor->setReadOnly(false);
        } else {
            m_cancel->setText(tr("&Close")); // it may be there: never post it twice
        }
    });
}

} // namespace shiftdesk
