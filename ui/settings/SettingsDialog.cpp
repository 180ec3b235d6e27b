#include "SettingsDialog.h"

#include "GitHubSettingsPage.h"
#include "ShiftSettingsPage.h"
#include "SlackSettingsPage.h"
#include "SupportSettingsPage.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace shiftdesk {

SettingsDialog::SettingsDialog(Settings* settings, SlackConnection* slack, GitHubConnection* github,
                               QWidget* parent)
    : QDialog(parent)
    , m_shiftPage(new ShiftSettingsPage(settings, this))
    , m_pages(new QTabWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Shiftdesk preferences"));
    QTabWidget* pages = m_pages;
    pages->addTab(m_shiftPage, tr("Shift"));
    if (slack) {
        m_slackPage = new SlackSettingsPage(settings, slack, this);
        pages->addTab(m_slackPage, tr("Slack"));
        m_supportPage = new SupportSettingsPage(settings, this);
        pages->addTab(m_supportPage, tr("Support"));
    }
    if (github) {
        m_gitHubPage = new GitHubSettingsPage(settings, github, this);
        pages->addTab(m_gitHubPage, tr("GitHub"));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages);
    layout->addWidget(buttons);
}

SettingsDialog::SettingsDialog(Settings* settings, SlackConnection* slack, QWidget* parent)
    : SettingsDialog(settings, slack, nullptr, parent)
{}

void SettingsDialog::showSlackPage()
{
    if (m_slackPage)
        m_pages->setCurrentWidget(m_slackPage);
}

void SettingsDialog::showGitHubPage()
{
    if (m_gitHubPage)
        m_pages->setCurrentWidget(m_gitHubPage);
}

void SettingsDialog::accept()
{
    QString error;
    QWidget* wrong = nullptr;
    if (!m_shiftPage->validate(&error))
        wrong = m_shiftPage;
    else if (m_slackPage && !m_slackPage->validate(&error))
        wrong = m_slackPage;
    else if (m_supportPage && !m_supportPage->validate(&error))
        wrong = m_supportPage;
    else if (m_gitHubPage && !m_gitHubPage->validate(&error))
        wrong = m_gitHubPage;
    if (wrong) {
        m_pages->setCurrentWidget(wrong);
        QMessageBox::warning(this, tr("Check the preferences"), error);
        return;
    }
    m_shiftPage->apply();
    if (m_slackPage)
        m_slackPage->apply(parentWidget());
    if (m_supportPage)
        m_supportPage->apply();
    if (m_gitHubPage)
        m_gitHubPage->apply(parentWidget());
    QDialog::accept();
}

} // namespace shiftdesk
