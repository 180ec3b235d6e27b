#include "TestProfile.h"
#include "settings/SettingsDialog.h"
#include "settings/ShiftSettingsPage.h"
#include "settings/SupportSettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
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

    void supportTeamAndHandoverDestination()
    {
        TestProfile profile;
        SupportSettingsPage page(profile.settings.get());
        QCOMPARE(page.claimMinutesSpin()->value(), 15);
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("handoverChannel"))->text(),
                 QStringLiteral("cloud-platform"));
        QString error;
        page.teamMembersEdit()->setText(QStringLiteral("U01ANA, <@U02BEN> priya"));
        QVERIFY(!page.validate(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Support team")), qPrintable(error));
        page.teamMembersEdit()->setText(QStringLiteral("U01ANA, <@U02BEN>  W03SAM,U01ANA"));
        page.userGroupEdit()->setText(QStringLiteral("cloud-platform-team"));
        QVERIFY(!page.validate(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Team user group")), qPrintable(error));
        page.userGroupEdit()->setText(QStringLiteral("S0TEAM1"));
        page.claimMinutesSpin()->setValue(20);
        page.findChild<QComboBox*>(QStringLiteral("handoverTo"))->setCurrentIndex(1);
        page.findChild<QLineEdit*>(QStringLiteral("onCallUser"))
            ->setText(QStringLiteral("U0ONCALL"));
        QVERIFY2(page.validate(&error), qPrintable(error));
        page.apply();
        const SupportConfig c = profile.settings->supportConfig();
        QCOMPARE(c.teamMembers, (QStringList{QStringLiteral("U01ANA"), QStringLiteral("U02BEN"),
                                             QStringLiteral("W03SAM")}));
        QCOMPARE(c.teamUserGroup, QStringLiteral("S0TEAM1"));
        QCOMPARE(c.claimMinutes, 20);
        QVERIFY(c.handoverTo == SupportConfig::HandoverTo::DirectMessage);
        QCOMPARE(c.onCallUserId, QStringLiteral("U0ONCALL"));
        profile.reopen();
        QCOMPARE(profile.settings->supportConfig().claimMinutes, 20); // kept on disk
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
