#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace brickdesk {

// What changed between two JSON documents, as lines people can read:
//   name: "Nightly" → "Nightly v2"
//   tasks[ingest].timeout_seconds: added 600
//   tasks[report]: removed
// Arrays of objects with a natural key (task_key, job_cluster_key, environment_key, name) are
// matched by that key, so reordering alone is reported once ("tasks: order changed"), not as
// a change of every element. Used to warn that a job changed on the server since the form
// was opened.
class JsonDiff final
{
    Q_DECLARE_TR_FUNCTIONS(JsonDiff)

public:
    static QStringList describe(const QJsonValue &before, const QJsonValue &after, int maxLines = 50);
};

} // namespace brickdesk
