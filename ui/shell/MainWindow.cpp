#include "MainWindow.h"

#include "ShiftStatus.h"
#include "TrayIcon.h"
#include "WelcomePanel.h"
#include "alarms/AlarmFeed.h"
#include "alarms/AlarmsPage.h"
#include "announce/AnnouncePage.h"
#include "announce/AnnounceService.h"
#include "announce/AnnouncementModel.h"
#include "announce/PromiseRules.h"
#include "announce/TimeText.h"
#include "board/BoardPage.h"
#include "board/BoardService.h"
#include "checklist/ChecklistModel.h"
#include "checklist/ChecklistPage.h"
#include "checklist/ChecklistService.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "github/GitHubConnection.h"
#include "settings/SettingsDialog.h"
#include "slack/SlackConnection.h"
#include "widgets/LazyPage.h"
#include "widgets/Palette.h"
#include "widgets/PlaceholderPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace shiftdesk {

MainWindow::MainWindow(const AppServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
{
    // The welcome (above the tabs) is made first, so Tab reaches it before the tab bar and the
    // pages, as on screen; pages built after start-up then join right after the tabs.
    auto* central = new QWidget(this);
    m_welcome = new WelcomePanel(central);
    m_tabs = new QTabWidget(this);
    m_checklistPage = new ChecklistPage(services.checklist, this);
    m_shiftStatus = new ShiftStatus(services.checklist, services.clock, this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Shiftdesk"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_checklistPage, tr("Checklist"));
    if (services.alarms && services.slack) {
        m_alarmsLazy = new LazyPage(
            [this](QWidget* holder) {
                m_alarmsPage = new AlarmsPage(m_services.alarms, m_services.slack, holder);
                connect(m_alarmsPage, &AlarmsPage::connectRequested, this,
                        &MainWindow::openSlackPreferences);
                connect(m_alarmsPage, &AlarmsPage::ticketRequested, this, &MainWindow::raiseTicket);
                return m_alarmsPage;
            },
            this);
        m_tabs->addTab(m_alarmsLazy, tr("Alarms"));
    } else {
        auto* alarms = new PlaceholderPage(
            tr("Connect Slack to see alarms"),
            tr("The Alarms tab shows the team's alarm channels (#high-priority-alarms and "
               "#low-priority-alarms by default) as a live feed you can triage. It needs a Slack "
               "workspace connection."),
            this);
        alarms->setObjectName(QStringLiteral("alarmsPage"));
        m_tabs->addTab(alarms, tr("Alarms"));
    }
    addSupportTab();
    if (services.board) {
        m_boardPage = new BoardPage(services.board, this);
        m_tabs->addTab(m_boardPage, tr("Board"));
        connectTicketReplies();
        connect(m_boardPage, &BoardPage::connectRequested, this,
                &MainWindow::openGitHubPreferences);
        connect(m_boardPage, &BoardPage::statusMessage, this, &MainWindow::showStatus);
        connect(services.board, &BoardService::unassignedChanged, this,
                &MainWindow::updateBoardBadge);
    } else {
        auto* board = new PlaceholderPage(
            tr("Connect GitHub to see the support board"),
            tr("The Board tab shows the team's support board (a GitHub project's Status "
               "columns) and raises support tickets from the repository's issue template."),
            this);
        board->setObjectName(QStringLiteral("boardPage"));
        m_tabs->addTab(board, tr("Board"));
    }
    if (services.announce) {
        m_announceLazy = new LazyPage(
            [this](QWidget* holder) {
                m_announcePage = new AnnouncePage(m_services.announce, holder);
                connect(m_announcePage, &AnnouncePage::statusMessage, this,
                        &MainWindow::showStatus);
                return m_announcePage;
            },
            this);
        m_tabs->addTab(m_announceLazy, tr("Announce"));
    } else {
        auto* announce = new PlaceholderPage(
            tr("Announcements are not available"),
            tr("The Announce tab composes announcements for the support channel with a preview "
               "that looks the way Slack shows it, and reminds you of every update you "
               "promised."),
            this);
        announce->setObjectName(QStringLiteral("announcePage"));
        m_tabs->addTab(announce, tr("Announce"));
    }
    addHandoverTab();
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("windowBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_banner->setAccessibleName(tr("Notice"));
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc2));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();
    centralLayout->addWidget(m_banner);
    m_welcome->hide();
    centralLayout->addWidget(m_welcome);
    m_launchDemo = []() {
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--demo")});
    };
    connect(m_welcome, &WelcomePanel::demoRequested, this, [this]() {
        if (m_launchDemo)
            m_launchDemo();
        statusBar()->showMessage(tr("Starting the demo workspace in a second window…"), 8000);
    });
    connect(m_welcome, &WelcomePanel::connectSlackRequested, this,
            &MainWindow::openSlackPreferences);
    connect(m_welcome, &WelcomePanel::connectGitHubRequested, this,
            &MainWindow::openGitHubPreferences);
    if (services.slack)
        connect(services.slack, &SlackConnection::stateChanged, this, &MainWindow::updateWelcome);
    if (services.github)
        connect(services.github, &GitHubConnection::stateChanged, this, &MainWindow::updateWelcome);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_shiftStatus, 1);
    if (services.slack) {
        m_slackStatus = new QLabel(this);
        m_slackStatus->setObjectName(QStringLiteral("slackStatus"));
        m_slackStatus->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(m_slackStatus);
        connect(services.slack, &SlackConnection::stateChanged, this,
                &MainWindow::updateSlackStatus);
        connect(services.slack->client(), &SlackClient::rateLimited, this,
                [this](const QString& method, int seconds) {
                    statusBar()->showMessage(
                        tr("Slack is rate-limiting %1; waiting %2 s.").arg(method).arg(seconds),
                        10000);
                });
        updateSlackStatus();
    }
    if (services.alarms) {
        connect(services.alarms, &AlarmFeed::unreadChanged, this, &MainWindow::updateAlarmsBadge);
        connect(services.alarms, &AlarmFeed::newHighPriorityAlarm, this,
                [this](const QString&, const QString& title, const QString& text) {
                    m_notificationTab = AlarmsTab;
                    notify(tr("High-priority alarm: %1").arg(title), text);
                });
        connect(services.alarms, &AlarmFeed::problem, this, &MainWindow::showStatus);
        updateAlarmsBadge(services.alarms->model()->unreadCount(true),
                          services.alarms->model()->unreadCount(false));
    }
    if (services.announce) {
        m_promiseStatus = new QLabel(this);
        m_promiseStatus->setObjectName(QStringLiteral("promiseStatus"));
        m_promiseStatus->setTextFormat(Qt::RichText);
        m_promiseStatus->hide();
        connect(m_promiseStatus, &QLabel::linkActivated, this, [this](const QString& link) {
            // "update:<announcement id>": write the overdue update in its thread.
            const qint64 id = link.section(QLatin1Char(':'), 1).toLongLong();
            if (id && announcePage()) {
                m_tabs->setCurrentIndex(AnnounceTab);
                announcePage()->startUpdate(id);
            }
        });
        statusBar()->addPermanentWidget(m_promiseStatus);
        connect(services.announce, &AnnounceService::promisesChanged, this,
                &MainWindow::updatePromises);
        connect(services.announce, &AnnounceService::reminderDue, this,
                &MainWindow::showPromiseReminder);
        connect(services.announce, &AnnounceService::problem, this, &MainWindow::showStatus);
        updatePromises();
    }
    setupMenus();

    connect(m_checklistPage, &ChecklistPage::linkActivated, this, &MainWindow::openLink);
    connect(m_checklistPage, &ChecklistPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(services.checklist, &ChecklistService::remindersDue, this, &MainWindow::showReminders);
    connect(services.checklist, &ChecklistService::storageError, this, &MainWindow::showStatus);
    connect(services.checklist->todayModel(), &ChecklistModel::progressChanged, this,
            &MainWindow::updateChecklistBadge);
    connect(services.checklist, &ChecklistService::dayChanged, this,
            &MainWindow::updateChecklistBadge);

    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, [this]() {
        m_shiftStatus->refresh();
        updateChecklistBadge();
    });
    m_statusTimer.start();
    updateChecklistBadge();

    resize(1120, 720);
    const QByteArray geometry = services.settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

MainWindow::~MainWindow() = default;

void MainWindow::updateSlackStatus()
{
    if (!m_slackStatus || !m_services.slack)
        return;
    m_slackStatus->setText(m_services.slack->statusText());
    const bool bad = m_services.slack->state() == SlackConnection::State::AuthFailed ||
                     m_services.slack->state() == SlackConnection::State::Offline;
    m_slackStatus->setForegroundRole(bad ? QPalette::Highlight : QPalette::WindowText);
}

void MainWindow::updateAlarmsBadge(int highUnread, int unread)
{
    const QString label = highUnread > 0 ? tr("Alarms (%1)").arg(highUnread) : tr("Alarms");
    m_tabs->setTabText(AlarmsTab, label);
    m_tabs->setTabToolTip(AlarmsTab,
                          tr("Unread: %1 high-priority, %2 in all").arg(highUnread).arg(unread));
    if (m_tray)
        m_tray->setUnread(highUnread);
}

void MainWindow::notify(const QString& title, const QString& message)
{
    if (m_tray)
        m_tray->notify(title, message);
    statusBar()->showMessage(title, 30000);
    QApplication::alert(this);
    Q_EMIT notified(title, message);
}

void MainWindow::updateWelcome()
{
    // Only while nothing is set up: either connection configured (or failing) means the user
    // is past the first run.
    const bool slackNone =
        !m_services.slack || m_services.slack->state() == SlackConnection::State::NotConfigured;
    const bool gitHubNone =
        !m_services.github || m_services.github->state() == GitHubConnection::State::NotConfigured;
    const bool settled = m_services.slack && m_services.github &&
                         m_services.slack->state() != SlackConnection::State::Loading &&
                         m_services.github->state() != GitHubConnection::State::Loading;
    if (!(slackNone && gitHubNone && settled))
        m_welcome->hide();
    else if (!m_welcomeShown)
        m_welcome->show(); // once: closing it is remembered for this run
    m_welcomeShown = m_welcomeShown || m_welcome->isVisible();
}

void MainWindow::showBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void MainWindow::enableTray()
{
    if (m_tray || !TrayIcon::isAvailable())
        return;
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::toggleWindowRequested, this, &MainWindow::toggleVisible);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
    connect(m_tray, &TrayIcon::messageClicked, this, [this]() {
        raiseAndActivate();
        m_tabs->setCurrentIndex(m_notificationTab); // the tab the last notification was about
        if (m_notificationTab == AnnounceTab && m_reminderAnnouncement && announcePage())
            announcePage()->startUpdate(m_reminderAnnouncement);
    });
    m_tray->show();
    if (m_services.alarms)
        m_tray->setUnread(m_services.alarms->model()->unreadCount(true));
}

