#include "SlackSettingsPage.h"

#include "core/Settings.h"
#include "net/UrlPolicy.h"
#include "slack/SlackConnection.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace shiftdesk {

namespace {
QString channelsToText(const QList<AlarmChannel>& channels, AlarmChannel::Priority priority)
{
    QStringList names;
    for (const AlarmChannel& ch : channels) {
        if (ch.priority == priority)
            names << ch.name;
    }
    return names.join(QStringLiteral(", "));
}

QList<AlarmChannel> textToChannels(const QString& text, AlarmChannel::Priority priority)
{
    QList<AlarmChannel> out;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString name = SlackConfig::normaliseChannelName(part);
        if (!name.isEmpty())
            out.append({name, priority});
    }
    return out;
}
} // namespace

SlackSettingsPage::SlackSettingsPage(Settings* settings, SlackConnection* slack, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_slack(slack)
    , m_apiBase(new QLineEdit(this))
    , m_botToken(new QLineEdit(this))
    , m_appToken(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_forget(new QPushButton(tr("&Forget tokens"), this))
    , m_testResult(new QLabel(this))
    , m_highChannels(new QLineEdit(this))
    , m_lowChannels(new QLineEdit(this))
    , m_supportChannel(new QLineEdit(this))
    , m_announceChannel(new QLineEdit(this))
    , m_poll(new QSpinBox(this))
{
    setObjectName(QStringLiteral("slackSettingsPage"));
    const SlackConfig c = settings->slackConfig();
    const bool connected = slack->state() != SlackConnection::State::NotConfigured &&
                           slack->state() != SlackConnection::State::Loading;
    m_apiBase->setObjectName(QStringLiteral("slackApiBase"));
    m_apiBase->setText(c.apiBase.toString());
    m_apiBase->setAccessibleName(tr("Slack API address"));
    for (QLineEdit* token : {m_botToken, m_appToken}) {
        token->setEchoMode(QLineEdit::Password);
        token->setClearButtonEnabled(true);
    }
    m_botToken->setObjectName(QStringLiteral("slackBotToken"));
    m_botToken->setAccessibleName(tr("Slack bot or user token"));
    m_botToken->setPlaceholderText(connected ? tr("saved in the keychain — type to replace")
                                             : tr("xoxb-… (bot) or xoxp-… (user)"));
    m_appToken->setObjectName(QStringLiteral("slackAppToken"));
    m_appToken->setAccessibleName(tr("Slack app-level token for Socket Mode"));
    m_appToken->setPlaceholderText(slack->hasAppToken()
                                       ? tr("saved in the keychain — type to replace")
                                       : tr("optional: xapp-… for live updates (Socket Mode)"));
    m_test->setObjectName(QStringLiteral("slackTestButton"));
    m_forget->setObjectName(QStringLiteral("slackForgetButton"));
    m_testResult->setObjectName(QStringLiteral("slackTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setText(slack->statusText());
    m_highChannels->setObjectName(QStringLiteral("highChannels"));
    m_highChannels->setText(channelsToText(c.alarmChannels, AlarmChannel::Priority::High));
    m_highChannels->setAccessibleName(tr("High-priority alarm channels"));
    m_lowChannels->setObjectName(QStringLiteral("lowChannels"));
    m_lowChannels->setText(channelsToText(c.alarmChannels, AlarmChannel::Priority::Low));
    m_lowChannels->setAccessibleName(tr("Low-priority alarm channels"));
    m_supportChannel->setText(c.supportChannel);
    m_supportChannel->setAccessibleName(tr("Support channel"));
    m_announceChannel->setText(c.announceChannel);
    m_announceChannel->setAccessibleName(tr("Announcement channel"));
    m_poll->setRange(5, 3600);
    m_poll->setSuffix(tr(" s"));
    m_poll->setValue(c.pollSeconds);
    m_poll->setAccessibleName(tr("Polling interval without Socket Mode"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_forget);
    buttons->addStretch();

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Token:"), m_botToken);
    form->addRow(tr("&App token:"), m_appToken);
    form->addRow(QString(), buttons);
    form->addRow(QString(), m_testResult);
    form->addRow(tr("High-priority &alarm channels:"), m_highChannels);
    form->addRow(tr("&Low-priority alarm channels:"), m_lowChannels);
    form->addRow(tr("&Support channel:"), m_supportChannel);
    form->addRow(tr("A&nnouncement channel:"), m_announceChannel);
    form->addRow(tr("&Poll every:"), m_poll);
    form->addRow(tr("API address:"), m_apiBase);
    auto* hint = new QLabel(tr("Tokens are kept only in the system keychain, never in settings "
                               "files. Channel names are without '#', separated by commas."),
                            this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    connect(m_test, &QPushButton::clicked, this, &SlackSettingsPage::testConnection);
    connect(m_forget, &QPushButton::clicked, this, [this]() {
        m_slack->forgetTokens(this, [this](const SecretStore::Result& r) {
            m_testResult->setText(r.ok() ? tr("The tokens were removed from the keychain.")
                                         : r.message);
        });
    });
}

QString SlackSettingsPage::typedOrSavedToken() const
{
    return m_botToken->text().trimmed();
}

void SlackSettingsPage::testConnection()
{
    const QString token = typedOrSavedToken();
    if (token.isEmpty()) {
        if (m_slack->state() == SlackConnection::State::NotConfigured) {
            m_testResult->setText(tr("Enter a token first."));
            return;
        }
        m_slack->reconnect();
        m_testResult->setText(tr("Checking the saved token…"));
        connect(
            m_slack, &SlackConnection::stateChanged, m_testResult,
            [this]() { m_testResult->setText(m_slack->statusText()); }, Qt::SingleShotConnection);
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    m_slack->testToken(token, QUrl(m_apiBase->text().trimmed()), this,
                       [this](const SlackConnection::TestResult& t) {
                           m_test->setEnabled(true);
                           if (!t.result.ok()) {
                               m_testResult->setText(t.result.message);
                               return;
                           }
                           QString text =
                               tr("Connected to %1 as %2.").arg(t.identity.team, t.identity.user);
                           if (!t.missingScopes.isEmpty())
                               text += QLatin1Char(' ') +
                                       tr("Missing scopes: %1. Add them in the Slack app's OAuth "
                                          "settings and reinstall it.")
                                           .arg(t.missingScopes.join(QStringLiteral(", ")));
                           else
                               text += QLatin1Char(' ') + tr("All needed scopes are granted.");
                           m_testResult->setText(text);
                       });
}

bool SlackSettingsPage::validate(QString* error) const
{
    QString why;
    if (!UrlPolicy::isAllowedApiBase(QUrl(m_apiBase->text().trimmed()), &why)) {
        *error = tr("Slack API address: %1").arg(why);
        return false;
    }
    for (QLineEdit* token : {m_botToken, m_appToken}) {
        if (token->text().trimmed().contains(QLatin1Char(' '))) {
            *error = tr("A token cannot contain spaces.");
            return false;
        }
    }
    const QString app = m_appToken->text().trimmed();
    if (!app.isEmpty() && !app.startsWith(QLatin1String("xapp-"))) {
        *error = tr("The app token starts with xapp-; bot and user tokens go in the Token field.");
        return false;
    }
    const QString bot = m_botToken->text().trimmed();
    if (bot.startsWith(QLatin1String("xapp-"))) {
        *error = tr("xapp- tokens are app-level tokens: put it in the App token field.");
        return false;
    }
    return true;
}

void SlackSettingsPage::apply(QWidget* questionParent)
{
    SlackConfig c = m_settings->slackConfig();
    c.apiBase = UrlPolicy::normalisedBase(QUrl(m_apiBase->text().trimmed()));
    c.alarmChannels = textToChannels(m_highChannels->text(), AlarmChannel::Priority::High) +
                      textToChannels(m_lowChannels->text(), AlarmChannel::Priority::Low);
    const QString support = SlackConfig::normaliseChannelName(m_supportChannel->text());
    if (!support.isEmpty())
        c.supportChannel = support;
    const QString announce = SlackConfig::normaliseChannelName(m_announceChannel->text());
    if (!announce.isEmpty())
        c.announceChannel = announce;
    c.pollSeconds = m_poll->value();
    m_settings->setSlackConfig(c);

    const QString bot = m_botToken->text().trimmed();
    const QString app = m_appToken->text().trimmed();
    if (bot.isEmpty() && app.isEmpty())
        return;
    SlackConnection* slack = m_slack;
    QPointer<QWidget> parent(questionParent);
    slack->saveTokens(bot, app, slack, [slack, parent, bot, app](const SecretStore::Result& r) {
        if (r.ok())
            return;
        if (r.status != SecretStore::Status::NoKeychain) {
            QMessageBox::warning(
                parent, tr("Tokens not saved"),
                tr("The tokens could not be saved in the keychain: %1").arg(r.message));
            return;
        }
        const auto answer = QMessageBox::question(
            parent, tr("No keychain available"),
            tr("This desktop has no keychain (Secret Service) to keep the Slack tokens safely. "
               "Shiftdesk never writes tokens to disk in plain text.\n\nUse the tokens for this "
               "run only? You will need to enter them again next time."));
        if (answer == QMessageBox::Yes)
            slack->useTokensForThisRun(bot, app);
    });
}

} // namespace shiftdesk
