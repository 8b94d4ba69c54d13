// Requests as a web page or any local program may send them to the emulator: the Host check
// (DNS rebinding) and the parameter parsing of every endpoint. Input: a raw HTTP/1.1 request.
#include "emulator/hostheader.h"
#include "emulator/requestparams.h"
#include "rawrequest.h"

#include <cstddef>
#include <cstdint>

using namespace brickdesk::emulator;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const EmulatorRequest request = fuzz::rawRequest(data, size);
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
