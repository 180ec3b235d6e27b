#include "DemoWorkspace.h"

#include "FakeAlerts.h"
#include "FakeGitHub.h"
#include "FakeSlack.h"
#include "checklist/ChecklistModel.h"
#include "checklist/ChecklistService.h"
#include "core/Settings.h"
#include "github/GitHubConnection.h"
#include "secrets/SecretStore.h"
#include "shift/CoverModel.h"
#include "slack/SlackConnection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <iterator>

namespace shiftdesk {

namespace {

const QString kBotToken = QStringLiteral("xoxb-demo-workspace");
const QString kAppToken = QStringLiteral("xapp-demo-workspace");
const QString kGitHubToken = QStringLiteral("ghp_demo_workspace");
const QString kRepo = QStringLiteral("ministryofjustice/cloud-platform");

QString tsAt(const QDateTime& at, int n)
{
    return QString::number(at.toSecsSinceEpoch()) +
           QStringLiteral(".%1").arg(n, 6, 10, QLatin1Char('0'));
}

QJsonObject person(const char* id, const char* name, const char* realName)
{
    return {{QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("name"), QString::fromLatin1(name)},
            {QStringLiteral("real_name"), QString::fromUtf8(realName)},
            {QStringLiteral("profile"),
             QJsonObject{{QStringLiteral("display_name"), QString::fromUtf8(realName)},
                         {QStringLiteral("real_name"), QString::fromUtf8(realName)}}}};
}

QJsonObject said(const char* user, const QString& text, const QString& ts)
{
    return {{QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("user"), QString::fromLatin1(user)},
            {QStringLiteral("text"), text},
            {QStringLiteral("ts"), ts}};
}

struct Question
{
    const char* user;
    const char* text;
};

// What the day brings after start(), in order, then again from the top.
const Question kArriving[] = {
    {"U0DEMOTOM", "Is anyone else seeing `502 Bad Gateway` from the *laa-apply* ingress?"},
    {"U0DEMOLEE", "How do I rotate the RDS password for `opg-lpa` without downtime?"},
    {"U0DEMOAMI", "Our CircleCI deploy to *live* fails with `Unauthorized`: did the token "
                  "expire? :thinking_face:"},
    {"U0DEMOKIM", "Could someone review my PR adding a namespace for the new probation "
                  "service? <https://github.com/ministryofjustice/cloud-platform-environments/"
                  "pull/1234|#1234>"},
};

} // namespace

DemoWorkspace::DemoWorkspace(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(40000);
    connect(&m_timer, &QTimer::timeout, this, &DemoWorkspace::advance);
}

DemoWorkspace::~DemoWorkspace() = default;

QString DemoWorkspace::bannerText()
{
    return tr("Demo workspace: a made-up support day on a fake Slack and GitHub inside this "
              "app. Nothing you do here leaves your computer, and your own settings and tokens "
              "are not used.");
}

void DemoWorkspace::setPace(int msec)
{
    m_timer.stop();
    if (msec > 0) {
        m_timer.setInterval(msec);
        m_timer.start();
    }
}

bool DemoWorkspace::start(Settings& settings, SecretStore& secrets, const QDateTime& now,
                          QString* error)
{
    m_slack = std::make_unique<fake::FakeSlack>();
    m_github = std::make_unique<fake::FakeGitHub>();
    if (!m_slack->start() || !m_github->start()) {
        if (error)
            *error = tr("The demo workspace cannot listen on 127.0.0.1.");
        return false;
    }
    seedSlack(now);
    seedGitHub(now);

    SlackConfig slack = settings.slackConfig();
    slack.apiBase = m_slack->apiBaseUrl();
    settings.setSlackConfig(slack);
    GitHubConfig github = settings.gitHubConfig();
    github.apiBase = m_github->apiBaseUrl();
    github.webBase = m_github->webBaseUrl();
    settings.setGitHubConfig(github);
    SupportConfig support = settings.supportConfig();
    support.teamMembers = {QStringLiteral("U0DEMOPRI"), QStringLiteral("U0DEMOSAM"),
                           QStringLiteral("U0DEMOJO")};
    settings.setSupportConfig(support);
    settings.setIdentity(tr("Robin (you)")); // the name ticks are recorded with

    const auto ignore = [](const SecretStore::Result&) {};
    secrets.write(SlackConnection::kBotTokenKey, kBotToken, this, ignore);
    secrets.write(SlackConnection::kAppTokenKey, kAppToken, this, ignore);
    secrets.write(GitHubConnection::kTokenKey, kGitHubToken, this, ignore);
    m_timer.start();
    return true;
}

void DemoWorkspace::seedChecklist(ChecklistService& checklist)
{
    ChecklistModel* today = checklist.todayModel();
    const QStringList done = {QStringLiteral("check-alarm-channels"),
                              QStringLiteral("check-unassigned-requests"),
                              QStringLiteral("nominate-cover")};
    for (const QString& id : done) {
        if (today->isDone(id))
            return; // already seeded
    }
    for (const QString& id : done)
        today->setItemDone(id, true);
    CoverModel* cover = checklist.coverModel();
    const QStringList people = {tr("Robin (you)"), tr("Sam (lunch cover)"), tr("Priya")};
    for (int row = 0; row < cover->rowCount() && row < people.size(); ++row)
        cover->setData(cover->index(row, CoverModel::PersonColumn), people[row]);
}

void DemoWorkspace::seedSlack(const QDateTime& now)
{
    fake::FakeSlack& s = *m_slack;
    s.setBotToken(kBotToken);
    s.setAppToken(kAppToken);
    s.setTeam(QStringLiteral("T0DEMO"), tr("Demo Team"), QStringLiteral("https://demo.slack.com/"));
    s.setBotIdentity(kYou, QStringLiteral("B0DEMOYOU"), QStringLiteral("you"));
    s.addChannel(kHighChannel, QStringLiteral("high-priority-alarms"));
    s.addChannel(kLowChannel, QStringLiteral("low-priority-alarms"));
    s.addChannel(kSupportChannel, QStringLiteral("ask-cloud-platform"));
    s.addChannel(kTeamChannel, QStringLiteral("cloud-platform"));
    s.addUser(person("U0DEMOYOU", "you", "You"));
    s.addUser(person("U0DEMOPRI", "priya", "Priya"));
    s.addUser(person("U0DEMOSAM", "sam", "Sam"));
    s.addUser(person("U0DEMOJO", "jo", "Jo (on call)"));
    s.addUser(person("U0DEMOTOM", "tom", "Tom (LAA)"));
    s.addUser(person("U0DEMOAMI", "amina", "Amina (HMPPS)"));
    s.addUser(person("U0DEMOLEE", "lee", "Lee (OPG)"));
    s.addUser(person("U0DEMOKIM", "kim", "Kim (Probation)"));

    // Alarms over the last day, overnight included: pairs that fired and resolved, and some
    // still firing.
    struct Alarm
    {
        const QString& channel;
        const char* name;
        const char* severity;
        const char* instance;
        int firedMinutesAgo;
        int resolvedMinutesAgo; // -1: still firing
    };
    const Alarm alarms[] = {
        {kHighChannel, "KubeApiServerDown", "critical", "api.live.cloud-platform", 13 * 60,
         12 * 60 + 43},
        {kLowChannel, "CertificateExpiringSoon", "warning", "ingress-default", 16 * 60, -1},
        {kLowChannel, "Node-Disk-Space-Low", "warning", "172.20.101.17:9100", 5 * 60, 4 * 60},
        {kLowChannel, "KubePodCrashLooping", "warning", "monitoring/prometheus-0", 150, -1},
        {kLowChannel, "RdsCpuHigh", "warning", "laa-apply-prod", 95, 40},
        {kHighChannel, "IngressErrorRateHigh", "critical", "nginx-ingress-live", 35, -1},
    };
    int n = 0;
    for (const Alarm& a : alarms) {
        QJsonObject fired = fake::alertmanagerPost(QString::fromLatin1(a.name), true,
                                                   QString::fromLatin1(a.severity),
                                                   QString::fromLatin1(a.instance));
        fired.insert(QStringLiteral("ts"), tsAt(now.addSecs(-60LL * a.firedMinutesAgo), ++n));
        s.postMessage(a.channel, fired);
        if (a.resolvedMinutesAgo >= 0) {
            QJsonObject resolved = fake::alertmanagerPost(QString::fromLatin1(a.name), false,
                                                          QString::fromLatin1(a.severity),
                                                          QString::fromLatin1(a.instance));
            resolved.insert(QStringLiteral("ts"),
                            tsAt(now.addSecs(-60LL * a.resolvedMinutesAgo), ++n));
            s.postMessage(a.channel, resolved);
        }
    }

    // The support channel this morning.
    const auto ask = [&](const char* user, const char* text, int minutesAgo,
                         const QStringList& eyes = {}) {
        QJsonObject m =
            said(user, QString::fromUtf8(text), tsAt(now.addSecs(-60LL * minutesAgo), 100));
        if (!eyes.isEmpty())
            m.insert(
                QStringLiteral("reactions"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("eyes")},
                                       {QStringLiteral("users"), QJsonArray::fromStringList(eyes)},
                                       {QStringLiteral("count"), int(eyes.size())}}});
        return s.postMessage(kSupportChannel, m);
    };
    const auto reply = [&](const QString& thread, const char* user, const char* text,
                           int minutesAgo) {
        s.postReply(
            kSupportChannel, thread,
            said(user, QString::fromUtf8(text), tsAt(now.addSecs(-60LL * minutesAgo), 200)));
    };
    const QString rds = ask("U0DEMOTOM",
                            "Morning! Our *laa-apply* pods can't reach RDS since about 9:30, "
                            "`connection timed out` on 5432. Did something change?",
                            150);
    reply(rds, "U0DEMOPRI", "Looking: the security group was tightened in last night's change.",
          140);
    const QString ns = ask("U0DEMOAMI",
                           "Could we get a new namespace for HMPPS Book a Video Link? Happy to "
                           "raise a ticket if that is easier.",
                           120);
    reply(ns, "U0DEMOSAM",
          "Thanks! Raised <https://github.com/ministryofjustice/cloud-platform/issues/5120|#5120> "
          "for it.",
          110);
    ask("U0DEMOLEE",
        "Is there a way to get read-only access to the *opg-lpa* Grafana dashboards for our new "
        "starter?",
        31, {QStringLiteral("U0DEMOJO")});
    m_openQuestions << ask("U0DEMOKIM",
                           "Quick one: what's the recommended way to rotate an IRSA role's trust "
                           "policy without downtime?",
                           22);
    m_openQuestions << ask("U0DEMOTOM",
                           "Also seeing `ImagePullBackOff` for the cica-apply worker, ECR says "
                           "_denied: not authorized_ :thinking_face:",
                           9);

    // On-call's handover this morning, in the team channel.
    s.postMessage(
        kTeamChannel,
        said("U0DEMOJO",
             QStringLiteral("*Handover from on-call*\n• *KubeApiServerDown* on live overnight: a "
                            "control-plane node was replaced by the ASG, resolved itself after "
                            "17 minutes. I opened <https://github.com/ministryofjustice/"
                            "cloud-platform/issues/5121|#5121> to find out why the node "
                            "failed.\n• *CertificateExpiringSoon* is still firing: the renewal "
                            "job is queued behind today's Postgres upgrade.\n• Quiet otherwise."),
             tsAt(now.addSecs(-60LL * 11 * 60 - 600), 300)));
}

