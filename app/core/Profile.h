#pragma once

#include <QCoreApplication>
#include <QString>

namespace shiftdesk {

// Where one profile keeps its settings and data. Profiles are fully separate: a test or the
// demo workspace never touches the user's real profile.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    // Standard locations: $XDG_CONFIG_HOME/shiftdesk/<name>/ and $XDG_DATA_HOME/shiftdesk/<name>/.
    static Profile standard(const QString& name);
    // Explicit directories (tests).
    Profile(QString name, QString configDir, QString dataDir);

    static bool isValidName(const QString& name);
    static QString defaultName() { return QStringLiteral("default"); }

    QString name() const { return m_name; }
    QString configDir() const { return m_configDir; }
    QString dataDir() const { return m_dataDir; }
    QString settingsFile() const;
    QString databaseFile() const;

    // Creates both directories (owner-only permissions). Returns false with a message.
    bool ensureExists(QString* error) const;

private:
    QString m_name;
    QString m_configDir;
    QString m_dataDir;
};

} // namespace shiftdesk
