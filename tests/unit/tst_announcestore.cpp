// The Announce tab's persistence: drafts that survive a crash, posted announcements and their
// threads, update promises settled by replies, and promise reminders that never fire twice,
// even across restarts (driven by an injected clock).
#include "FakeClock.h"
#include "TestProfile.h"
#include "announce/AnnounceStore.h"
#include "announce/PromiseReminders.h"
#include "announce/PromiseRules.h"

#include <QTest>

#include <memory>

using namespace shiftdesk;
using namespace shiftdesk::test;

using State = UpdatePromise::State;
using Stage = AnnounceStore::ReminderStage;

namespace {
QDateTime at(int h, int mi = 0)
{
    return london(2026, 11, 27, h, mi);
}

AnnounceDraft newDraft(const QString& text, const QDateTime& when)
{
    AnnounceDraft d;
    d.templateId = QStringLiteral("incident");
    d.kind = AnnounceKind::Announcement;
    d.text = text;
    d.createdAt = when;
    d.updatedAt = when;
    return d;
}

Announcement posted(const QString& ts, const QDateTime& when)
{
    Announcement a;
    a.channelId = QStringLiteral("C0ANNOUNCE");
    a.channelName = QStringLiteral("announcements");
    a.ts = ts;
    a.permalink = QStringLiteral("https://example.slack.com/archives/C0ANNOUNCE/p") + ts;
    a.templateId = QStringLiteral("incident");
    a.text = QStringLiteral(":rotating_light: *Incident: builds are slow*\nWe will update at 1PM "
                            "and 3PM.");
    a.postedAt = when;
    return a;
}

AnnouncePost reply(qint64 announcementId, AnnounceKind kind, const QString& ts,
                   const QDateTime& when)
{
    AnnouncePost p;
    p.announcementId = announcementId;
    p.kind = kind;
    p.ts = ts;
    p.text = QStringLiteral("Update: still investigating.");
    p.postedAt = when;
    return p;
}

QString describe(const QList<UpdatePromise>& promises)
{
    QStringList parts;
    for (const UpdatePromise& p : promises)
        parts.append(p.due.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")))
                         .toString(QStringLiteral("HH:mm")) +
                     QLatin1Char(' ') + toString(p.state));
    return parts.join(QStringLiteral(", "));
}

QString describe(const QList<PromiseReminder>& reminders)
{
    QStringList parts;
    for (const PromiseReminder& r : reminders)
        parts.append(
            r.due.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")))
                .toString(QStringLiteral("HH:mm")) +
            (r.stage == Stage::Before ? QStringLiteral(" before") : QStringLiteral(" at")));
    return parts.join(QStringLiteral(", "));
}
} // namespace

class TestAnnounceStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<AnnounceStore> m_store;

    AnnounceStore& store() { return *m_store; }
    void restart()
    {
        m_store.reset();
        m_profile->reopen();
        m_store = std::make_unique<AnnounceStore>(*m_profile->database);
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TestProfile>();
        m_store = std::make_unique<AnnounceStore>(*m_profile->database);
    }
    void cleanup()
    {
        m_store.reset();
        m_profile.reset();
    }

    // --- Drafts ----------------------------------------------------------------------------

    void draftsSurviveARestart()
    {
        AnnounceDraft a =
            newDraft(QStringLiteral("First line ✓ \"quoted\" & <b>\nsecond"), at(9, 0));
        a.fields.insert(QStringLiteral("summary"), QStringLiteral("Builds are slow {x} \"y\""));
        a.fields.insert(QStringLiteral("times"), QStringLiteral("13:00, 15:00"));
        a.fields.insert(QStringLiteral("empty"), QString());
        a.broadcast = true;
        QVERIFY2(store().saveDraft(a), qPrintable(store().lastError()));
        QVERIFY(a.id > 0);
        AnnounceDraft b = newDraft(QStringLiteral("Update"), at(9, 5));
        b.kind = AnnounceKind::Update;
        b.announcementId = 42;
        QVERIFY(store().saveDraft(b));
        QVERIFY(b.id != a.id);

        restart();
        const QList<AnnounceDraft> drafts = store().drafts();
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts[0].id, b.id); // most recently updated first
        QCOMPARE(drafts[1].id, a.id);
        const AnnounceDraft& back = drafts[1];
        QCOMPARE(back.text, a.text);
        QCOMPARE(back.fields, a.fields);
        QCOMPARE(back.templateId, QStringLiteral("incident"));
        QVERIFY(back.kind == AnnounceKind::Announcement);
        QVERIFY(back.broadcast);
        QCOMPARE(back.createdAt, at(9, 0));
        QCOMPARE(back.updatedAt, at(9, 0));
        QCOMPARE(back.updatedAt.timeSpec(), Qt::UTC);
        QVERIFY(!back.postAttemptAt.isValid());
        QVERIFY(drafts[0].kind == AnnounceKind::Update);
        QCOMPARE(drafts[0].announcementId, 42);
        QVERIFY(!drafts[0].broadcast);
        QVERIFY(drafts[0].fields.isEmpty());
    }

    void savingAgainUpdatesAndReorders()
    {
        AnnounceDraft a = newDraft(QStringLiteral("A"), at(9, 0));
        AnnounceDraft b = newDraft(QStringLiteral("B"), at(9, 5));
        QVERIFY(store().saveDraft(a));
        QVERIFY(store().saveDraft(b));
        a.text = QStringLiteral("A, edited");
        a.updatedAt = at(9, 10);
        a.createdAt = QDateTime(); // the stored one stays
        QVERIFY(store().saveDraft(a));
        QCOMPARE(a.createdAt, at(9, 0));
        const QList<AnnounceDraft> drafts = store().drafts();
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts[0].id, a.id);
        QCOMPARE(drafts[0].text, QStringLiteral("A, edited"));
        QCOMPARE(drafts[0].createdAt, at(9, 0));
        QCOMPARE(store().draft(a.id)->updatedAt, at(9, 10));
        QVERIFY(!store().draft(12345));
    }

    void postAttemptIsKeptByAutosave()
    {
        AnnounceDraft d = newDraft(QStringLiteral("Posting"), at(9, 0));
        QVERIFY(store().saveDraft(d));
        QVERIFY(store().setPostAttempt(d.id, at(9, 1)));
        // The composer's copy does not know about the attempt; autosaving must not clear it.
        d.text = QStringLiteral("Posting, typed on");
        d.updatedAt = at(9, 2);
        QVERIFY(store().saveDraft(d));
        QCOMPARE(d.postAttemptAt, at(9, 1));
        restart();
        QCOMPARE(store().draft(d.id)->postAttemptAt, at(9, 1));
        QVERIFY(store().setPostAttempt(d.id, QDateTime()));
        QVERIFY(!store().draft(d.id)->postAttemptAt.isValid());
        QVERIFY(!store().setPostAttempt(999, at(9, 3)));
        QVERIFY(!store().lastError().isEmpty());
    }

    void aPostedDraftIsNotBroughtBack()
    {
        AnnounceDraft d = newDraft(QStringLiteral("Gone"), at(9, 0));
        QVERIFY(store().saveDraft(d));
        QVERIFY(store().deleteDraft(d.id));
        QVERIFY(store().drafts().isEmpty());
        d.updatedAt = at(9, 1);
        QVERIFY(!store().saveDraft(d)); // a late autosave
        QVERIFY(!store().lastError().isEmpty());
        QVERIFY(store().drafts().isEmpty());
        QVERIFY(store().deleteDraft(d.id)); // deleting twice is harmless
    }

    void missingTimesAreFilledIn()
    {
        AnnounceDraft d;
        d.text = QStringLiteral("no times");
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY2(store().saveDraft(d), qPrintable(store().lastError()));
        QVERIFY(d.updatedAt >= before);
        QCOMPARE(d.createdAt, d.updatedAt);
    }

    // --- Announcements, threads and promises ------------------------------------------------

    void recordingAnAnnouncementDeletesItsDraft()
    {
        AnnounceDraft d = newDraft(QStringLiteral("Incident"), at(12, 0));
        QVERIFY(store().saveDraft(d));
        Announcement a = posted(QStringLiteral("1764244800.000100"), at(12, 0));
        // 3PM twice, one in the past, one invalid: recorded once each, in due order.
        const qint64 id =
            store().recordAnnouncement(a, {at(15), at(13), at(15), at(11), QDateTime()}, d.id);
        QVERIFY2(id > 0, qPrintable(store().lastError()));
        QCOMPARE(a.id, id);
        QVERIFY(store().drafts().isEmpty());

        restart();
        const std::optional<Announcement> back = store().announcement(id);
        QVERIFY(back);
        QCOMPARE(back->ts, a.ts);
        QCOMPARE(back->channelId, a.channelId);
        QCOMPARE(back->channelName, a.channelName);
        QCOMPARE(back->permalink, a.permalink);
        QCOMPARE(back->templateId, a.templateId);
        QCOMPARE(back->text, a.text);
        QCOMPARE(back->postedAt, at(12, 0));
        QVERIFY(!back->resolved);
        QVERIFY(!back->resolvedAt.isValid());
        const QList<UpdatePromise> promises = store().promises(id);
        QCOMPARE(describe(promises), QStringLiteral("13:00 open, 15:00 open"));
        QCOMPARE(promises[0].announcementId, id);
        QCOMPARE(promises[0].madeByPost, 0);
        QVERIFY(!promises[0].remindedBefore && !promises[0].remindedAt);
        QCOMPARE(store().openPromises().size(), 2);
        QVERIFY(store().posts(id).isEmpty());
    }

    void theSameMessageIsRecordedOnce()
    {
        Announcement a = posted(QStringLiteral("1.1"), at(9));
        QVERIFY(store().recordAnnouncement(a, {at(13)}, 0) > 0);
        AnnounceDraft d = newDraft(QStringLiteral("Incident"), at(9));
        QVERIFY(store().saveDraft(d));
        Announcement again = posted(QStringLiteral("1.1"), at(9));
        QCOMPARE(store().recordAnnouncement(again, {at(14)}, d.id), 0);
        QVERIFY(!store().lastError().isEmpty());
        QCOMPARE(again.id, 0);
        // Nothing of the failed write remains, and the draft is still there.
        QCOMPARE(store().announcements().size(), 1);
        QCOMPARE(store().openPromises().size(), 1);
        QVERIFY(store().draft(d.id));
    }

    void announcementsAreNewestFirst()
    {
        Announcement a = posted(QStringLiteral("1.1"), at(9));
        Announcement b = posted(QStringLiteral("2.2"), at(11));
        Announcement c = posted(QStringLiteral("3.3"), at(10));
        QVERIFY(store().recordAnnouncement(a, {}, 0));
        QVERIFY(store().recordAnnouncement(b, {}, 0));
        QVERIFY(store().recordAnnouncement(c, {}, 0));
        const QList<Announcement> all = store().announcements();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].id, b.id);
        QCOMPARE(all[1].id, c.id);
        QCOMPARE(all[2].id, a.id);
    }

    void theSeedExampleThroughTheStore()
    {
        // "We will update at 1PM and 3PM"; an update at 13:40 promising 3PM (again) and 5PM;
        // the resolution at 15:02.
        Announcement a = posted(QStringLiteral("1.1"), at(12));
        const qint64 id = store().recordAnnouncement(a, {at(13), at(15)}, 0);
        QVERIFY(id > 0);

        AnnounceDraft d = newDraft(QStringLiteral("Update"), at(13, 35));
        d.kind = AnnounceKind::Update;
        d.announcementId = id;
        QVERIFY(store().saveDraft(d));
        AnnouncePost update = reply(id, AnnounceKind::Update, QStringLiteral("1.2"), at(13, 40));
        update.broadcast = true;
        update.permalink = QStringLiteral("https://example.slack.com/p12");
        const qint64 updateId = store().recordPost(update, {at(15), at(17)}, d.id);
        QVERIFY2(updateId > 0, qPrintable(store().lastError()));
        QCOMPARE(update.id, updateId);
        QVERIFY(!store().draft(d.id));

        QList<UpdatePromise> promises = store().promises(id);
        QCOMPARE(describe(promises), QStringLiteral("13:00 late, 15:00 open, 17:00 open"));
        QCOMPARE(promises[0].closedAt, at(13, 40));
        QCOMPARE(promises[0].closedByPost, updateId);
        QCOMPARE(promises[1].madeByPost, 0);
        QVERIFY(!promises[1].closedAt.isValid());
        QCOMPARE(promises[2].madeByPost, updateId);

        restart();
        AnnouncePost resolution =
            reply(id, AnnounceKind::Resolution, QStringLiteral("1.3"), at(15, 2));
        // A resolution makes no new promises, whatever its text says.
        const qint64 resolutionId = store().recordPost(resolution, {at(18)}, 0);
        QVERIFY(resolutionId > 0);
        promises = store().promises(id);
        QCOMPARE(describe(promises), QStringLiteral("13:00 late, 15:00 kept, 17:00 cancelled"));
        QCOMPARE(promises[1].closedByPost, resolutionId);
        QCOMPARE(promises[2].closedAt, at(15, 2));
        QVERIFY(store().openPromises().isEmpty());
        const std::optional<Announcement> back = store().announcement(id);
        QVERIFY(back->resolved);
        QCOMPARE(back->resolvedAt, at(15, 2));

        const QList<AnnouncePost> posts = store().posts(id);
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts[0].id, updateId);
        QVERIFY(posts[0].kind == AnnounceKind::Update);
        QVERIFY(posts[0].broadcast);
        QCOMPARE(posts[0].ts, QStringLiteral("1.2"));
        QCOMPARE(posts[0].permalink, QStringLiteral("https://example.slack.com/p12"));
        QCOMPARE(posts[0].text, update.text);
        QCOMPARE(posts[0].postedAt, at(13, 40));
        QVERIFY(posts[1].kind == AnnounceKind::Resolution);

        // A later reply to the resolved announcement is recorded but promises nothing.
        AnnouncePost late = reply(id, AnnounceKind::Update, QStringLiteral("1.4"), at(16));
        QVERIFY(store().recordPost(late, {at(17, 30)}, 0) > 0);
        QCOMPARE(store().promises(id).size(), 3);
        QCOMPARE(store().announcement(id)->resolvedAt, at(15, 2));
    }

    void anEarlyUpdateKeepsTheNextPromiseOnly()
    {
        Announcement a = posted(QStringLiteral("1.1"), at(12));
        const qint64 id = store().recordAnnouncement(a, {at(13), at(15)}, 0);
        AnnouncePost update = reply(id, AnnounceKind::Update, QStringLiteral("1.2"), at(12, 55));
        QVERIFY2(store().recordPost(update, {}, 0) > 0, qPrintable(store().lastError()));
        QCOMPARE(describe(store().promises(id)), QStringLiteral("13:00 kept, 15:00 open"));
    }

    void promisesOfOtherAnnouncementsAreUntouched()
    {
        Announcement a = posted(QStringLiteral("1.1"), at(12));
        Announcement b = posted(QStringLiteral("2.1"), at(12, 5));
        QVERIFY(store().recordAnnouncement(a, {at(13)}, 0));
        QVERIFY(store().recordAnnouncement(b, {at(13)}, 0));
        AnnouncePost resolution =
            reply(a.id, AnnounceKind::Resolution, QStringLiteral("1.2"), at(12, 10));
        QVERIFY(store().recordPost(resolution, {}, 0));
        QCOMPARE(describe(store().promises(a.id)), QStringLiteral("13:00 cancelled"));
        QCOMPARE(describe(store().promises(b.id)), QStringLiteral("13:00 open"));
        QCOMPARE(store().openPromises().size(), 1);
        QVERIFY(!store().announcement(b.id)->resolved);
    }

    void aFailedReplyChangesNothing()
    {
        AnnounceDraft d = newDraft(QStringLiteral("Update"), at(9));
        QVERIFY(store().saveDraft(d));
        AnnouncePost orphan = reply(777, AnnounceKind::Update, QStringLiteral("9.9"), at(10));
        QCOMPARE(store().recordPost(orphan, {at(11)}, d.id), 0);
        QVERIFY(store().lastError().contains(QStringLiteral("777")));
        QVERIFY(store().draft(d.id));

        Announcement a = posted(QStringLiteral("1.1"), at(9));
        QVERIFY(store().recordAnnouncement(a, {at(13)}, 0));
        AnnouncePost wrongKind =
            reply(a.id, AnnounceKind::Announcement, QStringLiteral("1.2"), at(10));
        QCOMPARE(store().recordPost(wrongKind, {}, d.id), 0);

        // The same reply recorded twice: the second fails and settles nothing.
        AnnouncePost update = reply(a.id, AnnounceKind::Update, QStringLiteral("1.2"), at(13));
        QVERIFY(store().recordPost(update, {at(15)}, 0) > 0);
        AnnouncePost again = reply(a.id, AnnounceKind::Resolution, QStringLiteral("1.2"), at(14));
        QCOMPARE(store().recordPost(again, {}, d.id), 0);
        QCOMPARE(describe(store().promises(a.id)), QStringLiteral("13:00 kept, 15:00 open"));
        QVERIFY(!store().announcement(a.id)->resolved);
        QCOMPARE(store().posts(a.id).size(), 1);
        QVERIFY(store().draft(d.id));
    }

    void aReminderIsClaimedOnce()
    {
        Announcement a = posted(QStringLiteral("1.1"), at(9));
        QVERIFY(store().recordAnnouncement(a, {at(13)}, 0));
        const qint64 promise = store().promises(a.id).first().id;
        QVERIFY(store().claimReminder(promise, Stage::Before));
        QVERIFY(!store().claimReminder(promise, Stage::Before));
        restart();
        QVERIFY(!store().claimReminder(promise, Stage::Before));
        QVERIFY(store().claimReminder(promise, Stage::AtTime));
        QVERIFY(!store().claimReminder(promise, Stage::AtTime));
        const UpdatePromise p = store().promises(a.id).first();
        QVERIFY(p.remindedBefore && p.remindedAt);
        QVERIFY(!store().claimReminder(424242, Stage::AtTime));
    }

    // --- Reminders through a day -------------------------------------------------------------

    void remindersThroughADay()
    {
        const int lead = 10;
        FakeClock clock(at(9, 30));
        auto reminders = std::make_unique<PromiseReminders>(store());
        QVERIFY(!reminders->nextCheck(clock.now(), lead).isValid()); // nothing promised yet

        Announcement a = posted(QStringLiteral("1.1"), clock.now());
        const qint64 id = store().recordAnnouncement(a, {at(11), at(13), at(15)}, 0);
        QCOMPARE(reminders->nextCheck(clock.now(), lead), at(10, 50));

        QStringList fired; // "HH:mm: what", in the order given
        auto runUntil = [&](const QDateTime& end) {
            while (clock.now() < end) {
                clock.advance(60);
                const QList<PromiseReminder> due = reminders->evaluate(clock.now(), lead);
                for (const PromiseReminder& r : due) {
                    QCOMPARE(r.announcementId, id);
                    QVERIFY(r.title.startsWith(QStringLiteral("Incident: builds are slow — ")));
                }
                if (!due.isEmpty())
                    fired.append(clock.now()
                                     .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")))
                                     .toString(QStringLiteral("HH:mm: ")) +
                                 describe(due));
                // Asking again at the same instant gives nothing.
                QVERIFY(reminders->evaluate(clock.now(), lead).isEmpty());
            }
        };

        runUntil(at(10, 58));
        QCOMPARE(fired, QStringList{QStringLiteral("10:50: 11:00 before")});
        QCOMPARE(reminders->nextCheck(clock.now(), lead), at(11));
        // The update comes early and keeps 11:00: no reminder at 11:00.
        AnnouncePost update = reply(id, AnnounceKind::Update, QStringLiteral("1.2"), clock.now());
        QVERIFY(store().recordPost(update, {}, 0) > 0);
        QCOMPARE(reminders->nextCheck(clock.now(), lead), at(12, 50));

        runUntil(at(13, 30));
        QCOMPARE(fired, (QStringList{QStringLiteral("10:50: 11:00 before"),
                                     QStringLiteral("12:50: 13:00 before"),
                                     QStringLiteral("13:00: 13:00 at")}));
        // 13:00 is overdue now; its reminders are done. Next: 15:00's.
        QCOMPARE(reminders->nextCheck(clock.now(), lead), at(14, 50));

        // The app is closed from 13:30 to 15:20; a new store and reminders on the same file.
        reminders.reset();
        restart();
        reminders = std::make_unique<PromiseReminders>(store());
        clock.set(at(15, 20));
        QCOMPARE(reminders->nextCheck(clock.now(), lead), at(15, 20)); // something to do now
        // The 14:50 "before" passed unseen: skipped; the one at the time is still given.
        QCOMPARE(describe(reminders->evaluate(clock.now(), lead)), QStringLiteral("15:00 at"));
        QVERIFY(!reminders->nextCheck(clock.now(), lead).isValid());

        restart();
        reminders = std::make_unique<PromiseReminders>(store());
        fired.clear();
        runUntil(at(18));
        QVERIFY2(fired.isEmpty(), qPrintable(fired.join(QLatin1Char('\n'))));
        const QList<UpdatePromise> promises = store().promises(id);
        QCOMPARE(describe(promises), QStringLiteral("11:00 kept, 13:00 open, 15:00 open"));
        QVERIFY(promises[1].remindedBefore && promises[1].remindedAt);
        QVERIFY(promises[2].remindedBefore && promises[2].remindedAt);
    }

    void startingJustBeforeTheTimeStillRemindsBefore()
    {
        Announcement a = posted(QStringLiteral("1.1"), at(9));
        QVERIFY(store().recordAnnouncement(a, {at(11)}, 0));
        restart();
        PromiseReminders reminders(store());
        QCOMPARE(reminders.nextCheck(at(10, 55), 10), at(10, 55));
        QCOMPARE(describe(reminders.evaluate(at(10, 55), 10)), QStringLiteral("11:00 before"));
        QCOMPARE(reminders.nextCheck(at(10, 55), 10), at(11));
        QCOMPARE(describe(reminders.evaluate(at(11), 10)), QStringLiteral("11:00 at"));
    }

    void aLongClosedAppRemindsOfNothingStale()
    {
        Announcement a = posted(QStringLiteral("1.1"), at(9));
        QVERIFY(store().recordAnnouncement(a, {at(11), at(13)}, 0));
        PromiseReminders reminders(store());
        const QDateTime lateLimit = at(11).addSecs(60 * PromiseRules::kLateMinutes);
        // 11:00 is past its late limit: claimed silently; 13:00 is not near yet.
        QVERIFY(reminders.evaluate(lateLimit.addSecs(1), 10).isEmpty());
        QCOMPARE(reminders.nextCheck(lateLimit.addSecs(1), 10), at(12, 50));
        // At the late limit itself it would still have been given (see below, for 13:00).
        const QDateTime lateFor13 = at(13).addSecs(60 * PromiseRules::kLateMinutes);
        QCOMPARE(describe(reminders.evaluate(lateFor13, 10)), QStringLiteral("13:00 at"));
        const QList<UpdatePromise> promises = store().promises(a.id);
        QVERIFY(promises[0].remindedBefore && promises[0].remindedAt);
        QVERIFY(promises[1].remindedBefore && promises[1].remindedAt);
        QVERIFY(!reminders.nextCheck(lateFor13, 10).isValid());
    }

    void noLeadMeansNoBeforeReminder()
    {
        Announcement a = posted(QStringLiteral("1.1"), at(9));
        QVERIFY(store().recordAnnouncement(a, {at(11)}, 0));
        PromiseReminders reminders(store());
        QCOMPARE(reminders.nextCheck(at(10), 0), at(11));
        QVERIFY(reminders.evaluate(at(10, 59), 0).isEmpty());
        QCOMPARE(describe(reminders.evaluate(at(11), 0)), QStringLiteral("11:00 at"));
    }

    void severalPromisesDueTogether()
    {
        Announcement a = posted(QStringLiteral("1.1"), at(9));
        Announcement b = posted(QStringLiteral("2.1"), at(9, 1));
        b.text = QStringLiteral("Planned maintenance");
        QVERIFY(store().recordAnnouncement(a, {at(11)}, 0));
        QVERIFY(store().recordAnnouncement(b, {at(11)}, 0));
        PromiseReminders reminders(store());
        const QList<PromiseReminder> due = reminders.evaluate(at(10, 50), 10);
        QCOMPARE(describe(due), QStringLiteral("11:00 before, 11:00 before"));
        QCOMPARE(due[0].announcementId, a.id);
        QCOMPARE(due[1].title, QStringLiteral("Planned maintenance"));
    }

    // --- Titles --------------------------------------------------------------------------------

    void titles()
    {
        AnnounceDraft d;
        // Plain text: no marks; a short heading takes the next line along.
        d.text = QStringLiteral("\n   \n  *Maintenance* tonight  \nmore");
        QCOMPARE(d.title(), QStringLiteral("Maintenance tonight — more"));
        d.text = QStringLiteral(":loudspeaker: *ANNOUNCEMENT: planned maintenance*\nAs agreed, "
                                "we will upgrade Postgres a < b");
        QCOMPARE(d.title(),
                 QStringLiteral("Planned maintenance — As agreed, we will upgrade Postgres a < b"));
        d.text = QStringLiteral(" \n ");
        QCOMPARE(d.title(), QString());
        d.text = QString(100, QLatin1Char('x'));
        QCOMPARE(d.title().size(), 80);
        QVERIFY(d.title().endsWith(QChar(0x2026)));
        // A cut never splits an emoji.
        d.text = QString(78, QLatin1Char('x')) + QStringLiteral("🚨🚨🚨");
        QVERIFY(!d.title().at(d.title().size() - 2).isHighSurrogate());
        QVERIFY(d.title().size() <= 80);

        Announcement a;
        a.text = QStringLiteral("\n:rotating_light: *Incident* &amp; <https://x.example|the "
                                "dashboard>\nbody");
        QCOMPARE(a.title(), QStringLiteral("Incident & the dashboard — body"));
        a.text = QStringLiteral("&gt; quoted first line");
        QCOMPARE(a.title(), QStringLiteral("Quoted first line"));
    }
};

QTEST_GUILESS_MAIN(TestAnnounceStore)
#include "tst_announcestore.moc"
