#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace shiftdesk {

class Settings;

// Preferences for the support channel and the handover: who the support team is (Slack user
// ids and/or a user group), the claim timeout (the 15-minute rule), how far back the queue
// reads, and where handovers go.
class SupportSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SupportSettingsPage(Settings* settings, QWidget* parent = nullptr);

    QLineEdit* teamMembersEdit() const { return m_team; }
    QLineEdit* userGroupEdit() const { return m_group; }
    QSpinBox* claimMinutesSpin() const { return m_claimMinutes; }

    // Checks the form; returns false with a message naming the field.
    bool validate(QString* error) const;
    void apply();

    // "U01ABC, <@U02DEF>,U03" -> {"U01ABC", "U02DEF", "U03"}; empty if any entry is not an id.
    static QStringList parseUserIds(const QString& text, bool* ok);

private:
    void load();

    Settings* m_settings;
    QLineEdit* m_team;
    QLineEdit* m_group;
    QSpinBox* m_claimMinutes;
    QSpinBox* m_historyDays;
    QComboBox* m_handoverTo;
    QLineEdit* m_handoverChannel;
    QLineEdit* m_onCallUser;
};

} // namespace shiftdesk
