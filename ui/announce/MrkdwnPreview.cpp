#include "MrkdwnPreview.h"

#include "widgets/Palette.h"

#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>

namespace shiftdesk {

MrkdwnPreview::MrkdwnPreview(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setObjectName(QStringLiteral("mrkdwnPreview"));
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        // Only web and mail links leave the app; mentions are not links to follow.
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
            scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

void MrkdwnPreview::setWireText(const QString& wire, double scrollFraction)
{
    if (wire != m_wire) {
        m_wire = wire;
        render(scrollFraction);
    } else if (scrollFraction >= 0.0) {
        scrollToFraction(scrollFraction);
    }
}

void MrkdwnPreview::scrollToFraction(double fraction)
{
    QScrollBar* bar = verticalScrollBar();
    bar->setValue(int(fraction * bar->maximum() + 0.5));
}

void MrkdwnPreview::render(double scrollFraction)
{
    QScrollBar* bar = verticalScrollBar();
    const int keep = bar->value();
    m_context.dark = palette::isDark(palette());
    setHtml(Mrkdwn::toHtml(m_wire, m_context));
    if (scrollFraction >= 0.0)
        scrollToFraction(scrollFraction);
    else
        bar->setValue(keep);
}

void MrkdwnPreview::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    // Links and mentions take their colours when rendered: render again in the new palette.
    if (event->type() == QEvent::PaletteChange && !m_wire.isEmpty())
        render(-1.0);
}

} // namespace shiftdesk
