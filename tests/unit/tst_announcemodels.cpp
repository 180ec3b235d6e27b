// The Announce tab's list models: posted announcements with how each promise was kept, and
// drafts, checked by QAbstractItemModelTester through reloads, saves and removals.
#include "FakeClock.h"
#include "TestProfile.h"
#include "announce/AnnounceStore.h"
#include "announce/AnnouncementModel.h"
#include "announce/DraftModel.h"
#include "announce/PromiseRules.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace shiftdesk;
using namespace shiftdesk::test;

namespace {
QDateTime at(int h, int mi = 0)
{
    return london(2026, 11, 27, h, mi);
}

Announcement posted(const QString& ts, const QString& text, const QDateTime& when)
{
    Announcement a;
    a.channelId = QStringLiteral("C0ANNOUNCE");
    a.channelName = QStringLiteral("announcements");
    a.ts = ts;
    a.permalink = QStringLiteral("https://example.slack.com/p") + ts;
    a.text = text;
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
    p.text = QStringLiteral("Update");
    p.postedAt = when;
    return p;
}

AnnounceDraft draft(const QString& text, const QDateTime& when)
{
    AnnounceDraft d;
    d.text = text;
    d.updatedAt = when;
    return d;
}

QStringList titles(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data().toString());
    return out;
}
} // namespace

class TestAnnounceModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<AnnounceStore> m_store;

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

    // --- AnnouncementModel -------------------------------------------------------------------

    void announcementsWithTheirPromises()
    {
        FakeClock clock(at(12, 0));
        AnnouncementModel model(*m_store, clock);
        model.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 0);

        Announcement maintenance =
            posted(QStringLiteral("1.1"), QStringLiteral("*Planned maintenance* tonight"), at(9));
        QVERIFY(m_store->recordAnnouncement(maintenance, {}, 0));
        Announcement incident = posted(QStringLiteral("2.1"),
                                       QStringLiteral(":fire: Builds are slow\nWe will update "
                                                      "at 1PM and 3:30PM."),
                                       at(12));
        QVERIFY(m_store->recordAnnouncement(incident, {at(13), at(15, 30)}, 0));
        model.reload();
        QCOMPARE(titles(model),
                 (QStringList{QStringLiteral("Builds are slow — We will update at 1PM and 3:30PM."),
                              QStringLiteral("Planned maintenance tonight")}));
        QCOMPARE(model.rowOf(incident.id), 0);
        QCOMPARE(model.rowOf(maintenance.id), 1);
        QCOMPARE(model.rowOf(999), -1);

        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(AnnouncementModel::IdRole).toLongLong(), incident.id);
        QCOMPARE(row.data(AnnouncementModel::TitleRole).toString(),
                 QStringLiteral("Builds are slow — We will update at 1PM and 3:30PM."));
        QCOMPARE(row.data(AnnouncementModel::PostedAtRole).toDateTime(), at(12));
        QCOMPARE(row.data(AnnouncementModel::ChannelRole).toString(),
                 QStringLiteral("announcements"));
        QCOMPARE(row.data(AnnouncementModel::PermalinkRole).toString(),
                 QStringLiteral("https://example.slack.com/p2.1"));
        QCOMPARE(row.data(AnnouncementModel::ResolvedRole).toBool(), false);
        QCOMPARE(row.data(AnnouncementModel::PromiseSummaryRole).toString(),
                 QStringLiteral("1PM open · 3:30PM open"));
        QCOMPARE(row.data(AnnouncementModel::NextDueRole).toDateTime(), at(13));
        QCOMPARE(row.data(AnnouncementModel::OverdueRole).toBool(), false);
        QCOMPARE(row.data(AnnouncementModel::OpenPromiseCountRole).toInt(), 2);
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1PM open")));

        const QModelIndex quiet = model.index(1);
        QCOMPARE(quiet.data(AnnouncementModel::PromiseSummaryRole).toString(), QString());
        QVERIFY(!quiet.data(AnnouncementModel::NextDueRole).toDateTime().isValid());
        QCOMPARE(quiet.data(AnnouncementModel::OpenPromiseCountRole).toInt(), 0);
        QVERIFY(model.roleNames().contains(AnnouncementModel::PromiseSummaryRole));

        // 13:40: the update came late for 1PM.
        AnnouncePost update =
            reply(incident.id, AnnounceKind::Update, QStringLiteral("2.2"), at(13, 40));
        QVERIFY(m_store->recordPost(update, {at(17)}, 0));
        clock.set(at(13, 40));
        model.reload();
        QCOMPARE(model.index(0).data(AnnouncementModel::PromiseSummaryRole).toString(),
                 QStringLiteral("1PM late · 3:30PM open · 5PM open"));
        model.setClock24(true);
        QCOMPARE(model.index(0).data(AnnouncementModel::PromiseSummaryRole).toString(),
                 QStringLiteral("13:00 late · 15:30 open · 17:00 open"));
        model.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        QCOMPARE(model.index(0).data(AnnouncementModel::PromiseSummaryRole).toString(),
                 QStringLiteral("14:00 late · 16:30 open · 18:00 open"));

        // The resolution closes the announcement.
        AnnouncePost resolution =
            reply(incident.id, AnnounceKind::Resolution, QStringLiteral("2.3"), at(15, 35));
        QVERIFY(m_store->recordPost(resolution, {}, 0));
        model.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")));
        model.setClock24(false);
        model.reload();
        QCOMPARE(model.index(0).data(AnnouncementModel::ResolvedRole).toBool(), true);
        QCOMPARE(model.index(0).data(AnnouncementModel::PromiseSummaryRole).toString(),
                 QStringLiteral("1PM late · 3:30PM kept · 5PM cancelled"));
        QCOMPARE(model.index(0).data(AnnouncementModel::OpenPromiseCountRole).toInt(), 0);
        QVERIFY(!model.index(0).data(AnnouncementModel::NextDueRole).toDateTime().isValid());
    }

    void overdueAsTimePasses()
    {
        FakeClock clock(at(12, 0));
        AnnouncementModel model(*m_store, clock);
        model.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/London")));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Announcement quiet = posted(QStringLiteral("1.1"), QStringLiteral("Quiet"), at(9));
        QVERIFY(m_store->recordAnnouncement(quiet, {}, 0));
        Announcement incident = posted(QStringLiteral("2.1"), QStringLiteral("Incident"), at(12));
        QVERIFY(m_store->recordAnnouncement(incident, {at(13)}, 0));
        // A promise for tomorrow shows its weekday.
        Announcement overnight = posted(QStringLiteral("3.1"), QStringLiteral("Overnight"), at(11));
        QVERIFY(m_store->recordAnnouncement(overnight, {at(10).addDays(1)}, 0));
        model.reload();
        QCOMPARE(titles(model),
                 (QStringList{QStringLiteral("Incident"), QStringLiteral("Overnight"),
                              QStringLiteral("Quiet")}));
        QCOMPARE(model.index(1).data(AnnouncementModel::PromiseSummaryRole).toString(),
                 QStringLiteral("Sat 10AM open"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QModelIndex row = model.index(0);
        const auto overdue = [&] { return row.data(AnnouncementModel::OverdueRole).toBool(); };
        const auto summary = [&] {
            return row.data(AnnouncementModel::PromiseSummaryRole).toString();
        };

        clock.set(at(13, PromiseRules::kGraceMinutes));
        model.refresh();
        QVERIFY(!overdue());
        QCOMPARE(summary(), QStringLiteral("1PM open"));
        clock.set(at(13, PromiseRules::kGraceMinutes + 1));
        model.refresh();
        QVERIFY(overdue());
        QCOMPARE(summary(), QStringLiteral("1PM overdue"));
        clock.set(at(13).addSecs(60 * PromiseRules::kLateMinutes + 60));
        model.refresh();
        QVERIFY(overdue());
        QCOMPARE(summary(), QStringLiteral("1PM missed"));
        QVERIFY(!model.index(2).data(AnnouncementModel::OverdueRole).toBool());

        // refresh() never resets and names only the time-dependent roles, for the rows with
        // open promises (not "Quiet").
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 3);
        for (const QList<QVariant>& args : std::as_const(changed)) {
            QCOMPARE(args.at(0).toModelIndex().row(), 0);
            QCOMPARE(args.at(1).toModelIndex().row(), 1);
            const auto roles = args.at(2).value<QList<int>>();
            QVERIFY(roles.contains(AnnouncementModel::OverdueRole));
            QVERIFY(roles.contains(AnnouncementModel::PromiseSummaryRole));
            QVERIFY(!roles.contains(Qt::DisplayRole));
            QVERIFY(!roles.contains(AnnouncementModel::TitleRole));
        }

        // Once the update comes, the announcement is no longer flagged.
        AnnouncePost update =
            reply(incident.id, AnnounceKind::Update, QStringLiteral("2.2"), clock.now());
        QVERIFY(m_store->recordPost(update, {}, 0));
        model.reload();
        QVERIFY(!model.index(0).data(AnnouncementModel::OverdueRole).toBool());
        QCOMPARE(model.index(0).data(AnnouncementModel::PromiseSummaryRole).toString(),
                 QStringLiteral("1PM missed"));

        // Nothing open anywhere but "Overnight": refresh names that row only.
        changed.clear();
        model.refresh();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    }

    // --- DraftModel ---------------------------------------------------------------------------

    void draftsThroughSavesAndRemovals()
    {
        DraftModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        AnnounceDraft a = draft(QStringLiteral("Alpha\nbody"), at(9));
        AnnounceDraft b = draft(QString(), at(9, 1));
        b.kind = AnnounceKind::Update;
        b.announcementId = 7;
        AnnounceDraft c = draft(QStringLiteral("Charlie"), at(9, 2));
        QVERIFY(m_store->saveDraft(a));
        QVERIFY(m_store->saveDraft(b));
        QVERIFY(m_store->saveDraft(c));
        model.reload();
        QCOMPARE(titles(model),
                 (QStringList{QStringLiteral("Charlie"), QStringLiteral("Untitled draft"),
                              QStringLiteral("Alpha — body")}));
        const QModelIndex untitled = model.index(1);
        QCOMPARE(untitled.data(DraftModel::IdRole).toLongLong(), b.id);
        QCOMPARE(untitled.data(DraftModel::KindRole).toString(), QStringLiteral("update"));
        QCOMPARE(untitled.data(DraftModel::AnnouncementIdRole).toLongLong(), 7);
        QCOMPARE(untitled.data(DraftModel::UpdatedAtRole).toDateTime(), at(9, 1));
        QCOMPARE(untitled.data(DraftModel::PostAttemptRole).toBool(), false);
        QCOMPARE(model.index(0).data(DraftModel::KindRole).toString(),
                 QStringLiteral("announcement"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Editing the last draft moves it to the top.
        a.text = QStringLiteral("Alpha, edited");
        a.updatedAt = at(9, 10);
        QVERIFY(m_store->saveDraft(a));
        model.draftSaved(a.id);
        QCOMPARE(titles(model),
                 (QStringList{QStringLiteral("Alpha, edited"), QStringLiteral("Charlie"),
                              QStringLiteral("Untitled draft")}));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(changed.size(), 1);

        // Editing the top one only changes it.
        a.text = QStringLiteral("Alpha, edited twice");
        a.updatedAt = at(9, 11);
        QVERIFY(m_store->saveDraft(a));
        model.draftSaved(a.id);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Alpha, edited twice"));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(changed.size(), 2);

        // The middle one to the top.
        c.updatedAt = at(9, 12);
        QVERIFY(m_store->saveDraft(c));
        model.draftSaved(c.id);
        QCOMPARE(titles(model),
                 (QStringList{QStringLiteral("Charlie"), QStringLiteral("Alpha, edited twice"),
                              QStringLiteral("Untitled draft")}));
        QCOMPARE(moved.size(), 2);

        // A post attempt shows without moving the row (its updatedAt did not change).
        QVERIFY(m_store->setPostAttempt(a.id, at(9, 13)));
        model.draftSaved(a.id);
        QCOMPARE(model.rowOf(a.id), 1);
        QCOMPARE(model.index(1).data(DraftModel::PostAttemptRole).toBool(), true);
        QCOMPARE(moved.size(), 2);

        // A draft the model has not seen yet is inserted at its place.
        AnnounceDraft d = draft(QStringLiteral("Delta"), at(9, 20));
        QVERIFY(m_store->saveDraft(d));
        model.draftSaved(d.id);
        QCOMPARE(model.rowOf(d.id), 0);
        QCOMPARE(inserted.size(), 1);
        AnnounceDraft old = draft(QStringLiteral("Old"), at(8));
        QVERIFY(m_store->saveDraft(old));
        model.draftSaved(old.id);
        QCOMPARE(model.rowOf(old.id), 4);
        QCOMPARE(inserted.size(), 2);

        // An older timestamp moves a row down.
        d.updatedAt = at(8, 30);
        QVERIFY(m_store->saveDraft(d));
        model.draftSaved(d.id);
        QCOMPARE(titles(model),
                 (QStringList{QStringLiteral("Charlie"), QStringLiteral("Alpha, edited twice"),
                              QStringLiteral("Untitled draft"), QStringLiteral("Delta"),
                              QStringLiteral("Old")}));
        QCOMPARE(moved.size(), 3);

        // Removed: by the signal, or found missing when saved.
        QVERIFY(m_store->deleteDraft(b.id));
        model.draftRemoved(b.id);
        QCOMPARE(model.rowOf(b.id), -1);
        model.draftRemoved(b.id); // twice is harmless
        QVERIFY(m_store->deleteDraft(c.id));
        model.draftSaved(c.id);
        QCOMPARE(model.rowOf(c.id), -1);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reset.size(), 0);

        // The store's order and the model's agree.
        QStringList expected;
        for (const AnnounceDraft& stored : m_store->drafts())
            expected.append(stored.title());
        QCOMPARE(titles(model), expected);

        // After a restart the drafts come back.
        model.reload();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(titles(model), expected);
    }

    void aLongDraftShowsItsFirstLineOnly()
    {
        DraftModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        AnnounceDraft d = draft(QString(120, QLatin1Char('y')) + QStringLiteral("\nsecond"), at(9));
        d.fields.insert(QStringLiteral("summary"), QStringLiteral("big"));
        QVERIFY(m_store->saveDraft(d));
        model.draftSaved(d.id);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(DraftModel::TitleRole).toString(), d.title());
        QCOMPARE(model.index(0).data(DraftModel::TitleRole).toString().size(), 80);
        QVERIFY(model.roleNames().contains(DraftModel::PostAttemptRole));
    }
};

QTEST_GUILESS_MAIN(TestAnnounceModels)
#include "tst_announcemodels.moc"
