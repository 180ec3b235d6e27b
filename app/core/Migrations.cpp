#include "Migrations.h"

namespace shiftdesk {

const std::vector<QStringList>& migrations()
{
    static const std::vector<QStringList> steps = {
        // 1: the daily checklist, its reminders and the support-hours cover rota.
        {
            QStringLiteral("CREATE TABLE checklist_template ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " json TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE checklist_days ("
                           " day TEXT PRIMARY KEY," // yyyy-MM-dd in the team's time zone
                           " template_json TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE checklist_ticks ("
                           " day TEXT NOT NULL REFERENCES checklist_days(day) ON DELETE CASCADE,"
                           " item_id TEXT NOT NULL,"
                           " done INTEGER NOT NULL,"
                           " by TEXT NOT NULL,"
                           " at TEXT NOT NULL," // UTC, ISO 8601
                           " PRIMARY KEY (day, item_id))"),
            QStringLiteral("CREATE TABLE reminders_fired ("
                           " day TEXT NOT NULL,"
                           " phase_id TEXT NOT NULL,"
                           " fired_at TEXT NOT NULL,"
                           " open_items INTEGER NOT NULL,"
                           " PRIMARY KEY (day, phase_id))"),
            QStringLiteral("CREATE TABLE cover_slots ("
                           " day TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " start_time TEXT NOT NULL,"
                           " end_time TEXT NOT NULL,"
                           " person TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (day, position))"),
        },
        // 2: the alarm feed cache, sync positions, triage and read state; Slack channel ids.
        {
            QStringLiteral("CREATE TABLE slack_channels ("
                           " name TEXT PRIMARY KEY,"
                           " id TEXT NOT NULL,"
                           " is_private INTEGER NOT NULL DEFAULT 0,"
                           " is_member INTEGER NOT NULL DEFAULT 0,"
                           " resolved_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE alarm_messages ("
                           " channel_id TEXT NOT NULL,"
                           " ts TEXT NOT NULL,"
                           " ts_num REAL NOT NULL," // for ordering and retention
                           " json TEXT NOT NULL,"
                           " received_at TEXT NOT NULL,"
                           " PRIMARY KEY (channel_id, ts))"),
            QStringLiteral("CREATE INDEX alarm_messages_ts ON alarm_messages (ts_num)"),
            QStringLiteral("CREATE TABLE alarm_sync ("
                           " channel_id TEXT PRIMARY KEY,"
                           " newest_ts TEXT NOT NULL,"
                           " synced_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE alarm_triage ("
                           " group_key TEXT PRIMARY KEY,"
                           " state TEXT NOT NULL,"
                           " by TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " ticket_url TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE alarm_read ("
                           " group_key TEXT PRIMARY KEY,"
                           " read_ts TEXT NOT NULL)"),
        },
        // 3: a compact parsed form of each alarm message (AlarmSummary), so loading the cache
        // does not parse JSON.
        {
            QStringLiteral("ALTER TABLE alarm_messages ADD COLUMN summary BLOB"),
        },
        // 4: announcements: drafts (autosaved), posted announcements and their thread replies,
        // update promises with how each was kept and which of its reminders were handled.
        {
            QStringLiteral("CREATE TABLE announce_drafts ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " template_id TEXT NOT NULL DEFAULT '',"
                           " kind TEXT NOT NULL," // announcement, update, resolution
                           " announcement_id INTEGER NOT NULL DEFAULT 0," // 0: none
                           " text TEXT NOT NULL DEFAULT '',"
                           " fields_json TEXT NOT NULL DEFAULT '{}',"
                           " broadcast INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL," // UTC, ISO 8601
                           " updated_at TEXT NOT NULL,"
                           " post_attempt_at TEXT)"), // NULL: no post in flight
            QStringLiteral("CREATE TABLE announcements ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " channel_id TEXT NOT NULL,"
                           " channel_name TEXT NOT NULL DEFAULT '',"
                           " ts TEXT NOT NULL," // Slack message id, the thread's thread_ts
                           " permalink TEXT NOT NULL DEFAULT '',"
                           " template_id TEXT NOT NULL DEFAULT '',"
                           " text TEXT NOT NULL,"
                           " posted_at TEXT NOT NULL,"
                           " resolved_at TEXT)"), // NULL: open
            QStringLiteral("CREATE UNIQUE INDEX announcements_ts ON announcements (channel_id, ts)"
                           " WHERE ts <> ''"),
            QStringLiteral("CREATE TABLE announce_posts ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " announcement_id INTEGER NOT NULL"
                           "  REFERENCES announcements(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL," // update, resolution
                           " ts TEXT NOT NULL,"
                           " permalink TEXT NOT NULL DEFAULT '',"
                           " text TEXT NOT NULL,"
                           " broadcast INTEGER NOT NULL DEFAULT 0,"
                           " posted_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX announce_posts_announcement"
                           " ON announce_posts (announcement_id, posted_at)"),
            QStringLiteral("CREATE UNIQUE INDEX announce_posts_ts ON announce_posts"
                           " (announcement_id, ts) WHERE ts <> ''"),
            QStringLiteral("CREATE TABLE update_promises ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " announcement_id INTEGER NOT NULL"
                           "  REFERENCES announcements(id) ON DELETE CASCADE,"
                           " made_by_post INTEGER NOT NULL DEFAULT 0," // 0: the announcement
                           " due TEXT NOT NULL,"
                           " state TEXT NOT NULL DEFAULT 'open',"
                           " closed_at TEXT,"
                           " closed_by_post INTEGER NOT NULL DEFAULT 0,"
                           " reminded_before INTEGER NOT NULL DEFAULT 0,"
                           " reminded_at INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX update_promises_announcement"
                           " ON update_promises (announcement_id, due)"),
            QStringLiteral("CREATE INDEX update_promises_state ON update_promises (state, due)"),
        },
        // 5: claimed support requests and whether the 15-minute "should this become a ticket?"
        // prompt was given.
        {
            QStringLiteral("CREATE TABLE support_claims ("
                           " channel_id TEXT NOT NULL,"
                           " ts TEXT NOT NULL,"
                           " claimed_at TEXT NOT NULL," // UTC, ISO 8601
                           " prompted_at TEXT,"         // NULL: not prompted yet
                           " PRIMARY KEY (channel_id, ts))"),
        },
        // 6: the handover to on-call: each handover posted (or in flight: the row is written
        // before chat.postMessage is sent, so an interrupted post is looked for before another),
        // and the days whose overnight handover from on-call was marked read.
        {
            QStringLiteral("CREATE TABLE handovers ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " created_at TEXT NOT NULL,"  // UTC, ISO 8601
                           " attempted_at TEXT,"         // wall clock just before the post
                           " posted_at TEXT,"            // NULL until known to be in Slack
                           " destination TEXT NOT NULL," // channel, dm
                           " channel_id TEXT NOT NULL DEFAULT ''," // C…, D…, or U… before known
                           " channel_name TEXT NOT NULL DEFAULT ''," // "#name" or a person
                           " recipient TEXT NOT NULL DEFAULT '',"    // the DM's user id
                           " text TEXT NOT NULL,"                    // wire text
                           " ts TEXT NOT NULL DEFAULT '',"
                           " permalink TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL)"), // posting, posted, unknown
            QStringLiteral("CREATE INDEX handovers_created ON handovers (created_at)"),
            QStringLiteral("CREATE TABLE overnight_read ("
                           " day TEXT PRIMARY KEY," // yyyy-MM-dd in the team's time zone
                           " read_at TEXT NOT NULL,"
                           " by TEXT NOT NULL DEFAULT '')"),
        },
        // 7: the handover being written, per day: the sections typed by hand survive a restart.
        {
            QStringLiteral("CREATE TABLE handover_drafts ("
                           " day TEXT PRIMARY KEY," // yyyy-MM-dd in the team's time zone
                           " json TEXT NOT NULL,"
                           " saved_at TEXT NOT NULL)"),
        },
    };
    return steps;
}

} // namespace shiftdesk
