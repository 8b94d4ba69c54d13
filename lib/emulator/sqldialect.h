#pragma once

#include <QString>
#include <QStringList>

namespace brickdesk::emulator {

// Translates the part of Databricks SQL the emulator serves into SQLite, token by token, so
// that a real engine runs the statement (never a recognised query text with a canned answer).
//
// What it knows:
// - three-part names of the emulated system tables (`system.billing.usage` ->
//   `system__billing__usage`); any other `system.x.y` is TABLE_OR_VIEW_NOT_FOUND;
// - struct fields of those tables (`usage_metadata.cluster_id`, `u.pricing.default`), stored as
//   flattened columns (`usage_metadata__cluster_id`, `u.pricing__default`);
// - `date_trunc('HOUR'|'DAY'|'MINUTE'|'MONTH', ts)`, `timestampdiff(SECOND|MINUTE|HOUR|DAY, a, b)`,
//   `greatest`/`least`, `count_if`, and the plain aggregate and scalar functions SQLite shares;
// - `:name` parameter markers, left as markers for binding (their names are reported);
// - backquoted identifiers.
// Timestamps are stored as UTC text "YYYY-MM-DDTHH:MM:SS.mmmZ", which sorts and compares in
// time order and is what JSON_ARRAY results show.
//
// Anything else (other statements than a query, unknown functions, `::` casts, INTERVAL,
// several statements) is an error with the Databricks error class and SQLSTATE.
class SqlDialect final
{
public:
    struct Translation
    {
        QString sql; // SQLite text; empty on error
        QStringList tables; // the system tables referenced, as three-part names
        QStringList parameters; // the marker names used, each once, in order of appearance
        QString errorClass; // e.g. "PARSE_SYNTAX_ERROR"; empty on success
        QString sqlState; // e.g. "42601"
        QString message; // "[ERROR_CLASS] ... SQLSTATE: 42601"
        bool ok() const { return errorClass.isEmpty(); }
    };

    static Translation translate(const QString &databricksSql);

    // The SQLite table that holds a system table ("system.billing.usage" ->
    // "system__billing__usage"); empty for a table the emulator does not have.
    static QString storageName(const QString &threePartName);
    static const QStringList &systemTables();
    // The struct-typed columns of the system tables, whose fields are stored flattened.
    static const QStringList &structColumns();
    // Databricks timestamp text (ISO 8601 with or without fraction and zone) in the stored
    // form; empty if it is not a timestamp.
    static QString canonicalTimestamp(const QString &text);
    static QString timestampText(qint64 msecsSinceEpoch);
};

} // namespace brickdesk::emulator
