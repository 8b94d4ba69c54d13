#pragma once

#include "emulatorresponse.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

namespace brickdesk::emulator {

// Owns the responder of one request so it can be answered later (from a timer, never by
// sleeping on the server thread) and gives the emulator the socket for network faults.
// Every method is a no-op once the request was answered or the client went away.
class ResponseChannel final
{
public:
    ResponseChannel(QHttpServerResponder &&responder, QTcpSocket *socket);
    ResponseChannel(const ResponseChannel &) = delete;
    ResponseChannel &operator=(const ResponseChannel &) = delete;

    bool isOpen() const;
    void send(const EmulatorResponse &response);
    // Sends the status line, the headers (with the full Content-Length) and only the first
    // half of the body, then closes the connection: a truncated body.
    void sendTruncated(const EmulatorResponse &response);
    // Closes the TCP connection without any answer.
    void drop();

private:
    void writeHead(const EmulatorResponse &response);

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_done = false;
};

} // namespace brickdesk::emulator
