#include "SettingsDialog.h"

#include "ShiftSettingsPage.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace shiftdesk {

SettingsDialog::SettingsDialog(Settings* settings, QWidget* parent)
    : QDialog(parent)
    , m_shiftPage(new ShiftSettingsPage(settings, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Shiftdesk preferences"));
    auto* pages = new QTabWidget(this);
    pages->addTab(m_shiftPage, tr("Shift"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    QString error;
    if (!m_shiftPage->validate(&error)) {
        QMessageBox::warning(this, tr("Check the preferences"), error);
        return;
    }
    m_shiftPage->apply();
    QDialog::accept();
}

} // namespace shiftdesk
