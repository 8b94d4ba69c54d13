#pragma once

#include <QObject>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace brickdesk {

// The OAuth redirect target of the user-to-machine flow (guide §4.5): a tiny HTTP listener
// on 127.0.0.1 that waits for the browser's GET /?code=...&state=... (or ?error=...),
// answers with a short page telling the user to return to Brickdesk, and reports the query.
// Port: the first free one of 8020..8040 as the CLI does, or a fixed one, or any (0).
class LoopbackRedirectListener final : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // firstPort..lastPort; port 0 = any free port chosen by the system.
    bool listen(quint16 firstPort = 8020, quint16 lastPort = 8040);
    quint16 port() const;
    // "http://localhost:<port>": what is registered as redirect_uri.
    QString redirectUri() const;
    void close();

signals:
    // The callback's query (code, state, or error and error_description). Emitted once.
    void callbackReceived(const QUrlQuery &query);

private:
    void handle(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    bool m_done = false;
};

} // namespace brickdesk
