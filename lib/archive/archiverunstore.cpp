#include "archiverunstore.h"

#include "archive/archivecodec.h"
#include "archive/archiveconnection.h"
#include "archive/archivesearchindex.h"
#include "archive/secretscrubber.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

using archivecodec::integer;
using archivecodec::parse;

namespace {

QString runStateOf(const QJsonObject &run)
{
    const QString state = run.value(u"status"_s).toObject().value(u"state"_s).toString();
    return state.isEmpty() ? run.value(u"state"_s).toObject().value(u"life_cycle_state"_s).toString() : state;
}

QString runResultOf(const QJsonObject &run)
{
    const QString code = run.value(u"status"_s)
                             .toObject()
                             .value(u"termination_details"_s)
                             .toObject()
                             .value(u"code"_s)
                             .toString();
    return code.isEmpty() ? run.value(u"state"_s).toObject().value(u"result_state"_s).toString() : code;
}

bool isErrorResult(const QString &result)
{
    static const QSet<QString> fine {
        u""_s, u"SUCCESS"_s, u"SKIPPED"_s, u"EXCLUDED"_s, u"DISABLED"_s, u"USER_CANCELED"_s, u"CANCELED"_s};
    return !fine.contains(result);
}

} // namespace

QString ArchiveRunStore::errorTextOf(const QJsonObject &run)
{
    QStringList messages;
    const auto collect = [&messages](const QJsonObject &item) {
        if (!isErrorResult(runResultOf(item)))
            return;
        for (const QString &m : {item.value(u"status"_s)
                                     .toObject()
                                     .value(u"termination_details"_s)
                                     .toObject()
                                     .value(u"message"_s)
                                     .toString(),
                 item.value(u"state"_s).toObject().value(u"state_message"_s).toString()}) {
            if (!m.isEmpty() && !messages.contains(m))
                messages.append(m);
        }
    };
    collect(run);
    const QJsonArray tasks = run.value(u"tasks"_s).toArray();
    for (const QJsonValue &task : tasks)
        collect(task.toObject());
    return messages.join(u'\n');
}

ArchiveWriteResult ArchiveRunStore::recordRuns(const QJsonArray &runs, qint64 seenMs)
{
    return m_db.write(int(runs.size()), tr("Runs could not be archived"), [&](int &added) {
        for (const QJsonValue &run : runs) {
            if (!recordRun(SecretScrubber::scrub(run.toObject()), seenMs, added))
                return false;
        }
        return true;
    });
}

