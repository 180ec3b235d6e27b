#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace shiftdesk {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");

// "cy-GB" → {"cy_GB", "cy"}: the file suffixes to try for one language, most specific first.
QStringList candidates(const QString& language)
{
    QString name = language;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList names{name};
    const qsizetype cut = name.indexOf(QLatin1Char('_'));
    if (cut > 0)
        names.append(name.left(cut));
    return names;
}

bool loadInto(QCoreApplication& app, const QString& file, const QString& dir)
{
    if (!QFileInfo::exists(dir + QLatin1Char('/') + file + QStringLiteral(".qm")))
        return false;
    auto* translator = new QTranslator(&app);
    if (!translator->load(file, dir)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

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

QString installTranslations(QCoreApplication& app, const QStringList& languages)
{
    for (const QString& language : languages) {
        if (language.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ||
            language == QLatin1String("C"))
            break;
        for (const QString& suffix : candidates(language)) {
            if (suffix == QLatin1String("en") ||
                !loadInto(app, QStringLiteral("shiftdesk_") + suffix, kResourceDir))
                continue;
            // Qt's own strings (standard buttons, context menus) in the same language: the
            // system's translation, or the few Shiftdesk shows (Debian has no qtbase_cy).
            const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
            if (!loadInto(app, QStringLiteral("qtbase_") + suffix, qtDir))
                loadInto(app, QStringLiteral("qt_extra_") + suffix, kResourceDir);
            return suffix;
        }
    }
    // English: the source strings, with their plural forms ("1 reply", "2 replies").
    loadInto(app, QStringLiteral("shiftdesk_en"), kResourceDir);
    return {};
}

QString installTranslations(QCoreApplication& app, const QLocale& locale)
{
    return installTranslations(app, locale.uiLanguages());
}

} // namespace shiftdesk
