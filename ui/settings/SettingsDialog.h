#pragma once

#include <QDialog>

namespace shiftdesk {

class Settings;
class ShiftSettingsPage;

// Preferences. Pages for the Slack and GitHub connections join the shift page as they arrive.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings* settings, QWidget* parent = nullptr);

    ShiftSettingsPage* shiftPage() const { return m_shiftPage; }

public Q_SLOTS:
    void accept() override;

private:
    ShiftSettingsPage* m_shiftPage;
};

} // namespace shiftdesk
