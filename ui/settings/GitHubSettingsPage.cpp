#include "GitHubSettingsPage.h"

#include "core/Settings.h"
#include "github/DeviceFlow.h"
#include "github/GitHubConnection.h"
#include "net/UrlPolicy.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shiftdesk {

namespace {

// A user or organisation login (GitHub Enterprise managed users may have '_').
bool isLogin(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,38}$"));
    return re.match(text).hasMatch();
}

// "owner/name", also from a pasted https://HOST/owner/name(.git) address. Empty if neither.
QString normalisedRepository(const QString& typed)
{
    QString text = typed.trimmed();
    const QUrl url(text);
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        text = parts.size() >= 2 ? parts.at(0) + QLatin1Char('/') + parts.at(1) : QString();
    }
    if (text.endsWith(QLatin1String(".git")))
        text.chop(4);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]{1,100}$"));
    const RepoRef ref = RepoRef::parse(text);
    if (!ref.isValid() || !isLogin(ref.owner) || !name.match(ref.name).hasMatch() ||
        ref.name == QLatin1String(".") || ref.name == QLatin1String(".."))
        return {};
    return ref.fullName();
}

QStringList labelsFromText(const QString& text)
{
    QStringList labels;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString label = part.trimmed();
        if (!label.isEmpty() && !labels.contains(label))
            labels << label;
    }
    return labels;
}

