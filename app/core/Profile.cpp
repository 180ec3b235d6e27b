#include "Profile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace shiftdesk {

Profile::Profile(QString name, QString configDir, QString dataDir)
    : m_name(std::move(name))
    , m_configDir(std::move(configDir))
    , m_dataDir(std::move(dataDir))
{}

Profile Profile::standard(const QString& name)
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString sub = QStringLiteral("/shiftdesk/") + name;
    return Profile(name, config + sub, data + sub);
}

bool Profile::isValidName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return re.match(name).hasMatch();
}

QString Profile::settingsFile() const
{
    return m_configDir + QStringLiteral("/shiftdesk.conf");
}

QString Profile::databaseFile() const
{
    return m_dataDir + QStringLiteral("/shiftdesk.sqlite");
}

bool Profile::ensureExists(QString* error) const
{
    for (const QString& dir : {m_configDir, m_dataDir}) {
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = tr("Cannot create the folder %1.").arg(dir);
            return false;
        }
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return true;
}

} // namespace shiftdesk
