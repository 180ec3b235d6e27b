#include "TestProfile.h"
#include "settings/SettingsDialog.h"
#include "settings/ShiftSettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTimeEdit>

using namespace shiftdesk;
using namespace shiftdesk::test;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsAndAppliesTheShift()
    {
        TestProfile profile;
        SettingsDialog dialog(profile.settings.get(), nullptr);
        ShiftSettingsPage* page = dialog.shiftPage();
        auto* zone = page->findChild<QComboBox*>(QStringLiteral("timeZoneCombo"));
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/London"));
        zone->setCurrentText(QStringLiteral("Asia/Tokyo"));
        auto* name = page->findChild<QLineEdit*>(QStringLiteral("identityEdit"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Robin"));
        auto* periods = page->findChild<QLineEdit*>(QStringLiteral("coverPeriodsEdit"));
        periods->setText(QStringLiteral("10:00-13:00, 13:00-17:00"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(profile.settings->shiftConfig().timeZone.id(), QByteArray("Asia/Tokyo"));
        QCOMPARE(profile.settings->identity(), QStringLiteral("Robin"));
        QCOMPARE(profile.settings->defaultCoverPeriods().size(), 2);
    }

    void refusesInvalidInputAndKeepsSettings()
    {
        TestProfile profile;
        SettingsDialog dialog(profile.settings.get(), nullptr);
        ShiftSettingsPage* page = dialog.shiftPage();
        QString error;
        QVERIFY2(page->validate(&error), qPrintable(error));

        page->findChild<QComboBox*>(QStringLiteral("timeZoneCombo"))
            ->setCurrentText(QStringLiteral("Mars/Base"));
        QVERIFY(!page->validate(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Team time zone")), qPrintable(error));
        page->findChild<QComboBox*>(QStringLiteral("timeZoneCombo"))
            ->setCurrentText(QStringLiteral("Europe/Paris"));

        page->findChild<QLineEdit*>(QStringLiteral("coverPeriodsEdit"))
            ->setText(QStringLiteral("10:00-09:00"));
        QVERIFY(!page->validate(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Cover periods")), qPrintable(error));
        QCOMPARE(profile.settings->shiftConfig().timeZone.id(), QByteArray("Europe/London"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
