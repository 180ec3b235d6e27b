#pragma once

#include <QWidget>

namespace shiftdesk {

// A tab whose feature needs something not yet connected: says plainly what it will need.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent = nullptr);
};

} // namespace shiftdesk
