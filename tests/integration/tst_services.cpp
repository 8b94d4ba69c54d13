// The services screens bind to (lib/services), against the emulator over loopback: what they
// load, what they emit, and that a newer load supersedes an older one.
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "auth/workspacestore.h"
#include "emulatorfixture.h"
#include "eventqueue.h"
#include "eventwait.h"
#include "models/jobsmodel.h"
#include "requestlog.h"
#include "services/bulkoperation.h"
#include "services/connectionprobe.h"
#include "services/jobdetailservice.h"
#include "services/joblistservice.h"
#include "services/workspaceset.h"

#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

constexpr int kTimeout = 30'000;

emulator::EmulatorOptions fewJobs()
{
    auto options = test::EmulatorFixture::smallOptions();
    options.jobs = 12;
    options.clusters = 1;
    options.eventsPerCluster = 10;
    return options;
}

} // namespace

class TestServices final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<test::EmulatorFixture>(fewJobs());
    }
    void init() { m_fixture->emulator().setLatency(0); }

    void jobListLoadsEveryJobAndWhoIAm()
    {
        Connection connection(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        JobListService service;
        QSignalSpy user(&service, &JobListService::currentUserChanged);
        QSignalSpy loaded(service.model(), &JobsModel::loaded);
        service.setConnection(&connection);
        QVERIFY(service.isConnected());
        QCOMPARE(service.host(), connection.host());
        QVERIFY(loaded.wait(kTimeout));
        QCOMPARE(service.model()->rowCount(), m_fixture->emulator().jobCount());
        QTRY_COMPARE_WITH_TIMEOUT(user.size(), 1, kTimeout);
        QCOMPARE(user.first().first().toString(), m_fixture->emulator().userName());
        QCOMPARE(service.currentUserName(), m_fixture->emulator().userName());
        const qint64 id = m_fixture->emulator().jobIds().first();
        QCOMPARE(service.job(id).id(), id);

        // No workspace: the user is forgotten, said once.
        service.setConnection(nullptr);
        QCOMPARE(user.size(), 2);
        QVERIFY(user.last().first().toString().isEmpty());
        QVERIFY(!service.isConnected());
    }

    void switchingWorkspaceCancelsTheOlderLoads()
    {
        m_fixture->emulator().setLatency(150);
        Connection first(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        Connection second(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        JobListService service;
        QSignalSpy user(&service, &JobListService::currentUserChanged);
        int meServed = 0;
        QObject context; // the count ends with this test
        connect(&m_fixture->emulator(), &emulator::WorkspaceEmulator::requestServed, &context,
            [&meServed](
                const QString &, const QString &path) { meServed += path.endsWith(u"/scim/v2/Me"_s); });
        service.setConnection(&first);
        service.setConnection(&second); // before the first was even sent
        QTRY_COMPARE_WITH_TIMEOUT(user.size(), 1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!service.model()->isLoading(), kTimeout);
        // Had the first connection's calls not been cancelled, they would still be in flight or
        // their answers delivered once both connections are idle and the queue is drained.
        QTRY_COMPARE_WITH_TIMEOUT(first.activeRequests(), 0, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(second.activeRequests(), 0, kTimeout);
        QVERIFY(test::drainEventQueue());
        QCOMPARE(meServed, 1);
        QCOMPARE(user.size(), 1);
        QCOMPARE(service.connection(), &second);
        QCOMPARE(first.activeRequests(), 0);
    }

    void autoRefreshSkipsWhilePaused()
    {
        Connection connection(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        JobListService service;
        QSignalSpy loaded(service.model(), &JobsModel::loaded);
        service.setConnection(&connection);
        QVERIFY(loaded.wait(kTimeout));
        service.setAutoRefreshInterval(1);
        QCOMPARE(service.autoRefreshInterval(), 1);
        QVERIFY(loaded.wait(kTimeout)); // refreshed by the timer
        service.setAutoRefreshPaused(true);
        const int count = int(loaded.size());
        // The timer's next tick, not a fixed wait: a refresh would start right on it.
        const QList<QTimer *> timers = service.findChildren<QTimer *>(Qt::FindDirectChildrenOnly);
        QCOMPARE(timers.size(), 1);
        QSignalSpy ticks(timers.first(), &QTimer::timeout);
        QVERIFY(ticks.wait(kTimeout));
        QVERIFY(!service.model()->isLoading());
        QVERIFY(test::drainEventQueue());
        QCOMPARE(int(loaded.size()), count);
        service.setAutoRefreshInterval(0);
        QCOMPARE(service.autoRefreshInterval(), 0);
    }

    void jobDetailLoadsTheJobAndItsPermissions()
    {
        Connection connection(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        JobDetailService service;
        service.setConnection(&connection);
        const qint64 id = m_fixture->emulator().anyJobId(2);
        QSignalSpy loaded(&service, &JobDetailService::jobLoaded);
        QSignalSpy permissions(&service, &JobDetailService::permissionsChanged);
        service.showJob(id);
        QVERIFY(loaded.wait(kTimeout));
        QCOMPARE(loaded.first().first().value<Job>().id(), id);
        QCOMPARE(service.job().id(), id);
        QCOMPARE(service.job().settings().taskCount(),
            m_fixture->emulator().job(id).value(u"settings"_s).toObject().value(u"tasks"_s).toArray().size());
        QTRY_COMPARE_WITH_TIMEOUT(permissions.size(), 1, kTimeout);
        if (service.permissionsError().isError()) {
            QCOMPARE(service.permissionsError().kind(), ApiError::Kind::PermissionDenied);
            QVERIFY(service.permissions().isEmpty());
        } else {
            QCOMPARE(service.permissions().objectId(), u"/jobs/%1"_s.arg(id));
            QVERIFY(!service.permissions().entries().isEmpty());
        }
    }

    void aNewerJobSupersedesTheOneStillLoading()
    {
        m_fixture->emulator().setLatency(150);
        Connection connection(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        JobDetailService service;
        service.setConnection(&connection);
        const QList<qint64> ids = m_fixture->emulator().jobIds();
        QSignalSpy loaded(&service, &JobDetailService::jobLoaded);
        QSignalSpy failed(&service, &JobDetailService::jobFailed);
        QSignalSpy permissions(&service, &JobDetailService::permissionsChanged);
        service.showJob(ids.at(0));
        QVERIFY(service.isLoading());
        service.showJob(ids.at(1));
        QVERIFY(loaded.wait(kTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(permissions.size(), 1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(connection.activeRequests(), 0, kTimeout); // the first job's answers too
        QVERIFY(test::drainEventQueue());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(permissions.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(service.job().id(), ids.at(1));

        // Put away: nothing arrives for it any more.
        service.showJob(ids.at(2));
        service.clear();
        QTRY_COMPARE_WITH_TIMEOUT(connection.activeRequests(), 0, kTimeout);
        QVERIFY(test::drainEventQueue());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(service.jobId(), 0);
        QVERIFY(!service.job().isValid());
    }

    void aMissingJobFails()
    {
        Connection connection(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        JobDetailService service;
        service.setConnection(&connection);
        QSignalSpy failed(&service, &JobDetailService::jobFailed);
        service.showJob(987654321);
        QVERIFY(failed.wait(kTimeout));
        QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::NotFound);
        QVERIFY(!service.job().isValid());
    }

    void bulkOperationSummarisesTypedCalls()
    {
        Connection connection(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        JobListService service;
        service.setConnection(&connection);
        const qint64 id = m_fixture->emulator().jobIds().last();
        auto *bulk = new BulkOperation(u"Cancelled the runs of"_s);
        bulk->add(u"real"_s, service.cancelActiveRuns(id));
        bulk->add(u"missing"_s, service.cancelActiveRuns(987654321));
        QSignalSpy finished(bulk, &BulkOperation::finished);
        bulk->seal();
        QVERIFY(finished.wait(kTimeout));
        const QString summary = finished.first().first().toString();
        QVERIFY2(summary.contains(u"real"_s) && summary.contains(u"missing"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"1 failed"_s), qPrintable(summary));
    }

    void callsWithoutAWorkspaceFailAsCancelled()
    {
        JobListService service;
        auto *bulk = new BulkOperation(u"Deleted"_s);
        bulk->add(u"job"_s, service.deleteJob(1));
        QSignalSpy finished(bulk, &BulkOperation::finished);
        bulk->seal();
        QVERIFY(finished.wait(kTimeout));
        QVERIFY(finished.first().first().toString().contains(u"1 failed"_s));
    }

    void connectionProbeSaysWhetherTheCredentialsWork()
    {
        ConnectionProbe probe;
        QSignalSpy finished(&probe, &ConnectionProbe::finished);
        probe.start(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        QVERIFY(probe.isRunning());
        QVERIFY(finished.wait(kTimeout));
        QVERIFY(!finished.last().at(1).value<ApiError>().isError());

        probe.start(m_fixture->url(), std::make_shared<StaticTokenProvider>(u"dapi-wrong"_s));
        QVERIFY(finished.wait(kTimeout));
        const ApiError error = finished.last().at(1).value<ApiError>();
        QVERIFY2(error.kind() == ApiError::Kind::Unauthenticated
                || error.kind() == ApiError::Kind::PermissionDenied,
            qPrintable(error.toString()));

        // Superseded: only the newer probe reports.
        m_fixture->emulator().setLatency(150);
        probe.start(m_fixture->url(), std::make_shared<StaticTokenProvider>(u"dapi-wrong"_s));
        probe.start(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        QVERIFY(finished.wait(kTimeout));
        // A request sent after both probes' is answered after theirs (same latency, in order).
        Connection marker(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        QVERIFY(test::RequestLog(m_fixture->emulator()).settle(marker));
        QVERIFY(test::drainEventQueue());
        QCOMPARE(finished.size(), 3);
        QVERIFY(!finished.last().at(1).value<ApiError>().isError());
    }

    void workspaceSetKeepsSeveralOpenAndStartsTheDemoOnce()
    {
        QTemporaryDir dir;
        WorkspaceStore store(dir.filePath(u"brickdesk.ini"_s));
        WorkspaceSet set(&store, nullptr, nullptr);
        int starts = 0;
        set.setDemoStarter([&] {
            ++starts;
            return WorkspaceSet::DemoEndpoint {m_fixture->url(), m_fixture->token(), {}};
        });
        QSignalSpy added(&set, &WorkspaceSet::added);
        const QString demo = set.open(StartupWorkspace::demo());
        QCOMPARE(demo, WorkspaceSet::demoKey());
        QCOMPARE(set.state(demo), WorkspaceSet::State::Connected);
        QPointer<Connection> demoConnection = set.connection(demo);
        QVERIFY(demoConnection);
        QCOMPARE(set.demoEndpoint().url, m_fixture->url());

        // A second workspace beside it; both work at once.
        Connection own(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        const QString second = set.addConnection(u"second"_s, &own);
        QCOMPARE(set.keys(), (QStringList {demo, second}));
        QCOMPARE(added.size(), 2);
        QCOMPARE(set.keyOf(&own), second);
        JobListService first;
        JobListService other;
        QSignalSpy firstLoaded(first.model(), &JobsModel::loaded);
        QSignalSpy otherLoaded(other.model(), &JobsModel::loaded);
        first.setConnection(set.connection(demo));
        other.setConnection(set.connection(second));
        QVERIFY(firstLoaded.wait(kTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(otherLoaded.size() > 0, kTimeout);

        // Opening the demo again neither starts it again nor adds a second one.
        QCOMPARE(set.openDemo(), demo);
        QCOMPARE(starts, 1);
        QCOMPARE(set.count(), 2);
        QCOMPARE(set.rememberableIds(), QStringList {demo});

        // Closing says so first (screens drop the pointer), then the connection goes.
        connect(&set, &WorkspaceSet::aboutToClose, &first, [&first](const QString &key) {
            if (key == WorkspaceSet::demoKey())
                first.setConnection(nullptr);
        });
        QSignalSpy removed(&set, &WorkspaceSet::removed);
        set.close(demo);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!demoConnection);
        QVERIFY(!first.isConnected());
        QCOMPARE(set.keys(), QStringList {second});
        QCOMPARE(set.connection(second), &own);
        set.closeAll();
        QCOMPARE(set.count(), 0);
    }

    void workspaceSetSaysWhenTheDemoCannotStart()
    {
        WorkspaceSet set(nullptr, nullptr, nullptr);
        set.setDemoStarter([] { return WorkspaceSet::DemoEndpoint {{}, {}, u"port taken"_s}; });
        QSignalSpy failed(&set, &WorkspaceSet::failed);
        const QString key = set.openDemo();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).toString().contains(u"port taken"_s));
        // Listed, with its state and why, so the navigation can say so.
        QCOMPARE(set.state(key), WorkspaceSet::State::Failed);
        QVERIFY(set.errorText(key).contains(u"port taken"_s));
        QVERIFY(!set.connection(key));
        QVERIFY(set.rememberableIds().isEmpty());
    }

private:
    std::unique_ptr<test::EmulatorFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
