#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace brickdesk {

// The OAuth redirect target of the user-to-machine flow (guide §4.5): a tiny HTTP listener
// on loopback that waits for the browser's GET /?code=...&state=... (or ?error=...&state=...),
// answers with a short page telling the user to return to Brickdesk, and reports the query.
// Port: the first free one of 8020..8040 as the CLI does, or a fixed one, or any (0).
//
// The redirect URI names "localhost", which a browser may reach over IPv4 or IPv6: the
// listener holds the port on 127.0.0.1 and, where the system has IPv6, on ::1 too, so no
// other program can take the other family's port and receive the code. Only an answer whose
// state is the expected one is reported (its single callback is not spent on anything else:
// a web page that guesses the port cannot end or hijack the sign-in).
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
    // The OAuth state sent with the authorization request; callbacks without it are refused.
    void setExpectedState(const QByteArray &state);
    // Whether the listener holds the port on ::1 as well as on 127.0.0.1.
    bool listensOnIPv6() const;

signals:
    // The callback's query (code, state, or error and error_description), with the expected
    // state. Emitted once.
    void callbackReceived(const QUrlQuery &query);

private:
    bool listenOn(quint16 port);
    void handle(QTcpSocket *socket);

    QList<QTcpServer *> m_servers;
    QByteArray m_expectedState;
    bool m_done = false;
};

} // namespace brickdesk
