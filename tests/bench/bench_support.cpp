// Support-queue benchmark: a support channel with N requests over the last week (every other
// one with a thread of replies) in the local fake Slack. Prints the first load (history pages
// and thread reads over loopback), what one live event costs (the queue is rebuilt and the
// model merged), and painting the Support tab's list. Never fails on timings.
#include "FakeClock.h"
#include "SlackTestEnvironment.h"
#include "support/SupportFeed.h"
#include "support/SupportPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QListView>

#include <algorithm>

#include <cstdio>

using namespace shiftdesk;
using namespace shiftdesk::test;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 500;
    SlackTestEnvironment env;
    const QString channel = QStringLiteral("C0SUPPORT1");
    env.slack->addChannel(channel, QStringLiteral("ask-cloud-platform"));
    SupportConfig config = env.profile->settings->supportConfig();
    config.teamMembers = {QStringLiteral("U0TEAM1"), QStringLiteral("U0TEAM2")};
    env.profile->settings->setSupportConfig(config);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 span = 6LL * 24 * 3600; // spread over six days
    int threads = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 at = now.toSecsSinceEpoch() - span + span * i / count;
        const QString ts = QString::number(at) + QStringLiteral(".000100");
        env.slack->postMessage(
            channel,
            QJsonObject{{QStringLiteral("user"), QStringLiteral("U0ASK%1").arg(i % 40)},
                        {QStringLiteral("ts"), ts},
                        {QStringLiteral("text"),
                         QStringLiteral("Request %1: *pods* in `ns-%1` cannot reach RDS, see "
                                        "<https://example.org/runbook|the runbook>")
                             .arg(i)}});
        if (i % 2 == 0) {
            ++threads;
            for (int r = 0; r < 3; ++r)
                env.slack->postReply(
                    channel, ts,
                    QJsonObject{
                        {QStringLiteral("user"),
                         QString(r == 2 ? QStringLiteral("U0TEAM1") : QStringLiteral("U0ASK1"))},
                        {QStringLiteral("ts"),
                         QString(QString::number(at + 60 * (r + 1)) + QStringLiteral(".000200"))},
                        {QStringLiteral("text"), QStringLiteral("reply %1").arg(r)}});
        }
    }
    if (!env.storeTokens(true))
        return 1;
    FakeClock clock(now);
    auto connection = env.connect();
    SupportFeed feed(*env.profile->database, *env.profile->settings, clock, connection.get());
    QElapsedTimer t;
    t.start();
    feed.start();
    connection->start();
    double shownMs = -1;
    while (!(feed.hasLoaded() &&
             env.slack->callCount(QStringLiteral("conversations.replies")) >= threads) &&
           t.elapsed() < 120000) {
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        if (shownMs < 0 && feed.hasLoaded())
            shownMs = double(t.nsecsElapsed()) / 1e6;
    }
    QApplication::processEvents();
    const double loadMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("Support channel of %d requests (%d with a thread of 3 replies):\n", count,
                threads);
    std::printf("  the queue shown (channel lookup + %d history pages): %.0f ms\n",
                env.slack->callCount(QStringLiteral("conversations.history")), shownMs);
    std::printf("  every thread read too (%d conversations.replies, 3 at a time): %.0f ms\n",
                env.slack->callCount(QStringLiteral("conversations.replies")), loadMs);
    std::printf("  requests: %d, unanswered: %d\n", feed.model()->rowCount(),
                feed.unansweredCount());

    // Live events over Socket Mode: from the fake posting a reply to the queue rebuilt and the
    // model merged (the feed rebuilds the whole queue for every event).
    while (!feed.isLive() && t.elapsed() < 130000)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    const int rounds = 20;
    QList<double> latencies;
    QStringList open; // unanswered requests, newest first: a team reply answers each
    for (int row = feed.model()->rowCount() - 1; row >= 0 && open.size() < rounds; --row) {
        const QModelIndex i = feed.model()->index(row);
        if (i.data(SupportModel::UnansweredRole).toBool())
            open << i.data(SupportModel::TsRole).toString();
    }
    for (const QString& ts : std::as_const(open)) {
        if (!feed.isLive())
            break;
        const int before = feed.unansweredCount();
        QElapsedTimer e;
        e.start();
        env.slack->postReply(channel, ts,
                             QJsonObject{{QStringLiteral("user"), QStringLiteral("U0TEAM2")},
                                         {QStringLiteral("text"), QStringLiteral("on it")}});
        while (feed.unansweredCount() == before && e.elapsed() < 5000)
            QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        latencies << double(e.nsecsElapsed()) / 1e6;
    }
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.isEmpty())
        std::printf("  a team reply, from the fake posting it to the request shown "
                    "answered (Socket Mode, %d ms coalescing, queue rebuilt, model merged): median "
                    "%.2f ms, worst %.2f ms (%d events)\n",
                    25, latencies.at(latencies.size() / 2), latencies.last(),
                    int(latencies.size()));
    else
        std::printf("  live events: Socket Mode did not connect\n");

    SupportPage page(&feed);
    page.resize(1180, 760);
    t.restart();
    page.show();
    QApplication::processEvents();
    (void)page.grab();
    std::printf("  lay out and paint the Support tab: %.1f ms\n", double(t.nsecsElapsed()) / 1e6);
    return 0;
}
