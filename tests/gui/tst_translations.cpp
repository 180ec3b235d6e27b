// Translations: the Welsh file is complete (every message, every plural form, every
// placeholder), the main window comes up in Welsh on the demo workspace, plural forms follow
// Welsh and English rules, and English is what anyone without a translation reads.
#include "FakeClock.h"
#include "core/Translations.h"
#include "shell/AppSession.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace shiftdesk;
using namespace shiftdesk::test;

namespace {

void uninstallTranslations()
{
    const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%[1-9]"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { uninstallTranslations(); }

    // Read from the source tree: what ships is what lupdate and the translators left there.
    void welshIsComplete()
    {
        QFile file(QStringLiteral(SHIFTDESK_SOURCE_DIR "/translations/shiftdesk_cy.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList problems;
        QString source;
        bool numerus = false;
        QStringList forms;
        QString translation;
        bool unfinished = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("TS")) {
                    QCOMPARE(xml.attributes().value(QLatin1String("language")).toString(),
                             QStringLiteral("cy"));
                } else if (name == QLatin1String("message")) {
                    numerus =
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                    forms.clear();
                    translation.clear();
                    unfinished = false;
                } else if (name == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    const auto type = xml.attributes().value(QLatin1String("type"));
                    unfinished = type == QLatin1String("unfinished") ||
                                 type == QLatin1String("vanished") ||
                                 type == QLatin1String("obsolete");
                    if (!numerus)
                        translation = xml.readElementText();
                } else if (name == QLatin1String("numerusform")) {
                    forms.append(xml.readElementText());
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                if (unfinished)
                    problems.append(QStringLiteral("unfinished: ") + source);
                // Qt's Welsh rules have five forms: 0, 1, 2–5, 6, and the rest.
                const QStringList texts = numerus ? forms : QStringList{translation};
                if (numerus && forms.size() != 5)
                    problems.append(QStringLiteral("not 5 plural forms: ") + source);
                for (const QString& text : texts) {
                    if (text.trimmed().isEmpty() && !source.trimmed().isEmpty())
                        problems.append(QStringLiteral("empty: ") + source);
                    else if (placeholders(text) != placeholders(source))
                        problems.append(QStringLiteral("placeholders differ: ") + source);
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 900);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void mainWindowInWelsh()
    {
        const QLocale welsh(QLocale::Welsh, QLocale::UnitedKingdom);
        QCOMPARE(installTranslations(*qApp, welsh), QStringLiteral("cy"));

        QTemporaryDir dir;
        FakeClock clock(london(2026, 11, 27, 10, 30));
        AppSession session(Profile(QStringLiteral("cy"), dir.filePath(QStringLiteral("config")),
                                   dir.filePath(QStringLiteral("data"))),
                           AppSession::Demo, nullptr, clock);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        MainWindow* window = session.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        session.startBackground();

        QTabWidget* tabs = window->tabs();
        QVERIFY2(tabs->tabText(MainWindow::ChecklistTab).startsWith(QStringLiteral("Rhestr wirio")),
                 qPrintable(tabs->tabText(MainWindow::ChecklistTab)));
        QVERIFY(tabs->tabText(MainWindow::AlarmsTab).startsWith(QStringLiteral("Larymau")));
        QVERIFY(tabs->tabText(MainWindow::BoardTab).startsWith(QStringLiteral("Bwrdd")));
        // Every tab and every menu reads Welsh, not the English source.
        const QStringList english = {QStringLiteral("Checklist"), QStringLiteral("Alarms"),
                                     QStringLiteral("Support"),   QStringLiteral("Board"),
                                     QStringLiteral("Announce"),  QStringLiteral("Handover")};
        for (int i = 0; i < tabs->count(); ++i) {
            const QString text = tabs->tabText(i).remove(QLatin1Char('&'));
            QVERIFY2(!text.startsWith(english.value(i)), qPrintable(text));
        }
        const QList<QAction*> menus = window->menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        for (QAction* menu : menus)
            QVERIFY2(menu->text() != QStringLiteral("&File") &&
                         menu->text() != QStringLiteral("&Settings"),
                     qPrintable(menu->text()));
        // Qt's own standard buttons speak Welsh too (Shiftdesk ships them: Debian has none).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Diddymu"));
        // The demo banner is translated too.
        QVERIFY(!window->banner()->text().contains(QLatin1String("demo workspace")));
    }

    // The user's language list (LANGUAGE=fr:cy, cy:en…): the first one Shiftdesk ships wins,
    // English ends the search, and Qt's own buttons follow the same language.
    void languageListsPickOneLanguage_data()
    {
        QTest::addColumn<QStringList>("languages");
        QTest::addColumn<QString>("loaded");
        QTest::addColumn<QString>("cancel");
        const QString welsh = QStringLiteral("Diddymu");
        const QString english = QStringLiteral("Cancel");
        QTest::addRow("cy:en") << QStringList{QStringLiteral("cy"), QStringLiteral("en")}
                               << QStringLiteral("cy") << welsh;
        QTest::addRow("cy-GB") << QStringList{QStringLiteral("cy-GB")} << QStringLiteral("cy")
                               << welsh;
        QTest::addRow("fr:cy") << QStringList{QStringLiteral("fr-FR"), QStringLiteral("cy")}
                               << QStringLiteral("cy") << welsh;
        QTest::addRow("de:en:cy") << QStringList{QStringLiteral("de"), QStringLiteral("en"),
                                                 QStringLiteral("cy")}
                                  << QString() << english;
        QTest::addRow("en-GB") << QStringList{QStringLiteral("en-GB")} << QString() << english;
        QTest::addRow("C") << QStringList{QStringLiteral("C")} << QString() << english;
    }

    void languageListsPickOneLanguage()
    {
        QFETCH(QStringList, languages);
        QFETCH(QString, loaded);
        QFETCH(QString, cancel);
        QCOMPARE(installTranslations(*qApp, languages), loaded);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
        // English readers still get English plurals.
        if (loaded.isEmpty())
            QCOMPARE(QCoreApplication::translate("shiftdesk::ComposerWidget", "%n character(s)",
                                                 nullptr, 1),
                     QStringLiteral("1 character"));
    }

    void welshPluralForms()
    {
        QCOMPARE(installTranslations(*qApp, QLocale(QLocale::Welsh)), QStringLiteral("cy"));
        const char* context = "shiftdesk::BoardColumnView";
        const char* source = " · %n unassigned";
        // One ticket "heb ei aseinio", several "heb eu haseinio".
        const QString one = QCoreApplication::translate(context, source, nullptr, 1);
        const QString seven = QCoreApplication::translate(context, source, nullptr, 7);
        QVERIFY2(one != QString(seven).replace(QLatin1Char('7'), QLatin1Char('1')),
                 qPrintable(one + QLatin1String(" / ") + seven));
        for (int n : {0, 1, 2, 3, 6, 7, 11, 100}) {
            const QString text = QCoreApplication::translate(context, source, nullptr, n);
            QVERIFY(!text.contains(QLatin1String("unassigned")));
            if (n > 0)
                QVERIFY2(text.contains(QString::number(n)), qPrintable(text));
        }
    }

    void englishPluralsAndFallback()
    {
        // English is the source: only its plural forms are loaded.
        QCOMPARE(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QString());
        const char* context = "shiftdesk::ComposerWidget";
        QCOMPARE(QCoreApplication::translate(context, "%n character(s)", nullptr, 1),
                 QStringLiteral("1 character"));
        QCOMPARE(QCoreApplication::translate(context, "%n character(s)", nullptr, 12),
                 QStringLiteral("12 characters"));
        uninstallTranslations();
        // A language Shiftdesk does not ship: English, with its plurals.
        QCOMPARE(installTranslations(*qApp, QLocale(QLocale::Japanese)), QString());
        QCOMPARE(QCoreApplication::translate(context, "%n character(s)", nullptr, 1),
                 QStringLiteral("1 character"));
        QVERIFY(shippedTranslations().contains(QStringLiteral("cy")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
