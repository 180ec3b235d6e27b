#pragma once

#include "core/Database.h"
#include "core/Profile.h"
#include "core/Settings.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace shiftdesk::test {

// A throw-away profile in a temporary directory: settings file and database.
// reopen() closes and reopens both, like a restart of the app.
class TestProfile
{
public:
    TestProfile()
        : profile(QStringLiteral("test"), dir.filePath(QStringLiteral("config")),
                  dir.filePath(QStringLiteral("data")))
    {
        QString error;
        if (!profile.ensureExists(&error))
            qFatal("cannot create test profile: %s", qPrintable(error));
        open();
    }

    void open()
    {
        settings = std::make_unique<Settings>(profile.settingsFile());
        database = std::make_unique<Database>(profile.databaseFile());
        QString error;
        if (!database->open(&error))
            qFatal("cannot open test database: %s", qPrintable(error));
    }

    void close()
    {
        database.reset();
        settings.reset();
    }

    void reopen()
    {
        close();
        open();
    }

    QTemporaryDir dir;
    Profile profile;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Database> database;
};

} // namespace shiftdesk::test
