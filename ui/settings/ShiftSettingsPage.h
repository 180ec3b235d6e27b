#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimeEdit;

namespace shiftdesk {

class Settings;

// Preferences for the shift: who you are, the team's time zone, working and support hours,
// workdays, the default cover periods, reminders and the tray.
class ShiftSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ShiftSettingsPage(Settings* settings, QWidget* parent = nullptr);

    // Checks the form; returns false with a message naming the field.
    bool validate(QString* error) const;
    void apply();

private:
    void load();

    Settings* m_settings;
    QLineEdit* m_name;
    QComboBox* m_timeZone;
    QTimeEdit* m_workStart;
    QTimeEdit* m_workEnd;
    QTimeEdit* m_supportStart;
    QTimeEdit* m_supportEnd;
    QList<QCheckBox*> m_days;
    QLineEdit* m_coverPeriods;
    QCheckBox* m_reminders;
    QCheckBox* m_closeToTray;
};

} // namespace shiftdesk
