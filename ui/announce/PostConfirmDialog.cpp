#include "PostConfirmDialog.h"

#include "MrkdwnPreview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shiftdesk {

PostConfirmDialog::PostConfirmDialog(const QString& destination, const QString& wire,
                                     const MrkdwnContext& context, const QList<LintIssue>& warnings,
                                     QWidget* parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("postConfirmDialog"));
    setWindowTitle(tr("Post announcement"));
    auto* layout = new QVBoxLayout(this);
    auto* where = new QLabel(tr("Post to <b>%1</b>?").arg(destination.toHtmlEscaped()), this);
    where->setObjectName(QStringLiteral("destinationLabel"));
    where->setWordWrap(true);
    layout->addWidget(where);

    auto* preview = new MrkdwnPreview(this);
    preview->setObjectName(QStringLiteral("confirmPreview"));
    preview->setAccessibleName(tr("The message as Slack will show it"));
    preview->setContext(context);
    preview->setWireText(wire);
    preview->setMinimumSize(480, 220);
    layout->addWidget(preview, 1);

    bool massMention = false;
    QStringList lines;
    for (const LintIssue& issue : warnings) {
        if (issue.kind == LintIssue::Kind::MassMention)
            massMention = true;
        else if (!lines.contains(issue.message))
            lines << issue.message;
    }
    if (!lines.isEmpty()) {
        auto* note = new QLabel(tr("Still open: %1").arg(lines.join(QLatin1Char(' '))), this);
        note->setObjectName(QStringLiteral("warningsLabel"));
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    if (massMention) {
        m_confirmMention = new QCheckBox(
            tr("This notifies everyone in the channel, even people who are away, and it is truly "
               "needed"),
            this);
        m_confirmMention->setObjectName(QStringLiteral("confirmMassMention"));
        layout->addWidget(m_confirmMention);
        connect(m_confirmMention, &QCheckBox::toggled, this, &PostConfirmDialog::updateButtons);
    }
    QPushButton* post = m_buttons->addButton(tr("&Post"), QDialogButtonBox::AcceptRole);
    post->setObjectName(QStringLiteral("confirmPostButton"));
    post->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateButtons();
    resize(620, 440);
}

void PostConfirmDialog::updateButtons()
{
    const bool ok = !m_confirmMention || m_confirmMention->isChecked();
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(ok);
    }
}

} // namespace shiftdesk
