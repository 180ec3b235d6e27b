#include "BoardPage.h"

#include "BoardColumnView.h"
#include "TicketDialog.h"
#include "board/BoardService.h"
#include "github/GitHubConnection.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace shiftdesk {

BoardPage::BoardPage(BoardService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_filter(new QLineEdit(this))
    , m_label(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_newTicket(new QPushButton(tr("&New support ticket…"), this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_notConnected(new QWidget(this))
    , m_notConnectedText(new QLabel(this))
    , m_board(new QWidget(this))
    , m_columnsLayout(new QHBoxLayout)
{
    setObjectName(QStringLiteral("boardPage"));
    m_filter->setObjectName(QStringLiteral("boardFilter"));
    m_filter->setPlaceholderText(tr("Filter: number, words, label or person"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter cards"));
    m_label->setObjectName(QStringLiteral("labelFilter"));
    m_label->setAccessibleName(tr("Label"));
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assignee->setAccessibleName(tr("Assignee"));
    m_refresh->setObjectName(QStringLiteral("refreshBoard"));
    m_newTicket->setObjectName(QStringLiteral("newTicketButton"));
    m_status->setObjectName(QStringLiteral("boardStatus"));
    m_status->setTextFormat(Qt::PlainText);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_label, 1);
    bar->addWidget(m_assignee, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_newTicket);

    auto* scroll = new QScrollArea(m_board);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Board columns"));
    auto* strip = new QWidget(scroll);
    strip->setLayout(m_columnsLayout);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(6);
    scroll->setWidget(strip);
    auto* boardLayout = new QVBoxLayout(m_board);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->addWidget(scroll);

    auto* ncLayout = new QVBoxLayout(m_notConnected);
    m_notConnectedText->setWordWrap(true);
    m_notConnectedText->setAlignment(Qt::AlignCenter);
    m_notConnectedText->setMaximumWidth(560);
    auto* connectButton = new QPushButton(tr("Connect &GitHub…"), m_notConnected);
    connectButton->setObjectName(QStringLiteral("connectGitHubButton"));
    ncLayout->addStretch();
    ncLayout->addWidget(m_notConnectedText, 0, Qt::AlignHCenter);
    ncLayout->addWidget(connectButton, 0, Qt::AlignHCenter);
    ncLayout->addStretch(2);
    m_stack->addWidget(m_notConnected);
    m_stack->addWidget(m_board);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(connectButton, &QPushButton::clicked, this, &BoardPage::connectRequested);
    connect(m_filter, &QLineEdit::textChanged, this, &BoardPage::applyFilters);
    connect(m_label, &QComboBox::currentIndexChanged, this, &BoardPage::applyFilters);
    connect(m_assignee, &QComboBox::currentIndexChanged, this, &BoardPage::applyFilters);
    connect(m_refresh, &QPushButton::clicked, this, [this]() { m_service->refresh(false); });
    connect(m_newTicket, &QPushButton::clicked, this, [this]() { newTicket(); });
    connect(m_service, &BoardService::statusChanged, this, &BoardPage::updateState);
    connect(m_service, &BoardService::refreshed, this, [this]() {
        rebuildColumns();
        updateFilterChoices();
    });
    connect(m_service, &BoardService::problem, this, &BoardPage::statusMessage);
    connect(m_service->model(), &BoardModel::countsChanged, this, [this]() {
        if (m_service->model()->columns() != m_columnNames)
            rebuildColumns();
        for (BoardColumnView* c : m_columns)
            c->updateHeader();
    });
    if (GitHubConnection* gh = m_service->connection())
        connect(gh, &GitHubConnection::stateChanged, this, &BoardPage::updateState);
    updateFilterChoices();
    rebuildColumns();
    updateState();
}

void BoardPage::updateState()
{
    GitHubConnection* gh = m_service->connection();
    const bool connected = gh && gh->isConnected();
    const bool hasBoard = !m_service->model()->columns().isEmpty();
    m_stack->setCurrentWidget(connected || hasBoard ? m_board : m_notConnected);
    m_notConnectedText->setText(
        tr("<h3>Connect GitHub to see the support board</h3><p>The Board tab shows the team's "
           "support board (the Status columns of a GitHub project, or the support issues by "
           "state) and raises support tickets from the repository's issue template.</p><p>%1</p>")
            .arg(gh ? gh->statusText().toHtmlEscaped() : tr("GitHub is not set up.")));
    m_newTicket->setEnabled(connected);
    m_refresh->setEnabled(connected && !m_service->isRefreshing());
    m_status->setText(m_service->statusText());
}

void BoardPage::rebuildColumns()
{
    const QStringList names = m_service->model()->columns();
    if (names == m_columnNames && !m_columns.isEmpty())
        return;
    m_columnNames = names;
    for (BoardColumnView* c : std::as_const(m_columns)) {
        c->hide();
        c->deleteLater(); // a drag from it may still be running its own event loop
    }
    m_columns.clear();
    while (QLayoutItem* item = m_columnsLayout->takeAt(0))
        delete item;
    for (int i = 0; i < names.size(); ++i) {
        auto* column =
            new BoardColumnView(m_service->model(), i, names.at(i), &m_service->clock(), this);
        m_columns << column;
        m_columnsLayout->addWidget(column, 1);
        CardListView* list = column->list();
        list->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(list, &CardListView::cardDropped, m_service, &BoardService::moveCard);
        connect(list, &QWidget::customContextMenuRequested, this,
                [this, column](const QPoint& pos) { showCardMenu(column, pos); });
        connect(list, &QListView::activated, this, [](const QModelIndex& index) {
            QDesktopServices::openUrl(QUrl(index.data(BoardModel::UrlRole).toString()));
        });
    }
    applyFilters();
    updateState();
}

void BoardPage::updateFilterChoices()
{
    const QString label = m_label->currentData().toString();
    const QString who = m_assignee->currentData().toString();
    const QSignalBlocker b1(m_label);
    const QSignalBlocker b2(m_assignee);
    m_label->clear();
    m_label->addItem(tr("Any label"), QString());
    for (const QString& l : m_service->knownLabels())
        m_label->addItem(l, l);
    m_label->setCurrentIndex(std::max(0, m_label->findData(label)));
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), QString());
    m_assignee->addItem(tr("Unassigned"), QStringLiteral("none"));
    if (GitHubConnection* gh = m_service->connection(); gh && !gh->login().isEmpty())
        m_assignee->addItem(tr("Me (%1)").arg(gh->login()), gh->login());
    for (const QString& a : m_service->knownAssignees()) {
        if (m_assignee->findData(a) < 0)
            m_assignee->addItem(a, a);
    }
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(who)));
}

void BoardPage::applyFilters()
{
    const QString text = m_filter->text();
    const QString label = m_label->currentData().toString();
    const QString who = m_assignee->currentData().toString();
    for (BoardColumnView* c : m_columns) {
        c->filter()->setText(text);
        c->filter()->setLabel(label);
        c->filter()->setAssignee(who);
        c->updateHeader();
    }
}

void BoardPage::showCardMenu(BoardColumnView* column, const QPoint& pos)
{
    const QModelIndex index = column->list()->indexAt(pos);
    if (!index.isValid())
        return;
    const QString key = index.data(BoardModel::KeyRole).toString();
    const QString url = index.data(BoardModel::UrlRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Open in the &browser"), this,
                   [url]() { QDesktopServices::openUrl(QUrl(url)); });
    QAction* assign =
        menu.addAction(tr("&Assign to me"), this, [this, key]() { m_service->assignToMe(key); });
    GitHubConnection* gh = m_service->connection();
    assign->setEnabled(gh && gh->isConnected() &&
                       !index.data(BoardModel::AssigneesRole).toStringList().contains(gh->login()));
    QMenu* move = menu.addMenu(tr("&Move to"));
    for (int i = 0; i < m_columnNames.size(); ++i) {
        QAction* a = move->addAction(m_columnNames.at(i), this,
                                     [this, key, i]() { m_service->moveCard(key, i); });
        a->setEnabled(i != column->filter()->column());
    }
    menu.exec(column->list()->viewport()->mapToGlobal(pos));
}

TicketDialog* BoardPage::ticketDialog() const
{
    return m_dialog.data();
}

void BoardPage::newTicket(const SlackContext& context)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new TicketDialog(m_service, context, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &TicketDialog::created, this,
            [this, context](const QString& message, const QString& url, int number) {
                Q_EMIT statusMessage(message);
                Q_EMIT ticketCreated(context, url, number);
            });
    m_dialog->open();
}

} // namespace shiftdesk
