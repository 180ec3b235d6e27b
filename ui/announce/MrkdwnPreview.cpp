#include "MrkdwnPreview.h"

#include <QDesktopServices>
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
    if (wire == m_wire && scrollFraction < 0)
        return;
    m_wire = wire;
    QScrollBar* bar = verticalScrollBar();
    const int keep = bar->value();
    setHtml(Mrkdwn::toHtml(wire, m_context));
    if (scrollFraction >= 0)
        bar->setValue(int(scrollFraction * bar->maximum() + 0.5));
    else
        bar->setValue(keep);
}

} // namespace shiftdesk
