#include "Settings.h"

#include <QSysInfo>

namespace shiftdesk {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");

QTime readTime(const QSettings& s, const QString& key, QTime fallback)
{
    const QTime t = QTime::fromString(s.value(key).toString(), kTimeFormat);
    return t.isValid() ? t : fallback;
}
} // namespace

Settings::Settings(const QString& file, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(file, QSettings::IniFormat))
{}

Settings::~Settings() = default;

ShiftConfig Settings::shiftConfig() const
{
    const ShiftConfig defaults;
    ShiftConfig c;
    const QByteArray zone = m_settings->value(QStringLiteral("shift/timeZone")).toString().toUtf8();
    if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone))
        c.timeZone = QTimeZone(zone);
    c.workStart = readTime(*m_settings, QStringLiteral("shift/workStart"), defaults.workStart);
    c.workEnd = readTime(*m_settings, QStringLiteral("shift/workEnd"), defaults.workEnd);
    c.supportStart =
        readTime(*m_settings, QStringLiteral("shift/supportStart"), defaults.supportStart);
    c.supportEnd = readTime(*m_settings, QStringLiteral("shift/supportEnd"), defaults.supportEnd);
    if (m_settings->contains(QStringLiteral("shift/workdays"))) {
        c.workdays.clear();
        const QStringList days = m_settings->value(QStringLiteral("shift/workdays")).toStringList();
        for (const QString& d : days) {
            const int n = d.toInt();
            if (n >= 1 && n <= 7)
                c.workdays.insert(n);
        }
    }
    return c.isValid() ? c : defaults;
}

void Settings::setShiftConfig(const ShiftConfig& c)
{
    m_settings->setValue(QStringLiteral("shift/timeZone"), QString::fromUtf8(c.timeZone.id()));
    m_settings->setValue(QStringLiteral("shift/workStart"), c.workStart.toString(kTimeFormat));
    m_settings->setValue(QStringLiteral("shift/workEnd"), c.workEnd.toString(kTimeFormat));
    m_settings->setValue(QStringLiteral("shift/supportStart"),
                         c.supportStart.toString(kTimeFormat));
    m_settings->setValue(QStringLiteral("shift/supportEnd"), c.supportEnd.toString(kTimeFormat));
    QStringList days;
    for (int d = 1; d <= 7; ++d) {
        if (c.workdays.contains(d))
            days << QString::number(d);
    }
    m_settings->setValue(QStringLiteral("shift/workdays"), days);
    Q_EMIT changed();
}

QList<CoverPeriod> Settings::defaultCoverPeriods() const
{
    const QStringList stored =
        m_settings->value(QStringLiteral("support/coverPeriods")).toStringList();
    QList<CoverPeriod> periods;
    for (const QString& s : stored) {
        const CoverPeriod p = CoverPeriod::fromString(s);
        if (p.isValid())
            periods << p;
    }
    if (periods.isEmpty()) {
        periods = {{QTime(10, 0), QTime(12, 0)},
                   {QTime(12, 0), QTime(14, 0)},
                   {QTime(14, 0), QTime(17, 0)}};
    }
    return periods;
}

void Settings::setDefaultCoverPeriods(const QList<CoverPeriod>& periods)
{
    QStringList out;
    for (const CoverPeriod& p : periods)
        out << p.toString();
    m_settings->setValue(QStringLiteral("support/coverPeriods"), out);
    Q_EMIT changed();
}

