#include "responsechannel.h"

namespace brickdesk::emulator {

ResponseChannel::ResponseChannel(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder))
    , m_socket(socket)
{
    // Without TCP_NODELAY the last segment of a multi-segment answer on a kept-alive connection
    // waits for the client's delayed ACK: 40 ms added to most runs/list pages on Linux.
    if (socket)
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

bool ResponseChannel::isOpen() const
{
    return !m_done && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ResponseChannel::writeHead(const EmulatorResponse &response)
{
    m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    m_responder.writeHeader("Content-Type", response.contentType);
    m_responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &header : response.headers)
        m_responder.writeHeader(header.first, header.second);
}

void ResponseChannel::send(const EmulatorResponse &response)
{
    if (!isOpen())
        return;
    m_done = true;
    writeHead(response);
    // writeBody() also ends the header block, so call it even for an empty body.
    m_responder.writeBody(response.body);
}

void ResponseChannel::sendTruncated(const EmulatorResponse &response)
{
    if (!isOpen())
        return;
    m_done = true;
    writeHead(response);
    m_responder.writeBody(response.body.left(response.body.size() / 2));
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void ResponseChannel::drop()
{
    if (!isOpen())
        return;
    m_done = true;
    m_socket->abort();
}

} // namespace brickdesk::emulator
