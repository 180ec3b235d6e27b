#pragma once

// FakeGitHub's private state, shared by FakeGitHub.cpp (the HTTP front) and
// FakeGitHubSetup.cpp (the test-facing setters and getters).

#include "FakeGitHub.h"
#include "FakeGitHubGraphQL.h"
#include "FakeGitHubRest.h"
#include "FakeGitHubState.h"

namespace shiftdesk::fake {

struct FakeGitHub::State
{
    struct Fault
    {
        QString route{};
        FakeGitHubFault fault{};
        int remaining = 0;
    };

    FakeGitHubState world{};
    FakeGitHubRest rest{world};
    FakeGitHubGraphQL graphql{world};
    QList<Fault> faults{};
    QList<Request> requests{};
    QList<QStringList> requestRoutes{}; // the route keys of requests[i]
    QList<quint64> requestSerials{};    // to fill in requests[i].status once answered
    quint64 serial = 0;

    // '*' is a wildcard; "*" alone matches everything.
    static bool matches(const QString& route, const QStringList& keys);
    FakeGitHubFault takeFault(const QStringList& keys);
};

} // namespace shiftdesk::fake
