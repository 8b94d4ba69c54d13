#include "auth/loopbackredirectlistener.h"

#include "auth/authlogging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
{ }

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listenOn(quint16 port)
{
    close();
    auto *v4 = new QTcpServer(this);
    if (!v4->listen(QHostAddress::LocalHost, port)) {
        delete v4;
        return false;
    }
    m_servers.append(v4);
    auto *v6 = new QTcpServer(this);
    if (v6->listen(QHostAddress::LocalHostIPv6, v4->serverPort())) {
        m_servers.append(v6);
    } else {
        const bool noIPv6 = v6->serverError() == QAbstractSocket::UnsupportedSocketOperationError
            || v6->serverError() == QAbstractSocket::SocketAddressNotAvailableError;
        delete v6;
        if (!noIPv6) {
            // Someone else holds [::1]:port; a browser going there would hand them the code.
            close();
            return false;
        }
    }
    for (QTcpServer *server : std::as_const(m_servers)) {
        connect(server, &QTcpServer::newConnection, this, [this, server] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
            }
        });
    }
    return true;
}

bool LoopbackRedirectListener::listen(quint16 firstPort, quint16 lastPort)
{
    if (firstPort == 0) {
        // A system-chosen port may be taken on ::1; try a few.
        for (int tries = 0; tries < 10; ++tries) {
            if (listenOn(0))
                return true;
        }
        return false;
    }
    for (quint32 port = firstPort; port <= std::max(firstPort, lastPort); ++port) {
        if (listenOn(quint16(port)))
            return true;
    }
    qCInfo(lcAuth) << "no free loopback port in" << firstPort << ".." << lastPort;
    return false;
}

quint16 LoopbackRedirectListener::port() const
{
    return m_servers.isEmpty() ? 0 : m_servers.first()->serverPort();
}

QString LoopbackRedirectListener::redirectUri() const
{
    return u"http://localhost:"_s + QString::number(port());
}

void LoopbackRedirectListener::close()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

void LoopbackRedirectListener::setExpectedState(const QByteArray &state)
{
    m_expectedState = state;
}

bool LoopbackRedirectListener::listensOnIPv6() const
{
    return m_servers.size() > 1;
}

void LoopbackRedirectListener::handle(QTcpSocket *socket)
{
    // Wait for the whole request head; the browser sends no body with its GET.
    if (!socket->canReadLine() || !socket->peek(16 * 1024).contains("\r\n\r\n")) {
        if (socket->bytesAvailable() > 16 * 1024)
            socket->abort();
        return;
    }
    const QList<QByteArray> requestLine = socket->readLine().trimmed().split(' ');
    socket->readAll();
    const QUrl target = requestLine.size() >= 2 ? QUrl(QString::fromLatin1(requestLine.at(1))) : QUrl();
    const QUrlQuery query(target);
    const bool isCallback = requestLine.value(0) == "GET" && target.path() == u"/"_s
        && (query.hasQueryItem(u"code"_s) || query.hasQueryItem(u"error"_s));
    // Checked before anything is spent, for error answers too.
    const bool stateMatches = !m_expectedState.isEmpty()
        && query.queryItemValue(u"state"_s, QUrl::FullyDecoded).toLatin1() == m_expectedState;

    QByteArray status = "200 OK";
    QString text;
    if (!isCallback) {
        status = "404 Not Found";
        text = QCoreApplication::translate("brickdesk::LoopbackRedirectListener", "Not found.");
    } else if (!stateMatches || m_done) {
        status = "400 Bad Request";
        text = QCoreApplication::translate("brickdesk::LoopbackRedirectListener",
            "This answer does not belong to a sign-in that Brickdesk started.");
    } else if (query.hasQueryItem(u"error"_s)) {
        text = QCoreApplication::translate("brickdesk::LoopbackRedirectListener",
            "Sign-in failed. You can close this tab and return to Brickdesk.");
    } else {
        text = QCoreApplication::translate("brickdesk::LoopbackRedirectListener",
            "Signed in. You can close this tab and return to Brickdesk.");
    }
    const QByteArray body
        = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Brickdesk</title></head>"
          "<body><p>"
        + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    socket->write("HTTP/1.1 " + status
        + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + body);
    socket->disconnectFromHost();

    if (isCallback && stateMatches && !m_done) {
        m_done = true;
        qCDebug(lcAuth) << "OAuth redirect received on port" << port();
        emit callbackReceived(query);
    } else if (isCallback) {
        qCInfo(lcAuth) << "ignored an OAuth redirect whose state does not match this sign-in";
    }
}

} // namespace brickdesk
