#include "TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace shiftdesk {

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(QApplication::windowIcon(), this))
{
    auto* menu = new QMenu;
    menu->setParent(nullptr);
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
    m_toggle = menu->addAction(tr("&Hide Shiftdesk"), this, &TrayIcon::toggleWindowRequested);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(menu);
    m_tray->setToolTip(tr("Shiftdesk"));
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT toggleWindowRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::setWindowVisible(bool visible)
{
    m_toggle->setText(visible ? tr("&Hide Shiftdesk") : tr("&Show Shiftdesk"));
}

void TrayIcon::notify(const QString& title, const QString& message)
{
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, 15000);
}

} // namespace shiftdesk
