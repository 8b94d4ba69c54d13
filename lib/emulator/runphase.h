#pragma once

#include "workspacerecords.h"

#include <QJsonObject>
#include <QString>

namespace brickdesk::emulator {

// Where a run (or task run) is in its life at a given moment, computed from its timeline:
// QUEUED -> PENDING -> RUNNING -> TERMINATING -> TERMINATED, cut short by a cancellation.
struct RunPhase
{
    enum Stage { Queued, Pending, Running, Terminating, Terminated };
    Stage stage = Queued;
    RunResult result = RunResult::Success;
    bool skipped = false;
    bool cancelled = false;
    qint64 endTime = 0; // 0 until terminated

    static RunPhase at(qint64 now, qint64 queuedAt, qint64 pendingAt, qint64 runningAt, qint64 terminatingAt,
        qint64 endAt, qint64 cancelledAt, RunResult result, bool skipped, qint64 cancelGrace);

    bool isTerminal() const { return stage == Terminated; }
    // RunState (deprecated but filled, like the service) and RunStatus.
    QJsonObject stateJson() const;
    QJsonObject statusJson() const;
    QString resultStateName() const;
};

} // namespace brickdesk::emulator