// The two group boxes' fields start at the same x.
void alignLabelColumns(const QList<QGroupBox*>& boxes)
{
    QList<QWidget*> labels;
    int width = 0;
    for (QGroupBox* box : boxes) {
        auto* form = qobject_cast<QFormLayout*>(box->layout());
        for (int row = 0; form && row < form->rowCount(); ++row) {
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
                item && item->widget()) {
                labels << item->widget();
                width = qMax(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget* label : labels)
        label->setMinimumWidth(width);
}

void identify(QWidget* widget, const char* objectName, const QString& accessibleName = {})
{
    widget->setObjectName(QLatin1String(objectName));
    if (!accessibleName.isEmpty())
        widget->setAccessibleName(accessibleName);
}

QLabel* hintLabel(const QString& text, QWidget* parent)
{
    auto* hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    return hint;
}

} // namespace

GitHubSettingsPage::GitHubSettingsPage(Settings* settings, GitHubConnection* github,
                                       QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_github(github)
    , m_flow(new DeviceFlow(github->network(), this))
    , m_apiBase(new QLineEdit(this))
    , m_webBase(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_signIn(new QPushButton(tr("&Sign in with GitHub…"), this))
    , m_forget(new QPushButton(tr("&Forget token"), this))
    , m_testResult(new QLabel(this))
    , m_codeIntro(new QLabel(this))
    , m_userCode(new QLabel(this))
    , m_copyCode(new QPushButton(tr("Cop&y code"), this))
    , m_waiting(new QLabel(this))
    , m_openPage(new QPushButton(tr("Open the pa&ge again"), this))
    , m_cancel(new QPushButton(tr("Cancel sign-in"), this))
    , m_repository(new QLineEdit(this))
    , m_labels(new QLineEdit(this))
    , m_template(new QLineEdit(this))
    , m_projectOwner(new QLineEdit(this))
    , m_projectNumber(new QSpinBox(this))
    , m_statusField(new QLineEdit(this))
    , m_poll(new QSpinBox(this))
{
    setObjectName(QStringLiteral("gitHubSettingsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildAccountBox());
    layout->addWidget(buildBoardBox());
    layout->addStretch();
    alignLabelColumns(findChildren<QGroupBox*>());
    for (QLabel* label : findChildren<QLabel*>()) {
        if (label->wordWrap() && label->window() == window())
            label->installEventFilter(this);
    }
    loadConfig();

    connect(&m_countdown, &QTimer::timeout, this, &GitHubSettingsPage::updateCountdown);
    connect(m_apiBase, &QLineEdit::editingFinished, this, &GitHubSettingsPage::suggestWebAddress);
    connect(m_test, &QPushButton::clicked, this, &GitHubSettingsPage::testConnection);
    connect(m_signIn, &QPushButton::clicked, this, &GitHubSettingsPage::signIn);
    connect(m_copyCode, &QPushButton::clicked, this,
            [this]() { QGuiApplication::clipboard()->setText(m_userCode->text()); });
    connect(m_openPage, &QPushButton::clicked, this, [this]() {
        if (m_pageUrl.isValid())
            QDesktopServices::openUrl(m_pageUrl);
    });
    connect(m_forget, &QPushButton::clicked, this, [this]() {
        m_forget->setEnabled(false);
        m_github->forgetToken(this, [this](const SecretStore::Result& r) {
            m_forget->setEnabled(true);
            if (!r.ok() && r.status != SecretStore::Status::NotFound) {
                setResult(r.message);
                return;
            }
            m_token->clear();
            m_token->setPlaceholderText(tr("paste a personal access token, or sign in"));
            setResult(tr("The token was removed from the keychain."));
        });
    });
    connect(
        m_flow, &DeviceFlow::codeReady, this,
        [this](const QString& code, const QUrl& page, const QDateTime&) { showCode(code, page); });
    connect(m_flow, &DeviceFlow::succeeded, this, [this](const QString& token, const QStringList&) {
        finishSignIn();
        m_token->setText(token);
        testConnection();
    });
    connect(m_flow, &DeviceFlow::failed, this, [this](const QString& message) {
        finishSignIn();
        setResult(message);
    });
    connect(m_flow, &DeviceFlow::stateChanged, this, [this](DeviceFlow::State state) {
        if (state != DeviceFlow::State::Cancelled)
            return;
        finishSignIn();
        setResult(tr("Signing in was cancelled."));
    });
}

QWidget* GitHubSettingsPage::buildAccountBox()
{
    auto* box = new QGroupBox(tr("Account"), this);
    box->setObjectName(QStringLiteral("gitHubAccountBox"));

    identify(m_apiBase, "gitHubApiBase", tr("GitHub API address"));
    m_apiBase->setToolTip(tr("https://api.github.com/ for github.com; GitHub Enterprise Server: "
                             "https://HOST/api/v3/"));
    identify(m_webBase, "gitHubWebBase", tr("GitHub web address"));
    m_webBase->setToolTip(tr("Where sign-in and issue pages are: https://github.com/, or "
                             "https://HOST/ for GitHub Enterprise Server"));
    identify(m_clientId, "gitHubClientId", tr("GitHub OAuth app client ID"));
    m_clientId->setPlaceholderText(tr("needed to sign in with GitHub"));
    m_clientId->setToolTip(tr("The client ID of a GitHub OAuth app with \"Device Flow\" "
                              "enabled. Not needed with a personal access token."));
    identify(m_token, "gitHubToken", tr("GitHub token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    const bool saved = m_github->state() != GitHubConnection::State::NotConfigured &&
                       m_github->state() != GitHubConnection::State::Loading;
    m_token->setPlaceholderText(saved ? tr("saved in the keychain — type to replace")
                                      : tr("paste a personal access token, or sign in"));
    identify(m_test, "gitHubTestButton");
    identify(m_signIn, "gitHubSignInButton");
    identify(m_forget, "gitHubForgetButton");
    identify(m_testResult, "gitHubTestResult");
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setText(m_github->statusText());

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_test);
    buttons->addWidget(m_forget);
    buttons->addStretch();

    auto* form = new QFormLayout(box);
    m_accountForm = form;
    form->addRow(tr("&API address:"), m_apiBase);
    form->addRow(tr("&Web address:"), m_webBase);
    form->addRow(tr("OAuth app &client ID:"), m_clientId);
    form->addRow(tr("To&ken:"), m_token);
    form->addRow(QString(), buttons);
    form->addRow(QString(), m_testResult);
    form->addRow(QString(),
                 hintLabel(tr("The token is kept only in the system keychain, never in settings "
                              "files. A classic token needs the repo and read:project scopes "
                              "(project to move cards)."),
                           box));
    form->setRowVisible(m_testResult, !m_testResult->text().isEmpty());
    buildSignInDialog();
    return box;
}

// The device flow's code, in a small window over the preferences while GitHub waits for the
// user: the code large and selectable, Copy, the page again, the time left, Cancel.
void GitHubSettingsPage::buildSignInDialog()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("gitHubSignInDialog"));
    dialog->setWindowTitle(tr("Sign in with GitHub"));
    m_signInDialog = dialog;

    m_codeIntro->setWordWrap(true);
    m_codeIntro->setTextFormat(Qt::RichText);
    m_codeIntro->setOpenExternalLinks(true);
    identify(m_userCode, "gitHubUserCode", tr("GitHub sign-in code"));
    m_userCode->setTextFormat(Qt::PlainText);
    m_userCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        big.setPointSizeF(font().pointSizeF() * 2.0);
    else
        big.setPixelSize(font().pixelSize() * 2);
    big.setBold(true);
    m_userCode->setFont(big);
    identify(m_copyCode, "gitHubCopyCode");
    identify(m_waiting, "gitHubSignInWaiting");
    m_waiting->setWordWrap(true);
    m_waiting->setTextFormat(Qt::PlainText);
    identify(m_openPage, "gitHubOpenPage");
    identify(m_cancel, "gitHubCancelSignIn");

    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_userCode);
    codeRow->addSpacing(12);
    codeRow->addWidget(m_copyCode);
    codeRow->addStretch();
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_openPage);
    actions->addStretch();
    actions->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(m_codeIntro);
    layout->addLayout(codeRow);
    layout->addWidget(m_waiting);
    layout->addLayout(actions);
    dialog->setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    connect(dialog, &QDialog::rejected, this, &GitHubSettingsPage::cancelSignIn);
}

QWidget* GitHubSettingsPage::buildBoardBox()
{
    auto* box = new QGroupBox(tr("Board"), this);
    box->setObjectName(QStringLiteral("gitHubBoardBox"));
    identify(m_repository, "gitHubRepository", tr("Repository"));
    m_repository->setPlaceholderText(tr("owner/name"));
    identify(m_labels, "gitHubSupportLabels", tr("Support labels"));
    m_labels->setToolTip(tr("The board shows the repository's issues that have all of these "
                            "labels, separated by commas. Empty: every issue."));
    identify(m_template, "gitHubIssueTemplate", tr("Issue template file name"));
    m_template->setToolTip(tr("A Markdown template in the repository's .github/ISSUE_TEMPLATE "
                              "folder, used for new tickets. Empty: no template."));
    identify(m_projectOwner, "gitHubProjectOwner", tr("Project owner"));
    m_projectOwner->setPlaceholderText(tr("user or organisation"));
    identify(m_projectNumber, "gitHubProjectNumber", tr("Project number"));
    m_projectNumber->setRange(0, 1000000);
    m_projectNumber->setSpecialValueText(tr("none"));
    m_projectNumber->setToolTip(tr("The number in the project's address (…/projects/65). "
                                   "None: the columns are the issues' open and closed states."));
    identify(m_statusField, "gitHubStatusField", tr("Project field that gives the columns"));
    m_statusField->setPlaceholderText(QStringLiteral("Status"));
    identify(m_poll, "gitHubPoll", tr("How often to refresh the board"));
    m_poll->setRange(15, 3600);
    m_poll->setSuffix(tr(" s"));

    auto* project = new QHBoxLayout;
    project->addWidget(m_projectOwner, 1);
    auto* numberLabel = new QLabel(tr("&number:"), box);
    numberLabel->setBuddy(m_projectNumber);
    project->addWidget(numberLabel);
    project->addWidget(m_projectNumber);

    auto* form = new QFormLayout(box);
    form->addRow(tr("&Repository:"), m_repository);
    form->addRow(tr("Support &labels:"), m_labels);
    form->addRow(tr("&Issue template:"), m_template);
    auto* ownerLabel = new QLabel(tr("&Project owner:"), box);
    ownerLabel->setBuddy(m_projectOwner);
    form->addRow(ownerLabel, project);
    form->addRow(tr("Colu&mns from field:"), m_statusField);
    form->addRow(tr("R&efresh every:"), m_poll);
    form->addRow(QString(),
                 hintLabel(tr("Project number none: the board's columns are the issues' open and "
                              "closed states."),
                           box));
    return box;
}

void GitHubSettingsPage::loadConfig()
{
    const GitHubConfig c = m_settings->gitHubConfig();
    m_apiBase->setText(c.apiBase.toString());
    m_webBase->setText(c.webBase.toString());
    m_clientId->setText(c.clientId);
    m_repository->setText(c.repository);
    m_labels->setText(c.supportLabels.join(QStringLiteral(", ")));
    m_template->setText(c.issueTemplate);
    m_projectOwner->setText(c.projectOwner);
    m_projectNumber->setValue(c.projectNumber);
    m_statusField->setText(c.statusField);
    m_poll->setValue(c.pollSeconds);
}

// GitHub Enterprise: https://HOST/api/v3/ in the API address means the web pages are at
// https://HOST/; fill that in while the web address is still github.com's.
void GitHubSettingsPage::suggestWebAddress()
{
    const QUrl api(m_apiBase->text().trimmed());
    if (m_webBase->text().trimmed() != QLatin1String("https://github.com/") ||
        api.host().isEmpty() || api.host() == QLatin1String("api.github.com") ||
        !api.path().startsWith(QLatin1String("/api/v3")))
        return;
    QUrl web = api.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    web.setPath(QStringLiteral("/"));
    m_webBase->setText(web.toString());
}

void GitHubSettingsPage::setResult(const QString& text)
{
    m_testResult->setText(text);
    m_accountForm->setRowVisible(m_testResult, !text.isEmpty());
    fitHeight(m_testResult);
}

// A wrapped label's height depends on its width, which a window's minimum size does not follow:
// pin each one's minimum height to what its text needs at its width, so the window grows
// instead of squeezing it (a long test result, a narrow window).
bool GitHubSettingsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        if (auto* label = qobject_cast<QLabel*>(watched))
            fitHeight(label);
    }
    return QWidget::eventFilter(watched, event);
}

