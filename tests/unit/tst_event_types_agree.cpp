#include "domain/clusterevent.h"
#include "emulator/eventtypes.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;
namespace eventtypes = brickdesk::emulator::eventtypes;

// The client (domain) and the emulator each keep their own list of cluster event types and
// causes, on purpose: the emulator must not link the client. This test keeps the two lists, and
// the published API's list, the same.
class TestEventTypesAgree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typesAgree()
    {
        // The ClusterEventType enum of the Clusters API (shared/spec, compute.yaml).
        const QSet<QString> published {u"ADD_NODES_FAILED"_s, u"AUTOMATIC_CLUSTER_UPDATE"_s,
            u"AUTOSCALING_BACKOFF"_s, u"AUTOSCALING_FAILED"_s, u"AUTOSCALING_STATS_REPORT"_s,
            u"CLUSTER_MIGRATED"_s, u"CREATING"_s, u"DBFS_DOWN"_s, u"DECOMMISSION_ENDED"_s,
            u"DECOMMISSION_STARTED"_s, u"DEFERRED_POLICY_ENFORCEMENT_FAILED"_s,
            u"DEFERRED_POLICY_ENFORCEMENT_SCHEDULED"_s, u"DID_NOT_EXPAND_DISK"_s, u"DRIVER_HEALTHY"_s,
            u"DRIVER_NOT_RESPONDING"_s, u"DRIVER_UNAVAILABLE"_s, u"EDITED"_s, u"EXPANDED_DISK"_s,
            u"FAILED_TO_EXPAND_DISK"_s, u"INIT_SCRIPTS_FINISHED"_s, u"INIT_SCRIPTS_STARTED"_s,
            u"METASTORE_DOWN"_s, u"NODES_LOST"_s, u"NODE_BLACKLISTED"_s, u"NODE_EXCLUDED_DECOMMISSIONED"_s,
            u"PINNED"_s, u"RESIZING"_s, u"RESTARTING"_s, u"RUNNING"_s, u"SPARK_EXCEPTION"_s, u"STARTING"_s,
            u"TERMINATING"_s, u"UC_VOLUME_MISCONFIGURED"_s, u"UNPINNED"_s, u"UPSIZE_COMPLETED"_s};
        QCOMPARE(published.size(), 35);

        QSet<QString> client;
        for (ClusterEvent::Type type : ClusterEvent::allKnownTypes()) {
            const QString name = ClusterEvent::typeToName(type);
            QVERIFY2(!name.isEmpty(), "a known type without a name");
            QCOMPARE(ClusterEvent::typeFromName(name), type);
            client.insert(name);
        }
        QSet<QString> emulator;
        for (int type = 0; type < eventtypes::Count; ++type) {
            const QString name = eventtypes::name(type);
            QVERIFY2(!name.isEmpty(), qPrintable(u"emulator type %1 has no name"_s.arg(type)));
            QCOMPARE(eventtypes::fromName(name), type);
            emulator.insert(name);
        }
        QCOMPARE(client, published);
        QCOMPARE(emulator, published);
        QCOMPARE(ClusterEvent::typeFromName(u"NOT_A_TYPE"_s), ClusterEvent::Type::Unknown);
        QCOMPARE(eventtypes::fromName(u"NOT_A_TYPE"_s), -1);
    }

    void everyCauseTheEmulatorSendsIsKnown()
    {
        for (int cause = eventtypes::NoCause + 1; cause <= eventtypes::ReplaceBadNodes; ++cause) {
            const QString name = eventtypes::causeName(cause);
            QVERIFY(!name.isEmpty());
            const ClusterEvent::Cause known = ClusterEvent::causeFromName(name);
            QVERIFY2(known != ClusterEvent::Cause::Unknown && known != ClusterEvent::Cause::None,
                qPrintable(name));
            QCOMPARE(ClusterEvent::causeToName(known), name);
        }
        // The newer autoscalers the emulator reports for some clusters.
        for (const QString &name : {u"AUTOSCALE_V2"_s, u"DBR_AUTOSCALE"_s}) {
            const ClusterEvent::Cause known = ClusterEvent::causeFromName(name);
            QVERIFY2(known != ClusterEvent::Cause::Unknown, qPrintable(name));
            QCOMPARE(ClusterEvent::causeToName(known), name);
        }
    }
};

QTEST_GUILESS_MAIN(TestEventTypesAgree)
#include "tst_event_types_agree.moc"
