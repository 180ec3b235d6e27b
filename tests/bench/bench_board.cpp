// Board benchmark: a project board of 2,000 support requests from the local fake GitHub.
// Prints the time to load it (every item page over loopback, parsed into the model), to lay
// it out and paint it in the Board tab, one filter keystroke, and what one idle refresh costs
// in requests and rate-limit points. Never fails on timings.
#include "GitHubTestEnvironment.h"
#include "board/BoardColumnView.h"
#include "board/BoardPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>

#include <cstdio>

using namespace shiftdesk;
using namespace shiftdesk::test;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    GitHubTestEnvironment env;
    env.useProject(true);
    const QStringList columns = {QStringLiteral("Todo"), QStringLiteral("In Progress"),
                                 QStringLiteral("Review"), QStringLiteral("Blocked"),
                                 QStringLiteral("Done")};
    for (int i = 0; i < count; ++i) {
        env.request(QStringLiteral("Support request %1: cannot reach the service").arg(i),
                    columns.at(i % columns.size()),
                    i % 3 ? QStringList{QStringLiteral("user%1").arg(i % 7)} : QStringList{});
    }
    QElapsedTimer t;
    t.start();
    if (!env.startBoard()) {
        std::fprintf(stderr, "the board did not load\n");
        return 1;
    }
    const double loadMs = double(t.nsecsElapsed()) / 1e6;
    const int cards = env.board->model()->rowCount();

    BoardPage page(env.board.get());
    page.resize(1280, 800);
    t.restart();
    page.show();
    QApplication::processEvents();
    (void)page.grab(); // lays out and paints every visible card
    const double layoutMs = double(t.nsecsElapsed()) / 1e6;

    t.restart();
    page.filterEdit()->setText(QStringLiteral("request 1"));
    QApplication::processEvents();
    (void)page.grab();
    const double filterMs = double(t.nsecsElapsed()) / 1e6;
    page.filterEdit()->clear();

    GitHubClient* client = env.connection->client();
    client->resetCounters();
    const int pointsBefore = env.github->rateLimitRemaining(QStringLiteral("graphql")) +
                             env.github->rateLimitRemaining(QStringLiteral("core"));
    QSignalSpy refreshed(env.board.get(), &BoardService::refreshed);
    t.restart();
    env.board->refresh(false);
    refreshed.wait(10000);
    const double idleMs = double(t.nsecsElapsed()) / 1e6;
    const int pointsAfter = env.github->rateLimitRemaining(QStringLiteral("graphql")) +
                            env.github->rateLimitRemaining(QStringLiteral("core"));

    std::printf("Board of %d project items (%d support cards in %d columns):\n", count, cards,
                int(env.board->model()->columns().size()));
    std::printf("  load (all item pages from the fake GitHub, parsed): %.0f ms\n", loadMs);
    std::printf("  lay out and paint the Board tab: %.0f ms\n", layoutMs);
    std::printf("  one filter change, repainted: %.1f ms\n", filterMs);
    std::printf("  idle refresh: %d request(s), %d of them 304, %d rate-limit point(s), %.1f ms\n",
                client->requestsSent(), client->notModifiedCount(), pointsBefore - pointsAfter,
                idleMs);
    return 0;
}
