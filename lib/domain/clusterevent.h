#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QExplicitlySharedDataPointer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVector>

namespace brickdesk {

class ClusterEventPage;

// One entry of POST /api/2.1/clusters/events (guide §2.3), kept COMPACT: 100,000 of them must
// cost far less than their JSON tree. The fields needed for the node-count timeline and the
// one-line summaries are decoded once into plain integers and interned-string ids; the
// event's raw JSON is kept zlib-compressed in a page buffer shared by all events parsed
// together (fromJsonArray) and decoded on demand by raw()/rawJson(). Copying is cheap.
//
// Integers that the event does not carry read as -1 (NoValue); has*() tell them apart.
class ClusterEvent final
{
    Q_GADGET

public:
    // The 35 documented EventType values (guide §2.3), plus Unknown for anything newer, whose
    // raw name is kept (typeName()).
    enum class Type : quint8 {
        Unknown,
        Creating,
        Starting,
        Restarting,
        Running,
        Edited,
        Resizing,
        UpsizeCompleted,
        NodesLost,
        Terminating,
        DriverHealthy,
        DriverUnavailable,
        DriverNotResponding,
        SparkException,
        DbfsDown,
        MetastoreDown,
        InitScriptsStarted,
        InitScriptsFinished,
        DidNotExpandDisk,
        ExpandedDisk,
        FailedToExpandDisk,
        NodeBlacklisted,
        NodeExcludedDecommissioned,
        Pinned,
        Unpinned,
        AutoscalingStatsReport,
        AutoscalingBackoff,
        AutoscalingFailed,
        AddNodesFailed,
        DecommissionStarted,
        DecommissionEnded,
        AutomaticClusterUpdate,
        ClusterMigrated,
        DeferredPolicyEnforcementScheduled,
        DeferredPolicyEnforcementFailed,
        UcVolumeMisconfigured,
    };
    Q_ENUM(Type)

    // details.cause
    enum class Cause : quint8 {
        None, // absent
        Unknown, // a value we do not know; causeName() keeps it
        UserRequest,
        Autoscale,
        AutoscaleV2,
        DbrAutoscale,
        Autorecovery,
        ReplaceBadNodes,
    };
    Q_ENUM(Cause)

    static constexpr int NoValue = -1;

    // details.cluster_size / previous_cluster_size (falling back to attributes /
    // previous_attributes): fixed size (numWorkers) or autoscale bounds.
    struct Size
    {
        qint32 numWorkers = NoValue;
        qint32 minWorkers = NoValue;
        qint32 maxWorkers = NoValue;
        bool isValid() const { return numWorkers >= 0 || isAutoscale(); }
        bool isAutoscale() const { return minWorkers >= 0 && maxWorkers >= 0; }
        bool operator==(const Size &) const = default;
    };

    ClusterEvent();
    ClusterEvent(const ClusterEvent &);
    ClusterEvent(ClusterEvent &&) noexcept;
    ClusterEvent &operator=(const ClusterEvent &);
    ClusterEvent &operator=(ClusterEvent &&) noexcept;
    ~ClusterEvent();

    // One event; its raw JSON gets a page of its own. Prefer fromJsonArray for pages.
    static ClusterEvent fromJson(const QJsonObject &event);
    enum class RawJson {
        Keep,
        // Nothing of the raw JSON is kept: raw(), rawJson() and details() answer nothing, and
        // == compares the decoded fields only. For code that reads only those fields (a node
        // timeline), which then skips serialising and compressing every event.
        Drop,
    };
    // All events of one API page (the "events" array); they share one compressed raw buffer.
    static QVector<ClusterEvent> fromJsonArray(const QJsonArray &events, RawJson raw = RawJson::Keep);

    bool isValid() const { return m_timestamp != 0 || m_type != Type::Unknown || m_typeName != 0; }
    // The same event at another time: an archive keeps a cluster's events as times of a few
    // thousand distinct bodies, each decoded once. With raw JSON kept, raw() still says the old
    // time, so only for events decoded with RawJson::Drop.
    ClusterEvent atTime(qint64 timestampMs) const
    {
        ClusterEvent moved = *this;
        moved.m_timestamp = timestampMs;
        return moved;
    }

