#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace shiftdesk {

class Database;

struct Tick
{
    bool done = false;
    QString by;
    QDateTime at; // UTC
};

struct DayRecord
{
    QDate day;
    QByteArray templateJson;
    QHash<QString, Tick> ticks; // by item id
};

// Persistence of the checklist: the active template, one snapshot of it per day (so history
// shows the list as it was), ticks with who and when, and which reminders already fired.
// Every write is one transaction; a write that fails returns false with a message.
class ChecklistStore
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)

public:
    explicit ChecklistStore(Database& db);

    std::optional<QByteArray> activeTemplate() const;
    bool setActiveTemplate(const QByteArray& json, const QDateTime& at);

    // Creates the day with this template snapshot if it does not exist yet.
    bool ensureDay(QDate day, const QByteArray& templateJson, const QDateTime& at);
    bool replaceDayTemplate(QDate day, const QByteArray& templateJson);
    std::optional<DayRecord> day(QDate day) const;
    QList<QDate> days() const; // newest first

    bool setTick(QDate day, const QString& itemId, const Tick& tick);

    // Records that a phase's reminder was handled for a day. Returns true only for the first
    // call per (day, phase), so a reminder can never fire twice, even across restarts.
    bool claimReminder(QDate day, const QString& phaseId, const QDateTime& at, int openItems);
    QSet<QString> claimedReminders(QDate day) const;

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString& what, const QString& detail) const;

    Database& m_db;
    mutable QString m_lastError;
};

} // namespace shiftdesk
