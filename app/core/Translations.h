#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace shiftdesk {

// Loads Shiftdesk's translation for the first of the user's languages it can serve (and Qt's
// own strings in that same language: the system's qtbase file, or the few Shiftdesk ships)
// into `app`. The .qm files are built into the resources (:/i18n). `languages` are BCP 47 names
// in the user's order of preference, as QLocale::uiLanguages() gives them (from LANGUAGE,
// LC_MESSAGES, LANG). English, the source language, ends the search: an English reader, and
// anyone whose languages Shiftdesk does not ship, gets English with its plural forms.
// Returns the language loaded ("cy"), or an empty string for English.
QString installTranslations(QCoreApplication& app, const QStringList& languages);
QString installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

// The languages Shiftdesk ships besides English.
QStringList shippedTranslations();

} // namespace shiftdesk
