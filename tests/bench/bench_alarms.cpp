// Alarm feed benchmarks. Prints numbers; never fails on them.
//  - mrkdwn rendering throughput (MB/s) on a realistic mix of message text
//  - alert parsing rate (messages/s)
//  - with 100,000 stored alarm messages: loading the feed, showing the Alarms tab (to its first
//    paint), one filter keystroke, and memory
#include "AlarmFixtures.h"
#include "alarms/AlarmFeed.h"
#include "alarms/AlarmSummary.h"
#include "alarms/AlarmsPage.h"
#include "alarms/AlertParser.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"
#include "slack/Mrkdwn.h"
#include "slack/SlackConnection.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>

using namespace shiftdesk;

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

long statusKiB(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

QString sampleText(int i)
{
    return QStringLiteral("*Alert:* Pod `api-%1` in <#C0HIGH|high-priority-alarms> restarted %1 "
                          "times :fire: — see <https://runbooks.example.org/pod-%1|the runbook> "
                          "or ask <@U0PRIYA|priya>. _Impact_: ~some~ requests &amp; jobs "
                          "&lt;slow&gt;\n&gt; quoted line %1\n```kubectl logs api-%1```\n")
        .arg(i);
}

class PaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int stored = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    // 1. mrkdwn throughput.
    QStringList texts;
    qint64 bytes = 0;
    for (int i = 0; i < 4000; ++i) {
        texts << sampleText(i);
        bytes += texts.last().toUtf8().size();
    }
    QElapsedTimer t;
    t.start();
    qint64 outChars = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString& text : std::as_const(texts))
            outChars += Mrkdwn::toHtml(text).size();
    }
    const double renderMs = ms(t);
    std::printf("mrkdwn render:        %8.1f MB/s  (%lld bytes x3 in %.1f ms, %lld chars out)\n",
                double(bytes) * 3 / 1e6 / (renderMs / 1000), bytes, renderMs, outChars);
    QString big;
    while (big.size() < 10000)
        big += sampleText(big.size());
    t.restart();
    for (int i = 0; i < 100; ++i)
        Mrkdwn::toHtml(big);
    std::printf("mrkdwn 10,000 chars:  %8.3f ms per render\n", ms(t) / 100);

    // 2. Alert parsing.
    QList<QJsonObject> posts;
    for (int i = 0; i < 20000; ++i)
        posts << test::alertmanagerPost(QStringLiteral("Alert-%1").arg(i % 300), i % 2 == 0,
                                        i % 7 == 0 ? QStringLiteral("critical")
                                                   : QStringLiteral("warning"),
                                        QStringLiteral("10.0.%1.%2:9100").arg(i % 200).arg(i % 50));
    t.restart();
    for (const QJsonObject& p : std::as_const(posts))
        AlertParser::parse(p, QStringLiteral("C0LOW"));
    const double parseMs = ms(t);
    std::printf("alert parse:          %8.0f messages/s (%lld in %.1f ms)\n",
                double(posts.size()) / (parseMs / 1000), qint64(posts.size()), parseMs);

    // 3. 100,000 stored alarms.
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.conf")));
    Database db(dir.filePath(QStringLiteral("db.sqlite")));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    AlarmStore store(db);
    store.rememberChannel(QStringLiteral("high-priority-alarms"), QStringLiteral("C0HIGH"), false,
                          true, QDateTime::currentDateTimeUtc());
    store.rememberChannel(QStringLiteral("low-priority-alarms"), QStringLiteral("C0LOW"), false,
                          true, QDateTime::currentDateTimeUtc());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<StoredMessage> batch;
    t.restart();
    for (int i = 0; i < stored; ++i) {
        // Pairs: a firing message and, 10 minutes later, its resolution.
        const int alert = i / 2;
        const bool firing = i % 2 == 0;
        const QString ts = QStringLiteral("%1.%2")
                               .arg(now - qint64(stored - i) * 30)
                               .arg(i % 1000000, 6, 10, QLatin1Char('0'));
        QJsonObject m = test::alertmanagerPost(QStringLiteral("Alert-%1").arg(alert % 400), firing,
                                               alert % 9 == 0 ? QStringLiteral("critical")
                                                              : QStringLiteral("warning"),
                                               QStringLiteral("node-%1").arg(alert));
        m.insert(QStringLiteral("ts"), ts);
        const QString channel = alert % 5 == 0 ? QStringLiteral("C0HIGH") : QStringLiteral("C0LOW");
        // As the feed stores them: the message and its parsed summary.
        batch.append({channel, ts, m, AlarmSummary::encode(AlertParser::parse(m, channel))});
        if (batch.size() == 5000) {
            store.upsertMessages(batch, QDateTime::currentDateTimeUtc());
            batch.clear();
        }
    }
    store.upsertMessages(batch, QDateTime::currentDateTimeUtc());
    std::printf("store %d messages:  %8.0f ms\n", stored, ms(t));
    const long rssBefore = statusKiB("VmRSS:");

    QNetworkAccessManager network;
    MemorySecretStore secrets;
    SystemClock clock;
    SlackConnection slack(&settings, &secrets, &network);
    AlarmFeed feed(db, settings, clock, &slack);
    t.restart();
    feed.start(&error);
    while (feed.isLoading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double loadMs = ms(t);
    std::printf(
        "load feed (%d msgs -> %d alarms): %8.0f ms, in slices (the window stays responsive)\n",
        stored, feed.model()->rowCount(), loadMs);

    t.restart();
    AlarmsPage page(&feed, &slack);
    page.resize(1180, 720);
    PaintWatcher watcher;
    page.feedView()->viewport()->installEventFilter(&watcher);
    page.show();
    while (!watcher.painted && t.elapsed() < 10000)
        QApplication::processEvents();
    std::printf("show the Alarms tab:  %8.1f ms (to the feed's first paint)\n", ms(t));

    const QStringList keystrokes = {
        QStringLiteral("a"),         QStringLiteral("al"),       QStringLiteral("ale"),
        QStringLiteral("aler"),      QStringLiteral("alert-1"),  QStringLiteral("alert-12"),
        QStringLiteral("alert-123"), QStringLiteral("alert-12"), QString()};
    double worst = 0;
    double total = 0;
    for (const QString& text : keystrokes) {
        t.restart();
        page.searchEdit()->setText(text);
        QApplication::processEvents();
        const double k = ms(t);
        worst = qMax(worst, k);
        total += k;
    }
    std::printf("filter keystroke:     %8.1f ms average, %.1f ms worst (%lld keystrokes)\n",
                total / keystrokes.size(), worst, qint64(keystrokes.size()));
    std::printf("memory:               RSS %ld MiB (feed adds %ld MiB), peak %ld MiB\n",
                statusKiB("VmRSS:") / 1024, (statusKiB("VmRSS:") - rssBefore) / 1024,
                statusKiB("VmHWM:") / 1024);
    return 0;
}
