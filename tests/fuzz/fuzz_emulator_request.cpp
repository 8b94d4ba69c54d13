// Requests as a web page or any local program may send them to the emulator: the Host check
// (DNS rebinding) and the parameter parsing of every endpoint. Input: a raw HTTP/1.1 request.
#include "emulator/hostheader.h"
#include "emulator/requestparams.h"

#include <cstddef>
#include <cstdint>

using namespace brickdesk::emulator;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
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

    (void)HostHeader::isAllowed(request.header("Host"), 8080);
    (void)HostHeader::isAllowed(request.header("Host"), 80, QHostAddress(u"192.168.1.5"_s));

    RequestParams params(request);
    for (const QString &key : {u"job_id"_s, u"run_id"_s, u"limit"_s, u"offset"_s, u"start_time"_s}) {
        (void)params.integer(key);
    }
    (void)params.boolean(u"expand_tasks"_s);
    (void)params.string(u"page_token"_s);
    (void)params.strings(u"event_types"_s);
    (void)params.object(u"new_settings"_s);
    (void)params.array(u"tasks"_s);
    return 0;
}