SlackConfig Settings::slackConfig() const
{
    SlackConfig c;
    const QUrl base(m_settings->value(QStringLiteral("slack/apiBase")).toString());
    if (base.isValid() && !base.host().isEmpty())
        c.apiBase = base;
    if (m_settings->contains(QStringLiteral("slack/alarmChannels"))) {
        QList<AlarmChannel> channels;
        const QStringList stored =
            m_settings->value(QStringLiteral("slack/alarmChannels")).toStringList();
        for (const QString& s : stored) {
            const AlarmChannel ch = AlarmChannel::fromString(s);
            if (!ch.name.isEmpty())
                channels << ch;
        }
        c.alarmChannels = channels;
    }
    const QString support = SlackConfig::normaliseChannelName(
        m_settings->value(QStringLiteral("slack/supportChannel")).toString());
    if (!support.isEmpty())
        c.supportChannel = support;
    const QString announce = SlackConfig::normaliseChannelName(
        m_settings->value(QStringLiteral("slack/announceChannel")).toString());
    if (!announce.isEmpty())
        c.announceChannel = announce;
    c.pollSeconds = qBound(
        5, m_settings->value(QStringLiteral("slack/pollSeconds"), c.pollSeconds).toInt(), 3600);
    c.retentionDays = qBound(
        1, m_settings->value(QStringLiteral("slack/retentionDays"), c.retentionDays).toInt(), 365);
    return c;
}

GitHubConfig Settings::gitHubConfig() const
{
    GitHubConfig c;
    const auto url = [this](const QString& key, QUrl fallback) {
        const QUrl u(m_settings->value(key).toString());
        return u.isValid() && !u.host().isEmpty() ? u : fallback;
    };
    const auto text = [this](const QString& key, const QString& fallback) {
        return m_settings->contains(key) ? m_settings->value(key).toString().trimmed() : fallback;
    };
    c.apiBase = url(QStringLiteral("github/apiBase"), c.apiBase);
    c.webBase = url(QStringLiteral("github/webBase"), c.webBase);
    c.clientId = text(QStringLiteral("github/clientId"), c.clientId);
    c.repository = text(QStringLiteral("github/repository"), c.repository);
    if (m_settings->contains(QStringLiteral("github/supportLabels"))) {
        QStringList labels;
        for (const QString& l :
             m_settings->value(QStringLiteral("github/supportLabels")).toStringList()) {
            if (!l.trimmed().isEmpty())
                labels << l.trimmed();
        }
        c.supportLabels = labels;
    }
    c.issueTemplate = text(QStringLiteral("github/issueTemplate"), c.issueTemplate);
    c.projectOwner = text(QStringLiteral("github/projectOwner"), c.projectOwner);
    c.projectNumber = qBound(
        0, m_settings->value(QStringLiteral("github/projectNumber"), c.projectNumber).toInt(),
        1000000);
    c.statusField = text(QStringLiteral("github/statusField"), c.statusField);
    if (c.statusField.isEmpty())
        c.statusField = QStringLiteral("Status");
    c.pollSeconds = qBound(
        15, m_settings->value(QStringLiteral("github/pollSeconds"), c.pollSeconds).toInt(), 3600);
    return c;
}

void Settings::setGitHubConfig(const GitHubConfig& c)
{
    m_settings->setValue(QStringLiteral("github/apiBase"), c.apiBase.toString());
    m_settings->setValue(QStringLiteral("github/webBase"), c.webBase.toString());
    m_settings->setValue(QStringLiteral("github/clientId"), c.clientId);
    m_settings->setValue(QStringLiteral("github/repository"), c.repository);
    m_settings->setValue(QStringLiteral("github/supportLabels"), c.supportLabels);
    m_settings->setValue(QStringLiteral("github/issueTemplate"), c.issueTemplate);
    m_settings->setValue(QStringLiteral("github/projectOwner"), c.projectOwner);
    m_settings->setValue(QStringLiteral("github/projectNumber"), c.projectNumber);
    m_settings->setValue(QStringLiteral("github/statusField"), c.statusField);
    m_settings->setValue(QStringLiteral("github/pollSeconds"), c.pollSeconds);
    Q_EMIT changed();
}

