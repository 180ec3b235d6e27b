#include "ChecklistService.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/Settings.h"

namespace shiftdesk {

ChecklistService::ChecklistService(Database& db, Settings& settings, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_store(db)
    , m_coverStore(db)
    , m_reminders(m_store)
    , m_schedule(settings.shiftConfig())
    , m_todayModel(new ChecklistModel(this))
    , m_coverModel(new CoverModel(m_coverStore, this))
    , m_historyModel(new HistoryModel(this))
{
    m_todayModel->setTickWriter([this](const QString& id, bool done, Tick* tick, QString* error) {
        return writeTick(id, done, tick, error);
    });
    connect(m_todayModel, &ChecklistModel::progressChanged, this, [this](int done, int total) {
        m_historyModel->upsert({m_today, done, total});
    });
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ChecklistService::evaluate);
    connect(&m_clock, &Clock::jumped, this, &ChecklistService::evaluate);
    connect(&m_settings, &Settings::changed, this, [this]() {
        m_schedule = ShiftSchedule(m_settings.shiftConfig());
        m_todayModel->setDisplayTimeZone(m_schedule.config().timeZone);
        evaluate();
    });
}

ChecklistService::~ChecklistService() = default;

void ChecklistService::setCheckInterval(int msec)
{
    m_timer.setInterval(msec);
}

bool ChecklistService::start(QString* error)
{
    m_template = ChecklistTemplate::defaultTemplate();
    if (const auto stored = m_store.activeTemplate()) {
        QString parseError;
        if (auto parsed = ChecklistTemplate::parse(*stored, &parseError)) {
            m_template = *parsed;
        } else {
            Q_EMIT storageError(tr("The saved checklist template could not be read (%1); using the "
                                   "default template.")
                                    .arg(parseError));
        }
    }
    m_todayModel->setDisplayTimeZone(schedule().config().timeZone);
    if (!switchToDay(schedule().dayAt(m_clock.now()), error))
        return false;
    m_started = true;
    m_timer.start();
    evaluate();
    return true;
}

bool ChecklistService::switchToDay(QDate day, QString* error)
{
    const QDateTime now = m_clock.now();
    if (!m_store.ensureDay(day, m_template.toJson(), now)) {
        if (error)
            *error = m_store.lastError();
        return false;
    }
    const auto record = m_store.day(day);
    if (!record) {
        if (error)
            *error = tr("Cannot read the checklist for %1.").arg(day.toString(Qt::ISODate));
        return false;
    }
    ChecklistTemplate snapshot = m_template;
    if (auto parsed = ChecklistTemplate::parse(record->templateJson, nullptr))
        snapshot = *parsed;
    const auto cover = m_coverStore.ensureDay(day, m_settings.defaultCoverPeriods());
    if (!cover) {
        if (error)
            *error = m_coverStore.lastError();
        return false;
    }
    m_today = day;
    m_todayModel->setDay(day, snapshot, record->ticks, false);
    m_coverModel->load(day, *cover, false);
    refreshHistory();
    return true;
}

void ChecklistService::evaluate()
{
    if (!m_started)
        return;
    const QDateTime now = m_clock.now();
    const ShiftSchedule& sched = m_schedule;
    const QDate day = sched.dayAt(now);
    if (day != m_today) {
        QString error;
        if (!switchToDay(day, &error)) {
            Q_EMIT storageError(error);
            return;
        }
        Q_EMIT dayChanged(day);
    }
    if (!m_settings.remindersEnabled())
        return;
    const QList<PhaseReminder> due =
        m_reminders.evaluate(now, m_today, m_todayModel->checklist(), sched,
                             [this](int phase) { return m_todayModel->openCount(phase); });
    if (!due.isEmpty())
        Q_EMIT remindersDue(due);
}

bool ChecklistService::writeTick(const QString& itemId, bool done, Tick* tick, QString* error)
{
    Tick t;
    t.done = done;
    t.by = m_settings.identity();
    t.at = m_clock.now();
    if (!m_store.setTick(m_today, itemId, t)) {
        if (error)
            *error = m_store.lastError();
        return false;
    }
    *tick = t;
    return true;
}

DaySummary ChecklistService::summarize(const DayRecord& record) const
{
    DaySummary summary{record.day, 0, 0};
    const auto parsed = ChecklistTemplate::parse(record.templateJson, nullptr);
    if (!parsed)
        return summary;
    for (const ChecklistPhase& phase : parsed->phases) {
        for (const ChecklistItem& item : phase.items) {
            ++summary.total;
            const auto it = record.ticks.constFind(item.id);
            if (it != record.ticks.constEnd() && it->done)
                ++summary.done;
        }
    }
    return summary;
}

void ChecklistService::refreshHistory()
{
    QList<DaySummary> days;
    const QList<QDate> stored = m_store.days();
    days.reserve(stored.size());
    for (const QDate& day : stored) {
        if (const auto record = m_store.day(day))
            days.append(summarize(*record));
    }
    m_historyModel->setDays(days);
}

bool ChecklistService::loadDay(QDate day, ChecklistModel* model) const
{
    const auto record = m_store.day(day);
    if (!record)
        return false;
    const auto parsed = ChecklistTemplate::parse(record->templateJson, nullptr);
    if (!parsed)
        return false;
    model->setDisplayTimeZone(schedule().config().timeZone);
    model->setDay(day, *parsed, record->ticks, true);
    return true;
}

bool ChecklistService::installTemplate(const ChecklistTemplate& checklist, QString* error)
{
    const QByteArray json = checklist.toJson();
    if (!m_store.setActiveTemplate(json, m_clock.now()) ||
        !m_store.replaceDayTemplate(m_today, json)) {
        if (error)
            *error = m_store.lastError();
        return false;
    }
    m_template = checklist;
    const auto record = m_store.day(m_today);
    m_todayModel->setDay(m_today, m_template, record ? record->ticks : QHash<QString, Tick>(),
                         false);
    refreshHistory();
    return true;
}

bool ChecklistService::importTemplate(const QByteArray& json, QString* error)
{
    const auto parsed = ChecklistTemplate::parse(json, error);
    if (!parsed)
        return false;
    return installTemplate(*parsed, error);
}

bool ChecklistService::resetTemplateToDefault(QString* error)
{
    return installTemplate(ChecklistTemplate::defaultTemplate(), error);
}

QByteArray ChecklistService::exportTemplate() const
{
    return m_template.toJson();
}

QString ChecklistService::coverNow() const
{
    const ShiftSchedule& sched = m_schedule;
    const QDateTime now = m_clock.now();
    if (sched.stateAt(now).phase != ShiftPhase::SupportHours)
        return {};
    return m_coverModel->personAt(sched.timeAt(now));
}

} // namespace shiftdesk

namespace shiftdesk {

int ChecklistService::openInStartedPhases() const
{
    const ShiftSchedule& sched = m_schedule;
    if (!sched.isWorkday(m_today))
        return 0;
    const QDateTime now = m_clock.now();
    const ChecklistTemplate& checklist = m_todayModel->checklist();
    int open = 0;
    for (int p = 0; p < checklist.phases.size(); ++p) {
        if (now >= sched.instantOf(m_today, checklist.phases[p].time))
            open += m_todayModel->openCount(p);
    }
    return open;
}

} // namespace shiftdesk
