#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace shiftdesk {

class ChecklistModel;
class ChecklistService;
class ChecklistView;
class CoverPanel;

// The Checklist tab: today's list by phase with progress, the cover rota, and history.
class ChecklistPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPage(ChecklistService* service, QWidget* parent = nullptr);

    ChecklistView* view() const { return m_view; }
    QListView* historyView() const { return m_historyView; }
    QProgressBar* dayProgress() const { return m_dayProgress; }
    bool isShowingToday() const;

    // Template file operations without dialogs; return false with *error.
    bool importTemplateFile(const QString& path, QString* error);
    bool exportTemplateFile(const QString& path, QString* error);

public Q_SLOTS:
    void showToday();
    void showDay(QDate day);
    void importTemplate();
    void exportTemplate();
    void resetTemplate();

Q_SIGNALS:
    void linkActivated(const QString& link);
    void statusMessage(const QString& message);

private:
    void attachModel(ChecklistModel* model);
    void updateHeader();

    ChecklistService* m_service;
    ChecklistModel* m_pastModel;
    ChecklistView* m_view;
    QLabel* m_dayLabel;
    QLabel* m_readOnlyNote;
    QProgressBar* m_dayProgress;
    QPushButton* m_todayButton;
    QToolButton* m_templateButton;
    CoverPanel* m_coverPanel;
    QListView* m_historyView;
};

} // namespace shiftdesk
