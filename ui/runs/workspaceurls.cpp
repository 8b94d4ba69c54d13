#include "workspaceurls.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

QUrl WorkspaceUrls::job(const QUrl &host, qint64 jobId)
{
    QUrl url = host;
    url.setPath(u"/jobs/%1"_s.arg(jobId));
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
    url.setPath(jobId > 0 ? u"/jobs/%1/runs/%2"_s.arg(jobId).arg(runId) : u"/jobs/runs/%1"_s.arg(runId));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace brickdesk
