#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace shiftdesk {

class Settings;
class SlackConnection;

// Preferences → Slack: tokens (kept only in the keychain), API address, channels, and a
// "Test connection" that shows the workspace, the identity and any missing scopes.
class SlackSettingsPage : public QWidget
{
    Q_OBJECT
public:
    SlackSettingsPage(Settings* settings, SlackConnection* slack, QWidget* parent = nullptr);

    bool validate(QString* error) const;
    // Saves the settings; new tokens go to the keychain. Questions (no keychain) are asked
    // with `questionParent` as parent, which may outlive the dialog.
    void apply(QWidget* questionParent);

    QLineEdit* botTokenEdit() const { return m_botToken; }
    QLineEdit* appTokenEdit() const { return m_appToken; }
    QLabel* testResult() const { return m_testResult; }
    void testConnection();

private:
    QString typedOrSavedToken() const;

    Settings* m_settings;
    SlackConnection* m_slack;
    QLineEdit* m_apiBase;
    QLineEdit* m_botToken;
    QLineEdit* m_appToken;
    QPushButton* m_test;
    QPushButton* m_forget;
    QLabel* m_testResult;
    QLineEdit* m_highChannels;
    QLineEdit* m_lowChannels;
    QLineEdit* m_supportChannel;
    QLineEdit* m_announceChannel;
    QSpinBox* m_poll;
};

} // namespace shiftdesk
