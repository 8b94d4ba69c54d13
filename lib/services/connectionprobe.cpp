#include "services/connectionprobe.h"

#include "api/connection.h"
#include "api/tokensource.h"

namespace brickdesk {

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent)
{ }

ConnectionProbe::~ConnectionProbe()
{
    cancel();
}

void ConnectionProbe::start(const QUrl &host, std::shared_ptr<TokenSource> credentials)
{
    cancel();
    m_connection = std::make_unique<Connection>(host, std::move(credentials));
    m_connection->setRetryPolicy(RetryPolicy::interactive());
    m_call = m_connection->clusters().getSparkVersions();
    m_call.then(this, [this, host](const ApiResult<QList<SparkVersion>> &result) {
        if (result.error().kind() == ApiError::Kind::Cancelled)
            return; // superseded or cancelled: the caller no longer waits for it
        emit finished(host, result.error());
    });
}

void ConnectionProbe::cancel()
{
    m_call.abort();
    m_connection.reset();
}

} // namespace brickdesk
