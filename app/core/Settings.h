#pragma once

#include "github/GitHubConfig.h"
#include "shift/ShiftConfig.h"
#include "slack/SlackConfig.h"
#include "support/SupportConfig.h"

#include <QObject>
#include <QSettings>

#include <memory>

namespace shiftdesk {

// Typed access to the profile's QSettings file. Secrets never go here.
class Settings : public QObject
{
    Q_OBJECT
public:
    explicit Settings(const QString& file, QObject* parent = nullptr);
    ~Settings() override;

    ShiftConfig shiftConfig() const;
    void setShiftConfig(const ShiftConfig& config);

    // Support-hours cover periods used for a new day, e.g. {10:00-12:00, 12:00-14:00, ...}.
    QList<CoverPeriod> defaultCoverPeriods() const;
    void setDefaultCoverPeriods(const QList<CoverPeriod>& periods);

    SlackConfig slackConfig() const;
    void setSlackConfig(const SlackConfig& config);
    GitHubConfig gitHubConfig() const;
    void setGitHubConfig(const GitHubConfig& config);
    SupportConfig supportConfig() const;
    void setSupportConfig(const SupportConfig& config);

    // Name recorded with each tick ("who ticked it").
    QString identity() const;
    void setIdentity(const QString& name);

    // "system" (default), "light" or "dark": the window's colours.
    QString appearance() const;
    void setAppearance(const QString& appearance);

    bool closeToTray() const;
    void setCloseToTray(bool enabled);

    bool remindersEnabled() const;
    void setRemindersEnabled(bool enabled);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    QString fileName() const;
    void sync();

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace shiftdesk
