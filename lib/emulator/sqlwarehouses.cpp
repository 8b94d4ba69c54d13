#include "sqlwarehouses.h"

#include "seedcatalog.h"
#include "workspacestate.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

namespace {
constexpr qint64 kStopMs = 5'000;
} // namespace

SqlWarehouses::SqlWarehouses(WorkspaceState &state)
    : m_state(state)
{
    const quint64 seed = state.options().seed;
    auto id = [seed](quint64 salt) {
        return u"%1"_s.arg(
            (seed * 0x9E3779B97F4A7C15ULL + salt * 0xBF58476D1CE4E5B9ULL) & 0xFFFFFFFFFFFFFFFFULL, 16, 16,
            QChar(u'0'));
    };
    const QString creator = seedcatalog::users().value(1);
    m_warehouses.append({id(1), u"Shared SQL warehouse"_s, u"Small"_s, u"PRO"_s, true, 10, creator,
        Warehouse::Phase::Running, 0});
    m_warehouses.append({id(2), u"Finance reporting"_s, u"2X-Small"_s, u"PRO"_s, false, 30, creator,
        Warehouse::Phase::Stopped, 0});
}

QStringList SqlWarehouses::ids() const
{
    QStringList ids;
    for (const Warehouse &w : m_warehouses)
        ids.append(w.id);
    return ids;
}

bool SqlWarehouses::exists(const QString &id) const
{
    for (const Warehouse &w : m_warehouses) {
        if (w.id == id)
            return true;
    }
    return false;
}

SqlWarehouses::Warehouse *SqlWarehouses::find(const QString &id)
{
    for (Warehouse &w : m_warehouses) {
        if (w.id == id) {
            advance(w);
            return &w;
        }
    }
    return nullptr;
}

void SqlWarehouses::advance(Warehouse &w) const
{
    const qint64 now = m_state.now();
    if (w.phase == Warehouse::Phase::Starting && now >= w.until)
        w.phase = Warehouse::Phase::Running;
    else if (w.phase == Warehouse::Phase::Stopping && now >= w.until)
        w.phase = Warehouse::Phase::Stopped;
}

void SqlWarehouses::start(Warehouse &w)
{
    if (w.phase == Warehouse::Phase::Stopped || w.phase == Warehouse::Phase::Stopping) {
        w.phase = Warehouse::Phase::Starting;
        w.until = m_state.now() + m_state.scaled(qint64(m_state.options().warehouseStartSeconds) * 1000);
    }
}

qint64 SqlWarehouses::readyAt(const QString &id)
{
    Warehouse *w = find(id);
    if (!w)
        return -1;
    start(*w);
    return w->phase == Warehouse::Phase::Starting ? w->until : m_state.now();
}

QString SqlWarehouses::state(const QString &id)
{
    Warehouse *w = find(id);
    return w ? phaseName(w->phase) : QString();
}

QString SqlWarehouses::phaseName(Warehouse::Phase phase)
{
    switch (phase) {
    case Warehouse::Phase::Stopped:
        return u"STOPPED"_s;
    case Warehouse::Phase::Starting:
        return u"STARTING"_s;
    case Warehouse::Phase::Running:
        return u"RUNNING"_s;
    case Warehouse::Phase::Stopping:
        return u"STOPPING"_s;
    }
    return u"STOPPED"_s;
}

QJsonObject SqlWarehouses::toJson(Warehouse &w) const
{
    advance(w);
    const bool up = w.phase == Warehouse::Phase::Running;
    const QString host = QUrl(m_state.host()).host();
    return QJsonObject {{u"id"_s, w.id}, {u"name"_s, w.name}, {u"cluster_size"_s, w.clusterSize},
        {u"min_num_clusters"_s, 1}, {u"max_num_clusters"_s, 1}, {u"auto_stop_mins"_s, w.autoStopMinutes},
        {u"creator_name"_s, w.creator}, {u"state"_s, phaseName(w.phase)}, {u"num_clusters"_s, up ? 1 : 0},
        {u"num_active_sessions"_s, 0}, {u"warehouse_type"_s, w.type},
        {u"enable_serverless_compute"_s, w.serverless}, {u"enable_photon"_s, true},
        {u"spot_instance_policy"_s, u"COST_OPTIMIZED"_s},
        {u"health"_s, QJsonObject {{u"status"_s, up ? u"HEALTHY"_s : u"STATUS_UNSPECIFIED"_s}}},
        {u"odbc_params"_s,
            QJsonObject {{u"hostname"_s, host}, {u"path"_s, QString(u"/sql/1.0/warehouses/"_s + w.id)},
                {u"port"_s, 443}, {u"protocol"_s, u"https"_s}}},
        {u"jdbc_url"_s,
            u"jdbc:databricks://%1:443/default;transportMode=http;ssl=1;AuthMech=3;httpPath=/sql/1.0/warehouses/%2;"_s
                .arg(host, w.id)}};
}

EmulatorResponse SqlWarehouses::handle(const EmulatorRequest &request, const QString &rest)
{
    const QStringList parts = rest.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        if (request.method != "GET")
            return EmulatorResponse::error(405, u"ENDPOINT_NOT_FOUND"_s,
                u"No API found for '%1 /api/2.0/sql/warehouses'"_s.arg(QString::fromLatin1(request.method)));
        QJsonArray list;
        for (Warehouse &w : m_warehouses)
            list.append(toJson(w));
        return EmulatorResponse::json({{u"warehouses"_s, list}});
    }
    Warehouse *w = find(parts.first());
    if (parts.size() > 2 || (parts.size() == 2 && parts.at(1) != u"start"_s && parts.at(1) != u"stop"_s))
        return EmulatorResponse::error(404, u"ENDPOINT_NOT_FOUND"_s,
            u"No API found for '%1 /api/2.0/sql/warehouses/%2'"_s.arg(
                QString::fromLatin1(request.method), rest));
    if (!w)
        return EmulatorResponse::error(
            404, u"RESOURCE_DOES_NOT_EXIST"_s, u"SQL warehouse %1 does not exist."_s.arg(parts.first()));
    if (parts.size() == 1) {
        if (request.method != "GET")
            return EmulatorResponse::error(405, u"ENDPOINT_NOT_FOUND"_s, u"Use GET to read a warehouse."_s);
        return EmulatorResponse::json(toJson(*w));
    }
    if (request.method != "POST")
        return EmulatorResponse::error(
            405, u"ENDPOINT_NOT_FOUND"_s, u"Use POST to start or stop a warehouse."_s);
    if (parts.at(1) == u"start"_s) {
        start(*w);
    } else if (w->phase == Warehouse::Phase::Running || w->phase == Warehouse::Phase::Starting) {
        w->phase = Warehouse::Phase::Stopping;
        w->until = m_state.now() + m_state.scaled(kStopMs);
    }
    return EmulatorResponse::json({});
}

} // namespace brickdesk::emulator
