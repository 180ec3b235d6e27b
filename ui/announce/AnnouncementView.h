#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace shiftdesk {

class AnnounceService;
class MrkdwnPreview;

// A posted announcement: where and when, its thread as Slack shows it, and every update promise
// with how it was kept. From here the user writes the next update or the resolution.
class AnnouncementView : public QWidget
{
    Q_OBJECT
public:
    explicit AnnouncementView(AnnounceService* service, QWidget* parent = nullptr);

    void showAnnouncement(qint64 id);
    qint64 announcementId() const { return m_id; }
    QString promisesText() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void updateRequested(qint64 announcementId);
    void resolveRequested(qint64 announcementId);

protected:
    void changeEvent(QEvent* event) override;

private:
    AnnounceService* m_service;
    qint64 m_id = 0;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_promises;
    MrkdwnPreview* m_thread;
    QPushButton* m_update;
    QPushButton* m_resolve;
    QPushButton* m_open;
    QString m_permalink;
    QString m_html;
};

} // namespace shiftdesk
