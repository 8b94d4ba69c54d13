#include "archiveschema.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::archiveschema {

namespace {

QStringList version1()
{
    return {
        u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"_s,
        u"CREATE TABLE clusters(id INTEGER PRIMARY KEY, cluster_id TEXT NOT NULL UNIQUE)"_s,
        u"CREATE TABLE event_types(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"_s,
        u"CREATE TABLE event_bodies(id INTEGER PRIMARY KEY, hash INTEGER NOT NULL UNIQUE, body TEXT NOT NULL)"_s,
        u"CREATE TABLE events(cluster INTEGER NOT NULL, ts INTEGER NOT NULL, type INTEGER NOT NULL,"
        " body INTEGER NOT NULL, PRIMARY KEY(cluster, ts, type, body)) WITHOUT ROWID"_s,
        u"CREATE TABLE cluster_configs(id INTEGER PRIMARY KEY, cluster INTEGER NOT NULL, hash INTEGER NOT "
        u"NULL,"
        " config TEXT NOT NULL, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL)"_s,
        u"CREATE INDEX cluster_configs_by_cluster ON cluster_configs(cluster, id)"_s,
        u"CREATE TABLE jobs(job_id INTEGER PRIMARY KEY, name TEXT, first_seen INTEGER NOT NULL,"
        " last_seen INTEGER NOT NULL)"_s,
        u"CREATE TABLE job_versions(id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL, hash INTEGER NOT NULL,"
        " settings TEXT NOT NULL, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL)"_s,
        u"CREATE INDEX job_versions_by_job ON job_versions(job_id, id)"_s,
        u"CREATE TABLE runs(run_id INTEGER PRIMARY KEY, job_id INTEGER, start_time INTEGER, end_time INTEGER,"
        " state TEXT, result TEXT, run TEXT NOT NULL, updated INTEGER NOT NULL)"_s,
        u"CREATE INDEX runs_by_job ON runs(job_id, start_time)"_s,
        u"CREATE INDEX runs_by_start ON runs(start_time)"_s,
        u"CREATE TABLE task_runs(run_id INTEGER PRIMARY KEY, parent_run_id INTEGER NOT NULL, task_key TEXT,"
        " start_time INTEGER, end_time INTEGER, state TEXT, result TEXT)"_s,
        u"CREATE INDEX task_runs_by_parent ON task_runs(parent_run_id)"_s,
    };
}

// Version 2: full-text search over jobs and run errors. The search table's rowid says what a
// row is: 2 * job_id for a job (its latest settings), 2 * run_id + 1 for a run's error, so
// that replacing one is a lookup by rowid, never a scan.
QStringList version1To2()
{
    return {
        u"ALTER TABLE runs ADD COLUMN error TEXT"_s,
        u"CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize = 'unicode61')"_s,
    };
}

// Version 3: answers of statements run on a SQL warehouse (billed cost), kept so that
// reopening a view does not run them again. The key names the query and its window; whether
// an answer is still good is the caller's rule (fetched_at, window_end).
QStringList version2To3()
{
    return {
        u"CREATE TABLE cached_results(key TEXT PRIMARY KEY, fetched_at INTEGER NOT NULL,"
        " window_end INTEGER NOT NULL, payload TEXT NOT NULL) WITHOUT ROWID"_s,
    };
}

// Version 4: each cluster's node timeline as built from its archived events (a few bytes a
// step, nodetimelinecodec.h), so that a chart reads it instead of every event. `newest` is the
// newest event it holds: writing an event at or before it drops the row (built again when next
// needed); newer events extend it. Nothing to move: a timeline is built when first needed.
QStringList version3To4()
{
    return {
        u"CREATE TABLE node_timelines(cluster INTEGER PRIMARY KEY, newest INTEGER NOT NULL,"
        " timeline BLOB NOT NULL)"_s,
    };
}

// Version 5: how far each cluster's events were archived without a gap by syncs (fetched in
// time order, every page written): where the next sync starts. The newest event is no such
// mark, since the chart archives whatever window it shows and a failed page can be followed
// by written ones. Unknown (null) for clusters archived before: their next sync fetches all.
QStringList version4To5()
{
    return {
        u"ALTER TABLE clusters ADD COLUMN events_synced_through INTEGER"_s,
    };
}

} // namespace

QStringList createStatements(int version)
{
    QStringList statements = version1();
    if (version >= 2)
        statements += version1To2();
    if (version >= 3)
        statements += version2To3();
    if (version >= 4)
        statements += version3To4();
    if (version >= 5)
        statements += version4To5();
    return statements;
}

QStringList migrationStatements(int fromVersion)
{
    if (fromVersion == 1)
        return version1To2();
    if (fromVersion == 2)
        return version2To3();
    if (fromVersion == 3)
        return version3To4();
    if (fromVersion == 4)
        return version4To5();
    return {};
}

} // namespace brickdesk::archiveschema
