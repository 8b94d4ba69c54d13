#pragma once

#include <QJsonObject>
#include <QString>

namespace brickdesk {

// A SQL warehouse (GET /api/2.0/sql/warehouses and /{id}); keeps the raw JSON.
class SqlWarehouse final
{
public:
    SqlWarehouse() = default;
    static SqlWarehouse fromJson(const QJsonObject &warehouse);

    QString id() const;
    QString name() const;
    // STARTING, RUNNING, STOPPING, STOPPED, DELETING, DELETED (unknown values as they come).
    QString state() const;
    bool isRunning() const { return state() == u"RUNNING"; }
    // Starting it costs money: the UI asks first.
    bool isStopped() const { return state() == u"STOPPED" || state() == u"STOPPING"; }
    QString clusterSize() const;
    int autoStopMinutes() const;
    bool isServerless() const;
    QString creator() const;

    QJsonObject raw() const { return m_raw; }

private:
    QJsonObject m_raw;
};

} // namespace brickdesk
