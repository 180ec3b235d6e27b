#pragma once

#include <QFrame>

class QPushButton;

namespace shiftdesk {

// Shown on first run while neither Slack nor GitHub is connected: what Shiftdesk needs, a way
// to try it on the demo workspace first, and the way to connect (with links to what to create).
class WelcomePanel : public QFrame
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget* parent = nullptr);

    QPushButton* demoButton() const { return m_demo; }
    QPushButton* slackButton() const { return m_slack; }
    QPushButton* gitHubButton() const { return m_gitHub; }

Q_SIGNALS:
    void demoRequested();
    void connectSlackRequested();
    void connectGitHubRequested();

private:
    QPushButton* m_demo;
    QPushButton* m_slack;
    QPushButton* m_gitHub;
};

} // namespace shiftdesk
