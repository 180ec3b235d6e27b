#include "LazyPage.h"

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
        m_page = build(this);
        layout()->addWidget(m_page);
    }
    return m_page;
}

void LazyPage::showEvent(QShowEvent* event)
{
    page();
    QWidget::showEvent(event);
}

} // namespace shiftdesk
