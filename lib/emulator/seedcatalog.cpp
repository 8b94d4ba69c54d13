#include "seedcatalog.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator::seedcatalog {

static QStringList fromLatin1(std::initializer_list<const char *> items)
{
    QStringList out;
    out.reserve(qsizetype(items.size()));
    for (const char *s : items)
        out.append(QLatin1String(s));
    return out;
}

const QStringList &users()
{
    static const QStringList list = fromLatin1({"", "ana.souza@example.com", "ben.carter@example.com",
        "chen.wei@example.com", "daniela.rossi@example.com", "erik.lindqvist@example.com",
        "fatima.haddad@example.com", "gabriel.martins@example.com", "hannah.schmidt@example.com",
        "ivan.petrov@example.com", "julia.nowak@example.com", "kenji.tanaka@example.com",
        "laura.gomez@example.com", "mateo.fernandez@example.com", "nina.kowalski@example.com",
        "omar.farouk@example.com", "priya.raman@example.com"});
    return list;
}

const QStringList &servicePrincipals()
{
    static const QStringList list = fromLatin1({"9f2c1e3a-5b7d-4c21-8e6f-0a1b2c3d4e5f",
        "3d8e7f60-1a2b-4c3d-9e8f-7a6b5c4d3e2f", "b1a2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"});
    return list;
}

const QStringList &jobNameStems()
{
    static const QStringList list = fromLatin1({"nightly_sales_etl", "ml-feature-refresh", "orders_ingest",
        "customer_360_build", "clickstream_sessionize", "inventory_snapshot", "finance_ledger_close",
        "marketing_attribution", "fraud_scoring_batch", "churn_model_train", "recommendations_refresh",
        "sensor_telemetry_compaction", "dim_product_scd2", "gold_kpi_dashboard", "pii_scrubber",
        "vacuum_and_optimize", "payments_reconciliation", "ad_spend_rollup", "supply_chain_forecast",
        "web_logs_bronze", "crm_sync_salesforce", "hr_headcount_report", "data_quality_checks",
        "delta_share_export", "price_elasticity_model", "sku_embedding_train", "returns_analysis",
        "daily_active_users", "billing_usage_aggregate", "iot_anomaly_detection", "search_index_rebuild",
        "geo_enrichment", "email_campaign_metrics", "warehouse_replenishment", "llm_eval_harness",
        "feature_store_backfill", "audit_log_ingest", "currency_rates_refresh", "partner_feed_parse",
        "mlflow_model_promote"});
    return list;
}

const QStringList &teams()
{
    static const QStringList list = fromLatin1(
        {"data-eng", "analytics", "ml-platform", "finance", "marketing", "growth", "risk", "supply-chain"});
    return list;
}

const QStringList &timezones()
{
    static const QStringList list = fromLatin1({"UTC", "Europe/London", "America/New_York",
        "America/Sao_Paulo", "Europe/Berlin", "America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata"});
    return list;
}

const QStringList &sparkVersions()
{
    static const QStringList list = fromLatin1({"16.4.x-scala2.12", "15.4.x-scala2.12",
        "15.4.x-photon-scala2.12", "15.4.x-cpu-ml-scala2.12", "15.4.x-gpu-ml-scala2.12", "14.3.x-scala2.12",
        "14.3.x-photon-scala2.12", "13.3.x-scala2.12", "12.2.x-scala2.12"});
    return list;
}

QString sparkVersionName(const QString &key)
{
    const QString version = key.section(u'.', 0, 1);
    QString name = version;
    if (key.contains(u"gpu-ml"_s))
        name += u" LTS ML (includes Apache Spark 3.5.0, GPU, Scala 2.12)"_s;
    else if (key.contains(u"cpu-ml"_s))
        name += u" LTS ML (includes Apache Spark 3.5.0, Scala 2.12)"_s;
    else if (key.contains(u"photon"_s))
        name += u" LTS Photon (includes Apache Spark 3.5.0, Scala 2.12)"_s;
    else
        name += u" LTS (includes Apache Spark 3.5.0, Scala 2.12)"_s;
    return name;
}

