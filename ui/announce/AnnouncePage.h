#pragma once

#include "announce/AnnouncePoster.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolButton;

namespace shiftdesk {

class AnnounceService;
class AnnouncementView;
class ComposerWidget;

// The Announce tab: drafts and posted announcements (open / resolved) on the left; the composer
// or the selected announcement's thread and promises on the right.
class AnnouncePage : public QWidget
{
    Q_OBJECT
public:
    explicit AnnouncePage(AnnounceService* service, QWidget* parent = nullptr);

    ComposerWidget* composer() const { return m_composer; }
    AnnouncementView* announcementView() const { return m_view; }
    QListView* draftList() const { return m_drafts; }
    QListView* announcementList() const { return m_announcements; }
    QLabel* banner() const { return m_banner; }
    QToolButton* newButton() const { return m_new; }

public Q_SLOTS:
    // Creates a draft from a template and opens it in the composer.
    void newDraft(const QString& templateId);
    void openDraft(qint64 id);
    void showAnnouncement(qint64 id);
    // Opens (or creates) the update draft in this announcement's thread: what a reminder does.
    void startUpdate(qint64 announcementId);
    void startResolution(qint64 announcementId);
    // File menu: the templates file, validated like the checklist template.
    void importTemplates();
    void exportTemplates();
    void resetTemplates();

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildNewMenu();
    void showBanner(const PostOutcome& outcome);
    void tintBanner();
    void selectDraftRow(qint64 id);
    void applyFilter(int index);

    AnnounceService* m_service;
    QToolButton* m_new;
    QListView* m_drafts;
    QListView* m_announcements;
    QComboBox* m_filter;
    QSortFilterProxyModel* m_filtered;
    QLabel* m_banner;
    std::optional<PostOutcome> m_bannerOutcome; // what the banner shows (re-tinted on a switch)
    QStackedWidget* m_stack;
    QWidget* m_empty;
    ComposerWidget* m_composer;
    AnnouncementView* m_view;
};

} // namespace shiftdesk
