#pragma once

#include "announce/AnnounceLint.h"
#include "announce/Announcement.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;

namespace shiftdesk {

class AnnounceService;
class MrkdwnPreview;
class PostConfirmDialog;
struct PostOutcome;

// Writes one draft: the template's fields, the mrkdwn text beside a live preview of exactly
// what Slack will show, lint warnings that jump to their place, and Post. Every change is saved
// at most about a second later (debounced while typing), so a crash loses almost nothing.
class ComposerWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSaveDebounceMs = 400;  // quiet time before saving
    static constexpr int kSaveMaxDelayMs = 1000; // never further behind than this while typing
    // Texts longer than this are previewed when typing pauses (kLongPreviewDelayMs) and at least
    // every kLongPreviewMaxDelayMs while it goes on; shorter ones after every keystroke.
    static constexpr int kInstantPreviewChars = 3000;
    static constexpr int kLongPreviewDelayMs = 150;
    static constexpr int kLongPreviewMaxDelayMs = 600;

    explicit ComposerWidget(AnnounceService* service, QWidget* parent = nullptr);
    ~ComposerWidget() override;

    // Saves the current draft, then shows `id`. Returns false if it no longer exists.
    bool openDraft(qint64 id);
    qint64 draftId() const { return m_draft.id; }
    const AnnounceDraft& draft() const { return m_draft; }
    bool hasUnsavedChanges() const { return m_dirty; }
    bool saveNow();

    QPlainTextEdit* editor() const { return m_editor; }
    MrkdwnPreview* preview() const { return m_preview; }
    QListView* lintView() const { return m_lintView; }
    QPushButton* postButton() const { return m_post; }
    QList<LintIssue> lintIssues() const { return m_issues; }
    PostConfirmDialog* confirmDialog() const { return m_confirm; }

    // Renders the preview now (normally coalesced to once per event-loop pass, or deferred while
    // a long text is being typed). For benchmarks.
    void updatePreviewNow();
    // How long until the preview is rendered again (-1: nothing pending).
    int previewDelayMs() const
    {
        return m_previewTimer.isActive() ? m_previewTimer.interval() : -1;
    }

public Q_SLOTS:
    void requestPost();
    void discard();
    void refillFromFields();

Q_SIGNALS:
    void saved(qint64 draftId);
    // announcementId: the thread replied to, or 0 for a new announcement.
    void posted(const shiftdesk::PostOutcome& outcome, qint64 announcementId);
    void postFailed(const shiftdesk::PostOutcome& outcome);
    void discarded(qint64 draftId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildFields();
    void fieldChanged(const QString& id, const QString& value);
    void textEdited();
    void schedulePreview();
    double editorScrollFraction() const;
    void runLint();
    void updateFooter();
    void updatePromises(const QString& text);
    void jumpToIssue(int row);
    void startPost();
    void setBusy(bool busy);
    bool isPinned() const;
    void lockIfInterrupted();

    AnnounceService* m_service;
    AnnounceDraft m_draft;
    QString m_lastFilled; // the text as the fields last produced it
    bool m_dirty = false;
    bool m_loading = false;
    bool m_busy = false;
    bool m_discarding = false;

    QLabel* m_heading;
    QLabel* m_destination;
    QCheckBox* m_broadcast;
    QGroupBox* m_fieldsBox;
    QFormLayout* m_fieldsForm;
    QPushButton* m_refill;
    QPlainTextEdit* m_editor;
    MrkdwnPreview* m_preview;
    QListView* m_lintView;
    QStandardItemModel* m_lintModel;
    QLabel* m_count;
    QLabel* m_promises;
    QLabel* m_savedLabel;
    QPushButton* m_discard;
    QPushButton* m_post;
    PostConfirmDialog* m_confirm = nullptr;
    QList<LintIssue> m_issues;

    QTimer m_saveDebounce;
    QTimer m_saveMax;
    QTimer m_previewTimer;
    QTimer m_previewMax;
    QTimer m_lintTimer;
};

} // namespace shiftdesk