void DemoWorkspace::seedGitHub(const QDateTime& now)
{
    fake::FakeGitHub& g = *m_github;
    g.setToken(kGitHubToken, {QStringLiteral("repo"), QStringLiteral("project")});
    g.setUser(QStringLiteral("you-cp"), tr("You"));
    g.addRepository(QStringLiteral("ministryofjustice"), QStringLiteral("cloud-platform"));
    QFile support(QStringLiteral(":/demo/cloud-platform-support-request.md"));
    if (support.open(QIODevice::ReadOnly))
        g.addFile(kRepo, QStringLiteral(".github/ISSUE_TEMPLATE/cloud-platform-support-request.md"),
                  support.readAll());
    const QString project =
        g.addProject(QStringLiteral("ministryofjustice"), 65, QStringLiteral("Cloud Platform"),
                     {QStringLiteral("Todo"), QStringLiteral("In Progress"),
                      QStringLiteral("Review"), QStringLiteral("Blocked"), QStringLiteral("Done")});
    struct Ticket
    {
        const char* title;
        const char* status;
        const char* assignee;
        int hoursAgo;
    };
    const Ticket tickets[] = {
        {"Cannot reach RDS from the laa-apply namespace", "Todo", "", 3},
        {"Request a new namespace for HMPPS Book a Video Link", "Todo", "", 2},
        {"Grafana read-only access for an OPG starter", "Todo", "", 20},
        {"Raise the pod quota for prisoner-content-hub", "Todo", "sam-cp", 30},
        {"S3 bucket policy for the court-store uploads", "Todo", "", 44},
        {"Add a CNAME for apply-for-legal-aid.service.gov.uk", "Todo", "priya-cp", 70},
        {"ECR push denied for the cica-apply pipeline", "In Progress", "priya-cp", 50},
        {"Ingress returns 502 after the cert rotation", "In Progress", "jo-cp", 8},
        {"Move the probation search cluster to OpenSearch 2", "In Progress", "sam-cp", 96},
        {"Why did a control-plane node fail overnight?", "In Progress", "jo-cp", 10},
        {"Postgres upgrade for CLA, MPS and PVB", "In Progress", "priya-cp", 120},
        {"Add an OpenSearch domain for the probation search", "Review", "sam-cp", 120},
        {"IRSA for the court-store service account", "Review", "you-cp", 60},
        {"Namespace for the visit-someone-in-prison beta", "Review", "jo-cp", 140},
        {"Route53 zone delegation for a justice.gov.uk subdomain", "Blocked", "jo-cp", 200},
        {"Cross-account access for the analytical platform", "Blocked", "", 260},
        {"Grafana dashboard access for the laa team", "Done", "priya-cp", 300},
        {"Enable IRSA for the court-store service account", "Done", "sam-cp", 400},
        {"Increase the ECR lifecycle limit for hmpps-book-secure-move", "Done", "you-cp", 420},
        {"New namespace for the OPG refunds service", "Done", "jo-cp", 500},
        {"Pingdom check for the LAA portal", "Done", "sam-cp", 520},
        {"Elasticache for the prison-visits cache", "Done", "priya-cp", 600},
        {"Delete the old cica-apply staging namespace", "Done", "you-cp", 640},
        {"Rotate the CircleCI deploy token for the HMPPS pipelines", "Done", "jo-cp", 700},
        {"Renew the wildcard certificate for *.apps.live", "Done", "sam-cp", 720},
        {"VPN access for the new LAA supplier", "Done", "priya-cp", 760},
        {"Reserve IPs for the DOM1 allow-list", "Done", "jo-cp", 800},
        {"Audit log export for the OPG security review", "Done", "sam-cp", 840},
        {"SNS topic for the court-case notifications", "Done", "you-cp", 900},
        {"Namespace quota review for Q4", "Done", "priya-cp", 950},
    };
    for (const Ticket& t : tickets) {
        QJsonArray who;
        if (*t.assignee)
            who << QString::fromLatin1(t.assignee);
        const qint64 number = g.addIssue(
            kRepo,
            QJsonObject{{QStringLiteral("title"), QString::fromUtf8(t.title)},
                        {QStringLiteral("labels"), QJsonArray{QStringLiteral("support-request")}},
                        {QStringLiteral("assignees"), who},
                        {QStringLiteral("created_at"),
                         now.addSecs(-3600LL * t.hoursAgo).toString(Qt::ISODate)}});
        g.addProjectItem(project, kRepo, number, QString::fromLatin1(t.status));
    }
}

