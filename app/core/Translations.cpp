#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace shiftdesk {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");
}

QStringList shippedTranslations()
{
    QStringList languages;
    const QStringList files =
        QDir(kResourceDir).entryList({QStringLiteral("shiftdesk_*.qm")}, QDir::Files);
    for (const QString& file : files)
        languages.append(file.mid(10, file.size() - 13)); // shiftdesk_<lang>.qm
    languages.removeAll(QStringLiteral("en"));            // plural forms only
    return languages;
}

QString installTranslations(QCoreApplication& app, const QLocale& locale)
{
    // English is the source language; shiftdesk_en only has its plural forms ("1 request"),
    // and it is what anyone without a translation of their own reads.
    auto* own = new QTranslator(&app);
    const QStringList languages = locale.uiLanguages();
    const bool english = languages.isEmpty() ||
                         languages.first().startsWith(QLatin1String("en"), Qt::CaseInsensitive);
    if (english ||
        !own->load(locale, QStringLiteral("shiftdesk"), QStringLiteral("_"), kResourceDir)) {
        if (own->load(QStringLiteral("shiftdesk_en"), kResourceDir))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, context menus): the system's translation, or the few
    // Shiftdesk shows, shipped with it (Debian has no qtbase_cy).
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qt->load(locale, QStringLiteral("qt_extra"), QStringLiteral("_"), kResourceDir))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language();
}

} // namespace shiftdesk