    qint64 timestamp() const { return m_timestamp; } // epoch ms
    QDateTime dateTime() const { return QDateTime::fromMSecsSinceEpoch(m_timestamp, Qt::UTC); }
    Type type() const { return m_type; }
    // The wire name ("RESIZING"), also for unknown types.
    QString typeName() const;
    QString clusterId() const;

    int currentWorkers() const { return m_currentWorkers; }
    bool hasCurrentWorkers() const { return m_currentWorkers >= 0; }
    int targetWorkers() const { return m_targetWorkers; }
    bool hasTargetWorkers() const { return m_targetWorkers >= 0; }
    // Capacity in vCPUs, which the newer autoscalers (AUTOSCALE_V2, DBR_AUTOSCALE) report
    // beside the worker counts; NoValue where the event does not carry it.
    int currentVcpus() const { return m_currentVcpus; }
    bool hasCurrentVcpus() const { return m_currentVcpus >= 0; }
    int targetVcpus() const { return m_targetVcpus; }
    bool hasTargetVcpus() const { return m_targetVcpus >= 0; }
    Size clusterSize() const { return m_size; }
    Size previousClusterSize() const { return m_previousSize; }

    Cause cause() const { return m_cause; }
    QString causeName() const; // wire name, "" when absent
    QString user() const; // details.user ("" when done by the control plane)
    QString reasonCode() const; // details.reason.code (TerminationReason)
    QString reasonType() const; // details.reason.type
    // details.did_not_expand_reason: why autoscaling added fewer nodes than it wanted ("" when
    // absent). Decoded with the page, because every marker and summary of such an event shows it.
    QString notExpandedReason() const;

    // Rarely needed details, read from the raw JSON on demand (slower; fine per visible row).
    QJsonObject details() const;

    // The event object exactly as the server sent it (all fields, known or not).
    QJsonObject raw() const;
    // The same, as compact JSON bytes.
    QByteArray rawJson() const;

    // Same event: identical timestamp, type and raw JSON (used to drop duplicates where
    // time shards overlap).
    bool operator==(const ClusterEvent &other) const;
    bool operator!=(const ClusterEvent &other) const { return !(*this == other); }

    // Wire names <-> enum values.
    static QString typeToName(Type type); // "" for Unknown
    static Type typeFromName(QStringView name);
    static QList<Type> allKnownTypes(); // the 35 documented types, in declaration order
    static QString causeToName(Cause cause);
    static Cause causeFromName(QStringView name);

    // Sorts by timestamp (stable: equal timestamps keep their order) and drops exact
    // duplicates. Returns the number of duplicates removed.
    static int sortAndDeduplicate(QVector<ClusterEvent> &events);

    // Memory accounting for benchmarks: bytes held by this value alone (excluding the shared page).
    static constexpr int inlineSize();
    // Bytes of the shared page buffer this event points into, and how many events share it.
    int pageBytes() const;
    int pageEventCount() const;

private:
    friend class ClusterEventPage;

    QExplicitlySharedDataPointer<ClusterEventPage> m_page;
    qint64 m_timestamp = 0;
    quint32 m_rawOffset = 0; // into the page's uncompressed buffer
    quint32 m_rawLength = 0;
    qint32 m_currentWorkers = NoValue;
    qint32 m_targetWorkers = NoValue;
    qint32 m_currentVcpus = NoValue;
    qint32 m_targetVcpus = NoValue;
    Size m_size;
    Size m_previousSize;
    quint32 m_clusterId = 0; // StringPool ids
    quint32 m_typeName = 0; // only for Type::Unknown
    quint32 m_causeName = 0; // only for Cause::Unknown
    quint32 m_user = 0;
    quint32 m_reasonCode = 0;
    quint32 m_reasonType = 0;
    Type m_type = Type::Unknown;
    Cause m_cause = Cause::None;
    quint32 m_notExpandedReason = 0; // 1 + its index in the page's list; fits the padding
};

constexpr int ClusterEvent::inlineSize()
{
    return int(sizeof(ClusterEvent));
}

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::ClusterEvent)