void GitHubSettingsPage::fitHeight(QLabel* label)
{
    if (!label->isVisible() || !label->wordWrap())
        return;
    const int height = label->text().isEmpty() ? 0 : label->heightForWidth(label->width());
    if (height >= 0 && label->minimumHeight() != height)
        label->setMinimumHeight(height);
}

void GitHubSettingsPage::testConnection()
{
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        const auto state = m_github->state();
        if (state == GitHubConnection::State::NotConfigured ||
            state == GitHubConnection::State::Loading) {
            setResult(tr("Paste a token or sign in with GitHub first."));
            Q_EMIT testFinished(false);
            return;
        }
        m_github->reconnect();
        setResult(tr("Checking the saved token…"));
        connect(
            m_github, &GitHubConnection::stateChanged, m_testResult,
            [this]() {
                setResult(m_github->statusText());
                Q_EMIT testFinished(m_github->isConnected());
            },
            Qt::SingleShotConnection);
        return;
    }
    m_test->setEnabled(false);
    setResult(tr("Testing…"));
    m_github->testToken(
        token, QUrl(m_apiBase->text().trimmed()), this,
        [this](const GitHubConnection::TestResult& t) {
            m_test->setEnabled(true);
            if (!t.result.ok()) {
                setResult(t.result.message);
                Q_EMIT testFinished(false);
                return;
            }
            const QString who = t.name.isEmpty() ? t.login : tr("%1 (%2)").arg(t.login, t.name);
            QString text = tr("Signed in as %1.").arg(who);
            if (!t.missingScopes.isEmpty()) {
                QStringList names = t.missingScopes;
                names.replaceInStrings(QRegularExpression(QStringLiteral("^project$")),
                                       tr("read:project (or project, to move cards)"));
                text += QLatin1Char(' ') +
                        tr("Missing scopes: %1. Make a token with them, or sign in with GitHub "
                           "again.")
                            .arg(names.join(QStringLiteral(", ")));
            } else if (t.scopes.isEmpty()) {
                text += QLatin1Char(' ') +
                        tr("The token lists no scopes (a fine-grained token): it needs access to "
                           "the repository's issues and to the project.");
            } else {
                text += QLatin1Char(' ') + tr("All needed scopes are granted.");
            }
            setResult(text);
            Q_EMIT testFinished(true);
        });
}

