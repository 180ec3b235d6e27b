#pragma once

#include "slack/Mrkdwn.h"

#include <QTextBrowser>

namespace shiftdesk {

// Shows Slack wire text the way Slack renders it (Mrkdwn::toHtml), with web links opening in
// the browser and mentions shown but not followed. setWireText() keeps the reading position
// when the text grows at the end, so the preview can follow typing.
class MrkdwnPreview : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MrkdwnPreview(QWidget* parent = nullptr);

    void setContext(const MrkdwnContext& context) { m_context = context; }
    const MrkdwnContext& context() const { return m_context; }

    // Renders `wire`; `scrollFraction` in [0, 1] (negative: keep the current position). The
    // same text again only scrolls: it is not rendered twice.
    void setWireText(const QString& wire, double scrollFraction = -1.0);
    // Scrolls to `fraction` in [0, 1] of the text (follows the editor's scroll bar).
    void scrollToFraction(double fraction);
    QString wireText() const { return m_wire; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render(double scrollFraction);

    MrkdwnContext m_context;
    QString m_wire;
};

} // namespace shiftdesk
