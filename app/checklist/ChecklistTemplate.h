#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace shiftdesk {

struct ChecklistItem
{
    QString id;   // stable across template edits; ticks are keyed by it
    QString text; // what to do
    QString link; // optional feature it points at: alarms, board, announce, support, handover
};

struct ChecklistPhase
{
    QString id;
    QString title;
    QTime time;         // when the phase starts (team time zone)
    QTime until;        // optional end of the phase
    QTime remindAt;     // when to remind if items are open; defaults to time
    bool cover = false; // the support-hours phase that carries the cover rota
    QList<ChecklistItem> items;
};

// The checklist template: a small JSON document (format documented in
// docs/checklist-template.md). Parsing validates everything and reports the first problem
// with its line (syntax) or field path (content).
class ChecklistTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistTemplate)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr qsizetype kMaxFileSize = 1024 * 1024;

    static std::optional<ChecklistTemplate> parse(const QByteArray& json, QString* error);
    static ChecklistTemplate defaultTemplate();
    static QStringList knownLinks();

    QByteArray toJson() const;

    QString name;
    QList<ChecklistPhase> phases;

    int itemCount() const;
    // Position of an item: {phase index, item index}, or {-1, -1}.
    std::pair<int, int> locate(const QString& itemId) const;
};

} // namespace shiftdesk
