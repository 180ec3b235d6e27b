#pragma once

#include <QDialog>

class QTabWidget;

namespace shiftdesk {

class Settings;
class ShiftSettingsPage;
class SlackConnection;
class SlackSettingsPage;

// Preferences. Pages for the Slack and GitHub connections join the shift page as they arrive.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // slack may be null (no Slack page).
    SettingsDialog(Settings* settings, SlackConnection* slack, QWidget* parent = nullptr);

    ShiftSettingsPage* shiftPage() const { return m_shiftPage; }
    SlackSettingsPage* slackPage() const { return m_slackPage; }
    void showSlackPage();

public Q_SLOTS:
    void accept() override;

private:
    ShiftSettingsPage* m_shiftPage;
    SlackSettingsPage* m_slackPage = nullptr;
    QTabWidget* m_pages;
};

} // namespace shiftdesk
