#include "TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
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

void TrayIcon::setUnread(int highPriorityUnread)
{
    if (highPriorityUnread == m_unread)
        return;
    m_unread = highPriorityUnread;
    m_tray->setToolTip(highPriorityUnread > 0
                           ? tr("Shiftdesk: %1 unread high-priority alarms").arg(highPriorityUnread)
                           : tr("Shiftdesk"));
    QIcon base = QApplication::windowIcon();
    if (highPriorityUnread <= 0) {
        m_tray->setIcon(base);
        return;
    }
    QPixmap pixmap = base.pixmap(64, 64);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0xd1, 0x24, 0x2f));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRect(30, 0, 34, 34));
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(22);
    painter.setFont(font);
    painter.drawText(QRect(30, 0, 34, 34), Qt::AlignCenter,
                     highPriorityUnread > 99 ? QStringLiteral("99")
                                             : QString::number(highPriorityUnread));
    painter.end();
    m_tray->setIcon(QIcon(pixmap));
}

void TrayIcon::notify(const QString& title, const QString& message)
{
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, 15000);
}

} // namespace shiftdesk
