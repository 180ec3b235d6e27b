#include "ShiftSettingsPage.h"

#include "core/Settings.h"
#include "shell/TrayIcon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimeEdit>

namespace shiftdesk {

namespace {
QTimeEdit* timeEdit(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QTimeEdit(parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QString periodsToText(const QList<CoverPeriod>& periods)
{
    QStringList parts;
    for (const CoverPeriod& p : periods)
        parts << p.toString();
    return parts.join(QStringLiteral(", "));
}
} // namespace

ShiftSettingsPage::ShiftSettingsPage(Settings* settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_name(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_workStart(timeEdit(this, tr("Working hours start")))
    , m_workEnd(timeEdit(this, tr("Working hours end")))
    , m_supportStart(timeEdit(this, tr("Support hours start")))
    , m_supportEnd(timeEdit(this, tr("Support hours end")))
    , m_coverPeriods(new QLineEdit(this))
    , m_reminders(
          new QCheckBox(tr("Remind me when a checklist phase is due with items open"), this))
    , m_closeToTray(new QCheckBox(tr("Closing the window hides it to the tray"), this))
{
    setObjectName(QStringLiteral("shiftSettingsPage"));
    m_name->setObjectName(QStringLiteral("identityEdit"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("Shown with the items you tick"));
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setAccessibleName(tr("Team time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_coverPeriods->setObjectName(QStringLiteral("coverPeriodsEdit"));
    m_coverPeriods->setAccessibleName(tr("Default cover periods"));
    m_coverPeriods->setPlaceholderText(QStringLiteral("10:00-12:00, 12:00-14:00, 14:00-17:00"));
    m_closeToTray->setEnabled(TrayIcon::isAvailable());
    if (!TrayIcon::isAvailable())
        m_closeToTray->setToolTip(tr("This desktop has no system tray."));

    auto range = [this](QTimeEdit* from, QTimeEdit* to) {
        auto* row = new QHBoxLayout;
        row->addWidget(from);
        row->addWidget(new QLabel(tr("to"), this));
        row->addWidget(to);
        row->addStretch();
        return row;
    };

    auto* days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        auto* box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), this);
        box->setAccessibleName(QLocale().dayName(d, QLocale::LongFormat));
        m_days.append(box);
        days->addWidget(box);
    }
    days->addStretch();

    auto* form = new QFormLayout(this);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Team &time zone:"), m_timeZone);
    form->addRow(tr("&Working hours:"), range(m_workStart, m_workEnd));
    form->addRow(tr("&Support hours:"), range(m_supportStart, m_supportEnd));
    form->addRow(tr("Workdays:"), days);
    form->addRow(tr("&Cover periods:"), m_coverPeriods);
    auto* coverHint = new QLabel(tr("The periods a new day's cover rota starts with, as "
                                    "HH:mm-HH:mm separated by commas."),
                                 this);
    coverHint->setWordWrap(true);
    form->addRow(QString(), coverHint);
    form->addRow(QString(), m_reminders);
    form->addRow(QString(), m_closeToTray);
    load();
}

void ShiftSettingsPage::load()
{
    const ShiftConfig c = m_settings->shiftConfig();
    m_name->setText(m_settings->identity());
    m_timeZone->setCurrentText(QString::fromUtf8(c.timeZone.id()));
    m_workStart->setTime(c.workStart);
    m_workEnd->setTime(c.workEnd);
    m_supportStart->setTime(c.supportStart);
    m_supportEnd->setTime(c.supportEnd);
    for (int d = 1; d <= 7; ++d)
        m_days[d - 1]->setChecked(c.workdays.contains(d));
    m_coverPeriods->setText(periodsToText(m_settings->defaultCoverPeriods()));
    m_reminders->setChecked(m_settings->remindersEnabled());
    m_closeToTray->setChecked(m_settings->closeToTray());
}

bool ShiftSettingsPage::validate(QString* error) const
{
    const QByteArray zone = m_timeZone->currentText().trimmed().toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(zone)) {
        *error = tr("Team time zone: \"%1\" is not a known time zone (e.g. Europe/London).")
                     .arg(m_timeZone->currentText());
        return false;
    }
    if (m_workStart->time() >= m_workEnd->time()) {
        *error = tr("Working hours: the end must be after the start.");
        return false;
    }
    if (m_supportStart->time() >= m_supportEnd->time()) {
        *error = tr("Support hours: the end must be after the start.");
        return false;
    }
    if (m_supportStart->time() < m_workStart->time() || m_supportEnd->time() > m_workEnd->time()) {
        *error = tr("Support hours must lie within working hours.");
        return false;
    }
    const QStringList parts = m_coverPeriods->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (!CoverPeriod::fromString(part).isValid()) {
            *error =
                tr("Cover periods: \"%1\" is not a period like 12:00-14:00.").arg(part.trimmed());
            return false;
        }
    }
    return true;
}

void ShiftSettingsPage::apply()
{
    ShiftConfig c;
    c.timeZone = QTimeZone(m_timeZone->currentText().trimmed().toUtf8());
    c.workStart = m_workStart->time();
    c.workEnd = m_workEnd->time();
    c.supportStart = m_supportStart->time();
    c.supportEnd = m_supportEnd->time();
    c.workdays.clear();
    for (int d = 1; d <= 7; ++d) {
        if (m_days[d - 1]->isChecked())
            c.workdays.insert(d);
    }
    QList<CoverPeriod> periods;
    const QStringList parts = m_coverPeriods->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts)
        periods << CoverPeriod::fromString(part);
    m_settings->setIdentity(m_name->text());
    m_settings->setDefaultCoverPeriods(periods);
    m_settings->setRemindersEnabled(m_reminders->isChecked());
    m_settings->setCloseToTray(m_closeToTray->isChecked());
    m_settings->setShiftConfig(c);
}

} // namespace shiftdesk
