#pragma once

#include "domain/jobsettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace brickdesk {

// How a job starts, in words, from its settings: "Every day at 02:00 UTC", "File arrival",
// "Paused — Every hour", "Manual". Shared by the jobs list (computed once per row) and the job
// overview.
class ScheduleText final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleText)

public:
    static QString describe(const QJsonObject &settings);
    static QString describe(const JobSettings &settings) { return describe(settings.toJson()); }
};

} // namespace brickdesk
