#include "Appearance.h"

#include "widgets/Palette.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace shiftdesk {

namespace {

struct SystemLook
{
    bool captured = false;
    QString style;
    QPalette palette;
};

SystemLook& systemLook()
{
    static SystemLook look;
    return look;
}

// Fusion outlines check boxes and radio buttons in a shade of the window colour, which all but
// vanishes on a dark base: on a dark palette they get an outline that shows.
class VisibleIndicatorsStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // (An item view's check box is drawn through PE_IndicatorCheckBox as well.)
        const bool box = element == PE_IndicatorCheckBox;
        const bool radio = element == PE_IndicatorRadioButton;
        if ((!box && !radio) || !palette::isDark(option->palette))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor edge = option->palette.color(QPalette::WindowText);
        edge.setAlphaF(option->state & State_Enabled ? 0.6f : 0.3f);
        painter->setPen(QPen(edge, 1));
        painter->setBrush(Qt::NoBrush);
        const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -1.5, -1.5);
        if (radio)
            painter->drawEllipse(r);
        else
            painter->drawRoundedRect(r, 2, 2);
        painter->restore();
    }
};

void useStyle(const QString& name)
{
    QStyle* base = QStyleFactory::create(name);
    if (!base)
        base = QStyleFactory::create(QStringLiteral("Fusion"));
    QApplication::setStyle(new VisibleIndicatorsStyle(base));
}

} // namespace

void Appearance::captureSystem()
{
    SystemLook& look = systemLook();
    look.captured = true;
    look.style = QApplication::style()->name();
    look.palette = QApplication::palette();
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x82, 0x88);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x92, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x40, 0x46));
    p.setColor(QPalette::Mid, QColor(0x26, 0x27, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc2, 0x9b, 0xf5));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3e, 0x40, 0x46));
    return p;
}

QPalette Appearance::lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return p;
}

void Appearance::apply(const QString& appearance)
{
    SystemLook& look = systemLook();
    if (!look.captured)
        captureSystem();
    if (appearance == QLatin1String("dark")) {
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    } else if (appearance == QLatin1String("light")) {
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
    } else {
        // The desktop's own style, which may itself be dark.
        useStyle(look.style);
        QApplication::setPalette(look.palette);
    }
}

} // namespace shiftdesk
