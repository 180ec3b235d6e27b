#pragma once

#include <QGroupBox>

class QTableView;
class QPushButton;

namespace shiftdesk {

class CoverModel;

// Editable table of who covers the support channel in each support-hours period.
class CoverPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit CoverPanel(CoverModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }

Q_SIGNALS:
    void problem(const QString& message);

private:
    void updateButtons();

    CoverModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace shiftdesk
