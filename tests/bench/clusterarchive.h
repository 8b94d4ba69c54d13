#pragma once

// One-cluster workspaces and their archive, shared by the archive benchmarks (header-only).

#include "archive/archivedatabase.h"
#include "benchcommon.h"

#include <QJsonArray>

#include <memory>

namespace brickdesk::bench {

// An emulator in its own thread with one cluster of `events` events over `days` days; with
// retentionDays > 0 its API serves only the events of the last days (as the service forgets).
// Two emulators given the same seededAtMs (not 0) seed the same history even when started
// minutes apart (filling a large archive takes that long).
inline std::unique_ptr<emulator::EmulatorThread> startOneClusterEmulator(
    int events, int days, int retentionDays = 0, qint64 seededAtMs = 0)
{
    emulator::EmulatorOptions options;
    options.jobs = 5;
    options.runsPerJob = 1;
    options.clusters = 1;
    options.eventsPerCluster = events;
    options.historyDays = days;
    options.eventRetentionDays = retentionDays;
    options.seededAtMs = seededAtMs;
    options.tokens = {u"dapi-bench-token-1"_s};
    auto server = std::make_unique<emulator::EmulatorThread>(options);
    if (!server->start())
        qFatal("emulator: %s", qPrintable(server->errorString()));
    return server;
}

inline QString firstClusterId(emulator::EmulatorThread &server)
{
    QString id;
    QMetaObject::invokeMethod(
        server.emulator(), [&] { id = server.emulator()->clusterIds().first(); },
        Qt::BlockingQueuedConnection);
    return id;
}

// The cluster's events of [fromMs, toMs] straight from the emulator (no HTTP).
inline QJsonArray generatedEvents(
    emulator::EmulatorThread &server, const QString &id, qint64 fromMs, qint64 toMs)
{
    QJsonArray events;
    QMetaObject::invokeMethod(
        server.emulator(), [&] { events = server.emulator()->events(id, fromMs, toMs); },
        Qt::BlockingQueuedConnection);
    return events;
}

// Writes the events in pages of 500, as a sync writes them; the events newly added.
inline qint64 archiveInPages(ArchiveDatabase &db, const QString &id, const QJsonArray &events)
{
    qint64 added = 0;
    for (qsizetype i = 0; i < events.size(); i += 500) {
        QJsonArray page;
        for (qsizetype j = i; j < std::min<qsizetype>(i + 500, events.size()); ++j)
            page.append(events.at(j));
        const ArchiveWriteResult w = db.addEvents(id, page);
        if (!w.ok())
            qFatal("write failed: %s", qPrintable(w.error.message));
        added += w.added;
    }
    return added;
}

} // namespace brickdesk::bench
