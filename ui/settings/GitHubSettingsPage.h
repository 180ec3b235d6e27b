#pragma once

#include <QTimer>
#include <QUrl>
#include <QWidget>

class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace shiftdesk {

class DeviceFlow;
class GitHubConnection;
class Settings;

// Preferences → GitHub. Account: API and web addresses (GitHub Enterprise works), the OAuth
// app's client ID, and a token — pasted (a personal access token) or got by "Sign in with
// GitHub…" (the OAuth device flow) — with a Test that shows who the token belongs to and any
// missing scopes. The token is kept only in the keychain, never in settings. Board: repository,
// support labels, issue template, and the project whose Status field gives the columns.
class GitHubSettingsPage : public QWidget
{
    Q_OBJECT
public:
    GitHubSettingsPage(Settings* settings, GitHubConnection* github, QWidget* parent = nullptr);

    bool validate(QString* error) const;
    // Saves the settings; a new token goes to the keychain. Questions (no keychain) are asked
    // with `questionParent` as parent, which may outlive the dialog.
    void apply(QWidget* questionParent);

    QLineEdit* tokenEdit() const { return m_token; }
    QLabel* testResult() const { return m_testResult; }
    QLabel* userCodeLabel() const { return m_userCode; }
    DeviceFlow* deviceFlow() const { return m_flow; }

    void testConnection();
    void signIn();       // starts the device flow
    void cancelSignIn(); // stops it

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void testFinished(bool ok); // a Test (typed, signed-in or saved token) has an answer

private:
    QWidget* buildAccountBox();
    QWidget* buildBoardBox();
    void buildSignInDialog();
    void loadConfig();
    void suggestWebAddress();
    void showCode(const QString& userCode, const QUrl& page);
    void updateCountdown();
    void finishSignIn();
    void setResult(const QString& text);
    void fitHeight(QLabel* label);

    Settings* m_settings;
    GitHubConnection* m_github;
    DeviceFlow* m_flow;
    QTimer m_countdown;

    // Account
    QLineEdit* m_apiBase;
    QLineEdit* m_webBase;
    QLineEdit* m_clientId;
    QLineEdit* m_token;
    QPushButton* m_test;
    QPushButton* m_signIn;
    QPushButton* m_forget;
    QLabel* m_testResult;
    QFormLayout* m_accountForm = nullptr;
    QDialog* m_signInDialog = nullptr;
    QLabel* m_codeIntro;
    QLabel* m_userCode;
    QPushButton* m_copyCode;
    QLabel* m_waiting;
    QPushButton* m_openPage;
    QPushButton* m_cancel;
    QUrl m_pageUrl;

    // Board
    QLineEdit* m_repository;
    QLineEdit* m_labels;
    QLineEdit* m_template;
    QLineEdit* m_projectOwner;
    QSpinBox* m_projectNumber;
    QLineEdit* m_statusField;
    QSpinBox* m_poll;
};

} // namespace shiftdesk
