#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace shiftdesk {

class ChecklistService;
class SecretStore;
class Settings;

namespace fake {
class FakeGitHub;
class FakeSlack;
} // namespace fake

// The demo workspace (shiftdesk --demo): the fake Slack and GitHub from the tests, started in
// this process on 127.0.0.1 and seeded with a support day around `now` — alarms that fired and
// resolved in both alarm channels (overnight too), questions in the support channel in every
// state, last night's handover from on-call, and a board of about 30 tickets. After start() the
// day goes on: every little while a new question, a reply or an alarm arrives.
// Nothing leaves the machine: the settings point at the fakes and the tokens are theirs.
class DemoWorkspace : public QObject
{
    Q_OBJECT
public:
    explicit DemoWorkspace(QObject* parent = nullptr);
    ~DemoWorkspace() override;

    // Starts the servers, seeds them, points `settings` at them and puts their tokens in
    // `secrets` (give it a memory store: never the real keychain). False with *error if a
    // server cannot listen.
    bool start(Settings& settings, SecretStore& secrets, const QDateTime& now, QString* error);

    // The morning so far on the checklist: the first checks ticked and the cover rota filled
    // (only into a day nobody has ticked yet, so a restart adds nothing).
    static void seedChecklist(ChecklistService& checklist);

    // How often the day moves on (default 40 s; 0 stops it).
    void setPace(int msec);
    // The next scripted event, at once (also what the timer does).
    void advance();

    fake::FakeSlack* slack() const { return m_slack.get(); }
    fake::FakeGitHub* github() const { return m_github.get(); }

    static QString bannerText();

    static inline const QString kSupportChannel = QStringLiteral("C0DEMOASK");
    static inline const QString kHighChannel = QStringLiteral("C0DEMOHIGH");
    static inline const QString kLowChannel = QStringLiteral("C0DEMOLOW");
    static inline const QString kTeamChannel = QStringLiteral("C0DEMOTEAM");
    static inline const QString kYou = QStringLiteral("U0DEMOYOU");

Q_SIGNALS:
    void happened(const QString& what);

private:
    void seedSlack(const QDateTime& now);
    void seedGitHub(const QDateTime& now);

    std::unique_ptr<fake::FakeSlack> m_slack;
    std::unique_ptr<fake::FakeGitHub> m_github;
    QTimer m_timer;
    int m_step = 0;
    QStringList m_openQuestions; // ts of questions the script may answer later
};

} // namespace shiftdesk
