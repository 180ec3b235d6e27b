#pragma once

#include <QDialog>

class QTabWidget;

namespace shiftdesk {

class GitHubConnection;
class GitHubSettingsPage;
class Settings;
class ShiftSettingsPage;
class SlackConnection;
class SlackSettingsPage;
class SupportSettingsPage;

// Preferences: the shift page, and pages for the Slack and GitHub connections.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // slack and github may be null (no Slack or GitHub page).
    SettingsDialog(Settings* settings, SlackConnection* slack, GitHubConnection* github,
                   QWidget* parent = nullptr);
    // No GitHub page.
    SettingsDialog(Settings* settings, SlackConnection* slack, QWidget* parent = nullptr);

    ShiftSettingsPage* shiftPage() const { return m_shiftPage; }
    SupportSettingsPage* supportPage() const { return m_supportPage; }
    SlackSettingsPage* slackPage() const { return m_slackPage; }
    GitHubSettingsPage* gitHubPage() const { return m_gitHubPage; }
    void showSlackPage();
    void showGitHubPage();
    // The page shown (each page sits in a scroll area in the tab).
    QWidget* currentPage() const;

public Q_SLOTS:
    void accept() override;

private:
    void addPage(QWidget* page, const QString& title);
    void showPage(QWidget* page);

    ShiftSettingsPage* m_shiftPage;
    SupportSettingsPage* m_supportPage = nullptr;
    SlackSettingsPage* m_slackPage = nullptr;
    GitHubSettingsPage* m_gitHubPage = nullptr;
    QTabWidget* m_pages;
};

} // namespace shiftdesk
