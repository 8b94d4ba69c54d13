#include "jobjson.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator::jobjson {

QJsonObject render(const JobRecord &job, bool withTasks)
{
    QJsonObject settings = job.settings;
    settings.insert(u"format"_s, u"MULTI_TASK"_s);
    if (!settings.contains(u"name"_s))
        settings.insert(u"name"_s, u"Untitled"_s);
    if (!settings.contains(u"max_concurrent_runs"_s))
        settings.insert(u"max_concurrent_runs"_s, 1);
    if (!settings.contains(u"timeout_seconds"_s))
        settings.insert(u"timeout_seconds"_s, 0);
    if (!settings.contains(u"email_notifications"_s))
        settings.insert(u"email_notifications"_s, QJsonObject {});
    if (!settings.contains(u"webhook_notifications"_s))
        settings.insert(u"webhook_notifications"_s, QJsonObject {});
    if (!settings.contains(u"queue"_s) && job.createdVia22)
        settings.insert(u"queue"_s, QJsonObject {{u"enabled"_s, true}});
    settings.remove(u"run_as"_s); // write-only
    if (!withTasks) {
        settings.remove(u"tasks"_s);
        settings.remove(u"job_clusters"_s);
    }
    QJsonObject out {
        {u"job_id"_s, job.jobId}, {u"created_time"_s, job.createdTime}, {u"settings"_s, settings}};
    if (!job.creator.isEmpty())
        out.insert(u"creator_user_name"_s, job.creator);
    out.insert(u"run_as_user_name"_s, job.runAs.isEmpty() ? job.creator : job.runAs);
    // The policies that apply (here: the ones the job names; the service may pick a default).
    if (job.settings.contains(u"budget_policy_id"_s))
        out.insert(u"effective_budget_policy_id"_s, job.settings.value(u"budget_policy_id"_s));
    if (job.settings.contains(u"usage_policy_id"_s))
        out.insert(u"effective_usage_policy_id"_s, job.settings.value(u"usage_policy_id"_s));
    return out;
}

} // namespace brickdesk::emulator::jobjson
