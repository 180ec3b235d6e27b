#pragma once

#include "github/IssueTemplate.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace shiftdesk {

class BoardService;

// "New support ticket": pick one of the repository's issue templates (the support-request one
// by default), fill the form made from its sections, and create the issue with the template's
// labels; it is added to the board's project. Started from a Slack message, the permalink and
// the quoted message go into the body. A validation error shows next to its field.
class TicketDialog : public QDialog
{
    Q_OBJECT
public:
    TicketDialog(BoardService* service, const SlackContext& context, QWidget* parent = nullptr);

    const SlackContext& slackContext() const { return m_context; }

    QComboBox* templateCombo() const { return m_templates; }
    QLineEdit* titleEdit() const { return m_title; }
    QLabel* titleError() const { return m_titleError; }
    QPushButton* createButton() const { return m_create; }
    QLabel* messageLabel() const { return m_message; }
    // The input for a section, by heading (a QPlainTextEdit, or nullptr for checkboxes).
    QPlainTextEdit* sectionEdit(const QString& heading) const;
    QCheckBox* option(const QString& heading, const QString& option) const;
    bool isLoaded() const { return !m_loaded.isEmpty(); }
    QString bodyPreview() const; // the body Create would send

public Q_SLOTS:
    void reject() override; // not while a ticket is being created

Q_SIGNALS:
    // `url` and `number` are the new issue's.
    void created(const QString& message, const QString& url, int number);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void templatesLoaded(const QList<IssueTemplate>& templates, const QString& error);
    void showTemplate(int index);
    void create();
    void setBusy(bool busy);

    BoardService* m_service;
    SlackContext m_context;
    QList<IssueTemplate> m_loaded;
    QComboBox* m_templates;
    QLineEdit* m_title;
    QLabel* m_titleError;
    QLabel* m_about;
    QLabel* m_labels;
    QWidget* m_form;
    QFormLayout* m_formLayout;
    QPlainTextEdit* m_slack = nullptr;
    QLabel* m_message;
    QPushButton* m_create;
    QPushButton* m_cancel;
    QHash<QString, QPlainTextEdit*> m_texts;
    QHash<QString, QList<QCheckBox*>> m_boxes;
    bool m_done = false;
    bool m_busy = false;
};

} // namespace shiftdesk
