#include "CoverPanel.h"

#include "shift/CoverModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shiftdesk {

CoverPanel::CoverPanel(CoverModel* model, QWidget* parent)
    : QGroupBox(tr("Support-hours cover today"), parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add period"), this))
    , m_remove(new QPushButton(tr("&Remove period"), this))
{
    setObjectName(QStringLiteral("coverPanel"));
    auto* hint = new QLabel(tr("Who answers the support channel in each period. "
                               "Double-click a cell to edit."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("coverView"));
    m_view->setAccessibleName(tr("Support-hours cover rota"));
    m_view->setModel(model);
    m_view->verticalHeader()->hide();
    // Tab leaves the table (arrow keys move between cells), so the keyboard is never trapped.
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setSectionResizeMode(CoverModel::FromColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CoverModel::ToColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    // Room for five periods before it scrolls.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5 +
                             m_view->horizontalHeader()->sizeHint().height() + 4);
    m_view->setMaximumHeight(m_view->minimumHeight());

    m_add->setAccessibleName(tr("Add a cover period"));
    m_remove->setAccessibleName(tr("Remove the selected cover period"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this]() {
        const int row = m_model->appendPeriod();
        if (row >= 0) {
            m_view->setCurrentIndex(m_model->index(row, CoverModel::PersonColumn));
            m_view->edit(m_view->currentIndex());
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_model->removePeriod(current.row());
    });
    connect(m_model, &CoverModel::editRejected, this, &CoverPanel::problem);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CoverPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CoverPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CoverPanel::updateButtons);
    updateButtons();
}

void CoverPanel::updateButtons()
{
    m_remove->setEnabled(m_view->currentIndex().isValid());
}

} // namespace shiftdesk
