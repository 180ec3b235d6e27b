// The main window's menus (File, View with Appearance, Settings, Help) and the preferences.
#include "MainWindow.h"

#include "Appearance.h"
#include "ShiftStatus.h"
#include "announce/AnnouncePage.h"
#include "checklist/ChecklistPage.h"
#include "core/Settings.h"
#include "settings/SettingsDialog.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>

namespace shiftdesk {

void MainWindow::setupMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import checklist template…"), m_checklistPage,
                    &ChecklistPage::importTemplate);
    file->addAction(tr("&Export checklist template…"), m_checklistPage,
                    &ChecklistPage::exportTemplate);
    if (m_announceLazy) {
        file->addSeparator();
        file->addAction(tr("Import &announcement templates…"), this,
                        [this]() { announcePage()->importTemplates(); });
        file->addAction(tr("Export a&nnouncement templates…"), this,
                        [this]() { announcePage()->exportTemplates(); });
        file->addAction(tr("&Reset announcement templates…"), this,
                        [this]() { announcePage()->resetTemplates(); });
    }
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList names = {tr("&Checklist"), tr("&Alarms"),   tr("&Support"),
                               tr("&Board"),     tr("A&nnounce"), tr("&Handover")};
    for (int i = 0; i < names.size(); ++i) {
        QAction* action =
            view->addAction(names[i], this, [this, i]() { m_tabs->setCurrentIndex(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    view->addAction(tr("&Today's checklist"), m_checklistPage, [this]() {
        m_tabs->setCurrentIndex(ChecklistTab);
        m_checklistPage->showToday();
    });
    view->addSeparator();
    QMenu* appearance = view->addMenu(tr("A&ppearance"));
    auto* looks = new QActionGroup(appearance);
    const QList<std::pair<QString, QString>> choices = {
        {QStringLiteral("system"), tr("Follow the &system")},
        {QStringLiteral("light"), tr("&Light")},
        {QStringLiteral("dark"), tr("&Dark")}};
    const QString current = m_services.settings->appearance();
    for (const auto& [id, label] : choices) {
        QAction* action = appearance->addAction(label);
        action->setCheckable(true);
        action->setChecked(id == current);
        looks->addAction(action);
        connect(action, &QAction::triggered, this, [this, look = id]() {
            m_services.settings->setAppearance(look);
            Appearance::apply(look);
        });
    }

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* preferences =
        settings->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Shiftdesk"), this, [this]() {
        QMessageBox::about(
            this, tr("About Shiftdesk"),
            tr("<h3>Shiftdesk %1</h3><p>The desktop companion for a platform team's support "
               "shift: the daily checklist, alarms, the support board, announcements and the "
               "handover.</p><p>Settings: %2</p>")
                .arg(QCoreApplication::applicationVersion(),
                     m_services.settings->fileName().toHtmlEscaped()));
    });
}

void MainWindow::openPreferences()
{
    openPreferencesAt(nullptr);
}

void MainWindow::openSlackPreferences()
{
    openPreferencesAt(&SettingsDialog::showSlackPage);
}

void MainWindow::openGitHubPreferences()
{
    openPreferencesAt(&SettingsDialog::showGitHubPage);
}

void MainWindow::openPreferencesAt(void (SettingsDialog::*showPage)())
{
    SettingsDialog dialog(m_services.settings, m_services.slack, m_services.github, this);
    if (showPage)
        (dialog.*showPage)();
    if (dialog.exec() == QDialog::Accepted)
        m_shiftStatus->refresh();
}

} // namespace shiftdesk