void DemoWorkspace::advance()
{
    if (!m_slack)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int step = m_step++;
    switch (step % 4) {
    case 0: { // someone asks
        const Question& q = kArriving[(step / 4) % std::size(kArriving)];
        m_openQuestions << m_slack->postMessage(
            kSupportChannel, said(q.user, QString::fromUtf8(q.text), tsAt(now, 100)));
        Q_EMIT happened(tr("A new question in #ask-cloud-platform"));
        break;
    }
    case 1: { // an alarm fires
        m_slack->postMessage(kLowChannel,
                             fake::alertmanagerPost(QStringLiteral("PodMemoryHigh"), true,
                                                    QStringLiteral("warning"),
                                                    QStringLiteral("laa-apply/worker")));
        Q_EMIT happened(tr("An alarm fired in #low-priority-alarms"));
        break;
    }
    case 2: { // a teammate answers the oldest open question
        if (!m_openQuestions.isEmpty())
            m_slack->postReply(kSupportChannel, m_openQuestions.takeFirst(),
                               said("U0DEMOSAM",
                                    tr("Have a look at the user guide's page on this; "
                                       "I'll follow up in a minute."),
                                    tsAt(now, 200)));
        Q_EMIT happened(tr("Sam answered a question"));
        break;
    }
    default: { // and resolves
        m_slack->postMessage(kLowChannel,
                             fake::alertmanagerPost(QStringLiteral("PodMemoryHigh"), false,
                                                    QStringLiteral("warning"),
                                                    QStringLiteral("laa-apply/worker")));
        Q_EMIT happened(tr("An alarm resolved in #low-priority-alarms"));
        break;
    }
    }
}

} // namespace shiftdesk
