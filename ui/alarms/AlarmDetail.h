#pragma once

#include "github/IssueTemplate.h"
#include <QTimer>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QHBoxLayout;
class QTextBrowser;

namespace shiftdesk {

class AlarmFeed;
class SlackClient;

// The selected alarm: its messages rendered as Slack shows them, its links, and triage.
class AlarmDetail : public QWidget
{
    Q_OBJECT
public:
    AlarmDetail(AlarmFeed* feed, SlackClient* slack, QWidget* parent = nullptr);

    void showGroup(const QString& groupKey);
    QString groupKey() const { return m_key; }
    QTextBrowser* body() const { return m_body; }
    QPushButton* raiseTicketButton() const { return m_raiseTicket; }

Q_SIGNALS:
    // "Raise ticket…": the alarm's first message as Slack context (permalink, channel, text).
    void ticketRequested(const shiftdesk::SlackContext& context);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void saveNote();
    void saveTicket();
    void raiseTicket();
    QString renderMessage(const QJsonObject& message) const;

    AlarmFeed* m_feed;
    SlackClient* m_slack;
    QString m_key;
    QLabel* m_title;
    QLabel* m_state;
    QTextBrowser* m_body;
    QHBoxLayout* m_links;
    QPushButton* m_ack;
    QPushButton* m_investigating;
    QPushButton* m_resolved;
    QPushButton* m_noise;
    QPushButton* m_raiseTicket;
    QPlainTextEdit* m_note;
    QLineEdit* m_ticket;
    QTimer m_noteTimer;
    QString m_renderedHtml;
    QString m_renderedKey;
};

} // namespace shiftdesk
