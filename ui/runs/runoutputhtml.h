#pragma once

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

namespace brickdesk {

class RunOutput;
class RunTask;

// The Output tab of a run as HTML: for each task run its state, the condition it evaluated,
// and its output (error, trace, the run a run-job task started, notebook result, logs, and
// the sections of task types this client does not know, as they came).
class RunOutputHtml final
{
    Q_DECLARE_TR_FUNCTIONS(RunOutputHtml)

public:
    // One task run. `output` is its runs/get-output answer once read (nullptr before);
    // `fetchError` says why it could not be read. Colours are chosen for `palette` (the
    // browser's): build it again when that changes.
    static QString task(const RunTask &task, const RunOutput *output, const QString &fetchError,
        const QPalette &palette = QGuiApplication::palette());
};

} // namespace brickdesk
