#pragma once

#include "domain/run.h"
#include "domain/rundisplaystate.h"
#include "domain/runtask.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QPainter;
class QRect;

namespace brickdesk {

// How runs look everywhere in the jobs screens: the state of a run (or task run),
// its badge colour, durations, triggers and termination codes in words. One place, so the
// list, the history strip, the run detail and the Gantt chart agree.
class RunStyle final
{
    Q_DECLARE_TR_FUNCTIONS(RunStyle)

public:
    // Display state of a run or task run: what the domain value already knows (status first,
    // then the legacy state; guide §1.4).
    static RunDisplayState displayState(const Run &run) { return run.displayState(); }
    static RunDisplayState displayState(const RunTask &task) { return task.displayState(); }
    static bool isActive(const Run &run) { return run.isValid() && run.displayState().isActive(); }

    static QColor color(RunDisplayState::Category category);
    // A rounded "pill" with white text on the state's colour (darkened as white needs), vertically
    // centred in rect.
    static void paintBadge(QPainter *painter, const QRect &rect, const QString &text, const QColor &color);

    // "1 h 02 min", "3 min 05 s", "12 s", "—" for <= 0.
    static QString durationText(qint64 ms);
    // PERIODIC -> "Scheduled", ONE_TIME -> "Manual (run now)", ...; unknown values raw.
    static QString triggerText(const QString &trigger);
    // "USER_CANCELED" -> "Cancelled by a user", ...; unknown codes raw.
    static QString terminationCodeText(const QString &code);
    // Life cycle, result and reason in one readable line, e.g.
    // "Terminated — Failed: The run failed with an error in the driver (DRIVER_ERROR). <message>"
    static QString statusSentence(const Run &run);
    static QString statusSentence(const RunTask &task);
    // Milliseconds a run has been running (or ran): run_duration, else the sum of the phases,
    // else end - start (now for active runs).
    static qint64 totalDurationMs(const Run &run, qint64 nowMs);
    static qint64 totalDurationMs(const RunTask &task, qint64 nowMs);
};

} // namespace brickdesk
