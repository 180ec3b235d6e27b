#include "ChecklistPage.h"

#include "ChecklistView.h"
#include "CoverPanel.h"
#include "PhaseProgressDelegate.h"
#include "checklist/ChecklistService.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace shiftdesk {

ChecklistPage::ChecklistPage(ChecklistService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_pastModel(new ChecklistModel(this))
    , m_view(new ChecklistView(this))
    , m_dayLabel(new QLabel(this))
    , m_readOnlyNote(new QLabel(this))
    , m_dayProgress(new QProgressBar(this))
    , m_todayButton(new QPushButton(tr("Back to &today"), this))
    , m_templateButton(new QToolButton(this))
    , m_coverPanel(new CoverPanel(service->coverModel(), this))
    , m_historyView(new QListView(this))
{
    setObjectName(QStringLiteral("checklistPage"));

    QFont titleFont = m_dayLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_dayLabel->setFont(titleFont);
    m_dayLabel->setObjectName(QStringLiteral("dayLabel"));
    m_dayLabel->setTextFormat(Qt::PlainText);

    m_dayProgress->setObjectName(QStringLiteral("dayProgress"));
    m_dayProgress->setAccessibleName(tr("Progress of the day"));
    m_dayProgress->setFormat(tr("%v of %m done"));
    m_dayProgress->setMinimumWidth(200);
    m_dayProgress->setMaximumWidth(320);

    m_todayButton->setObjectName(QStringLiteral("todayButton"));

    m_templateButton->setText(tr("Template"));
    m_templateButton->setAccessibleName(tr("Checklist template"));
    m_templateButton->setPopupMode(QToolButton::InstantPopup);
    m_templateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_templateButton);
    menu->addAction(tr("&Import template…"), this, &ChecklistPage::importTemplate);
    menu->addAction(tr("&Export template…"), this, &ChecklistPage::exportTemplate);
    menu->addSeparator();
    menu->addAction(tr("&Reset to the default template…"), this, &ChecklistPage::resetTemplate);
    m_templateButton->setMenu(menu);

    auto* header = new QHBoxLayout;
    header->addWidget(m_dayLabel);
    header->addSpacing(12);
    header->addWidget(m_dayProgress, 1);
    header->addStretch();
    header->addWidget(m_todayButton);
    header->addWidget(m_templateButton);

    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setAccessibleName(tr("Today's checklist"));
    m_view->setItemDelegate(new PhaseProgressDelegate(m_view));

    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setAccessibleName(tr("Checklist history"));
    m_historyView->setModel(service->historyModel());
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* historyBox = new QGroupBox(tr("History"), this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_historyView);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_coverPanel, 0);
    sideLayout->addWidget(historyBox, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("checklistSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 340});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(splitter, 1);

    connect(m_todayButton, &QPushButton::clicked, this, &ChecklistPage::showToday);
    connect(m_view, &ChecklistView::linkActivated, this, &ChecklistPage::linkActivated);
    connect(m_coverPanel, &CoverPanel::problem, this, &ChecklistPage::statusMessage);
    connect(m_historyView, &QListView::activated, this, [this](const QModelIndex& index) {
        showDay(index.data(HistoryModel::DayRole).toDate());
    });
    connect(m_historyView, &QListView::clicked, this, [this](const QModelIndex& index) {
        showDay(index.data(HistoryModel::DayRole).toDate());
    });
    ChecklistModel* today = service->todayModel();
    // A reset (new day, new template) collapses the tree: open it again.
    connect(today, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(today, &ChecklistModel::progressChanged, this, &ChecklistPage::updateHeader);
    connect(today, &ChecklistModel::tickFailed, this, [this](const QString& message) {
        QMessageBox::warning(
            this, tr("Tick not saved"),
            tr("The change could not be saved, so it was not made.\n\n%1").arg(message));
    });
    connect(service, &ChecklistService::dayChanged, this, [this]() {
        // A new day: switch to it unless the user is reading history.
        if (m_view->model() == m_service->todayModel())
            showToday();
    });
    showToday();
}

bool ChecklistPage::isShowingToday() const
{
    return m_view->model() == m_service->todayModel();
}

void ChecklistPage::attachModel(ChecklistModel* model)
{
    if (m_view->model() != model) {
        // setModel() makes a new selection model; the old one would live on with the view.
        QItemSelectionModel* old = m_view->selectionModel();
        m_view->setModel(model);
        delete old;
    }
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(ChecklistModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ChecklistModel::StatusColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(ChecklistModel::StatusColumn, 230);
    const QModelIndex first = model->index(0, 0, model->index(0, 0));
    if (first.isValid() && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(first);
    updateHeader();
}

void ChecklistPage::showToday()
{
    ChecklistModel* today = m_service->todayModel();
    attachModel(today);
    const int row = m_service->historyModel()->rowOf(m_service->today());
    m_historyView->setCurrentIndex(m_service->historyModel()->index(row));
}

void ChecklistPage::showDay(QDate day)
{
    if (!day.isValid() || day == m_service->today()) {
        showToday();
        return;
    }
    if (!m_service->loadDay(day, m_pastModel)) {
        Q_EMIT statusMessage(tr("The checklist for %1 could not be read.")
                                 .arg(QLocale().toString(day, QLocale::LongFormat)));
        return;
    }
    attachModel(m_pastModel);
}

void ChecklistPage::updateHeader()
{
    const auto* model = qobject_cast<const ChecklistModel*>(m_view->model());
    if (!model)
        return;
    const bool today = isShowingToday();
    const QString date = QLocale().toString(model->day(), QStringLiteral("dddd d MMMM yyyy"));
    m_dayLabel->setText(today ? tr("Today · %1").arg(date) : date);
    m_dayProgress->setMaximum(qMax(1, model->totalCount()));
    m_dayProgress->setValue(model->doneCount());
    m_dayProgress->setFormat(tr("%1 of %2 done").arg(model->doneCount()).arg(model->totalCount()));
    m_todayButton->setVisible(!today);
    m_readOnlyNote->setVisible(!today);
    m_readOnlyNote->setText(tr("This is the checklist of a past day as it was left; past days "
                               "cannot be changed."));
    m_view->setAccessibleName(today ? tr("Today's checklist") : tr("Checklist of %1").arg(date));
}

bool ChecklistPage::importTemplateFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray content = file.read(ChecklistTemplate::kMaxFileSize + 1);
    if (!m_service->importTemplate(content, error))
        return false;
    showToday();
    return true;
}

bool ChecklistPage::exportTemplateFile(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_service->exportTemplate()) < 0 ||
        !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ChecklistPage::importTemplate()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import checklist template"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Checklist templates (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importTemplateFile(path, &error)) {
        QMessageBox::warning(this, tr("Template not imported"),
                             tr("%1 was not imported; the current template stays in use.\n\n%2")
                                 .arg(QFileInfo(path).fileName(), error));
        return;
    }
    Q_EMIT statusMessage(tr("Imported the checklist template from %1.").arg(path));
}

void ChecklistPage::exportTemplate()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/shiftdesk-checklist.json");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export checklist template"), suggested, tr("Checklist templates (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTemplateFile(path, &error)) {
        QMessageBox::warning(this, tr("Template not exported"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Exported the checklist template to %1.").arg(path));
}

void ChecklistPage::resetTemplate()
{
    const auto answer = QMessageBox::question(
        this, tr("Reset the checklist template"),
        tr("Replace the current template with Shiftdesk's default? Ticks on items that exist in "
           "both are kept. Export the current template first if you want to keep it."));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_service->resetTemplateToDefault(&error)) {
        QMessageBox::warning(this, tr("Template not reset"), error);
        return;
    }
    showToday();
    Q_EMIT statusMessage(tr("The default checklist template is in use."));
}

} // namespace shiftdesk
