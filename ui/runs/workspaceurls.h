#pragma once

#include <QString>
#include <QUrl>

namespace brickdesk {

// The workspace's own web addresses for jobs and runs ("Open in browser").
class WorkspaceUrls final
{
public:
    // https://<host>/jobs/<job_id>
    static QUrl job(const QUrl &host, qint64 jobId);
    // The run's run_page_url when the API gave one (it carries the workspace's ?o= id),
    // else https://<host>/jobs/<job_id>/runs/<run_id>. The server chose run_page_url: open it
    // through Prompts::openServerUrl, which decides whether it may be opened.
    static QUrl run(const QUrl &host, qint64 jobId, qint64 runId, const QString &runPageUrl = {});
};

} // namespace brickdesk
