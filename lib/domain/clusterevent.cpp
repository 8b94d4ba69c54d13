#include "domain/clusterevent.h"

#include "domain/stringpool.h"

#include <QHash>
#include <QJsonDocument>
#include <QSharedData>

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

// The raw JSON of a page of events, concatenated as compact JSON and zlib-compressed. Events of
// one cluster repeat the same keys and ids, so a page compresses about tenfold; decoding a
// 500-event page takes well under a millisecond and is cached per thread (see rawJson()).
class ClusterEventPage final : public QSharedData
{
public:
    QByteArray compressed;
    int uncompressedSize = 0;
    int eventCount = 0;
    // The distinct did_not_expand_reason texts of the page: free text, so kept with the page
    // (and freed with it) rather than interned for the life of the process.
    QStringList notExpandedReasons;
};

namespace {

constexpr std::array<const char *, 36> typeNames = {
    "",
    "CREATING",
    "STARTING",
    "RESTARTING",
    "RUNNING",
    "EDITED",
    "RESIZING",
    "UPSIZE_COMPLETED",
    "NODES_LOST",
    "TERMINATING",
    "DRIVER_HEALTHY",
    "DRIVER_UNAVAILABLE",
    "DRIVER_NOT_RESPONDING",
    "SPARK_EXCEPTION",
    "DBFS_DOWN",
    "METASTORE_DOWN",
    "INIT_SCRIPTS_STARTED",
    "INIT_SCRIPTS_FINISHED",
    "DID_NOT_EXPAND_DISK",
    "EXPANDED_DISK",
    "FAILED_TO_EXPAND_DISK",
    "NODE_BLACKLISTED",
    "NODE_EXCLUDED_DECOMMISSIONED",
    "PINNED",
    "UNPINNED",
    "AUTOSCALING_STATS_REPORT",
    "AUTOSCALING_BACKOFF",
    "AUTOSCALING_FAILED",
    "ADD_NODES_FAILED",
    "DECOMMISSION_STARTED",
    "DECOMMISSION_ENDED",
    "AUTOMATIC_CLUSTER_UPDATE",
    "CLUSTER_MIGRATED",
    "DEFERRED_POLICY_ENFORCEMENT_SCHEDULED",
    "DEFERRED_POLICY_ENFORCEMENT_FAILED",
    "UC_VOLUME_MISCONFIGURED",
};
static_assert(typeNames.size() == size_t(ClusterEvent::Type::UcVolumeMisconfigured) + 1);

constexpr std::array<const char *, 8> causeNames = {
    "",
    "",
    "USER_REQUEST",
    "AUTOSCALE",
    "AUTOSCALE_V2",
    "DBR_AUTOSCALE",
    "AUTORECOVERY",
    "REPLACE_BAD_NODES",
};
static_assert(causeNames.size() == size_t(ClusterEvent::Cause::ReplaceBadNodes) + 1);

const QHash<QString, ClusterEvent::Type> &typeTable()
{
    static const QHash<QString, ClusterEvent::Type> table = [] {
        QHash<QString, ClusterEvent::Type> t;
        for (size_t i = 1; i < typeNames.size(); ++i)
            t.insert(QString::fromLatin1(typeNames[i]), ClusterEvent::Type(i));
        return t;
    }();
    return table;
}

qint32 intOrNone(const QJsonValue &value)
{
    if (!value.isDouble())
        return ClusterEvent::NoValue;
    const qint64 v = value.toInteger(ClusterEvent::NoValue);
    return v < 0 || v > std::numeric_limits<qint32>::max() ? ClusterEvent::NoValue : qint32(v);
}

// ClusterSize{num_workers, autoscale{min_workers, max_workers}}, or the same keys of a
// ClusterAttributes object.
ClusterEvent::Size sizeFrom(const QJsonObject &object)
{
    ClusterEvent::Size size;
    size.numWorkers = intOrNone(object.value(u"num_workers"_s));
    const QJsonObject autoscale = object.value(u"autoscale"_s).toObject();
    size.minWorkers = intOrNone(autoscale.value(u"min_workers"_s));
    size.maxWorkers = intOrNone(autoscale.value(u"max_workers"_s));
    return size;
}

ClusterEvent::Size sizeFrom(const QJsonObject &details, const QString &sizeKey, const QString &attributesKey)
{
    ClusterEvent::Size size = sizeFrom(details.value(sizeKey).toObject());
    if (!size.isValid())
        size = sizeFrom(details.value(attributesKey).toObject());
    return size;
}

// Where each element of a compact JSON array starts and ends: one linear scan instead of
// serialising every event on its own (that was most of the cost of building 100,000 events).
// Returns false when an element is not an object, so the caller can fall back.
bool splitCompactArray(const QByteArray &json, QVector<std::pair<quint32, quint32>> &spans)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype start = 0;
    const char *data = json.constData();
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = data[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (depth == 1) {
                if (c != '{')
                    return false;
                start = i;
            }
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            if (depth == 1)
                spans.append({quint32(start), quint32(i + 1 - start)});
            break;
        default:
            if (depth == 1 && c != ',')
                return false; // a bare value (null, number…) in the array
            break;
        }
    }
    return depth == 0;
}

