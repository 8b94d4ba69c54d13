// API responses into domain values: what any workspace (or a proxy in front of it) may send.
// Input: byte 0 picks the HTTP status, byte 1 bit 0 says text/html, the rest is the body.
#include "api/responseparser.h"
#include "archive/eventpagescanner.h"
#include "domain/cluster.h"
#include "domain/clusterevent.h"
#include "domain/job.h"
#include "domain/run.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static constexpr std::array<int, 12> statuses {200, 400, 401, 403, 404, 409, 429, 500, 502, 503, 302, 0};
    if (size < 2)
        return 0;
    ResponseParser::Raw raw;
    raw.httpStatus = statuses[data[0] % statuses.size()];
    raw.networkError = raw.httpStatus == 0 ? 1 : 0;
    raw.contentType = (data[1] & 1) ? "text/html" : "application/json";
    raw.retryAfter = (data[1] & 2) ? QByteArray("120") : QByteArray();
    raw.body = QByteArray(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const ResponseParser::Result result = ResponseParser::parse(raw, u"GET /api/2.2/jobs/list"_s);
    (void)result.error.userMessage();
    (void)result.error.toString();
    (void)ResponseParser::parseRetryAfter(raw.body.left(64));
    if (result.error.isError())
        return 0;
    const QJsonObject &json = result.json;
    for (const QJsonValue &job : json.value(u"jobs"_s).toArray())
        (void)Job::fromJson(job.toObject()).name();
    for (const QJsonValue &run : json.value(u"runs"_s).toArray())
        (void)Run::fromJson(run.toObject());
    for (const QJsonValue &cluster : json.value(u"clusters"_s).toArray())
        (void)Cluster::fromJson(cluster.toObject());
    // The archive's page scanner reads the same bytes: where it answers, it must agree with
    // the parser (a disagreement would archive a wrong event).
    const QJsonArray parsedEvents = json.value(u"events"_s).toArray();
    const QList<eventpagescanner::RawEvent> rawEvents = eventpagescanner::scan(raw.body);
    if (!rawEvents.isEmpty() && rawEvents.size() != parsedEvents.size())
        std::abort();
    for (qsizetype i = 0; i < rawEvents.size(); ++i) {
        const eventpagescanner::RawEvent &e = rawEvents.at(i);
        const QJsonObject parsed = parsedEvents.at(i).toObject();
        if (!e.plain)
            continue;
        if (parsed.size() != 4 || parsed.value(u"type"_s).toString() != QString::fromUtf8(e.type))
            std::abort();
        if (qAbs(e.timestamp) < (qint64(1) << 53) && parsed.value(u"timestamp"_s).toInteger() != e.timestamp)
            std::abort();
        const QJsonDocument details = QJsonDocument::fromJson("[" + e.details.toByteArray() + "]");
        if (details.array() != QJsonArray {parsed.value(u"details"_s)})
            std::abort();
    }
    QVector<ClusterEvent> events = ClusterEvent::fromJsonArray(json.value(u"events"_s).toArray());
    for (const ClusterEvent &event : events) {
        (void)event.typeName();
        (void)event.causeName();
        (void)event.user();
        (void)event.reasonCode();
    }
    ClusterEvent::sortAndDeduplicate(events);
    (void)Job::fromJson(json);
    (void)Run::fromJson(json);
    (void)Cluster::fromJson(json);
    (void)ClusterEvent::fromJson(json);
    return 0;
}