// A run (already scrubbed) with its task runs and its error text.
bool ArchiveRunStore::recordRun(const QJsonObject &run, qint64 seenMs, int &added)
{
    const qint64 runId = integer(run.value(u"run_id"_s));
    if (runId <= 0)
        return true;
    const QString error = SecretScrubber::scrubText(errorTextOf(run));
    QSqlQuery &exists = m_db.statement(u"SELECT 1 FROM runs WHERE run_id = ?"_s);
    exists.addBindValue(runId);
    if (!m_db.run(exists))
        return false;
    added += exists.next() ? 0 : 1;
    exists.finish();
    QSqlQuery &upsert = m_db.statement(u"INSERT OR REPLACE INTO runs(run_id, job_id, start_time, "
                                       u"end_time, state, result, run, updated, error)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    upsert.addBindValue(runId);
    upsert.addBindValue(integer(run.value(u"job_id"_s)));
    upsert.addBindValue(integer(run.value(u"start_time"_s)));
    upsert.addBindValue(integer(run.value(u"end_time"_s)));
    upsert.addBindValue(runStateOf(run));
    upsert.addBindValue(runResultOf(run));
    upsert.addBindValue(QString::fromUtf8(archivecodec::compact(run)));
    upsert.addBindValue(seenMs);
    upsert.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    return m_db.run(upsert) && recordTaskRuns(runId, run.value(u"tasks"_s).toArray())
        && m_search.indexRunError(runId, run.value(u"run_name"_s).toString(), error);
}

bool ArchiveRunStore::recordTaskRuns(qint64 runId, const QJsonArray &tasks)
{
    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        const qint64 taskRunId = integer(task.value(u"run_id"_s));
        if (taskRunId <= 0)
            continue;
        QSqlQuery &taskUpsert
            = m_db.statement(u"INSERT OR REPLACE INTO task_runs(run_id, parent_run_id, task_key,"
                             " start_time, end_time, state, result) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        taskUpsert.addBindValue(taskRunId);
        taskUpsert.addBindValue(runId);
        taskUpsert.addBindValue(task.value(u"task_key"_s).toString());
        taskUpsert.addBindValue(integer(task.value(u"start_time"_s)));
        taskUpsert.addBindValue(integer(task.value(u"end_time"_s)));
        taskUpsert.addBindValue(runStateOf(task));
        taskUpsert.addBindValue(runResultOf(task));
        if (!m_db.run(taskUpsert))
            return false;
    }
    return true;
}

QList<ArchivedRun> ArchiveRunStore::runsOfJob(qint64 jobId)
{
    QList<ArchivedRun> out;
    if (!m_db.isOpen())
        return out;
    QSqlQuery &q = m_db.statement(u"SELECT run_id, job_id, start_time, end_time, state, result, error, run,"
                                  " updated FROM runs WHERE job_id = ? ORDER BY start_time DESC"_s);
    q.addBindValue(jobId);
    readRuns(q, out);
    return out;
}

ArchivedRun ArchiveRunStore::run(qint64 runId)
{
    QList<ArchivedRun> out;
    if (!m_db.isOpen())
        return {};
    QSqlQuery &q = m_db.statement(u"SELECT run_id, job_id, start_time, end_time, state, result, error, run,"
                                  " updated FROM runs WHERE run_id = ?"_s);
    q.addBindValue(runId);
    readRuns(q, out);
    return out.value(0);
}

QList<ArchivedRun> ArchiveRunStore::latestRunOfEachJob()
{
    QList<ArchivedRun> out;
    if (!m_db.isOpen())
        return out;
    // One step down runs_by_job per job.
    QSqlQuery &q = m_db.statement(u"SELECT run_id, job_id, start_time, end_time, state, result, error, run,"
                                  " updated FROM runs r WHERE r.job_id IS NOT NULL AND r.start_time ="
                                  " (SELECT MAX(start_time) FROM runs w WHERE w.job_id = r.job_id)"_s);
    readRuns(q, out);
    return out;
}

void ArchiveRunStore::readRuns(QSqlQuery &q, QList<ArchivedRun> &out)
{
    if (!m_db.run(q))
        return;
    while (q.next()) {
        ArchivedRun r;
        r.runId = q.value(0).toLongLong();
        r.jobId = q.value(1).toLongLong();
        r.startTimeMs = q.value(2).toLongLong();
        r.endTimeMs = q.value(3).toLongLong();
        r.state = q.value(4).toString();
        r.result = q.value(5).toString();
        r.errorMessage = q.value(6).toString();
        r.run = parse(q.value(7).toByteArray());
        r.seenMs = q.value(8).toLongLong();
        out.append(r);
    }
    q.finish();
}

qint64 ArchiveRunStore::runCount()
{
    if (!m_db.isOpen())
        return 0;
    return m_db.value(m_db.statement(u"SELECT COUNT(*) FROM runs"_s)).toLongLong();
}

qint64 ArchiveRunStore::lastSeenMs()
{
    if (!m_db.isOpen())
        return 0;
    return m_db.value(m_db.statement(u"SELECT MAX(updated) FROM runs"_s)).toLongLong();
}

qint64 ArchiveRunStore::oldestUnfinishedRunStart()
{
    if (!m_db.isOpen())
        return -1;
    const QVariant v
        = m_db.value(m_db.statement(u"SELECT MIN(start_time) FROM runs"
                                    " WHERE state NOT IN ('TERMINATED', 'SKIPPED', 'INTERNAL_ERROR')"_s));
    return v.isNull() ? -1 : v.toLongLong();
}

bool ArchiveRunStore::indexAllErrors()
{
    QSqlQuery runs(m_db.database());
    runs.setForwardOnly(true);
    if (!runs.exec(u"SELECT run_id, run FROM runs"_s))
        return m_db.note(runs);
    QList<std::pair<qint64, QJsonObject>> all;
    while (runs.next())
        all.append({runs.value(0).toLongLong(), parse(runs.value(1).toByteArray())});
    runs.finish();
    QSqlQuery setError(m_db.database());
    setError.prepare(u"UPDATE runs SET error = ? WHERE run_id = ?"_s);
    for (const auto &[runId, runJson] : std::as_const(all)) {
        const QString error = errorTextOf(runJson);
        if (error.isEmpty())
            continue;
        setError.addBindValue(error);
        setError.addBindValue(runId);
        if (!m_db.run(setError))
            return false;
        if (!m_search.indexRunError(runId, runJson.value(u"run_name"_s).toString(), error))
            return false;
    }
    return true;
}

} // namespace brickdesk