// Interning takes a lock; the events of a page mostly repeat the same few strings.
class PageInterner
{
public:
    quint32 operator()(const QString &text)
    {
        if (text.isEmpty())
            return 0;
        if (text == m_lastText)
            return m_lastId;
        m_lastText = text;
        m_lastId = StringPool::intern(text);
        return m_lastId;
    }

private:
    QString m_lastText;
    quint32 m_lastId = 0;
};

struct RawCache
{
    QExplicitlySharedDataPointer<ClusterEventPage> page;
    QByteArray data;
};

} // namespace

ClusterEvent::ClusterEvent() = default;
ClusterEvent::ClusterEvent(const ClusterEvent &) = default;
ClusterEvent::ClusterEvent(ClusterEvent &&) noexcept = default;
ClusterEvent &ClusterEvent::operator=(const ClusterEvent &) = default;
ClusterEvent &ClusterEvent::operator=(ClusterEvent &&) noexcept = default;
ClusterEvent::~ClusterEvent() = default;

QVector<ClusterEvent> ClusterEvent::fromJsonArray(const QJsonArray &events, RawJson raw)
{
    QVector<ClusterEvent> result;
    result.reserve(events.size());
    // The page's raw buffer is the compact array itself; events point at their own object in it.
    QByteArray buffer;
    QVector<std::pair<quint32, quint32>> spans;
    if (raw == RawJson::Drop) {
        spans.fill({0, 0}, events.size());
    } else {
        buffer = QJsonDocument(events).toJson(QJsonDocument::Compact);
        spans.reserve(events.size());
    }
    if (raw == RawJson::Keep && (!splitCompactArray(buffer, spans) || spans.size() != events.size())) {
        spans.clear();
        buffer.clear();
        for (const QJsonValue &value : events) {
            const QByteArray bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
            spans.append({quint32(buffer.size()), quint32(bytes.size())});
            buffer += bytes;
        }
    }
    auto page = QExplicitlySharedDataPointer<ClusterEventPage>(new ClusterEventPage);
    PageInterner clusterIds, users, reasonCodes, reasonTypes;
    qsizetype i = 0;
    for (const QJsonValue &value : events) {
        const QJsonObject object = value.toObject();
        ClusterEvent event;
        event.m_timestamp = object.value(u"timestamp"_s).toInteger();
        const QString typeName = object.value(u"type"_s).toString();
        event.m_type = typeFromName(typeName);
        if (event.m_type == Type::Unknown)
            event.m_typeName = StringPool::intern(typeName);
        event.m_clusterId = clusterIds(object.value(u"cluster_id"_s).toString());

        const QJsonObject details = object.value(u"details"_s).toObject();
        event.m_currentWorkers = intOrNone(details.value(u"current_num_workers"_s));
        event.m_targetWorkers = intOrNone(details.value(u"target_num_workers"_s));
        event.m_currentVcpus = intOrNone(details.value(u"current_num_vcpus"_s));
        event.m_targetVcpus = intOrNone(details.value(u"target_num_vcpus"_s));
        event.m_size = sizeFrom(details, u"cluster_size"_s, u"attributes"_s);
        event.m_previousSize = sizeFrom(details, u"previous_cluster_size"_s, u"previous_attributes"_s);
        const QJsonValue cause = details.value(u"cause"_s);
        if (cause.isString()) {
            event.m_cause = causeFromName(cause.toString());
            if (event.m_cause == Cause::Unknown)
                event.m_causeName = StringPool::intern(cause.toString());
        }
        event.m_user = users(details.value(u"user"_s).toString());
        const QJsonObject reason = details.value(u"reason"_s).toObject();
        event.m_reasonCode = reasonCodes(reason.value(u"code"_s).toString());
        event.m_reasonType = reasonTypes(reason.value(u"type"_s).toString());
        const QString notExpanded = details.value(u"did_not_expand_reason"_s).toString();
        if (!notExpanded.isEmpty()) {
            qsizetype index = page->notExpandedReasons.indexOf(notExpanded);
            if (index < 0) {
                index = page->notExpandedReasons.size();
                page->notExpandedReasons.append(notExpanded);
            }
            event.m_notExpandedReason = quint32(index + 1);
        }

        event.m_rawOffset = spans.at(i).first;
        event.m_rawLength = spans.at(i).second;
        ++i;
        event.m_page = page;
        result.append(event);
    }
    page->uncompressedSize = int(buffer.size());
    page->eventCount = int(result.size());
    if (raw == RawJson::Keep) {
        // Level 1: three times faster than the default on these pages, for a few percent more bytes.
        page->compressed = qCompress(buffer, 1);
        page->compressed.squeeze();
    }
    return result;
}

