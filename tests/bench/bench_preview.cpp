// Composer benchmark: what one keystroke costs in the Announce tab's composer, for a 1,000 and
// a 10,000-character announcement. Prints numbers; never fails on them.
//  - keystroke: the key event into the editor (text change, autosave timers) plus what the event
//    loop runs right after it: the preview re-render (ComposeText::toWire, Mrkdwn::toHtml,
//    QTextBrowser layout) for a text of up to ComposerWidget::kInstantPreviewChars; a longer
//    text is previewed when typing pauses instead
//  - preview: one re-render of the preview on its own, for either length
//  - lint: the warnings pass (debounced while typing; shown separately)
#include "announce/AnnounceService.h"
#include "announce/ComposerWidget.h"
#include "announce/MrkdwnPreview.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace shiftdesk;

namespace {

QString sampleText(int length)
{
    const QStringList parts = {
        QStringLiteral(":loudspeaker: *ANNOUNCEMENT:* planned maintenance on the _live_ cluster. "),
        QStringLiteral("We will be upgrading `ingress-nginx` from 1.9 to 1.11 between 10AM and "
                       "3PM; see <https://runbooks.example.com/ingress|the runbook>. "),
        QStringLiteral("\n> Services affected: CLA, Moving People Safely, Prison Visits Booking\n"),
        QStringLiteral("Ask in #ask-cloud-platform if anything looks odd :eyes: ~not you~. "),
        QStringLiteral("```kubectl -n ingress-controllers get pods```\n"),
        QStringLiteral("We will update at 1PM and 3PM to say how it is going.\n"),
    };
    QString out;
    for (int i = 0; out.size() < length; ++i)
        out += parts.at(i % parts.size());
    out.truncate(length);
    return out;
}

struct Stats
{
    double mean = 0;
    double median = 0;
    double p95 = 0;
    double worst = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    Stats s;
    for (double x : v)
        s.mean += x;
    s.mean /= double(v.size());
    s.median = v.at(v.size() / 2);
    s.p95 = v.at(std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * 0.95)));
    s.worst = v.last();
    return s;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(error));
        return 1;
    }
    SystemClock clock;
    AnnounceService service(db, settings, clock, nullptr, dir.filePath(QStringLiteral("t.json")));
    service.start(nullptr);
    ComposerWidget composer(&service);
    composer.resize(1100, 700);
    composer.show();
    if (!QTest::qWaitForWindowExposed(&composer))
        return 1;
    const qint64 id = service.newDraft(service.templates().templates.value(0).id);
    composer.openDraft(id);

    std::printf("Composer keystroke (key event, and the preview render + layout when the text "
                "is previewed at every key), preview render alone, lint:\n");
    for (const int length : {1000, 10000}) {
        composer.editor()->setPlainText(sampleText(length));
        composer.updatePreviewNow();
        QCoreApplication::processEvents();
        QPlainTextEdit* editor = composer.editor();
        editor->moveCursor(QTextCursor::End);
        editor->setFocus();
        const bool previewEveryKey = length <= ComposerWidget::kInstantPreviewChars;
        QList<double> keystroke;
        QList<double> preview;
        QList<double> lint;
        const QString typed = QStringLiteral("Work is going well, nothing to report yet. ");
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(editor, typed.at(i % typed.size()).toLatin1());
            if (previewEveryKey)
                composer.updatePreviewNow(); // what the coalescing timer does once per loop pass
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            keystroke << double(t.nsecsElapsed()) / 1e6;
            if (!previewEveryKey) { // rendered when typing pauses: timed on its own
                QElapsedTimer p;
                p.start();
                composer.updatePreviewNow();
                preview << double(p.nsecsElapsed()) / 1e6;
            }
            QElapsedTimer l;
            l.start();
            (void)service.lint(editor->toPlainText(), AnnounceKind::Announcement);
            lint << double(l.nsecsElapsed()) / 1e6;
        }
        if (previewEveryKey) { // the render on its own: the same text with one key more or less
            const QString base = editor->toPlainText();
            for (int i = 0; i < 50; ++i) {
                QElapsedTimer p;
                p.start();
                composer.preview()->setWireText(service.toWire(base + QString(i % 2, u'x')));
                preview << double(p.nsecsElapsed()) / 1e6;
            }
        }
        const Stats k = stats(keystroke);
        const Stats p = stats(preview);
        const Stats w = stats(lint);
        std::printf("  %5d characters: keystroke mean %.2f ms, median %.2f, p95 %.2f, worst %.2f "
                    "(%s); preview render mean %.2f ms, worst %.2f; lint mean %.2f ms, worst "
                    "%.2f\n",
                    length, k.mean, k.median, k.p95, k.worst,
                    previewEveryKey ? "preview included" : "previewed when typing pauses", p.mean,
                    p.worst, w.mean, w.worst);
    }
    composer.saveNow();
    return 0;
}