void MainWindow::toggleVisible()
{
    if (isVisible() && !isMinimized()) {
        hide();
    } else {
        raiseAndActivate();
    }
    if (m_tray)
        m_tray->setWindowVisible(isVisible());
}

void MainWindow::raiseAndActivate()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    if (m_tray)
        m_tray->setWindowVisible(true);
}

void MainWindow::saveGeometry()
{
    m_services.settings->setWindowGeometry(QMainWindow::saveGeometry());
}

void MainWindow::quit()
{
    m_quitting = true;
    saveGeometry();
    close();
    QCoreApplication::quit();
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, 15000);
}

AlarmsPage* MainWindow::alarmsPage() const
{
    if (m_alarmsLazy)
        m_alarmsLazy->page();
    return m_alarmsPage;
}

AnnouncePage* MainWindow::announcePage() const
{
    if (m_announceLazy)
        m_announceLazy->page();
    return m_announcePage;
}

HandoverPage* MainWindow::handoverPage() const
{
    if (m_handoverLazy)
        m_handoverLazy->page();
    return m_handoverPage;
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
        // The tabs not built for the first paint, built while the window waits for the user.
        QTimer::singleShot(0, this, [this]() {
            for (LazyPage* lazy : {m_alarmsLazy, m_supportLazy, m_announceLazy, m_handoverLazy}) {
                if (lazy)
                    lazy->page();
            }
        });
    }
    if (event->type() == QEvent::PaletteChange && m_promiseStatus)
        updatePromises(); // its red is chosen for the palette
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveGeometry();
    if (!m_quitting && m_tray && m_services.settings->closeToTray()) {
        hide();
        m_tray->setWindowVisible(false);
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_tray->notify(tr("Shiftdesk is still running"),
                           tr("Reminders keep coming. Use the tray icon to show the window or "
                              "quit."));
        }
        event->ignore();
        return;
    }
    event->accept();
    QCoreApplication::quit();
}

