// The Handover tab's part of the main window: the tab, the checklist's "handover" links, and
// the start-of-day and end-of-day offers.
#include "MainWindow.h"

#include "checklist/ChecklistService.h"
#include "core/Clock.h"
#include "handover/HandoverPage.h"
#include "handover/HandoverService.h"
#include "widgets/LazyPage.h"
#include "widgets/PlaceholderPage.h"

#include <QStatusBar>
#include <QTabWidget>

namespace shiftdesk {

void MainWindow::addHandoverTab()
{
    HandoverService* service = m_services.handover;
    if (!service) {
        auto* placeholder = new PlaceholderPage(
            tr("Handovers are not available"),
            tr("The Handover tab shows what happened out of hours in the morning, and builds the "
               "end-of-day handover to the on-call engineer from the shift's own state."),
            this);
        placeholder->setObjectName(QStringLiteral("handoverPage"));
        m_tabs->addTab(placeholder, tr("Handover"));
        return;
    }
    m_handoverLazy = new LazyPage(
        [this](QWidget* holder) {
            m_handoverPage = new HandoverPage(m_services.handover, holder);
            connect(m_handoverPage, &HandoverPage::statusMessage, this, &MainWindow::showStatus);
            return m_handoverPage;
        },
        this);
    m_tabs->addTab(m_handoverLazy, tr("Handover"));
    connect(service, &HandoverService::problem, this, &MainWindow::showStatus);
    connect(service, &HandoverService::offer, this, [this](HandoverService::Offer what) {
        m_notificationTab = HandoverTab;
        if (what == HandoverService::Offer::Overnight) {
            handoverPage()->showOvernight();
            notify(tr("Good morning: read the overnight handover"),
                   tr("What the on-call engineer handed over, and the alarms out of hours."));
        } else {
            handoverPage()->showComposer();
            notify(tr("Time to hand over to on-call"),
                   tr("The handover is drafted from the shift: check it and post it before "
                      "18:00."));
        }
    });
}

void MainWindow::openHandover()
{
    m_tabs->setCurrentIndex(HandoverTab);
    if (!handoverPage())
        return;
    // Mornings read the overnight handover; afternoons write the evening one.
    const ShiftSchedule& schedule = m_services.checklist->schedule();
    if (schedule.timeAt(m_services.clock->now()) < QTime(13, 0))
        handoverPage()->showOvernight();
    else
        handoverPage()->showComposer();
}

} // namespace shiftdesk
