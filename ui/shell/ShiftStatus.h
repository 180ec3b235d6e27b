#pragma once

#include <QWidget>

class QLabel;

namespace shiftdesk {

class ChecklistService;
class Clock;

// Status bar part: the shift phase with a countdown, and who covers the support channel now.
class ShiftStatus : public QWidget
{
    Q_OBJECT
public:
    ShiftStatus(ChecklistService* service, Clock* clock, QWidget* parent = nullptr);

    QString phaseText() const;
    QString coverText() const;

public Q_SLOTS:
    void refresh();

private:
    ChecklistService* m_service;
    Clock* m_clock;
    QLabel* m_phase;
    QLabel* m_cover;
};

} // namespace shiftdesk
