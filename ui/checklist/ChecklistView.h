#pragma once

#include <QTreeView>

namespace shiftdesk {

// The checklist tree. Space ticks or unticks the focused item whichever column has focus;
// Enter (or a double-click) on an item with a link opens the feature it points at.
class ChecklistView : public QTreeView
{
    Q_OBJECT
public:
    explicit ChecklistView(QWidget* parent = nullptr);

Q_SIGNALS:
    void linkActivated(const QString& link);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void toggleCurrent();
};

} // namespace shiftdesk
