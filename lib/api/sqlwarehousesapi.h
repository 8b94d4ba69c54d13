#pragma once

#include "api/apicall.h"
#include "domain/sqlwarehouse.h"

#include <QList>
#include <QString>

namespace brickdesk {

class Connection;

// Typed calls of the SQL Warehouses API 2.0. A cheap value handle; it must not outlive its
// connection.
class SqlWarehousesApi final
{
public:
    explicit SqlWarehousesApi(Connection *connection);

    ApiCall<QList<SqlWarehouse>> list();
    ApiCall<SqlWarehouse> get(const QString &warehouseId);
    // Starting a warehouse costs money: callers ask the user first.
    ApiCall<Done> start(const QString &warehouseId);
    ApiCall<Done> stop(const QString &warehouseId);

    static QString path(const QString &warehouseId = {}); // "/api/2.0/sql/warehouses[/<id>]"

private:
    Connection *m_connection;
};

} // namespace brickdesk
