#include "AlarmsPage.h"

#include "AlarmDelegate.h"
#include "AlarmDetail.h"
#include "alarms/AlarmFeed.h"
#include "core/Settings.h"
#include "github/IssueTemplate.h"
#include "slack/SlackConnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace shiftdesk {

AlarmsPage::AlarmsPage(AlarmFeed* feed, SlackConnection* slack, QWidget* parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_slack(slack)
    , m_filter(new AlarmFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_channel(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_unreadOnly(new QCheckBox(tr("&Unread only"), this))
    , m_markAllRead(new QPushButton(tr("&Mark all read"), this))
    , m_sync(new QPushButton(tr("S&ync now"), this))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
    , m_detail(new AlarmDetail(feed, slack->client(), this))
{
    setObjectName(QStringLiteral("alarmsPage"));
    m_filter->setSourceModel(feed->model());

    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->setAccessibleName(tr("Channel filter"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("State filter"));
    m_state->addItem(tr("All states"), int(AlarmFilterModel::StateFilter::All));
    m_state->addItem(tr("Firing"), int(AlarmFilterModel::StateFilter::Firing));
    m_state->addItem(tr("Needs attention"), int(AlarmFilterModel::StateFilter::NeedsAttention));
    m_state->addItem(tr("Resolved"), int(AlarmFilterModel::StateFilter::Resolved));
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->setAccessibleName(tr("Severity filter"));
    m_search->setObjectName(QStringLiteral("alarmSearch"));
    m_search->setAccessibleName(tr("Search alarms"));
    m_search->setPlaceholderText(tr("Search alarms, labels, notes…"));
    m_search->setClearButtonEnabled(true);
    m_markAllRead->setObjectName(QStringLiteral("markAllRead"));
    m_sync->setObjectName(QStringLiteral("syncNow"));
    m_status->setObjectName(QStringLiteral("alarmStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_channel);
    filters->addWidget(m_state);
    filters->addWidget(m_severity);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_unreadOnly);
    filters->addWidget(m_markAllRead);
    filters->addWidget(m_sync);

    m_view->setObjectName(QStringLiteral("alarmFeed"));
    m_view->setAccessibleName(tr("Alarm feed"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new AlarmDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setMinimumWidth(380);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    connect(m_detail, &AlarmDetail::ticketRequested, this, &AlarmsPage::ticketRequested);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* feedPage = new QWidget(this);
    auto* feedLayout = new QVBoxLayout(feedPage);
    feedLayout->setContentsMargins(0, 0, 0, 0);
    feedLayout->addLayout(filters);
    feedLayout->addWidget(m_status);
    feedLayout->addWidget(splitter, 1);

    // Shown while Slack is not connected and nothing is cached.
    auto* connectPage = new QWidget(this);
    connectPage->setObjectName(QStringLiteral("alarmsConnectPage"));
    auto* connectLayout = new QVBoxLayout(connectPage);
    auto* heading = new QLabel(tr("Connect Slack to see alarms"), connectPage);
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignHCenter);
    auto* text = new QLabel(
        tr("Shiftdesk follows the alarm channels (#high-priority-alarms and #low-priority-alarms "
           "by default) as a live feed you can triage. It needs a Slack app's bot token with the "
           "scopes channels:read, groups:read, channels:history, groups:history, users:read, "
           "reactions:write and chat:write, and the app invited to those channels. An app-level "
           "token (xapp-…) adds live updates through Socket Mode."),
        connectPage);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    auto* connectButton = new QPushButton(tr("Connect Slack…"), connectPage);
    connectButton->setObjectName(QStringLiteral("connectSlackButton"));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(text, 4);
    row->addStretch(1);
    connectLayout->addStretch(2);
    connectLayout->addWidget(heading);
    connectLayout->addLayout(row);
    connectLayout->addWidget(connectButton, 0, Qt::AlignHCenter);
    connectLayout->addStretch(3);

    m_stack->addWidget(feedPage);
    m_stack->addWidget(connectPage);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(connectButton, &QPushButton::clicked, this, &AlarmsPage::connectRequested);
    connect(m_markAllRead, &QPushButton::clicked, m_feed, &AlarmFeed::markAllRead);
    connect(m_sync, &QPushButton::clicked, m_feed, &AlarmFeed::syncNow);
    connect(m_search, &QLineEdit::textChanged, this, &AlarmsPage::applyFilters);
    connect(m_unreadOnly, &QCheckBox::toggled, this, &AlarmsPage::applyFilters);
    for (QComboBox* box : {m_channel, m_state, m_severity})
        connect(box, &QComboBox::currentIndexChanged, this, &AlarmsPage::applyFilters);
    // The current row follows the user, not the model: while rows come and go (new alarms,
    // "Unread only" hiding what was just read) Qt moves the current index by itself, and that
    // must neither switch the detail nor mark another alarm read.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this]() { m_modelChanging = true; });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AlarmsPage::restoreCurrent);
    connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this]() { m_modelChanging = true; });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AlarmsPage::restoreCurrent);
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this,
            [this]() { m_modelChanging = true; });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AlarmsPage::restoreCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (m_modelChanging)
                    return;
                const QString key = current.data(AlarmModel::GroupKeyRole).toString();
                m_detail->showGroup(key);
                if (!key.isEmpty())
                    m_feed->markRead(key);
            });
    connect(m_feed, &AlarmFeed::statusChanged, this, &AlarmsPage::updateStatus);
    connect(m_slack, &SlackConnection::stateChanged, this, &AlarmsPage::updateStatus);
    connect(m_feed->model(), &QAbstractItemModel::modelReset, this, [this]() {
        updateChannels();
        updateSeverities();
        updateStatus();
    });
    connect(m_feed->model(), &QAbstractItemModel::rowsInserted, this, [this]() {
        updateSeverities();
        updateStatus();
    });
    updateChannels();
    updateSeverities();
    updateStatus();
}

