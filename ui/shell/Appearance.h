#pragma once

#include <QPalette>
#include <QString>

namespace shiftdesk {

// The window's colours: the system's (the default: whatever the desktop's theme gives Qt), or
// Shiftdesk's own light or dark palette for desktops that do not tell Qt about a dark theme.
class Appearance
{
public:
    // Remembers the system's style and palette; call once after the QApplication exists.
    static void captureSystem();
    // "system", "light" or "dark".
    static void apply(const QString& appearance);
    static QPalette darkPalette();
    static QPalette lightPalette();
};

} // namespace shiftdesk