namespace {
struct NodeType
{
    const char *id;
    int cores;
    int memoryMb;
    const char *category;
    const char *instanceType;
};
const NodeType kAws[] = {{"i3.xlarge", 4, 31232, "Storage Optimized", "i3.xlarge"},
    {"i3.2xlarge", 8, 62464, "Storage Optimized", "i3.2xlarge"},
    {"m5d.large", 2, 8192, "General Purpose", "m5d.large"},
    {"m5d.2xlarge", 8, 32768, "General Purpose", "m5d.2xlarge"},
    {"m5d.4xlarge", 16, 65536, "General Purpose", "m5d.4xlarge"},
    {"r5d.4xlarge", 16, 131072, "Memory Optimized", "r5d.4xlarge"},
    {"c5d.2xlarge", 8, 16384, "Compute Optimized", "c5d.2xlarge"},
    {"g5.4xlarge", 16, 65536, "GPU Accelerated", "g5.4xlarge"}};
const NodeType kAzure[] = {{"Standard_DS3_v2", 4, 14336, "General Purpose", "Standard_DS3_v2"},
    {"Standard_DS4_v2", 8, 28672, "General Purpose", "Standard_DS4_v2"},
    {"Standard_D8ds_v5", 8, 32768, "General Purpose", "Standard_D8ds_v5"},
    {"Standard_D16ds_v5", 16, 65536, "General Purpose", "Standard_D16ds_v5"},
    {"Standard_E8ds_v5", 8, 65536, "Memory Optimized", "Standard_E8ds_v5"},
    {"Standard_E16ds_v5", 16, 131072, "Memory Optimized", "Standard_E16ds_v5"},
    {"Standard_F8s", 8, 16384, "Compute Optimized", "Standard_F8s"},
    {"Standard_NC6s_v3", 6, 114688, "GPU Accelerated", "Standard_NC6s_v3"}};

template<typename F>
void forEachNode(const QString &cloud, F f)
{
    if (cloud == u"azure"_s) {
        for (const NodeType &n : kAzure)
            f(n);
    } else {
        for (const NodeType &n : kAws)
            f(n);
    }
}

QJsonObject toJson(const NodeType &n)
{
    return QJsonObject {{u"node_type_id"_s, QLatin1String(n.id)}, {u"memory_mb"_s, n.memoryMb},
        {u"num_cores"_s, double(n.cores)}, {u"description"_s, QLatin1String(n.id)},
        {u"instance_type_id"_s, QLatin1String(n.instanceType)}, {u"category"_s, QLatin1String(n.category)},
        {u"is_deprecated"_s, false}, {u"is_hidden"_s, false}, {u"support_port_forwarding"_s, true},
        {u"photon_worker_capable"_s, true}, {u"photon_driver_capable"_s, true},
        {u"num_gpus"_s, QString::fromLatin1(n.category).startsWith(u"GPU"_s) ? 1 : 0},
        {u"node_info"_s, QJsonObject {}}};
}
} // namespace

QStringList nodeTypes(const QString &cloud)
{
    QStringList out;
    forEachNode(cloud, [&](const NodeType &n) { out.append(QLatin1String(n.id)); });
    return out;
}

QJsonObject nodeTypeJson(const QString &cloud, const QString &nodeTypeId)
{
    QJsonObject out;
    forEachNode(cloud, [&](const NodeType &n) {
        if (nodeTypeId == QLatin1String(n.id))
            out = toJson(n);
    });
    return out;
}

QJsonArray nodeTypesJson(const QString &cloud)
{
    QJsonArray out;
    forEachNode(cloud, [&](const NodeType &n) { out.append(toJson(n)); });
    return out;
}

QJsonArray sparkVersionsJson()
{
    QJsonArray out;
    for (const QString &key : sparkVersions())
        out.append(QJsonObject {{u"key"_s, key}, {u"name"_s, sparkVersionName(key)}});
    return out;
}

} // namespace brickdesk::emulator::seedcatalog
