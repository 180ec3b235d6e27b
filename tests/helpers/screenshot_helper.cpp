// Renders the real main window in a reproducible state (a fixed clock and a seeded profile in a
// temporary folder) and saves PNGs for the README. Run it through scripts/screenshots, which
// starts it under Xvfb.   screenshot_helper OUTPUT_DIR
#include "AlarmFixtures.h"
#include "FakeClock.h"
#include "FakeGitHub.h"
#include "FakeSlack.h"
#include "alarms/AlarmFeed.h"
#include "alarms/AlarmsPage.h"
#include "announce/AnnounceService.h"
#include "board/BoardService.h"
#include "checklist/ChecklistService.h"
#include "core/Database.h"
#include "core/Profile.h"
#include "core/Settings.h"
#include "github/GitHubConnection.h"
#include "secrets/KeychainSecretStore.h"
#include "shell/MainWindow.h"
#include "slack/SlackConnection.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QJsonArray>
#include <QListView>
#include <QNetworkAccessManager>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace shiftdesk;
using namespace shiftdesk::test;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/shiftdesk.svg")));
    const QStringList args = QApplication::arguments();
    const QString outDir = args.value(1, QStringLiteral("."));
    QDir().mkpath(outDir);

    QTemporaryDir home;
    const Profile profile(QStringLiteral("screenshots"), home.filePath(QStringLiteral("config")),
                          home.filePath(QStringLiteral("data")));
    QString error;
    if (!profile.ensureExists(&error))
        return 1;
    Settings settings(profile.settingsFile());
    Database database(profile.databaseFile());
    if (!database.open(&error))
        return 1;

    // Yesterday, mostly done by Priya.
    FakeClock clock(london(2026, 11, 26, 9, 4));
    ChecklistService service(database, settings, clock);
    if (!service.start(&error))
        return 1;
    settings.setIdentity(QStringLiteral("Priya"));
    const QStringList yesterday = {
        QStringLiteral("check-alarm-channels"), QStringLiteral("check-unassigned-requests"),
        QStringLiteral("on-call-handover"),     QStringLiteral("read-support-channel"),
        QStringLiteral("nominate-cover"),       QStringLiteral("field-support-requests"),
        QStringLiteral("monitor-alarms"),       QStringLiteral("triage-new-requests"),
        QStringLiteral("manage-incidents"),     QStringLiteral("handover-to-on-call")};
    for (const QString& id : yesterday) {
        clock.advance(7 * 60);
        service.todayModel()->setItemDone(id, true);
    }

    // Today, late morning.
    clock.set(london(2026, 11, 27, 9, 2));
    settings.setIdentity(QStringLiteral("Robin"));
    for (const QString& id :
         {QStringLiteral("check-alarm-channels"), QStringLiteral("check-unassigned-requests"),
          QStringLiteral("on-call-handover"), QStringLiteral("nominate-cover")}) {
        clock.advance(6 * 60);
        service.todayModel()->setItemDone(id, true);
    }
    CoverModel* cover = service.coverModel();
    cover->setData(cover->index(0, CoverModel::PersonColumn), QStringLiteral("Robin"));
    cover->setData(cover->index(1, CoverModel::PersonColumn), QStringLiteral("Sam (lunch cover)"));
    cover->setData(cover->index(2, CoverModel::PersonColumn), QStringLiteral("Priya"));
    clock.set(london(2026, 11, 27, 11, 20));

    // A fake Slack with a morning's alarms (alarm times are real: the fake stamps them now).
    fake::FakeSlack slack;
    if (!slack.start())
        return 1;
    slack.addChannel(QStringLiteral("C0HIGH"), QStringLiteral("high-priority-alarms"));
    slack.addChannel(QStringLiteral("C0LOW"), QStringLiteral("low-priority-alarms"));
    slack.addChannel(QStringLiteral("C0ASK"), QStringLiteral("ask-cloud-platform"));
    slack.addUser({{QStringLiteral("id"), QStringLiteral("U0PRIYA")},
                   {QStringLiteral("name"), QStringLiteral("priya")},
                   {QStringLiteral("profile"),
                    QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Priya")}}}});
    auto post = [&slack](const char* channel, const char* name, bool firing, const char* severity,
                         const char* instance) {
        slack.postMessage(QString::fromLatin1(channel),
                          alertmanagerPost(QString::fromLatin1(name), firing,
                                           QString::fromLatin1(severity),
                                           QString::fromLatin1(instance)));
    };
    post("C0LOW", "Node-Disk-Space-Low", true, "warning", "172.20.101.17:9100");
    post("C0LOW", "KubePodCrashLooping", true, "warning", "kube-state-metrics");
    post("C0LOW", "Node-Disk-Space-Low", false, "warning", "172.20.101.17:9100");
    post("C0LOW", "CertificateExpiringSoon", true, "warning", "ingress-default");
    QJsonObject looked = alertmanagerPost(QStringLiteral("RdsCpuHigh"), true,
                                          QStringLiteral("warning"), QStringLiteral("prod-db-1"));
    looked.insert(
        QStringLiteral("reactions"),
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("eyes")},
                               {QStringLiteral("users"), QJsonArray{QStringLiteral("U0PRIYA")}},
                               {QStringLiteral("count"), 1}}});
    slack.postMessage(QStringLiteral("C0LOW"), looked);
    post("C0HIGH", "KubeApiServerDown", true, "critical", "api.live.cloud-platform");

    SlackConfig slackConfig = settings.slackConfig();
    slackConfig.apiBase = slack.apiBaseUrl();
    settings.setSlackConfig(slackConfig);
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    secrets.write(SlackConnection::kBotTokenKey, QStringLiteral("xoxb-test-token"), &secrets,
                  [](const SecretStore::Result&) {});
    secrets.write(SlackConnection::kAppTokenKey, QStringLiteral("xapp-test-token"), &secrets,
                  [](const SecretStore::Result&) {});
    SystemClock realClock;
    SlackConnection connection(&settings, &secrets, &network);
    AlarmFeed alarms(database, settings, realClock, &connection);
    alarms.start(&error);

    // The support board: the team's project with a realistic spread of requests.
    fake::FakeGitHub github;
    if (!github.start())
        return 1;
    github.setToken(QStringLiteral("ghp_test"),
                    {QStringLiteral("repo"), QStringLiteral("project")});
    github.setUser(QStringLiteral("priya-cp"));
    const QString repo = QStringLiteral("ministryofjustice/cloud-platform");
    github.addRepository(QStringLiteral("ministryofjustice"), QStringLiteral("cloud-platform"));
    const QString project = github.addProject(
        QStringLiteral("ministryofjustice"), 65, QStringLiteral("Cloud Platform"),
        {QStringLiteral("Todo"), QStringLiteral("In Progress"), QStringLiteral("Review"),
         QStringLiteral("Blocked"), QStringLiteral("Done")});
    struct Seed
    {
        const char* title;
        const char* status;
        const char* assignee;
        const char* extraLabel;
        int hoursAgo;
    };
    const Seed seeds[] = {
        {"Cannot reach RDS from the laa-apply namespace", "Todo", "", "", 3},
        {"Request a new namespace for HMPPS Book a Video Link", "Todo", "", "", 20},
        {"Raise the pod quota for prisoner-content-hub", "Todo", "sam-cp", "", 30},
        {"ECR push denied for the cica-apply pipeline", "In Progress", "priya-cp", "", 50},
        {"Ingress returns 502 after the cert rotation", "In Progress", "jo-cp", "hammer", 8},
        {"Add an OpenSearch domain for the probation search", "Review", "sam-cp", "", 120},
        {"Route53 zone delegation for justice.gov.uk subdomain", "Blocked", "jo-cp", "", 200},
        {"Grafana dashboard access for the laa team", "Done", "priya-cp", "", 300},
        {"Enable IRSA for the court-store service account", "Done", "sam-cp", "", 400},
    };
    for (const Seed& seed : seeds) {
        QJsonArray labels{QStringLiteral("support-request")};
        if (*seed.extraLabel)
            labels << QString::fromUtf8(seed.extraLabel);
        QJsonArray who;
        if (*seed.assignee)
            who << QString::fromUtf8(seed.assignee);
        const qint64 n = github.addIssue(
            repo, QJsonObject{{QStringLiteral("title"), QString::fromUtf8(seed.title)},
                              {QStringLiteral("labels"), labels},
                              {QStringLiteral("assignees"), who},
                              {QStringLiteral("created_at"), london(2026, 11, 27, 11, 20)
                                                                 .addSecs(-3600 * seed.hoursAgo)
                                                                 .toString(Qt::ISODate)}});
        github.addProjectItem(project, repo, n, QString::fromUtf8(seed.status));
    }
    GitHubConfig ghConfig = settings.gitHubConfig();
    ghConfig.apiBase = github.apiBaseUrl();
    ghConfig.webBase = github.webBaseUrl();
    settings.setGitHubConfig(ghConfig);
    secrets.write(GitHubConnection::kTokenKey, QStringLiteral("ghp_test"), &secrets,
                  [](const SecretStore::Result&) {});
    GitHubConnection githubConnection(&settings, &secrets, &network);
    BoardService board(settings, clock, &githubConnection);

    // Announcements: planned work with two promised updates, an incident whose 11AM update is
    // overdue, and the update being written (with a Markdown habit the lint catches).
    AnnounceService announce(database, settings, clock, &connection,
                             home.filePath(QStringLiteral("announce-templates.json")));
    Announcement maintenance;
    maintenance.channelId = QStringLiteral("C0ASK");
    maintenance.channelName = QStringLiteral("ask-cloud-platform");
    maintenance.ts = QStringLiteral("1795772400.000100");
    maintenance.permalink =
        QStringLiteral("https://example.slack.com/archives/C0ASK/p1795772400000100");
    maintenance.templateId = QStringLiteral("planned-maintenance");
    maintenance.text = QStringLiteral(
        ":loudspeaker: *ANNOUNCEMENT: planned maintenance*\nAs agreed with the relevant teams, the "
        "Cloud Platform team will be upgrading Postgres from 9.2 to 9.6 on the CLA, Moving People "
        "Safely and Prison Visits Booking RDS instances in production today.\n\nWe will be doing "
        "this work between 10AM and 3PM, we will update at 1PM and 3PM to say how it is going.");
    maintenance.postedAt = london(2026, 11, 27, 9, 41);
    announce.store().recordAnnouncement(
        maintenance, {london(2026, 11, 27, 13, 0), london(2026, 11, 27, 15, 0)}, 0);
    Announcement incident = maintenance;
    incident.ts = QStringLiteral("1795775700.000200");
    incident.permalink =
        QStringLiteral("https://example.slack.com/archives/C0ASK/p1795775700000200");
    incident.templateId = QStringLiteral("incident");
    incident.text = QStringLiteral(
        ":rotating_light: *ANNOUNCEMENT: incident in progress*\nI am declaring an incident "
        "because Jenkins is not responding. The impact is that no one can run builds or "
        "deployments.\nServices affected: Jenkins (production).\nWe are working on it and will "
        "update at 11AM to say how it is going.");
    incident.postedAt = london(2026, 11, 27, 10, 35);
    announce.store().recordAnnouncement(incident, {london(2026, 11, 27, 11, 0)}, 0);
    announce.start(&error);
    if (const qint64 draftId = announce.updateDraftFor(incident.id)) {
        if (auto draft = announce.store().draft(draftId)) {
            draft->text = QStringLiteral(
                "*UPDATE:* Jenkins is back for most teams: the controller ran out of disk and we "
                "have cleared old build logs. Builds queued since 10:20 are running now.\n"
                "**Still to do:** add a disk-space alarm for the controller.\n\nWe will update "
                "again at 12PM.");
            announce.saveDraft(*draft);
        }
    }

    MainWindow window(
        {&settings, &clock, &service, &connection, &alarms, &announce, &githubConnection, &board});
    window.resize(1180, 760);
    window.show();
    connection.start();
    githubConnection.start();
    board.start();
    QElapsedTimer waited;
    waited.start();
    while (alarms.model()->rowCount() < 5 && waited.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    // One more live alarm after the first sync, so the feed shows something unread.
    slack.postMessage(QStringLiteral("C0LOW"),
                      alertmanagerPost(QStringLiteral("IngressLatencyHigh"), true,
                                       QStringLiteral("warning"), QStringLiteral("nginx-ingress")));
    while (alarms.model()->rowCount() < 6 && waited.elapsed() < 15000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    while (board.model()->rowCount() < 9 && waited.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (QListView* feed = window.alarmsPage()->feedView()) {
        const QModelIndex second = feed->model()->index(1, 0);
        feed->setCurrentIndex(second);
    }

    int failures = 0;
    QTimer::singleShot(500, &window, [&]() {
        const QStringList names = {QStringLiteral("checklist"), QStringLiteral("alarms"),
                                   QStringLiteral("board"), QStringLiteral("announce")};
        for (int i = 0; i < names.size(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QApplication::processEvents();
            const QString path = outDir + QStringLiteral("/") + names[i] + QStringLiteral(".png");
            if (!window.grab().save(path))
                ++failures;
            else
                std::printf("%s\n", qPrintable(path));
        }
        QApplication::quit();
    });
    QApplication::exec();
    return failures == 0 ? 0 : 1;
}