void GitHubSettingsPage::signIn()
{
    const QString clientId = m_clientId->text().trimmed();
    if (clientId.isEmpty()) {
        setResult(tr("To sign in with GitHub, enter the client ID of a GitHub OAuth "
                     "app with Device Flow enabled first — or paste a personal "
                     "access token instead."));
        m_clientId->setFocus();
        return;
    }
    QString why;
    if (!m_flow->setWebBaseUrl(QUrl(m_webBase->text().trimmed()), &why)) {
        setResult(tr("Web address: %1").arg(why));
        return;
    }
    m_signIn->setEnabled(false);
    setResult(QString());
    m_codeIntro->setText(tr("Asking GitHub for a sign-in code…"));
    m_userCode->setText(QStringLiteral("—"));
    m_copyCode->setEnabled(false);
    m_openPage->setEnabled(false);
    m_waiting->hide();
    m_signInDialog->adjustSize();
    m_signInDialog->open();
    m_flow->start(clientId, GitHubConfig::requiredScopes());
}

void GitHubSettingsPage::cancelSignIn()
{
    m_flow->cancel();
}

void GitHubSettingsPage::showCode(const QString& userCode, const QUrl& page)
{
    m_pageUrl = page;
    const QString link = QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(page.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                  page.toDisplayString().toHtmlEscaped());
    m_codeIntro->setText(tr("Enter this code at %1:").arg(link));
    m_userCode->setText(userCode);
    m_copyCode->setEnabled(true);
    m_openPage->setEnabled(true);
    m_waiting->show();
    updateCountdown();
    m_signInDialog->adjustSize();
    m_countdown.start(1000);
    QDesktopServices::openUrl(page);
}

