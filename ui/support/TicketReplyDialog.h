#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace shiftdesk {

class MrkdwnPreview;
class SupportFeed;

// "Post the ticket link in the thread?": the reply, editable, with its preview as Slack shows
// it. Posting goes once (AnnouncePoster); when the outcome is unknown the dialog says so and
// offers no second post.
class TicketReplyDialog : public QDialog
{
    Q_OBJECT
public:
    TicketReplyDialog(SupportFeed* feed, const QString& ts, const QString& wireText,
                      QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_editor; }
    MrkdwnPreview* preview() const { return m_preview; }
    QPushButton* postButton() const { return m_post; }
    QLabel* message() const { return m_message; }

    void reject() override; // not while posting

private:
    void post();

    SupportFeed* m_feed;
    QString m_ts;
    QPlainTextEdit* m_editor;
    MrkdwnPreview* m_preview;
    QLabel* m_message;
    QPushButton* m_post;
    QPushButton* m_cancel;
    bool m_busy = false;
};

} // namespace shiftdesk
