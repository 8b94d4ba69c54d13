#pragma once

#include <QStringList>

namespace brickdesk {

// The archive's tables, by schema version (PRAGMA user_version). Version 1 was the first
// schema shipped; every later version has a migration from the one before it
// (ArchiveConnection runs them on open), and a test opens a version-1 file and checks that nothing is
// lost on the way up.
//
// Space: cluster events dominate (a busy cluster has a million in 90 days). An event row is
// (cluster, timestamp, type, body) in a WITHOUT ROWID table whose primary key is the
// deduplication key, so the index is the table. The body (everything of the event except
// cluster_id, timestamp and type, as compact JSON) goes to a dictionary table keyed by a
// 64-bit FNV-1a hash of those bytes: a cluster's events repeat a few hundred distinct bodies
// ("RUNNING with 8 of 8 workers, cause AUTOSCALE") across millions of rows, so a row costs a
// few small integers. Nothing is compressed: the file stays greppable, which is what lets a
// test prove that no secret is in it.
namespace archiveschema {

constexpr int CurrentVersion = 5;

// Statements that create the given version from an empty file.
QStringList createStatements(int version);
// Statements that take a file from `fromVersion` to the next version (the data that needs
// code to move, such as filling the search index, is moved by ArchiveDatabase).
QStringList migrationStatements(int fromVersion);

} // namespace archiveschema

} // namespace brickdesk
