#pragma once

#include "announce/AnnounceLint.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;

namespace shiftdesk {

class MrkdwnPreview;
struct MrkdwnContext;

// "Post to #channel?": where it goes, the message exactly as Slack will show it, the warnings
// still open, and for @here / @channel / @everyone a box to tick confirming it is truly needed.
class PostConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    PostConfirmDialog(const QString& destination, const QString& wire, const MrkdwnContext& context,
                      const QList<LintIssue>& warnings, QWidget* parent = nullptr);

    QCheckBox* massMentionConfirm() const { return m_confirmMention; } // null if none
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateButtons();

    QCheckBox* m_confirmMention = nullptr;
    QDialogButtonBox* m_buttons;
};

} // namespace shiftdesk
