#include "TicketDialog.h"
#include "widgets/CtrlEnter.h"
#include "widgets/Palette.h"

#include "board/BoardService.h"
#include "slack/Mrkdwn.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace shiftdesk {

TicketDialog::TicketDialog(BoardService* service, const SlackContext& context, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_context(context)
    , m_templates(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_titleError(new QLabel(this))
    , m_about(new QLabel(this))
    , m_labels(new QLabel(this))
    , m_form(new QWidget(this))
    , m_formLayout(new QFormLayout(m_form))
    , m_message(new QLabel(this))
    , m_create(new QPushButton(tr("&Create ticket"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("ticketDialog"));
    setWindowTitle(tr("New support ticket"));
    m_templates->setObjectName(QStringLiteral("templateCombo"));
    m_templates->setAccessibleName(tr("Issue template"));
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_titleError->setObjectName(QStringLiteral("titleError"));
    m_titleError->setStyleSheet(palette::textCss(palette::error(palette())));
    m_titleError->hide();
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::PlainText);
    m_labels->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("ticketMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setOpenExternalLinks(true);
    m_message->setText(tr("Reading the repository's issue templates…"));
    m_create->setObjectName(QStringLiteral("createTicketButton"));
    m_create->setDefault(true);
    m_create->setEnabled(false);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto* top = new QFormLayout;
    top->addRow(tr("&Template:"), m_templates);
    top->addRow(QString(), m_about);
    top->addRow(tr("T&itle:"), m_title);
    top->addRow(QString(), m_titleError);
    top->addRow(tr("Labels:"), m_labels);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    if (!m_context.text.isEmpty() || !m_context.permalink.isEmpty()) {
        m_slack = new QPlainTextEdit(m_context.markdown(), this);
        m_slack->setObjectName(QStringLiteral("slackContext"));
        m_slack->setReadOnly(true);
        m_slack->setMaximumHeight(110);
        m_slack->setAccessibleName(tr("From Slack: added to the ticket"));
        layout->addWidget(new QLabel(tr("From Slack (added to the ticket):"), this));
        layout->addWidget(m_slack);
        const QString first =
            Mrkdwn::toPlainText(m_context.text).section(QLatin1Char('\n'), 0, 0).trimmed();
        m_title->setText(first.left(100));
    }
    layout->addLayout(buttons);

    connect(m_templates, &QComboBox::currentIndexChanged, this, &TicketDialog::showTemplate);
    connect(m_create, &QPushButton::clicked, this, &TicketDialog::create);
    pressOnCtrlEnter(this, m_create);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textEdited, m_titleError, &QWidget::hide);
    resize(640, 700);
    m_service->loadTemplates(this, [this](const QList<IssueTemplate>& t, const QString& error) {
        templatesLoaded(t, error);
    });
}

void TicketDialog::templatesLoaded(const QList<IssueTemplate>& templates, const QString& error)
{
    m_loaded = templates;
    m_message->setText(error.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (templates.isEmpty()) {
        m_create->setEnabled(false);
        return;
    }
    int chosen = 0;
    for (int i = 0; i < templates.size(); ++i) {
        m_templates->addItem(templates.at(i).name, templates.at(i).fileName);
        if (templates.at(i).isSupportRequest() && !templates.at(chosen).isSupportRequest())
            chosen = i;
    }
    const int configured = m_templates->findData(m_service->configuredTemplate());
    m_templates->setCurrentIndex(configured >= 0 ? configured : chosen);
    showTemplate(m_templates->currentIndex());
    m_create->setEnabled(true);
}

void TicketDialog::showTemplate(int index)
{
    if (index < 0 || index >= m_loaded.size())
        return;
    const IssueTemplate& t = m_loaded.at(index);
    m_about->setText(t.about);
    m_labels->setText(t.labels.isEmpty() ? tr("none") : t.labels.join(QStringLiteral(", ")));
    // The template's title, unless the user typed one or it came from Slack.
    if (!m_title->isModified() && m_context.text.isEmpty())
        m_title->setText(t.title);
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_texts.clear();
    m_boxes.clear();
    for (const TemplateSection& s : t.sections) {
        if (s.kind == TemplateSection::Kind::Checkboxes) {
            auto* box = new QWidget(m_form);
            auto* boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            for (const QString& option : s.options) {
                auto* check = new QCheckBox(option, box);
                check->setChecked(s.checked.contains(option));
                boxLayout->addWidget(check);
                m_boxes[s.heading] << check;
            }
            m_formLayout->addRow(s.heading, box);
            continue;
        }
        auto* edit = new QPlainTextEdit(m_form);
        edit->setPlaceholderText(s.hint);
        edit->setTabChangesFocus(true);
        edit->setAccessibleName(s.heading);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        if (s.heading.contains(QLatin1String("Contact"), Qt::CaseInsensitive) &&
            !m_context.author.isEmpty())
            edit->setPlainText(m_context.author);
        m_texts.insert(s.heading, edit);
        m_formLayout->addRow(s.heading, edit);
    }
}

QPlainTextEdit* TicketDialog::sectionEdit(const QString& heading) const
{
    return m_texts.value(heading);
}

QCheckBox* TicketDialog::option(const QString& heading, const QString& option) const
{
    for (QCheckBox* c : m_boxes.value(heading)) {
        if (c->text() == option)
            return c;
    }
    return nullptr;
}

QString TicketDialog::bodyPreview() const
{
    const int index = m_templates->currentIndex();
    if (index < 0 || index >= m_loaded.size())
        return {};
    QHash<QString, QString> text;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        text.insert(it.key(), it.value()->toPlainText().trimmed());
    QHash<QString, QStringList> checked;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        QStringList on;
        for (QCheckBox* c : it.value()) {
            if (c->isChecked())
                on << c->text();
        }
        checked.insert(it.key(), on);
    }
    const bool hasContext = !m_context.text.isEmpty() || !m_context.permalink.isEmpty();
    return m_loaded.at(index).buildBody(text, checked,
                                        hasContext ? m_context.markdown() : QString());
}

void TicketDialog::create()
{
    if (m_done) {
        accept();
        return;
    }
    const int index = m_templates->currentIndex();
    if (index < 0 || index >= m_loaded.size())
        return;
    if (m_title->text().trimmed().isEmpty()) {
        m_titleError->setText(tr("A title is needed."));
        m_titleError->show();
        m_title->setFocus();
        return;
    }
    const IssueTemplate& t = m_loaded.at(index);
    NewIssue issue;
    issue.title = m_title->text().trimmed();
    issue.body = bodyPreview();
    issue.labels = t.labels;
    issue.assignees = t.assignees;
    setBusy(true);
    m_service->createTicket(issue, this, [this](const BoardService::TicketOutcome& out) {
        setBusy(false);
        if (out.created) {
            m_done = true;
            m_message->setText(
                out.message.toHtmlEscaped() +
                QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(out.issue.url.toHtmlEscaped(), tr("Open #%1").arg(out.issue.number)));
            m_create->setText(tr("&Close"));
            m_cancel->hide();
            Q_EMIT created(out.message, out.issue.url, int(out.issue.number));
            return;
        }
        QStringList general;
        for (const GitHubResult::FieldError& e : out.result.fieldErrors) {
            if (e.field == QLatin1String("title")) {
                m_titleError->setText(
                    tr("GitHub: the title is %1.").arg(e.message.isEmpty() ? e.code : e.message));
                m_titleError->show();
            } else {
                general << tr("%1: %2").arg(e.field, e.message.isEmpty() ? e.code : e.message);
            }
        }
        QString text = out.message;
        if (!general.isEmpty())
            text += QLatin1Char(' ') + general.join(QStringLiteral("; "));
        m_message->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                               .arg(palette::error(palette()).name(), text.toHtmlEscaped()));
    });
}

void TicketDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void TicketDialog::closeEvent(QCloseEvent* event)
{
    if (m_busy) {
        event->ignore(); // the answer is on its way: closing now would hide what happened
        return;
    }
    QDialog::closeEvent(event);
}

void TicketDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_cancel->setEnabled(!busy);
    m_create->setEnabled(!busy);
    m_templates->setEnabled(!busy);
    m_form->setEnabled(!busy);
    m_title->setReadOnly(busy);
    if (busy)
        m_message->setText(tr("Creating the ticket…"));
}

} // namespace shiftdesk
