#pragma once

#include "slack/ChannelDirectory.h"

#include "AnnounceLint.h"
#include "AnnouncePoster.h"
#include "AnnounceStore.h"
#include "AnnounceTemplate.h"
#include "PromiseReminders.h"
#include "slack/Mrkdwn.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace shiftdesk {

class AnnouncementModel;
class Clock;
class Database;
class DraftModel;
class Settings;
class SlackConnection;

// The Announce tab's core: templates, drafts (saved as they change), posting through
// AnnouncePoster (never twice), the record of announcements and their threads, and reminders
// for the update times they promised. The widgets only call this.
class AnnounceService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kReminderLeadMinutes = 10;

    // `templatesFile`: where an edited templates file is kept (absent: the built-in set).
    AnnounceService(Database& db, Settings& settings, Clock& clock, SlackConnection* slack,
                    QString templatesFile, QObject* parent = nullptr);
    ~AnnounceService() override;

    // Loads the templates and starts the reminders. Returns false with a message if the saved
    // templates file is unreadable (the built-in set is used then).
    bool start(QString* error);

    AnnounceStore& store() { return m_store; }
    DraftModel* draftModel() const { return m_drafts; }
    AnnouncementModel* announcementModel() const { return m_announcements; }
    AnnouncePoster* poster() const { return m_poster; }
    Clock& clock() const { return m_clock; }
    QTimeZone timeZone() const;

    // Templates.
    const AnnounceTemplates& templates() const { return m_templates; }
    bool importTemplates(const QByteArray& json, QString* error);
    QByteArray exportTemplates() const { return m_templates.toJson(); }
    bool resetTemplates(QString* error);
    // The same from and to a file the user picked (the file is read up to the size limit).
    bool importTemplatesFile(const QString& path, QString* error);
    bool exportTemplatesFile(const QString& path, QString* error) const;
    AnnounceTemplate::FillOptions fillOptions() const { return {}; }

    // Drafts. A new draft starts from a template (its default values filled in); an update or
    // resolution names the announcement whose thread it joins.
    // `kind` is used when the template does not exist (e.g. an imported set without one).
    qint64 newDraft(const QString& templateId, qint64 announcementId = 0,
                    AnnounceKind kind = AnnounceKind::Announcement);
    // The resolution draft for an announcement: the existing one, or a new one.
    qint64 resolutionDraftFor(qint64 announcementId);
    // Starts an update draft for an announcement (the first "update" template), or returns the
    // update draft that already exists for it.
    qint64 updateDraftFor(qint64 announcementId);
    bool saveDraft(AnnounceDraft& draft);
    bool discardDraft(qint64 id);

    // Composition: what the preview shows and the lint says, exactly as posting will send it.
    QString toWire(const QString& typed) const;
    MrkdwnContext mrkdwnContext() const;
    QList<LintIssue> lint(const QString& typed, AnnounceKind kind) const;
    QList<QDateTime> promisesIn(const QString& typed) const; // at now, team time zone

    // Where a draft will go: "#ask-cloud-platform" or "a reply in #x's thread".
    QString destination(const AnnounceDraft& draft) const;
    // Why posting is impossible right now (Slack not connected...), or empty.
    QString cannotPostReason() const;

    // Posts the draft (first looking for it in Slack if an earlier post of it was interrupted).
    // On success the announcement or reply is recorded, its promises set, the draft removed.
    void post(qint64 draftId, QObject* context, std::function<void(const PostOutcome&)> done);
    bool isPosting() const { return m_posting; }

    // Promises.
    QList<UpdatePromise> openPromises() const { return m_store.openPromises(); }
    int overdueCount() const;   // open promises past due + grace
    int attentionCount() const; // due soon, due or overdue: the tab badge

Q_SIGNALS:
    void draftsChanged();
    void announcementsChanged();
    void promisesChanged(); // open promises changed or one changed standing as time passed
    void reminderDue(const shiftdesk::PromiseReminder& reminder);
    void problem(const QString& message);
    void templatesChanged();

private:
    qint64 replyDraftFor(qint64 announcementId, AnnounceKind kind);
    void evaluateReminders();
    void scheduleReminders();
    void withChannelId(QObject* context,
                       std::function<void(const QString& id, const QString& error)> done);
    void doPost(const AnnounceDraft& draft, PostRequest request, QObject* context,
                std::function<void(const PostOutcome&)> done);
    bool record(const AnnounceDraft& draft, const PostRequest& request, const PostOutcome& out,
                QString* error);
    QSet<QString> knownTs() const;

    Database& m_db;
    Settings& m_settings;
    Clock& m_clock;
    SlackConnection* m_slack;
    QString m_templatesFile;
    AnnounceStore m_store;
    PromiseReminders m_reminders;
    AnnounceTemplates m_templates;
    DraftModel* m_drafts;
    AnnouncementModel* m_announcements;
    AnnouncePoster* m_poster = nullptr;
    ChannelDirectory m_channelIds;
    QTimer m_reminderTimer;
    bool m_posting = false;
    int m_lastAttention = -1;
};

} // namespace shiftdesk
