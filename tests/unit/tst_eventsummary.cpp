#include "analysis/eventsummary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

struct Row
{
    const char *type;
    const char *tag;
    const char *details;
    QString expected;
};

// One or more rows per event type: the 35 documented types plus an unknown one.
QVector<Row> rows()
{
    QVector<Row> list;
    const auto row
        = [&list](const char *type, const char *tag, const char *details, const QString &expected) {
              list.append({type, tag, details, expected});
          };
    row("CREATING", "fixed", R"({"cluster_size": {"num_workers": 4}, "user": "ana@example.com"})",
        u"Creating cluster with 4 workers by ana@example.com"_s);
    row("CREATING", "autoscale", R"({"cluster_size": {"autoscale": {"min_workers": 2, "max_workers": 8}}})",
        u"Creating cluster with 2–8 workers (autoscale)"_s);
    row("CREATING", "bare", "{}", u"Creating cluster"_s);
    row("STARTING", "by user", R"({"user": "ana"})", u"Starting cluster by ana"_s);
    row("RESTARTING", "", "{}", u"Restarting cluster"_s);
    row("RUNNING", "full", R"({"current_num_workers": 8, "target_num_workers": 8})",
        u"Running with 8 workers"_s);
    row("RUNNING", "short",
        R"({"current_num_workers": 6, "target_num_workers": 8, "reason": {"code": "CLOUD_PROVIDER_RESOURCE_STOCKOUT"}})",
        u"Running with 6 of 8 workers: cloud provider out of capacity"_s);
    row("RUNNING", "one", R"({"current_num_workers": 1})", u"Running with 1 worker"_s);
    row("RUNNING", "bare", "{}", u"Cluster running"_s);
    row("EDITED", "size change",
        R"({"previous_cluster_size": {"num_workers": 4}, "cluster_size": {"autoscale": {"min_workers": 2, "max_workers": 10}}, "user": "bo"})",
        u"Configuration edited: 4 workers → 2–10 workers (autoscale) by bo"_s);
    row("EDITED", "other", R"({"attributes": {"spark_version": "x"}})", u"Configuration edited"_s);
    row("RESIZING", "autoscale",
        R"({"current_num_workers": 4, "target_num_workers": 10, "cause": "AUTOSCALE"})",
        u"Resizing 4 → 10 workers (autoscale)"_s);
    row("RESIZING", "optimized autoscaling",
        R"({"current_num_workers": 4, "target_num_workers": 10, "cause": "AUTOSCALE_V2"})",
        u"Resizing 4 → 10 workers (autoscale)"_s);
    row("RESIZING", "runtime autoscaling",
        R"({"current_num_workers": 6, "target_num_workers": 3, "cause": "DBR_AUTOSCALE"})",
        u"Resizing 6 → 3 workers (autoscale)"_s);
    row("RESIZING", "did not expand",
        R"({"current_num_workers": 4, "target_num_workers": 10, "cause": "AUTOSCALE_V2", "did_not_expand_reason": "Reached the instance quota\nsecond line"})",
        u"Resizing 4 → 10 workers (autoscale); not expanded: Reached the instance quota"_s);
    row("RESIZING", "user",
        R"({"target_num_workers": 3, "cause": "USER_REQUEST", "user": "ana@example.com"})",
        u"Resizing to 3 workers (user request) by ana@example.com"_s);
    row("RESIZING", "unknown cause",
        R"({"current_num_workers": 2, "target_num_workers": 5, "cause": "MOON_PHASE"})",
        u"Resizing 2 → 5 workers (MOON_PHASE)"_s);
    row("UPSIZE_COMPLETED", "", R"({"current_num_workers": 10, "target_num_workers": 10})",
        u"Upsize completed: 10 workers"_s);
    row("NODES_LOST", "spot",
        R"({"current_num_workers": 8, "target_num_workers": 10, "reason": {"code": "SPOT_INSTANCE_TERMINATION"}})",
        u"2 nodes lost: spot preemption"_s);
    row("NODES_LOST", "one", R"({"current_num_workers": 9, "target_num_workers": 10})", u"1 node lost"_s);
    row("NODES_LOST", "bare", "{}", u"Nodes lost"_s);
    row("TERMINATING", "inactivity", R"({"reason": {"code": "INACTIVITY", "type": "SUCCESS"}})",
        u"Terminating: inactivity"_s);
    row("TERMINATING", "user", R"({"reason": {"code": "USER_REQUEST"}, "user": "ana"})",
        u"Terminating: user request by ana"_s);
    row("TERMINATING", "unknown code", R"({"reason": {"code": "BRAND_NEW_CODE"}})",
        u"Terminating: BRAND_NEW_CODE"_s);
    row("DRIVER_HEALTHY", "", "{}", u"Driver is healthy"_s);
    row("DRIVER_UNAVAILABLE", "", R"({"driver_state_message": "Driver is restarting\nmore"})",
        u"Driver unavailable: Driver is restarting"_s);
    row("DRIVER_NOT_RESPONDING", "", R"({"driver_state_message": "GC pause 40 s"})",
        u"Driver not responding: GC pause 40 s"_s);
    row("SPARK_EXCEPTION", "", R"({"driver_state_message": "java.lang.OutOfMemoryError: Java heap space"})",
        u"Spark exception: java.lang.OutOfMemoryError: Java heap space"_s);
    row("DBFS_DOWN", "", "{}", u"DBFS is down (driver up)"_s);
    row("METASTORE_DOWN", "", "{}", u"Metastore is down (driver up)"_s);
    row("INIT_SCRIPTS_STARTED", "",
        R"({"init_scripts": {"cluster": [{"workspace": {}}, {"volumes": {}}], "global": []}})",
        u"2 init scripts started"_s);
    row("INIT_SCRIPTS_FINISHED", "", R"({"init_scripts": {"cluster": [{"workspace": {}}]}})",
        u"1 init script finished"_s);
    row("INIT_SCRIPTS_FINISHED", "bare", "{}", u"Init scripts finished"_s);
    row("DID_NOT_EXPAND_DISK", "", R"({"did_not_expand_reason": "Disk is at max capacity"})",
        u"Disk low but not expanded: Disk is at max capacity"_s);
    row("EXPANDED_DISK", "", R"({"previous_disk_size": 107374182400, "disk_size": 161061273600})",
        u"Disk expanded from 100.0 GB to 150.0 GB"_s);
    row("FAILED_TO_EXPAND_DISK", "", R"({"free_space": 1073741824})",
        u"Failed to expand disk (1.0 GB free)"_s);
    row("NODE_BLACKLISTED", "", "{}", u"Node 10.0.0.7 excluded by Spark"_s);
    row("NODE_EXCLUDED_DECOMMISSIONED", "", "{}", u"Decommissioned node 10.0.0.7 excluded"_s);
    row("PINNED", "", R"({"user": "ana"})", u"Cluster pinned by ana"_s);
    row("UNPINNED", "", R"({"user": "ana"})", u"Cluster unpinned by ana"_s);
    row("AUTOSCALING_STATS_REPORT", "", R"({"current_num_workers": 6, "target_num_workers": 8})",
        u"Autoscaling report: 6 workers, target 8"_s);
    row("AUTOSCALING_STATS_REPORT", "bare", "{}", u"Autoscaling statistics report"_s);
    row("AUTOSCALING_BACKOFF", "", R"({"reason": {"code": "CLOUD_PROVIDER_LAUNCH_FAILURE"}})",
        u"Autoscaling backing off after failures: cloud provider launch failure"_s);
    row("AUTOSCALING_FAILED", "", "{}", u"Autoscaling failed"_s);
    row("ADD_NODES_FAILED", "",
        R"({"current_num_workers": 6, "target_num_workers": 10, "reason": {"code": "CLOUD_PROVIDER_RESOURCE_STOCKOUT"}})",
        u"Could not add nodes: cloud provider out of capacity (6 of 10 workers)"_s);
    row("DECOMMISSION_STARTED", "", R"({"current_num_workers": 10, "target_num_workers": 6})",
        u"Decommissioning nodes: 10 → 6 workers"_s);
    row("DECOMMISSION_ENDED", "", R"({"current_num_workers": 6})", u"Decommissioning finished: 6 workers"_s);
    row("AUTOMATIC_CLUSTER_UPDATE", "", "{}", u"Automatic cluster update"_s);
    row("CLUSTER_MIGRATED", "", "{}", u"Cluster migrated"_s);
    row("DEFERRED_POLICY_ENFORCEMENT_SCHEDULED", "", "{}", u"Policy enforcement scheduled"_s);
    row("DEFERRED_POLICY_ENFORCEMENT_FAILED", "", R"({"reason": {"code": "INVALID_POLICY"}})",
        u"Policy enforcement failed: INVALID_POLICY"_s);
    row("UC_VOLUME_MISCONFIGURED", "", "{}", u"Unity Catalog volume misconfigured"_s);
    row("SOMETHING_NEW", "unknown type", "{}", u"SOMETHING_NEW event"_s);
    return list;
}

} // namespace

