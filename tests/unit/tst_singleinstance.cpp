#include "core/SingleInstance.h"

#include <QSignalSpy>
#include <QTest>

using namespace shiftdesk;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchActivatesTheFirst()
    {
        const QString key =
            QStringLiteral("/tmp/test-profile-%1").arg(QCoreApplication::applicationPid());
        SingleInstance first(key);
        QVERIFY(!first.activateRunningInstance()); // nobody running yet
        QString error;
        QVERIFY2(first.listen(&error), qPrintable(error));
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        SingleInstance second(key);
        QCOMPARE(second.serverName(), first.serverName());
        QVERIFY(second.activateRunningInstance());
        QTRY_COMPARE(activated.size(), 1);

        SingleInstance otherProfile(key + QStringLiteral("-other"));
        QVERIFY(otherProfile.serverName() != first.serverName());
        QVERIFY(!otherProfile.activateRunningInstance());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
