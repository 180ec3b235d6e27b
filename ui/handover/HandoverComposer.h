#pragma once

#include "announce/PostConfirmDialog.h"
#include "handover/HandoverService.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace shiftdesk {

class HandoverService;
class MrkdwnPreview;
struct PostOutcome;

// "Hand over": one editor per section of the handover (filled from the shift, every one
// editable), free notes, the live preview exactly as Slack will show the message, where it goes
// (a channel, or a direct message to the on-call engineer), and Post (after a confirmation).
class HandoverComposer : public QWidget
{
    Q_OBJECT
public:
    explicit HandoverComposer(HandoverService* service, QWidget* parent = nullptr);
    ~HandoverComposer() override; // saves a draft change still waiting

    // Fills every section from the shift's current state (the notes are kept).
    // Fills the sections from the shift. Sections edited by hand are kept unless `replaceEdits`.
    void refill(bool replaceEdits = false);
    bool isEdited(const QString& sectionId) const { return m_edited.contains(sectionId); }
    QString wireText() const;

    QPlainTextEdit* sectionEditor(const QString& id) const { return m_editors.value(id); }
    QLineEdit* headingEdit() const { return m_heading; }
    MrkdwnPreview* preview() const { return m_preview; }
    QPushButton* postButton() const { return m_post; }
    QPushButton* settleButton() const { return m_settle; }
    QComboBox* destinationKind() const { return m_kind; }
    QComboBox* onCallCombo() const { return m_onCall; }
    PostConfirmDialog* confirmDialog() const { return m_confirm; }

public Q_SLOTS:
    void requestPost(); // shows the confirmation; Post sends it

Q_SIGNALS:
    void statusMessage(const QString& message);
    void postFinished(const shiftdesk::PostOutcome& outcome);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QList<HandoverSection> currentSections() const;
    void updatePreview();
    void loadPeople();
    void applyDestination();
    void syncDestinationControls();
    void fillPeople(const QList<OnCallCandidate>& people);
    void startPost(const QString& wire);
    void setBusy(bool busy);
    void edited(const QString& id);
    void saveDraft();
    void restoreDraft();

    HandoverService* m_service;
    QLineEdit* m_heading;
    QHash<QString, QPlainTextEdit*> m_editors;
    QStringList m_order;
    MrkdwnPreview* m_preview;
    QComboBox* m_kind;
    QLineEdit* m_channel;
    QComboBox* m_onCall;
    QPushButton* m_loadPeople;
    QPushButton* m_refill;
    QPushButton* m_post;
    QPushButton* m_settle;
    QLabel* m_status;
    QPointer<PostConfirmDialog> m_confirm;
    QTimer m_previewTimer;
    QTimer m_saveTimer;
    QSet<QString> m_edited; // sections (and "heading") changed by hand: refills keep them
    bool m_filling = false;
    bool m_loaded = false; // the draft restored and the sections filled once
};

} // namespace shiftdesk
