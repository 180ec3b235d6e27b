#include "SettingsDialog.h"

#include "GitHubSettingsPage.h"
#include "ShiftSettingsPage.h"
#include "SlackSettingsPage.h"
#include "SupportSettingsPage.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QTabBar>
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
    addPage(m_shiftPage, tr("Shift"));
    if (slack) {
        m_slackPage = new SlackSettingsPage(settings, slack, this);
        addPage(m_slackPage, tr("Slack"));
        m_supportPage = new SupportSettingsPage(settings, this);
        addPage(m_supportPage, tr("Support"));
    }
    if (github) {
        m_gitHubPage = new GitHubSettingsPage(settings, github, this);
        addPage(m_gitHubPage, tr("GitHub"));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    // As wide as the widest page needs and tall enough for the longest page's help text; a
    // smaller window (or screen) scrolls rather than clips.
    int pageWidth = 0;
    int pageHeight = 0;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto* scroll = qobject_cast<QScrollArea*>(m_pages->widget(i))) {
            pageWidth = qMax(pageWidth, scroll->widget()->minimumSizeHint().width());
            pageHeight = qMax(pageHeight, scroll->widget()->sizeHint().height());
        }
    }
    const int chrome = style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                       layout->contentsMargins().left() + layout->contentsMargins().right() + 24;
    int width = qMax(640, pageWidth + chrome);
    int height =
        pageHeight + m_pages->tabBar()->sizeHint().height() + buttons->sizeHint().height() + 48;
    // Never larger than the screen: on a small one the pages scroll (sideways too, if they must).
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        width = qMin(width, screen->availableGeometry().width() * 95 / 100);
        height = qMin(height, screen->availableGeometry().height() * 9 / 10);
    }
    resize(QSize(width, qMax(480, height)));
}

void SettingsDialog::addPage(QWidget* page, const QString& title)
{
    auto* scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes straight to the page's controls
    scroll->setWidget(page);
    m_pages->addTab(scroll, title);
}

void SettingsDialog::showPage(QWidget* page)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        auto* scroll = qobject_cast<QScrollArea*>(m_pages->widget(i));
        if (scroll && scroll->widget() == page)
            m_pages->setCurrentIndex(i);
    }
}

QWidget* SettingsDialog::currentPage() const
{
    auto* scroll = qobject_cast<QScrollArea*>(m_pages->currentWidget());
    return scroll ? scroll->widget() : nullptr;
}

SettingsDialog::SettingsDialog(Settings* settings, SlackConnection* slack, QWidget* parent)
    : SettingsDialog(settings, slack, nullptr, parent)
{}

void SettingsDialog::showSlackPage()
{
    if (m_slackPage)
        showPage(m_slackPage);
}

void SettingsDialog::showGitHubPage()
{
    if (m_gitHubPage)
        showPage(m_gitHubPage);
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
        showPage(wrong);
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
