#pragma once

#include "emulatorrequest.h"
#include "responsechannel.h"

#include <QAbstractHttpServer>

#include <functional>
#include <memory>

namespace brickdesk::emulator {

// The HTTP front: QAbstractHttpServer subclassed directly (rather than QHttpServer's router)
// because the emulator needs the socket of each request to drop connections and truncate
// bodies, and does its own routing across API versions.
class EmulatorHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const EmulatorRequest &, std::shared_ptr<ResponseChannel>)>;

    explicit EmulatorHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace brickdesk::emulator
