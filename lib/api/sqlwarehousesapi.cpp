#include "api/sqlwarehousesapi.h"

#include "api/apireply.h"
#include "api/connection.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

SqlWarehousesApi::SqlWarehousesApi(Connection *connection)
    : m_connection(connection)
{ }

QString SqlWarehousesApi::path(const QString &warehouseId)
{
    static const QString base = u"/api/2.0/sql/warehouses"_s;
    if (warehouseId.isEmpty())
        return base;
    return base + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(warehouseId));
}

ApiCall<QList<SqlWarehouse>> SqlWarehousesApi::list()
{
    return {m_connection->send(ApiRequest::get(path())),
        [](const QJsonObject &json) { return parseList<SqlWarehouse>(json, u"warehouses"_s); }};
}

ApiCall<SqlWarehouse> SqlWarehousesApi::get(const QString &warehouseId)
{
    return {m_connection->send(ApiRequest::get(path(warehouseId))), SqlWarehouse::fromJson};
}

ApiCall<Done> SqlWarehousesApi::start(const QString &warehouseId)
{
    // Starting a started warehouse changes nothing: safe to repeat.
    return {m_connection->send(ApiRequest::post(path(warehouseId) + u"/start"_s, {}, true)), &nothingToParse};
}

ApiCall<Done> SqlWarehousesApi::stop(const QString &warehouseId)
{
    return {m_connection->send(ApiRequest::post(path(warehouseId) + u"/stop"_s, {}, true)), &nothingToParse};
}

} // namespace brickdesk
