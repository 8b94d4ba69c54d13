#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "domain/sparkversion.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

namespace brickdesk {

class Connection;
class TokenSource;

// "Test connection": asks a workspace for something every workspace answers to any signed-in
// user (its Spark versions) with credentials not saved yet, and says whether that worked. A
// new probe supersedes one in flight, which then reports nothing.
class ConnectionProbe final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionProbe(QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void start(const QUrl &host, std::shared_ptr<TokenSource> credentials);
    void cancel();
    bool isRunning() const { return !m_call.isFinished(); }

signals:
    // Exactly once per start() that is not superseded or cancelled; no error on success.
    void finished(const QUrl &host, const brickdesk::ApiError &error);

private:
    std::unique_ptr<Connection> m_connection;
    ApiCall<QList<SparkVersion>> m_call;
};

} // namespace brickdesk
