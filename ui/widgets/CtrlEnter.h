#pragma once

#include <QAbstractButton>
#include <QCoreApplication>
#include <QKeySequence>
#include <QShortcut>

namespace shiftdesk {

// Ctrl+Enter (either Enter key) anywhere in `scope` presses `button` when it can be pressed:
// how every composer and form in Shiftdesk posts or creates from the keyboard. The button's
// tooltip says so.
inline void pressOnCtrlEnter(QWidget* scope, QAbstractButton* button)
{
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, button, [button]() {
            if (button->isEnabled() && button->isVisible())
                button->click();
        });
    }
    const QString hint = QCoreApplication::translate("CtrlEnter", "Ctrl+Enter");
    button->setToolTip(button->toolTip().isEmpty()
                           ? hint
                           : button->toolTip() + QStringLiteral(" (") + hint + QLatin1Char(')'));
}

} // namespace shiftdesk