void GitHubSettingsPage::updateCountdown()
{
    const qint64 left =
        qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_flow->expiresAt()));
    m_waiting->setText(tr("Then approve Shiftdesk there. Waiting… the code expires in %1:%2.")
                           .arg(left / 60)
                           .arg(left % 60, 2, 10, QLatin1Char('0')));
}

void GitHubSettingsPage::finishSignIn()
{
    m_countdown.stop();
    m_signInDialog->hide();
    m_signIn->setEnabled(true);
}

bool GitHubSettingsPage::validate(QString* error) const
{
    QString why;
    for (const auto& [edit, name] : {std::pair(m_apiBase, tr("GitHub API address")),
                                     std::pair(m_webBase, tr("GitHub web address"))}) {
        if (!UrlPolicy::isAllowedApiBase(QUrl(edit->text().trimmed()), &why)) {
            *error = tr("%1: %2").arg(name, why);
            return false;
        }
    }
    if (m_clientId->text().trimmed().contains(QLatin1Char(' '))) {
        *error = tr("The OAuth app client ID cannot contain spaces.");
        return false;
    }
    if (m_token->text().trimmed().contains(QLatin1Char(' '))) {
        *error = tr("A GitHub token cannot contain spaces.");
        return false;
    }
    if (normalisedRepository(m_repository->text()).isEmpty()) {
        *error = tr("Repository: write it as owner/name, for example "
                    "ministryofjustice/cloud-platform.");
        return false;
    }
    const QString issueTemplate = m_template->text().trimmed();
    if (!issueTemplate.isEmpty() &&
        (issueTemplate.contains(QLatin1Char('/')) || issueTemplate.contains(QLatin1Char('\\')) ||
         !issueTemplate.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))) {
        *error = tr("Issue template: the file name of a Markdown template in "
                    ".github/ISSUE_TEMPLATE, for example cloud-platform-support-request.md.");
        return false;
    }
    const QString owner = m_projectOwner->text().trimmed();
    if (m_projectNumber->value() > 0 && !isLogin(owner)) {
        *error =
            owner.isEmpty()
                ? tr("Project: enter the user or organisation that owns project %1, or set "
                     "the number to none.")
                      .arg(m_projectNumber->value())
                : tr("Project owner: \"%1\" is not a GitHub user or organisation name.").arg(owner);
        return false;
    }
    return true;
}

void GitHubSettingsPage::apply(QWidget* questionParent)
{
    GitHubConfig c = m_settings->gitHubConfig();
    c.apiBase = UrlPolicy::normalisedBase(QUrl(m_apiBase->text().trimmed()));
    c.webBase = UrlPolicy::normalisedBase(QUrl(m_webBase->text().trimmed()));
    c.clientId = m_clientId->text().trimmed();
    c.repository = normalisedRepository(m_repository->text());
    c.supportLabels = labelsFromText(m_labels->text());
    c.issueTemplate = m_template->text().trimmed();
    c.projectOwner = m_projectOwner->text().trimmed();
    c.projectNumber = m_projectNumber->value();
    const QString field = m_statusField->text().trimmed();
    c.statusField = field.isEmpty() ? QStringLiteral("Status") : field;
    c.pollSeconds = m_poll->value();
    m_settings->setGitHubConfig(c);

    const QString token = m_token->text().trimmed();
    if (token.isEmpty())
        return;
    GitHubConnection* github = m_github;
    QPointer<QWidget> parent(questionParent);
    github->saveToken(token, github, [github, parent, token](const SecretStore::Result& r) {
        if (r.ok())
            return;
        if (r.status != SecretStore::Status::NoKeychain) {
            QMessageBox::warning(
                parent, tr("Token not saved"),
                tr("The GitHub token could not be saved in the keychain: %1").arg(r.message));
            return;
        }
        const auto answer = QMessageBox::question(
            parent, tr("No keychain available"),
            tr("This desktop has no keychain (Secret Service) to keep the GitHub token safely. "
               "Shiftdesk never writes tokens to disk in plain text.\n\nUse the token for this "
               "run only? You will need to sign in again next time."));
        if (answer == QMessageBox::Yes)
            github->useTokenForThisRun(token);
    });
}

} // namespace shiftdesk
