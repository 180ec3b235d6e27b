#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace shiftdesk {

// Loads Shiftdesk's translation for the user's languages (and Qt's own, where the system has
// it) into `app`. The .qm files are built into the resources (:/i18n). Returns the language
// loaded ("cy"), or an empty string when the user reads English or no translation fits.
QString installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

// The languages Shiftdesk ships besides English.
QStringList shippedTranslations();

} // namespace shiftdesk
