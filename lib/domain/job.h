#pragma once

#include "domain/jobsettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace brickdesk {

// BaseJob (jobs/list item) or Job (jobs/get), guide §1.3. Keeps the raw object.
// IDs are int64 on the wire; Qt 6.4 stores JSON numbers as double, so ids are exact only
// below 2^53 (~9.0e15; real ids are ~1e15). They are read with QJsonValue::toInteger().
class Job final
{
public:
    Job() = default;
    static Job fromJson(const QJsonObject &job);

    bool isValid() const { return m_id > 0; }
    qint64 id() const { return m_id; }
    QString name() const { return m_settings.name(); }
    QDateTime createdTime() const;
    qint64 createdTimeMs() const;
    QString creatorUserName() const; // "" if the user was deleted
    QString runAsUserName() const;
    JobSettings settings() const { return m_settings; }
    // jobs/list with expand_tasks or jobs/get 2.2: more tasks exist than were returned.
    bool hasMore() const;
    // The budget and usage policies that apply to the job (the service may choose them).
    QString effectiveBudgetPolicyId() const;
    QString effectiveUsagePolicyId() const;

    void setSettings(const JobSettings &settings);

    // The object as received, with settings replaced by settings().toJson().
    QJsonObject raw() const;
    QJsonObject toJson() const { return raw(); }

private:
    qint64 m_id = 0;
    QJsonObject m_raw;
    JobSettings m_settings;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::Job)
