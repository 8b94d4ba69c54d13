#pragma once

#include "emulatorrequest.h"
#include "emulatorresponse.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace brickdesk::emulator {

class WorkspaceState;

// The workspace's SQL warehouses (GET /api/2.0/sql/warehouses, GET .../{id}, POST .../start and
// .../stop). Two are seeded: one RUNNING, one STOPPED. Starting takes
// EmulatorOptions::warehouseStartSeconds (STOPPED -> STARTING -> RUNNING) and stopping a few
// seconds (RUNNING -> STOPPING -> STOPPED), both on the emulator's clock.
class SqlWarehouses final
{
public:
    explicit SqlWarehouses(WorkspaceState &state);

    EmulatorResponse handle(const EmulatorRequest &request, const QString &rest);

    bool exists(const QString &id) const;
    // When the warehouse is (or will be) RUNNING; starts a stopped one, as a statement sent to
    // it does on the service.
    qint64 readyAt(const QString &id);
    QString state(const QString &id);
    QStringList ids() const;

private:
    struct Warehouse
    {
        QString id;
        QString name;
        QString clusterSize;
        QString type; // PRO, CLASSIC
        bool serverless = false;
        int autoStopMinutes = 10;
        QString creator;
        enum class Phase { Stopped, Starting, Running, Stopping } phase = Phase::Stopped;
        qint64 until = 0; // when Starting/Stopping ends
    };

    Warehouse *find(const QString &id);
    void advance(Warehouse &w) const;
    void start(Warehouse &w);
    QJsonObject toJson(Warehouse &w) const;
    static QString phaseName(Warehouse::Phase phase);

    WorkspaceState &m_state;
    QList<Warehouse> m_warehouses;
};

} // namespace brickdesk::emulator
