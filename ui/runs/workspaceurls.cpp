#include "workspaceurls.h"

namespace brickdesk {

QUrl WorkspaceUrls::job(const QUrl &host, qint64 jobId)
{
    QUrl url = host;
    url.setPath(QStringLiteral("/jobs/%1").arg(jobId));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl WorkspaceUrls::run(const QUrl &host, qint64 jobId, qint64 runId, const QString &runPageUrl)
{
    const QUrl given(runPageUrl);
    if (!runPageUrl.isEmpty() && given.isValid() && !given.scheme().isEmpty())
        return given;
    QUrl url = host;
    url.setPath(jobId > 0 ? QStringLiteral("/jobs/%1/runs/%2").arg(jobId).arg(runId)
                          : QStringLiteral("/jobs/runs/%1").arg(runId));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace brickdesk
