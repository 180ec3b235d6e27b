#pragma once

#include <QWidget>

#include <functional>

namespace shiftdesk {

// A tab page that is built the first time it is needed: when it is shown, when someone asks for
// it (page()), or when the window has time after its first paint. Keeps start-up to the pages
// the user sees first.
class LazyPage : public QWidget
{
    Q_OBJECT
public:
    using Factory = std::function<QWidget*(QWidget* parent)>;
    LazyPage(Factory build, QWidget* parent = nullptr);

    // The page, built now if it was not yet.
    QWidget* page();
    bool isBuilt() const { return m_page != nullptr; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    Factory m_build;
    QWidget* m_page = nullptr;
};

} // namespace shiftdesk
