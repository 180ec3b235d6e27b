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
#include "announce/MrkdwnPreview.h"
#include "board/BoardService.h"
#include "checklist/ChecklistService.h"
#include "core/Database.h"
#include "core/Profile.h"
#include "core/Settings.h"
#include "github/GitHubConnection.h"
#include "handover/HandoverPage.h"
#include "handover/HandoverService.h"
#include "secrets/KeychainSecretStore.h"
#include "shell/MainWindow.h"
#include "slack/SlackConnection.h"
#include "support/SupportFeed.h"
#include "support/SupportPage.h"

#include <QApplication>
#include <QComboBox>
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

    // The support channel: questions from the morning in every state, and last night's handover.
    const auto tsAt = [](const QDateTime& at, int n) -> QString {
        return QString::number(at.toSecsSinceEpoch()) +
               QStringLiteral(".%1").arg(n, 6, 10, QLatin1Char('0'));
    };
    const auto person = [&slack](const char* id, const char* name) {
        slack.addUser({{QStringLiteral("id"), QString::fromLatin1(id)},
                       {QStringLiteral("name"), QString::fromLatin1(name).toLower()},
                       {QStringLiteral("profile"),
                        QJsonObject{{QStringLiteral("display_name"), QString::fromLatin1(name)}}}});
    };
    person("U0ROBIN", "Robin");
    person("U0SAM", "Sam");
    person("U0AMINA", "Amina (HMPPS)");
    person("U0TOM", "Tom (LAA)");
    person("U0LEE", "Lee (OPG)");
    person("U0JO", "Jo");
    SupportConfig supportConfig = settings.supportConfig();
    supportConfig.teamMembers = {QStringLiteral("U0PRIYA"), QStringLiteral("U0SAM"),
                                 QStringLiteral("U0JO")};
    settings.setSupportConfig(supportConfig);
    const auto ask = [&](const char* user, const char* text, int minutesAgo,
                         const QStringList& eyes = {}) {
        QJsonObject m{{QStringLiteral("type"), QStringLiteral("message")},
                      {QStringLiteral("user"), QString::fromLatin1(user)},
                      {QStringLiteral("text"), QString::fromUtf8(text)},
                      {QStringLiteral("ts"), tsAt(clock.now().addSecs(-60 * minutesAgo), 100)}};
        if (!eyes.isEmpty())
            m.insert(
                QStringLiteral("reactions"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("eyes")},
                                       {QStringLiteral("users"), QJsonArray::fromStringList(eyes)},
                                       {QStringLiteral("count"), int(eyes.size())}}});
        return slack.postMessage(QStringLiteral("C0ASK"), m);
    };
    const auto answer = [&](const QString& thread, const char* user, const char* text,
                            int minutesAgo) {
        slack.postReply(
            QStringLiteral("C0ASK"), thread,
            QJsonObject{{QStringLiteral("user"), QString::fromLatin1(user)},
                        {QStringLiteral("text"), QString::fromUtf8(text)},
                        {QStringLiteral("ts"), tsAt(clock.now().addSecs(-60 * minutesAgo), 200)}});
    };
    const QString rds = ask("U0TOM",
                            "Morning! Our *laa-apply* pods can't reach RDS since about 9:30, "
                            "`connection timed out` on 5432. Did something change?",
                            95);
    answer(rds, "U0PRIYA", "Looking: the security group was tightened in last night's change.", 80);
    const QString ns = ask("U0AMINA",
                           "Could we get a new namespace for HMPPS Book a Video Link? Happy to "
                           "raise a ticket if that is easier.",
                           70);
    answer(ns, "U0SAM",
           "Thanks! Raised <https://github.com/ministryofjustice/cloud-platform/issues/5120|#5120> "
           "for it.",
           60);
    ask("U0LEE",
        "Is there a way to get read-only access to the *opg-lpa* Grafana dashboards "
        "for our new starter?",
        31, {QStringLiteral("U0JO")});
    ask("U0ROBIN",
        "Quick one: what's the recommended way to rotate an IRSA role's trust policy "
        "without downtime?",
        22);
    ask("U0TOM",
        "Also seeing `ImagePullBackOff` for the cica-apply worker, ECR says "
        "_denied: not authorized_ :thinking_face:",
        9);
    SupportFeed support(database, settings, clock, &connection);

    // Overnight: on-call's handover this morning in the team channel, and alarms out of hours.
    slack.addChannel(QStringLiteral("C0TEAM"), QStringLiteral("cloud-platform"));
    slack.postMessage(
        QStringLiteral("C0TEAM"),
        QJsonObject{
            {QStringLiteral("user"), QStringLiteral("U0JO")},
            {QStringLiteral("ts"), tsAt(london(2026, 11, 27, 8, 47), 300)},
            {QStringLiteral("text"),
             QStringLiteral("*Handover from on-call* (Friday 27 November)\n• 02:14 "
                            "*KubeApiServerDown* on live: one control-plane node was replaced by "
                            "the ASG, resolved itself at 02:31. Nothing for us to do, I have "
                            "opened <https://github.com/ministryofjustice/cloud-platform/issues/"
                            "5121|#5121> to find out why the node failed.\n• "
                            "*CertificateExpiringSoon* is still firing: the renewal job is "
                            "queued behind the Postgres upgrade today.\n• Quiet otherwise.")}});
    const auto overnight = [&](const char* channel, const char* name, bool firing,
                               const char* severity, const QDateTime& at) {
        QJsonObject m =
            alertmanagerPost(QString::fromLatin1(name), firing, QString::fromLatin1(severity),
                             QStringLiteral("api.live.cloud-platform"));
        m.insert(QStringLiteral("ts"), tsAt(at, 400));
        slack.postMessage(QString::fromLatin1(channel), m);
    };
    overnight("C0HIGH", "KubeApiServerDown", true, "critical", london(2026, 11, 27, 2, 14));
    overnight("C0HIGH", "KubeApiServerDown", false, "critical", london(2026, 11, 27, 2, 31));
    overnight("C0LOW", "CertificateExpiringSoon", true, "warning", london(2026, 11, 26, 23, 40));
    HandoverService handover(database, settings, clock, &connection, &service, &alarms, &announce,
                             &board);
    handover.setSupportSource([&support]() { return support.unanswered(); });

    MainWindow window({&settings, &clock, &service, &connection, &alarms, &announce,
                       &githubConnection, &board, &support, &handover});
    window.resize(1180, 760);
    window.show();
    handover.start(&error);
    support.start();
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
    while (support.model()->rowCount() < 5 && waited.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (QListView* feed = window.alarmsPage()->feedView()) {
        const QModelIndex second = feed->model()->index(1, 0);
        feed->setCurrentIndex(second);
    }

    int failures = 0;
    QTimer::singleShot(500, &window, [&]() {
        const auto shoot = [&](int tab, const QString& name) {
            window.tabs()->setCurrentIndex(tab);
            QElapsedTimer settle; // let the page lay out and paint
            settle.start();
            while (settle.elapsed() < 300)
                QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            50);
            const QString path = outDir + QStringLiteral("/") + name + QStringLiteral(".png");
            if (!window.grab().save(path))
                ++failures;
            else
                std::printf("%s\n", qPrintable(path));
        };
        shoot(MainWindow::ChecklistTab, QStringLiteral("checklist"));
        shoot(MainWindow::AlarmsTab, QStringLiteral("alarms"));
        window.supportPage()->scopeCombo()->setCurrentIndex(1); // every state
        window.supportPage()->selectRequest(rds);
        shoot(MainWindow::SupportTab, QStringLiteral("support"));
        shoot(MainWindow::BoardTab, QStringLiteral("board"));
        shoot(MainWindow::AnnounceTab, QStringLiteral("announce"));
        window.handoverPage()->showOvernight();
        QElapsedTimer reading;
        reading.start();
        while (window.handoverPage()->overnightHandover()->toPlainText().isEmpty() &&
               reading.elapsed() < 8000)
            QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        shoot(MainWindow::HandoverTab, QStringLiteral("handover-overnight"));
        window.handoverPage()->showComposer();
        shoot(MainWindow::HandoverTab, QStringLiteral("handover"));
        QApplication::quit();
    });
    QApplication::exec();
    return failures == 0 ? 0 : 1;
}
