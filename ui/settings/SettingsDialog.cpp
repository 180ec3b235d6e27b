#include "SettingsDialog.h"

#include "ShiftSettingsPage.h"
#include "SlackSettingsPage.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace shiftdesk {

SettingsDialog::SettingsDialog(Settings* settings, SlackConnection* slack, QWidget* parent)
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
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages);
    layout->addWidget(buttons);
}

void SettingsDialog::showSlackPage()
{
    if (m_slackPage)
        m_pages->setCurrentWidget(m_slackPage);
}

void SettingsDialog::accept()
{
    QString error;
    if (!m_shiftPage->validate(&error) || (m_slackPage && !m_slackPage->validate(&error))) {
        QMessageBox::warning(this, tr("Check the preferences"), error);
        return;
    }
    m_shiftPage->apply();
    if (m_slackPage)
        m_slackPage->apply(parentWidget());
    QDialog::accept();
}

} // namespace shiftdesk
