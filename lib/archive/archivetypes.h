#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace brickdesk {

// What opening an archive found. The words are for people (the GUI shows them, `brickdesk
// sync` prints them); the status is what code branches on.
struct ArchiveOpenResult
{
    enum class Status {
        Opened, // an existing archive, intact
        Created, // there was none: a fresh, empty one
        Migrated, // an archive of an older schema, brought up to date
        Rebuilt, // the file was damaged: moved aside (movedTo) and a fresh one created
        Failed, // no archive can be used (unwritable directory, full disk...): see message
    };
    Status status = Status::Failed;
    int fromVersion = 0; // the schema found on disk (0: none)
    QString movedTo; // Rebuilt: where the damaged file now is
    QString message; // for people; empty when there is nothing to say

    bool ok() const { return status != Status::Failed; }
};

// Any other archive operation: success, or why not in words (a full disk, a locked file).
struct ArchiveError
{
    QString message; // empty: no error
    bool ok() const { return message.isEmpty(); }
};

// What a batch of writes changed.
struct ArchiveWriteResult
{
    int received = 0; // items handed in
    int added = 0; // new rows (events) or new versions (job settings, cluster configurations)
    ArchiveError error;
    bool ok() const { return error.ok(); }
};

// A kept answer of a statement (see ArchiveDatabase::cachedResult).
struct ArchiveCachedResult
{
    bool found = false;
    qint64 fetchedAtMs = 0;
    qint64 windowEndMs = 0;
    QString payload;
};

// One archived version of a job's settings.
struct JobVersion
{
    qint64 jobId = 0;
    int version = 0; // 1 for the first version seen
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    QJsonObject settings; // as the API returned them, secret-looking values scrubbed
};

// One archived configuration of a cluster (kept each time it changes).
struct ClusterConfigVersion
{
    QString clusterId;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    QJsonObject config;
};

// One archived run with its task runs.
struct ArchivedRun
{
    qint64 runId = 0;
    qint64 jobId = 0;
    qint64 startTimeMs = 0;
    qint64 endTimeMs = 0;
    QString state; // status.state, else state.life_cycle_state
    QString result; // termination code, else state.result_state
    QString errorMessage;
    QJsonObject run; // the run as runs/list returned it (tasks included), scrubbed
    qint64 seenMs = 0; // when it was last written
};

// A full-text search answer.
struct ArchiveSearchHit
{
    enum class Kind { Job, RunError };
    Kind kind = Kind::Job;
    qint64 id = 0; // job id or run id
    qint64 jobId = 0;
    QString title; // job name
    QString snippet; // the matching text, matches between the request's markers ([brackets])
    qint64 timeMs = 0; // runs: start time; jobs: when the version was last seen
};

// A full-text search as a person types it.
struct ArchiveSearchRequest
{
    enum class Kinds { All, Jobs, RunErrors };
    QString text; // each word must match; see ArchiveSearchIndex::ftsQuery
    int limit = 100;
    qint64 sinceMs = 0; // run errors only from runs started at or after this
    Kinds kinds = Kinds::All;
    // The last word may be the start of a word, so that results follow the typing.
    bool prefixLastWord = false;
    // Around each match in a hit's snippet.
    QString matchStart = QString(QChar(u'['));
    QString matchEnd = QString(QChar(u']'));
};

// What a search found, or why it could not search.
struct ArchiveSearchResult
{
    QList<ArchiveSearchHit> hits;
    ArchiveError error;
    bool ok() const { return error.ok(); }
};

// Sizes for Preferences and the benchmark.
struct ArchiveStats
{
    qint64 fileBytes = 0; // database + WAL
    qint64 events = 0;
    qint64 distinctEventBodies = 0;
    qint64 clusters = 0;
    qint64 clusterConfigs = 0;
    qint64 runs = 0;
    qint64 taskRuns = 0;
    qint64 jobs = 0;
    qint64 jobVersions = 0;
    qint64 oldestEventMs = -1; // -1: none
    qint64 oldestRunMs = -1; // start time of the oldest run; -1: none
};

// What pruning (or emptying) an archive removed, and the file's size before and after.
struct ArchivePruneResult
{
    qint64 events = 0;
    qint64 runs = 0;
    qint64 taskRuns = 0;
    qint64 bytesBefore = 0; // database + WAL
    qint64 bytesAfter = 0;
    ArchiveError error; // nothing was removed
    // Removed, but the space could not be given back to the disk yet (VACUUM failed: another
    // program was using the file); the next prune tries again.
    QString compactError;
    bool ok() const { return error.ok(); }
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::ArchiveOpenResult)
Q_DECLARE_METATYPE(brickdesk::ArchiveWriteResult)
Q_DECLARE_METATYPE(brickdesk::ArchivePruneResult)
