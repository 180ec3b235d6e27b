#pragma once

#include <QObject>

class QSystemTrayIcon;
class QAction;

namespace shiftdesk {

// The system tray icon (where the platform has one): show/hide, quit, notifications.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject* parent = nullptr);

    static bool isAvailable();
    void show();
    void setWindowVisible(bool visible);
    void notify(const QString& title, const QString& message);
    // Unread high-priority alarms: shown in the tooltip and as a badge on the icon.
    void setUnread(int highPriorityUnread);

Q_SIGNALS:
    void toggleWindowRequested();
    void quitRequested();
    void messageClicked();

private:
    QSystemTrayIcon* m_tray;
    QAction* m_toggle;
    int m_unread = 0;
};

} // namespace shiftdesk
