#include "archivejobstore.h"

#include "archive/archivecodec.h"
#include "archive/archiveconnection.h"
#include "archive/archivesearchindex.h"
#include "archive/secretscrubber.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

using archivecodec::parse;

ArchiveJobStore::ArchiveJobStore(ArchiveConnection &connection, ArchiveSearchIndex &search)
    : m_db(connection)
    , m_search(search)
    , m_versions(connection, u"job_versions"_s, u"job_id"_s, u"settings"_s)
{ }

ArchiveWriteResult ArchiveJobStore::recordJobs(const QJsonArray &jobs, qint64 seenMs)
{
    return m_db.write(int(jobs.size()), tr("Job settings could not be archived"), [&](int &added) {
        for (const QJsonValue &job : jobs) {
            if (!recordJob(job.toObject(), seenMs, added))
                return false;
        }
        return true;
    });
}

bool ArchiveJobStore::recordJob(const QJsonObject &job, qint64 seenMs, int &added)
{
    const qint64 jobId = archivecodec::integer(job.value(u"job_id"_s));
    if (jobId <= 0)
        return true;
    const QJsonObject settings = SecretScrubber::scrub(job.value(u"settings"_s).toObject());
    const QByteArray bytes = archivecodec::compact(settings);

    QSqlQuery &upsert
        = m_db.statement(u"INSERT INTO jobs(job_id, name, first_seen, last_seen) VALUES (?, ?, ?, ?)"
                         " ON CONFLICT(job_id) DO UPDATE SET name = excluded.name,"
                         " last_seen = MAX(last_seen, excluded.last_seen)"_s);
    upsert.addBindValue(jobId);
    upsert.addBindValue(settings.value(u"name"_s).toString());
    upsert.addBindValue(seenMs);
    upsert.addBindValue(seenMs);
    if (!m_db.run(upsert))
        return false;

    switch (m_versions.record(jobId, bytes, seenMs)) {
    case ArchiveVersionTable::Outcome::Failed:
        return false;
    case ArchiveVersionTable::Outcome::SeenAgain:
        return true;
    case ArchiveVersionTable::Outcome::Added:
        break;
    }
    if (!m_search.indexJob(jobId, settings))
        return false;
    ++added;
    return true;
}

QList<JobVersion> ArchiveJobStore::jobVersions(qint64 jobId)
{
    QList<JobVersion> out;
    if (!m_db.isOpen())
        return out;
    QSqlQuery &q = m_db.statement(
        u"SELECT first_seen, last_seen, settings FROM job_versions WHERE job_id = ? ORDER BY id"_s);
    q.addBindValue(jobId);
    if (!m_db.run(q))
        return out;
    int version = 0;
    while (q.next())
        out.append({jobId, ++version, q.value(0).toLongLong(), q.value(1).toLongLong(),
            parse(q.value(2).toByteArray())});
    q.finish();
    return out;
}

QList<qint64> ArchiveJobStore::jobIds()
{
    QList<qint64> out;
    if (!m_db.isOpen())
        return out;
    QSqlQuery &q = m_db.statement(u"SELECT job_id FROM jobs ORDER BY job_id"_s);
    if (!m_db.run(q))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

QList<JobVersion> ArchiveJobStore::latestVersions()
{
    QList<JobVersion> out;
    if (!m_db.isOpen())
        return out;
    QSqlQuery &q
        = m_db.statement(u"SELECT v.job_id, v.first_seen, v.last_seen, v.settings FROM job_versions v"
                         " WHERE v.id = (SELECT MAX(id) FROM job_versions w WHERE w.job_id = v.job_id)"
                         " ORDER BY v.job_id"_s);
    if (!m_db.run(q))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), 0, q.value(1).toLongLong(), q.value(2).toLongLong(),
            parse(q.value(3).toByteArray())});
    q.finish();
    return out;
}

qint64 ArchiveJobStore::lastSeenMs()
{
    if (!m_db.isOpen())
        return 0;
    return m_db.value(m_db.statement(u"SELECT MAX(last_seen) FROM jobs"_s)).toLongLong();
}

bool ArchiveJobStore::indexLatestSettings()
{
    QSqlQuery jobs(m_db.database());
    jobs.setForwardOnly(true);
    if (!jobs.exec(u"SELECT v.job_id, v.settings FROM job_versions v WHERE v.id ="
                   " (SELECT MAX(id) FROM job_versions w WHERE w.job_id = v.job_id)"_s))
        return m_db.note(jobs);
    QList<std::pair<qint64, QJsonObject>> latest;
    while (jobs.next())
        latest.append({jobs.value(0).toLongLong(), parse(jobs.value(1).toByteArray())});
    jobs.finish();
    for (const auto &[jobId, settings] : std::as_const(latest)) {
        if (!m_search.indexJob(jobId, settings))
            return false;
    }
    return true;
}

} // namespace brickdesk
