#include "WelcomePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace shiftdesk {

WelcomePanel::WelcomePanel(QWidget* parent)
    : QFrame(parent)
    , m_demo(new QPushButton(tr("Try the &demo workspace"), this))
    , m_slack(new QPushButton(tr("Connect &Slack…"), this))
    , m_gitHub(new QPushButton(tr("Connect &GitHub…"), this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Welcome"));
    auto* title = new QLabel(tr("Welcome to Shiftdesk"), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title->setFont(big);
    auto* text = new QLabel(
        tr("The checklist works as it is. The alarm channels, the support channel, "
           "announcements and handovers need your team's Slack: create a Slack app "
           "(<a href=\"https://api.slack.com/apps\">api.slack.com/apps</a>) with the scopes "
           "listed in the README and paste its bot token. The support board needs a GitHub "
           "token (<a href=\"https://github.com/settings/tokens\">github.com/settings/tokens</a>, "
           "scopes <tt>repo</tt> and <tt>project</tt>) or a sign-in with your browser. Not "
           "ready yet? The demo workspace is a made-up support day on a fake Slack and GitHub "
           "inside the app: nothing leaves your computer."),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeWelcome"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Close the welcome"));
    m_demo->setObjectName(QStringLiteral("tryDemoButton"));
    m_slack->setObjectName(QStringLiteral("welcomeConnectSlack"));
    m_gitHub->setObjectName(QStringLiteral("welcomeConnectGitHub"));
    m_demo->setDefault(true);

    auto* head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(close);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_demo);
    buttons->addWidget(m_slack);
    buttons->addWidget(m_gitHub);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(text);
    layout->addLayout(buttons);

    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    connect(m_slack, &QPushButton::clicked, this, &WelcomePanel::connectSlackRequested);
    connect(m_gitHub, &QPushButton::clicked, this, &WelcomePanel::connectGitHubRequested);
}

} // namespace shiftdesk
