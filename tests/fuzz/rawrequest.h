#pragma once

#include "emulator/emulatorrequest.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

namespace brickdesk::emulator::fuzz {

// A fuzz input read as a raw HTTP/1.1 request (request line, headers, blank line, body), the
// way any local program or web page may send it to the emulator.
inline EmulatorRequest rawRequest(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    const QByteArray head = headEnd < 0 ? bytes : bytes.left(headEnd);
    EmulatorRequest request;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    if (headEnd >= 0)
        request.body = bytes.mid(headEnd + 4);
    return request;
}

} // namespace brickdesk::emulator::fuzz
