#pragma once

#include "ShiftConfig.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace shiftdesk {

class Database;

struct CoverSlot
{
    CoverPeriod period;
    QString person;
    bool operator==(const CoverSlot& o) const { return period == o.period && person == o.person; }
};

// Who covers the support channel in each support-hours period, per day.
class CoverStore
{
    Q_DECLARE_TR_FUNCTIONS(CoverStore)

public:
    explicit CoverStore(Database& db);

    // The day's slots; creates them from the default periods (nobody assigned) the first time.
    std::optional<QList<CoverSlot>> ensureDay(QDate day, const QList<CoverPeriod>& defaults);
    QList<CoverSlot> slots(QDate day) const;
    bool setSlots(QDate day, const QList<CoverSlot>& slots);

    QString lastError() const { return m_lastError; }

private:
    Database& m_db;
    QString m_lastError;
};

} // namespace shiftdesk