void MainWindow::showReminders(const QList<PhaseReminder>& reminders)
{
    if (reminders.isEmpty())
        return;
    QStringList lines;
    for (const PhaseReminder& r : reminders)
        lines << tr("%1 · open items: %2").arg(r.title).arg(r.openItems);
    m_notificationTab = ChecklistTab;
    notify(tr("Checklist reminder"), lines.join(QLatin1Char('\n')));
    statusBar()->showMessage(lines.join(QStringLiteral(" · ")), 60000);
}

void MainWindow::openLink(const QString& link)
{
    if (link == QLatin1String("alarms")) {
        m_tabs->setCurrentIndex(AlarmsTab);
    } else if (link == QLatin1String("board")) {
        m_tabs->setCurrentIndex(BoardTab);
    } else if (link == QLatin1String("announce")) {
        m_tabs->setCurrentIndex(AnnounceTab);
    } else if (link == QLatin1String("support")) {
        m_tabs->setCurrentIndex(SupportTab);
    } else if (link == QLatin1String("handover")) {
        openHandover();
    }
}

void MainWindow::updateChecklistBadge()
{
    const int open = m_services.checklist->openInStartedPhases();
    const QString label = open > 0 ? tr("Checklist (%1)").arg(open) : tr("Checklist");
    if (m_tabs->tabText(ChecklistTab) != label) {
        m_tabs->setTabText(ChecklistTab, label);
        m_tabs->setTabToolTip(ChecklistTab,
                              open > 0 ? tr("Open items in phases that have started: %1").arg(open)
                                       : QString());
    }
}