void AlarmsPage::restoreCurrent()
{
    m_modelChanging = false;
    const QString key = m_detail->groupKey();
    if (key.isEmpty())
        return;
    const int sourceRow = m_feed->model()->rowOf(key);
    const QModelIndex wanted =
        sourceRow >= 0 ? m_filter->mapFromSource(m_feed->model()->index(sourceRow)) : QModelIndex();
    if (m_view->currentIndex() == wanted)
        return;
    const QSignalBlocker block(m_view->selectionModel());
    m_view->selectionModel()->setCurrentIndex(wanted, QItemSelectionModel::ClearAndSelect);
    m_view->viewport()->update();
}

void AlarmsPage::updateStatus()
{
    QString text = m_feed->statusText();
    const QStringList problems = m_feed->channelProblems();
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    m_status->setText(text);
    const bool nothingToShow = m_feed->model()->rowCount() == 0 &&
                               m_slack->state() == SlackConnection::State::NotConfigured;
    m_stack->setCurrentIndex(nothingToShow ? 1 : 0);
    m_sync->setEnabled(m_slack->isConnected());
    updateChannels();
}

void AlarmsPage::updateChannels()
{
    const QString current = m_channel->currentData().toString();
    QStringList names;
    for (const AlarmChannel& ch : m_slack->config().alarmChannels)
        names << ch.name;
    QStringList have;
    for (int i = 1; i < m_channel->count(); ++i)
        have << m_channel->itemData(i).toString();
    if (have == names && m_channel->count() > 0)
        return;
    const QSignalBlocker block(m_channel);
    m_channel->clear();
    m_channel->addItem(tr("All channels"), QString());
    for (const QString& name : names)
        m_channel->addItem(QLatin1Char('#') + name, name);
    const int index = m_channel->findData(current);
    m_channel->setCurrentIndex(index >= 0 ? index : 0);
}

void AlarmsPage::updateSeverities()
{
    QStringList severities;
    const AlarmModel* model = m_feed->model();
    for (int i = 0; i < model->rowCount(); ++i) {
        const QString s = model->rowAt(i).group.severity;
        if (!s.isEmpty() && !severities.contains(s))
            severities << s;
    }
    severities.sort();
    QStringList have;
    for (int i = 1; i < m_severity->count(); ++i)
        have << m_severity->itemData(i).toString();
    if (have == severities && m_severity->count() > 0)
        return;
    const QString current = m_severity->currentData().toString();
    const QSignalBlocker block(m_severity);
    m_severity->clear();
    m_severity->addItem(tr("All severities"), QString());
    for (const QString& s : severities)
        m_severity->addItem(s, s);
    const int index = m_severity->findData(current);
    m_severity->setCurrentIndex(index >= 0 ? index : 0);
}

void AlarmsPage::applyFilters()
{
    m_filter->setChannel(m_channel->currentData().toString());
    m_filter->setStateFilter(AlarmFilterModel::StateFilter(m_state->currentData().toInt()));
    m_filter->setSeverity(m_severity->currentData().toString());
    m_filter->setUnreadOnly(m_unreadOnly->isChecked());
    m_filter->setText(m_search->text());
}

} // namespace shiftdesk
