#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// Status colours that stay readable on the palette in use, light or dark (the system's, or the
// one chosen in View → Appearance). Everything else comes from the palette itself.
namespace shiftdesk::palette {

inline bool isDark(const QPalette& p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

inline QColor error(const QPalette& p)
{
    return isDark(p) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

inline QColor warning(const QPalette& p)
{
    return isDark(p) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
}

inline QColor success(const QPalette& p)
{
    return isDark(p) ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
}

// "color: #rrggbb;" for a label's style sheet.
inline QString textCss(const QColor& c)
{
    return QStringLiteral("color: ") + c.name() + QStringLiteral(";");
}

} // namespace shiftdesk::palette