class TestEventSummary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summary_data();
    void summary();
    void everyKnownTypeIsCovered();
    void typeLabelsAreDistinct();
    void nodesLostUsesPreviousCount();
    void reasonAndCauseTexts();
};

void TestEventSummary::initTestCase()
{
    // Data sizes are formatted with the default locale.
    QLocale::setDefault(QLocale::c());
}

void TestEventSummary::summary_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("expected");
    for (const Row &r : rows()) {
        const QByteArray json = "{\"timestamp\": 1700000000000, \"type\": \"" + QByteArray(r.type)
            + "\", \"details\": " + QByteArray(r.details)
            + ", \"data_plane_event_details\": {\"host_id\": \"10.0.0.7\"}}";
        QTest::newRow(QByteArray(QByteArray(r.type) + " " + r.tag).constData()) << json << r.expected;
    }
}

void TestEventSummary::summary()
{
    QFETCH(QByteArray, event);
    QFETCH(QString, expected);
    const QJsonDocument doc = QJsonDocument::fromJson(event);
    QVERIFY(doc.isObject());
    QCOMPARE(EventSummary::summary(ClusterEvent::fromJson(doc.object())), expected);
}

void TestEventSummary::everyKnownTypeIsCovered()
{
    QSet<QString> covered;
    for (const Row &r : rows())
        covered.insert(QString::fromLatin1(r.type));
    QStringList missing;
    for (ClusterEvent::Type type : ClusterEvent::allKnownTypes()) {
        if (!covered.contains(ClusterEvent::typeToName(type)))
            missing.append(ClusterEvent::typeToName(type));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    QCOMPARE(ClusterEvent::allKnownTypes().size(), 35);
}

void TestEventSummary::typeLabelsAreDistinct()
{
    QSet<QString> labels;
    for (ClusterEvent::Type type : ClusterEvent::allKnownTypes()) {
        const QString label = EventSummary::typeLabel(type);
        QVERIFY(!label.isEmpty());
        QVERIFY2(!labels.contains(label), qPrintable(label));
        labels.insert(label);
    }
    const ClusterEvent unknown
        = ClusterEvent::fromJson(QJsonObject {{u"timestamp"_s, 1}, {u"type"_s, u"SOMETHING_NEW"_s}});
    QCOMPARE(EventSummary::typeLabel(unknown), u"SOMETHING_NEW"_s);
    QCOMPARE(EventSummary::typeLabel(ClusterEvent::Type::UpsizeCompleted), u"Upsize completed"_s);
}

void TestEventSummary::nodesLostUsesPreviousCount()
{
    const ClusterEvent e
        = ClusterEvent::fromJson(QJsonObject {{u"timestamp"_s, 1}, {u"type"_s, u"NODES_LOST"_s},
            {u"details"_s, QJsonObject {{u"current_num_workers"_s, 5}, {u"target_num_workers"_s, 10}}}});
    QCOMPARE(EventSummary::summary(e, 8), u"3 nodes lost"_s); // the timeline knew 8 were there
    QCOMPARE(EventSummary::summary(e), u"5 nodes lost"_s); // else: short of the target
}

void TestEventSummary::reasonAndCauseTexts()
{
    QCOMPARE(EventSummary::reasonText(u"SPOT_INSTANCE_TERMINATION"_s), u"spot preemption"_s);
    QCOMPARE(EventSummary::reasonText(u"SOMETHING"_s), u"SOMETHING"_s);
    const ClusterEvent e = ClusterEvent::fromJson(QJsonObject {{u"timestamp"_s, 1},
        {u"type"_s, u"RESIZING"_s}, {u"details"_s, QJsonObject {{u"cause"_s, u"AUTOSCALE_V2"_s}}}});
    QCOMPARE(EventSummary::causeText(e), u"autoscale"_s);
    const ClusterEvent dbr = ClusterEvent::fromJson(QJsonObject {{u"timestamp"_s, 1},
        {u"type"_s, u"RESIZING"_s}, {u"details"_s, QJsonObject {{u"cause"_s, u"DBR_AUTOSCALE"_s}}}});
    QCOMPARE(dbr.cause(), ClusterEvent::Cause::DbrAutoscale);
    QCOMPARE(EventSummary::causeText(dbr), u"autoscale"_s);
    QCOMPARE(dbr.causeName(), u"DBR_AUTOSCALE"_s);
}

QTEST_GUILESS_MAIN(TestEventSummary)
#include "tst_eventsummary.moc"
