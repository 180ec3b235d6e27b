#include "SupportSettingsPage.h"

#include "core/Settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace shiftdesk {

SupportSettingsPage::SupportSettingsPage(Settings* settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_team(new QLineEdit(this))
    , m_group(new QLineEdit(this))
    , m_claimMinutes(new QSpinBox(this))
    , m_historyDays(new QSpinBox(this))
    , m_handoverTo(new QComboBox(this))
    , m_handoverChannel(new QLineEdit(this))
    , m_onCallUser(new QLineEdit(this))
{
    setObjectName(QStringLiteral("supportSettingsPage"));
    m_team->setObjectName(QStringLiteral("teamMembers"));
    m_team->setPlaceholderText(tr("U01ABCDEF, U02GHIJKL, …"));
    m_team->setAccessibleName(tr("Support team members"));
    m_group->setObjectName(QStringLiteral("teamUserGroup"));
    m_group->setPlaceholderText(tr("S0123ABCD (optional)"));
    m_group->setAccessibleName(tr("Support team user group"));
    m_claimMinutes->setObjectName(QStringLiteral("claimMinutes"));
    m_claimMinutes->setRange(1, 240);
    m_claimMinutes->setSuffix(tr(" min"));
    m_claimMinutes->setAccessibleName(tr("Ask about a ticket after"));
    m_historyDays->setObjectName(QStringLiteral("historyDays"));
    m_historyDays->setRange(1, 90);
    m_historyDays->setSuffix(tr(" days"));
    m_historyDays->setAccessibleName(tr("Show requests from the last"));
    m_handoverTo->setObjectName(QStringLiteral("handoverTo"));
    m_handoverTo->addItem(tr("A channel"));
    m_handoverTo->addItem(tr("A direct message to the on-call engineer"));
    m_handoverTo->setAccessibleName(tr("Handovers go to"));
    m_handoverChannel->setObjectName(QStringLiteral("handoverChannel"));
    m_handoverChannel->setAccessibleName(tr("Handover channel"));
    m_onCallUser->setObjectName(QStringLiteral("onCallUser"));
    m_onCallUser->setPlaceholderText(tr("U0… (or choose in the Handover tab)"));
    m_onCallUser->setAccessibleName(tr("On-call engineer"));

    auto* help = new QLabel(
        tr("Requests are top-level messages in the support channel from people outside the "
           "support team; a request is answered once a team member replies in its thread. You "
           "always count as a team member. Slack user ids are in each profile's ⋮ menu (Copy "
           "member ID); a user group needs the usergroups:read scope."),
        this);
    help->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(help);
    form->addRow(tr("Support &team (user ids):"), m_team);
    form->addRow(tr("Team &user group:"), m_group);
    form->addRow(tr("Ask about a ticket &after:"), m_claimMinutes);
    form->addRow(tr("Show requests from the &last:"), m_historyDays);
    form->addRow(tr("Hand&overs go to:"), m_handoverTo);
    form->addRow(tr("Handover &channel:"), m_handoverChannel);
    form->addRow(tr("On-call &engineer (user id):"), m_onCallUser);
    load();
}

QStringList SupportSettingsPage::parseUserIds(const QString& text, bool* ok)
{
    static const QRegularExpression id(QStringLiteral("^<?@?([UW][A-Z0-9]{2,})>?$"));
    QStringList out;
    *ok = true;
    for (const QString& part :
         text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = id.match(part.trimmed());
        if (!m.hasMatch()) {
            *ok = false;
            return {};
        }
        if (!out.contains(m.captured(1)))
            out << m.captured(1);
    }
    return out;
}

void SupportSettingsPage::load()
{
    const SupportConfig c = m_settings->supportConfig();
    m_team->setText(c.teamMembers.join(QStringLiteral(", ")));
    m_group->setText(c.teamUserGroup);
    m_claimMinutes->setValue(c.claimMinutes);
    m_historyDays->setValue(c.historyDays);
    m_handoverTo->setCurrentIndex(c.handoverTo == SupportConfig::HandoverTo::DirectMessage ? 1 : 0);
    m_handoverChannel->setText(c.handoverChannel);
    m_onCallUser->setText(c.onCallUserId);
}

bool SupportSettingsPage::validate(QString* error) const
{
    bool ok = false;
    parseUserIds(m_team->text(), &ok);
    if (!ok) {
        *error = tr("Support team: list Slack user ids (like U01ABCDEF), separated by commas.");
        return false;
    }
    const QString group = m_group->text().trimmed();
    if (!group.isEmpty() &&
        !QRegularExpression(QStringLiteral("^S[A-Z0-9]{2,}$")).match(group).hasMatch()) {
        *error = tr("Team user group: a Slack user group id starts with S, like S0123ABCD.");
        return false;
    }
    if (m_handoverTo->currentIndex() == 0 &&
        SlackConfig::normaliseChannelName(m_handoverChannel->text()).isEmpty()) {
        *error = tr("Handover channel: name the channel handovers are posted in.");
        return false;
    }
    return true;
}

void SupportSettingsPage::apply()
{
    SupportConfig c = m_settings->supportConfig();
    bool ok = false;
    c.teamMembers = parseUserIds(m_team->text(), &ok);
    c.teamUserGroup = m_group->text().trimmed();
    c.claimMinutes = m_claimMinutes->value();
    c.historyDays = m_historyDays->value();
    c.handoverTo = m_handoverTo->currentIndex() == 1 ? SupportConfig::HandoverTo::DirectMessage
                                                     : SupportConfig::HandoverTo::Channel;
    const QString channel = SlackConfig::normaliseChannelName(m_handoverChannel->text());
    if (!channel.isEmpty())
        c.handoverChannel = channel;
    c.onCallUserId = m_onCallUser->text().trimmed();
    if (c == m_settings->supportConfig())
        return;
    m_settings->setSupportConfig(c);
}

} // namespace shiftdesk