SupportConfig Settings::supportConfig() const
{
    SupportConfig c;
    const auto list = [this](const QString& key, const QStringList& fallback) {
        if (!m_settings->contains(key))
            return fallback;
        QStringList out;
        for (const QString& v : m_settings->value(key).toStringList()) {
            if (!v.trimmed().isEmpty())
                out << v.trimmed();
        }
        return out;
    };
    c.teamMembers = list(QStringLiteral("support/teamMembers"), c.teamMembers);
    c.teamUserGroup = m_settings->value(QStringLiteral("support/teamUserGroup"), c.teamUserGroup)
                          .toString()
                          .trimmed();
    c.claimMinutes = qBound(
        1, m_settings->value(QStringLiteral("support/claimMinutes"), c.claimMinutes).toInt(), 240);
    c.historyDays = qBound(
        1, m_settings->value(QStringLiteral("support/historyDays"), c.historyDays).toInt(), 90);
    c.handoverTo =
        m_settings->value(QStringLiteral("support/handoverTo")).toString() == QLatin1String("dm")
            ? SupportConfig::HandoverTo::DirectMessage
            : SupportConfig::HandoverTo::Channel;
    const QString channel = SlackConfig::normaliseChannelName(
        m_settings->value(QStringLiteral("support/handoverChannel")).toString());
    if (!channel.isEmpty())
        c.handoverChannel = channel;
    c.onCallUserId = m_settings->value(QStringLiteral("support/onCallUserId")).toString().trimmed();
    return c;
}

void Settings::setSupportConfig(const SupportConfig& c)
{
    m_settings->setValue(QStringLiteral("support/teamMembers"), c.teamMembers);
    m_settings->setValue(QStringLiteral("support/teamUserGroup"), c.teamUserGroup);
    m_settings->setValue(QStringLiteral("support/claimMinutes"), c.claimMinutes);
    m_settings->setValue(QStringLiteral("support/historyDays"), c.historyDays);
    m_settings->setValue(QStringLiteral("support/handoverTo"),
                         c.handoverTo == SupportConfig::HandoverTo::DirectMessage
                             ? QStringLiteral("dm")
                             : QStringLiteral("channel"));
    m_settings->setValue(QStringLiteral("support/handoverChannel"), c.handoverChannel);
    m_settings->setValue(QStringLiteral("support/onCallUserId"), c.onCallUserId);
    Q_EMIT changed();
}

void Settings::setSlackConfig(const SlackConfig& c)
{
    m_settings->setValue(QStringLiteral("slack/apiBase"), c.apiBase.toString());
    QStringList channels;
    for (const AlarmChannel& ch : c.alarmChannels)
        channels << ch.toString();
    m_settings->setValue(QStringLiteral("slack/alarmChannels"), channels);
    m_settings->setValue(QStringLiteral("slack/supportChannel"), c.supportChannel);
    m_settings->setValue(QStringLiteral("slack/announceChannel"), c.announceChannel);
    m_settings->setValue(QStringLiteral("slack/pollSeconds"), c.pollSeconds);
    m_settings->setValue(QStringLiteral("slack/retentionDays"), c.retentionDays);
    Q_EMIT changed();
}

QString Settings::appearance() const
{
    const QString value = m_settings->value(QStringLiteral("ui/appearance")).toString();
    return value == QLatin1String("light") || value == QLatin1String("dark")
               ? value
               : QStringLiteral("system");
}

void Settings::setAppearance(const QString& appearance)
{
    m_settings->setValue(QStringLiteral("ui/appearance"), appearance); // the UI applies it
}

QString Settings::identity() const
{
    QString name = m_settings->value(QStringLiteral("user/name")).toString().trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER").trimmed();
    if (name.isEmpty())
        name = QSysInfo::machineHostName();
    return name;
}

void Settings::setIdentity(const QString& name)
{
    m_settings->setValue(QStringLiteral("user/name"), name.trimmed());
    Q_EMIT changed();
}

bool Settings::closeToTray() const
{
    return m_settings->value(QStringLiteral("ui/closeToTray"), true).toBool();
}

void Settings::setCloseToTray(bool enabled)
{
    m_settings->setValue(QStringLiteral("ui/closeToTray"), enabled);
    Q_EMIT changed();
}

bool Settings::remindersEnabled() const
{
    return m_settings->value(QStringLiteral("checklist/reminders"), true).toBool();
}

void Settings::setRemindersEnabled(bool enabled)
{
    m_settings->setValue(QStringLiteral("checklist/reminders"), enabled);
    Q_EMIT changed();
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("ui/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(QStringLiteral("ui/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(QStringLiteral("ui/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("ui/state"), state);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace shiftdesk
