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
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
        }
    });
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(quint16 firstPort, quint16 lastPort)
{
    if (firstPort == 0)
        return m_server->listen(QHostAddress::LocalHost, 0);
    for (quint32 port = firstPort; port <= std::max(firstPort, lastPort); ++port) {
        if (m_server->listen(QHostAddress::LocalHost, quint16(port)))
            return true;
    }
    qCInfo(lcAuth) << "no free loopback port in" << firstPort << ".." << lastPort;
    return false;
}

quint16 LoopbackRedirectListener::port() const
{
    return m_server->serverPort();
}

QString LoopbackRedirectListener::redirectUri() const
{
    return u"http://localhost:"_s + QString::number(port());
}

void LoopbackRedirectListener::close()
{
    m_server->close();
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

    QByteArray status = "200 OK";
    QString text;
    if (!isCallback) {
        status = "404 Not Found";
        text = QCoreApplication::translate("brickdesk::LoopbackRedirectListener", "Not found.");
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

    if (isCallback && !m_done) {
        m_done = true;
        qCDebug(lcAuth) << "OAuth redirect received on port" << port();
        emit callbackReceived(query);
    }
}

} // namespace brickdesk
