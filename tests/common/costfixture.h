#pragma once

#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "services/costservice.h"

#include <QSignalSpy>
#include <QString>

#include <memory>

namespace brickdesk::test {

// The emulator with its system tables (billing, node timeline) and SQL warehouses, and a
// CostService connected to it that keeps its settings in `settingsFile`: where the cost tests
// start.
//
//   CostFixture fixture(CostFixture::options(), m_dir.filePath(u"a.ini"_s));
//   QVERIFY(fixture.listWarehouses());
//   fixture.service().loadCluster(id, from, to);
class CostFixture final
{
public:
    // The small workspace with a day of node timeline; `grants`: whether the token may read
    // the `system` catalog.
    static brickdesk::emulator::EmulatorOptions options(bool grants = true)
    {
        brickdesk::emulator::EmulatorOptions o = EmulatorFixture::smallOptions();
        o.nodeTimelineDays = 1;
        o.systemTableGrants = grants;
        return o;
    }

    CostFixture(const brickdesk::emulator::EmulatorOptions &options, const QString &settingsFile)
        : m_fixture(options)
        , m_connection(m_fixture.url(), std::make_shared<StaticTokenProvider>(m_fixture.token()))
        , m_service(settingsFile)
    {
        m_service.setConnection(&m_connection);
    }

    brickdesk::emulator::WorkspaceEmulator &emulator() { return m_fixture.emulator(); }
    Connection &connection() { return m_connection; }
    CostService &service() { return m_service; }

    // Statements posted to the emulator's warehouses from now on (while `context` lives).
    std::shared_ptr<int> countStatements(QObject *context)
    {
        auto posts = std::make_shared<int>(0);
        QObject::connect(&m_fixture.emulator(), &brickdesk::emulator::WorkspaceEmulator::requestServed,
            context, [posts](const QString &method, const QString &path) {
                if (method == QLatin1String("POST") && path == QLatin1String("/api/2.0/sql/statements"))
                    ++*posts;
            });
        return posts;
    }

    // Lists the warehouses (the service picks one); false when no answer came in time.
    bool listWarehouses()
    {
        QSignalSpy changed(&m_service, &CostService::warehousesChanged);
        m_service.refreshWarehouses();
        return changed.wait();
    }

private:
    EmulatorFixture m_fixture;
    Connection m_connection;
    CostService m_service;
};

} // namespace brickdesk::test
