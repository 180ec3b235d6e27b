#include "ShiftStatus.h"

#include "checklist/ChecklistService.h"
#include "core/Clock.h"

#include <QHBoxLayout>
#include <QLabel>

namespace shiftdesk {

ShiftStatus::ShiftStatus(ChecklistService* service, Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_phase(new QLabel(this))
    , m_cover(new QLabel(this))
{
    m_phase->setObjectName(QStringLiteral("shiftPhase"));
    m_cover->setObjectName(QStringLiteral("coverNow"));
    m_phase->setTextFormat(Qt::PlainText);
    m_cover->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_phase);
    layout->addSpacing(16);
    layout->addWidget(m_cover);
    layout->addStretch();
    connect(service->coverModel(), &CoverModel::coverChanged, this, &ShiftStatus::refresh);
    connect(clock, &Clock::jumped, this, &ShiftStatus::refresh);
    refresh();
}

QString ShiftStatus::phaseText() const
{
    return m_phase->text();
}

QString ShiftStatus::coverText() const
{
    return m_cover->text();
}

void ShiftStatus::refresh()
{
    const ShiftSchedule& schedule = m_service->schedule();
    const QDateTime now = m_clock->now();
    m_phase->setText(schedule.describe(now));
    const ShiftState state = schedule.stateAt(now);
    if (state.phase != ShiftPhase::SupportHours) {
        m_cover->clear();
        m_cover->setVisible(false);
        return;
    }
    const QString person = m_service->coverNow();
    m_cover->setText(person.isEmpty() ? tr("Support channel: nobody nominated for now")
                                      : tr("Support channel: %1 covers now").arg(person));
    m_cover->setVisible(true);
}

} // namespace shiftdesk
