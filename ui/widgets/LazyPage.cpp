#include "LazyPage.h"

#include <QApplication>
#include <QPointer>
#include <QVBoxLayout>

namespace shiftdesk {

LazyPage::LazyPage(Factory build, QWidget* parent)
    : QWidget(parent)
    , m_build(std::move(build))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* LazyPage::page()
{
    if (!m_page && m_build) {
        const Factory build = std::move(m_build);
        m_build = nullptr;
        // Building a page never moves the keyboard focus: a page built while hidden (after
        // start-up) must not take it from what the user is typing in.
        QPointer<QWidget> focus = QApplication::focusWidget();
        m_page = build(this);
        layout()->addWidget(m_page);
        setFocusProxy(m_page);
        if (isVisible())
            m_page->show(); // now, not on the next event: no blank frame
        else if (focus && QApplication::focusWidget() != focus)
            focus->setFocus(Qt::OtherFocusReason);
    }
    return m_page;
}

void LazyPage::showEvent(QShowEvent* event)
{
    page();
    QWidget::showEvent(event);
}

} // namespace shiftdesk