ClusterEvent ClusterEvent::fromJson(const QJsonObject &event)
{
    const QVector<ClusterEvent> one = fromJsonArray(QJsonArray {event});
    return one.constFirst();
}

QString ClusterEvent::typeName() const
{
    return m_type == Type::Unknown ? StringPool::text(m_typeName) : typeToName(m_type);
}

QString ClusterEvent::clusterId() const
{
    return StringPool::text(m_clusterId);
}

QString ClusterEvent::causeName() const
{
    return m_cause == Cause::Unknown ? StringPool::text(m_causeName) : causeToName(m_cause);
}

QString ClusterEvent::user() const
{
    return StringPool::text(m_user);
}
QString ClusterEvent::reasonCode() const
{
    return StringPool::text(m_reasonCode);
}
QString ClusterEvent::reasonType() const
{
    return StringPool::text(m_reasonType);
}

QString ClusterEvent::notExpandedReason() const
{
    if (!m_page || m_notExpandedReason == 0)
        return {};
    return m_page->notExpandedReasons.value(qsizetype(m_notExpandedReason) - 1);
}

QJsonObject ClusterEvent::details() const
{
    return raw().value(u"details"_s).toObject();
}

QJsonObject ClusterEvent::raw() const
{
    return QJsonDocument::fromJson(rawJson()).object();
}

QByteArray ClusterEvent::rawJson() const
{
    if (!m_page || m_page->compressed.isEmpty())
        return {};
    // One decoded page per thread: a table showing rows, or a summary pass over events in time
    // order, hits the same page repeatedly. The cache holds a reference, so a freed page's
    // address can never be mistaken for a live one.
    thread_local RawCache cache;
    if (cache.page != m_page) {
        cache.data = qUncompress(m_page->compressed);
        cache.page = m_page;
    }
    return cache.data.mid(qsizetype(m_rawOffset), qsizetype(m_rawLength));
}

bool ClusterEvent::operator==(const ClusterEvent &other) const
{
    if (m_timestamp != other.m_timestamp || m_type != other.m_type || m_typeName != other.m_typeName)
        return false;
    if (m_page == other.m_page && m_rawOffset == other.m_rawOffset)
        return true;
    // Cheap checks on the decoded fields before decoding the raw JSON.
    if (m_rawLength != other.m_rawLength || m_currentWorkers != other.m_currentWorkers
        || m_targetWorkers != other.m_targetWorkers || m_cause != other.m_cause || m_user != other.m_user
        || m_reasonCode != other.m_reasonCode || m_clusterId != other.m_clusterId || !(m_size == other.m_size)
        || !(m_previousSize == other.m_previousSize))
        return false;
    return rawJson() == other.rawJson();
}

QString ClusterEvent::typeToName(Type type)
{
    const auto index = size_t(type);
    return index < typeNames.size() ? QString::fromLatin1(typeNames[index]) : QString();
}

ClusterEvent::Type ClusterEvent::typeFromName(QStringView name)
{
    return typeTable().value(name.toString(), Type::Unknown);
}

QList<ClusterEvent::Type> ClusterEvent::allKnownTypes()
{
    QList<Type> types;
    for (size_t i = 1; i < typeNames.size(); ++i)
        types.append(Type(i));
    return types;
}

QString ClusterEvent::causeToName(Cause cause)
{
    const auto index = size_t(cause);
    return index < causeNames.size() ? QString::fromLatin1(causeNames[index]) : QString();
}

ClusterEvent::Cause ClusterEvent::causeFromName(QStringView name)
{
    if (name.isEmpty())
        return Cause::None;
    for (size_t i = 2; i < causeNames.size(); ++i) {
        if (name == QLatin1String(causeNames[i]))
            return Cause(i);
    }
    return Cause::Unknown;
}

int ClusterEvent::sortAndDeduplicate(QVector<ClusterEvent> &events)
{
    std::stable_sort(events.begin(), events.end(),
        [](const ClusterEvent &a, const ClusterEvent &b) { return a.m_timestamp < b.m_timestamp; });
    QVector<ClusterEvent> kept;
    kept.reserve(events.size());
    qsizetype groupStart = 0;
    for (const ClusterEvent &event : std::as_const(events)) {
        if (!kept.isEmpty() && kept.constLast().m_timestamp != event.m_timestamp)
            groupStart = kept.size();
        bool duplicate = false;
        for (qsizetype i = groupStart; i < kept.size() && !duplicate; ++i)
            duplicate = kept.at(i) == event;
        if (!duplicate)
            kept.append(event);
    }
    const int removed = int(events.size() - kept.size());
    if (removed > 0)
        events = std::move(kept);
    return removed;
}

int ClusterEvent::pageBytes() const
{
    return m_page ? int(m_page->compressed.size()) : 0;
}
int ClusterEvent::pageEventCount() const
{
    return m_page ? m_page->eventCount : 0;
}

} // namespace brickdesk
