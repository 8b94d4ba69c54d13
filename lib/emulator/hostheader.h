#pragma once

#include <QByteArrayView>
#include <QHostAddress>

namespace brickdesk::emulator {

// Whether a request's Host header names this emulator by a loopback name: 127.0.0.1,
// localhost or [::1], with the emulator's own port (omitted only when it is 80), or the
// address it was explicitly bound to. Anything else is refused: a web page whose domain was
// re-pointed at 127.0.0.1 (DNS rebinding) sends its own name, and must not reach the API
// with the public demo token.
class HostHeader final
{
public:
    static bool isAllowed(QByteArrayView host, quint16 port, const QHostAddress &bound = {});

private:
    HostHeader() = delete;
};

} // namespace brickdesk::emulator
