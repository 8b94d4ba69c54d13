#include "statepersistence.h"

#include "emulatorlogging.h"
#include "jobstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

StatePersistence::StatePersistence(QString file, quint64 seed)
    : m_file(std::move(file))
    , m_seed(seed)
{ }

bool StatePersistence::save(const JobStore &store, QString *error) const
{
    if (m_file.isEmpty())
        return true;
    if (m_refused) {
        if (error)
            *error = u"the state file could not be loaded, so it is not written over"_s;
        return false;
    }
    QJsonArray jobs;
    for (const qint64 id : store.changedJobs()) {
        const auto it = store.jobs().find(id);
        if (it == store.jobs().end())
            continue;
        const JobRecord &j = it->second;
        QJsonObject job {{u"job_id"_s, j.jobId}, {u"created_time"_s, j.createdTime},
            {u"creator_user_name"_s, j.creator}, {u"run_as_user_name"_s, j.runAs},
            {u"created_via_2_2"_s, j.createdVia22}, {u"settings"_s, j.settings}};
        if (j.acl)
            job.insert(u"access_control_list"_s, *j.acl);
        jobs.append(job);
    }
    QJsonArray deleted;
    for (const qint64 id : store.deletedJobs())
        deleted.append(id);
    const QJsonObject root {{u"version"_s, 1}, {u"seed"_s, QString::number(m_seed)},
        {u"next_job_id"_s, store.nextJobId()}, {u"jobs"_s, jobs}, {u"deleted_job_ids"_s, deleted}};
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        qCWarning(lcEmulator) << "cannot write state file" << m_file << file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return file.commit();
}

bool StatePersistence::refuse(const QString &reason, QString *error)
{
    m_refused = true;
    if (error)
        *error = reason;
    return false;
}

bool StatePersistence::load(JobStore &store, QString *error)
{
    if (m_file.isEmpty() || !QFile::exists(m_file))
        return true;
    if (QFileInfo(m_file).isDir())
        return refuse(u"it is a directory"_s, error);
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString(), error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(
            u"not valid JSON (%1 at byte %2)"_s.arg(parseError.errorString()).arg(parseError.offset), error);
    if (!document.isObject())
        return refuse(u"not a JSON object"_s, error);
    const QJsonObject root = document.object();
    const QJsonArray deleted = root.value(u"deleted_job_ids"_s).toArray();
    for (const QJsonValue &v : deleted)
        store.restoreDeleted(v.toInteger());
    const QJsonArray jobs = root.value(u"jobs"_s).toArray();
    for (const QJsonValue &v : jobs) {
        const QJsonObject o = v.toObject();
        JobRecord j;
        j.jobId = o.value(u"job_id"_s).toInteger();
        j.createdTime = o.value(u"created_time"_s).toInteger();
        j.creator = o.value(u"creator_user_name"_s).toString();
        j.runAs = o.value(u"run_as_user_name"_s).toString();
        j.createdVia22 = o.value(u"created_via_2_2"_s).toBool(true);
        j.settings = o.value(u"settings"_s).toObject();
        if (o.contains(u"access_control_list"_s))
            j.acl = o.value(u"access_control_list"_s).toArray();
        store.restoreChanged(std::move(j));
    }
    store.raiseNextJobId(root.value(u"next_job_id"_s).toInteger());
    return true;
}

} // namespace brickdesk::emulator