void MainWindow::updatePromises()
{
    AnnounceService* announce = m_services.announce;
    if (!announce)
        return;
    const int attention = announce->attentionCount();
    const QString label = attention > 0 ? tr("Announce (%1)").arg(attention) : tr("Announce");
    if (m_tabs->tabText(AnnounceTab) != label) {
        m_tabs->setTabText(AnnounceTab, label);
        m_tabs->setTabToolTip(
            AnnounceTab, attention > 0
                             ? tr("%n update promise(s) due soon or overdue", nullptr, attention)
                             : QString());
    }
    const int overdue = announce->overdueCount();
    if (overdue == 0) {
        m_promiseStatus->hide();
        return;
    }
    const QDateTime now = m_services.clock->now();
    QStringList titles;
    qint64 first = 0;
    for (const UpdatePromise& p : announce->openPromises()) {
        if (p.due.addSecs(60 * PromiseRules::kGraceMinutes) >= now)
            continue;
        if (const auto a = announce->store().announcement(p.announcementId)) {
            QString title = a->title();
            title = title.section(QStringLiteral(" — "), 0, 0);
            if (title.size() > 32)
                title = title.left(31).trimmed() + QChar(0x2026);
            const QString t = tr("%1 (%2)").arg(title, TimeText::time(p.due, announce->timeZone()));
            if (!titles.contains(t))
                titles << t;
            if (!first)
                first = p.announcementId;
        }
    }
    m_promiseStatus->setText(
        tr("Update overdue: %1").arg(titles.join(QStringLiteral("; "))).toHtmlEscaped() +
        QStringLiteral(" <a href=\"update:%1\">%2</a>").arg(first).arg(tr("Write it")));
    m_promiseStatus->setStyleSheet(palette::textCss(palette::error(palette())) +
                                   QStringLiteral(" font-weight: bold;"));
    m_promiseStatus->setToolTip(tr("You promised an update and it has not been posted: open the "
                                   "announcement in the Announce tab and write it"));
    m_promiseStatus->show();
}

void MainWindow::showPromiseReminder(const PromiseReminder& reminder)
{
    const QString time = TimeText::time(reminder.due, m_services.announce->timeZone());
    m_notificationTab = AnnounceTab;
    m_reminderAnnouncement = reminder.announcementId;
    if (reminder.stage == AnnounceStore::ReminderStage::Before)
        notify(tr("Update due at %1").arg(time),
               tr("You promised an update on “%1” at %2.").arg(reminder.title, time));
    else
        notify(tr("Update due now: %1").arg(reminder.title),
               tr("You promised an update at %1. Click to write it in the thread.").arg(time));
    updatePromises();
}

void MainWindow::updateBoardBadge(int unassigned)
{
    m_tabs->setTabText(BoardTab, unassigned > 0 ? tr("Board (%1)").arg(unassigned) : tr("Board"));
    m_tabs->setTabToolTip(
        BoardTab, unassigned > 0
                      ? tr("%n unassigned support request(s) on the board", nullptr, unassigned)
                      : QString());
    m_services.checklist->todayModel()->setLinkNote(
        QStringLiteral("board"),
        unassigned > 0 ? tr("%n unassigned on the board", nullptr, unassigned) : QString());
}

} // namespace shiftdesk
