// `brickdesk --host URL --job ID` with DATABRICKS_TOKEN in the environment: the workspace is
// opened as main() opens it (StartupWorkspace::forHost, WorkspaceSet::open) and the window lands
// on the job, the run or the cluster asked for. A workspace opened from the environment's token
// is connected at once, and that must still be announced for the target to be shown.
#include "auth/memorysecretstore.h"
#include "auth/startupworkspace.h"
#include "auth/workspacestore.h"
#include "clusters/clusterdetailwidget.h"
#include "clusters/clusterspage.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobspage.h"
#include "mainwindow.h"
#include "runs/rundetailwidget.h"
#include "services/workspaceset.h"
#include "startuptarget.h"

#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeout = 20000;
}

class TestStartupTarget final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void hostAndEnvironmentTokenLandOnTheTarget_data();
    void hostAndEnvironmentTokenLandOnTheTarget();
};

void TestStartupTarget::hostAndEnvironmentTokenLandOnTheTarget_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("--job") << int(StartupTarget::Kind::Job);
    QTest::newRow("--run") << int(StartupTarget::Kind::Run);
    QTest::newRow("--cluster") << int(StartupTarget::Kind::Cluster);
}

void TestStartupTarget::hostAndEnvironmentTokenLandOnTheTarget()
{
    QFETCH(int, kind);
    test::EmulatorFixture fixture;
    const qint64 jobId = fixture.emulator().anyJobId();
    const QList<qint64> runs = fixture.emulator().runIdsOfJob(jobId);
    QVERIFY(!runs.isEmpty());
    const qint64 runId = runs.constFirst();
    const QString clusterId = fixture.emulator().anyClusterId();
    QVERIFY(jobId > 0 && !clusterId.isEmpty());

    QTemporaryDir home;
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, home.path()); // no ~/.databrickscfg profile names the host
    environment.insert(u"DATABRICKS_TOKEN"_s, fixture.token());
    WorkspaceStore store(home.filePath(u"settings.ini"_s));
    const StartupWorkspace::Choice choice
        = StartupWorkspace::forHost(fixture.url().toString(), store, environment);
    QVERIFY2(choice.ok(), qPrintable(choice.error));
    QCOMPARE(choice.environmentSecret, fixture.token());

    MemorySecretStore sessionSecrets;
    WorkspaceSet set(&store, nullptr, &sessionSecrets);
    auto window = std::make_unique<MainWindow>();
    window->setWorkspaceSet(&set);
    const auto which = StartupTarget::Kind(kind);
    const QString id = which == StartupTarget::Kind::Job ? QString::number(jobId)
        : which == StartupTarget::Kind::Run              ? QString::number(runId)
                                                         : clusterId;
    auto *target = new StartupTarget(&set, window.get(), which, id);
    window->resize(1400, 900);
    window->show();
    const QString key = set.open(choice);
    QCOMPARE(set.state(key), WorkspaceSet::State::Connected);
    QVERIFY(target->isDone());

    JobsPage *jobs = window->jobsPage(key);
    switch (which) {
    case StartupTarget::Kind::Job: {
        const QString name = fixture.emulator().job(jobId).value(u"settings"_s)[u"name"_s].toString();
        QTRY_COMPARE_WITH_TIMEOUT(jobs->jobDetail()->jobName(), name, kTimeout);
        QCOMPARE(jobs->jobDetail()->jobId(), jobId);
        break;
    }
    case StartupTarget::Kind::Run:
        QTRY_VERIFY_WITH_TIMEOUT(jobs->runDetail()->run().isValid(), kTimeout);
        QCOMPARE(jobs->runDetail()->runId(), runId);
        QVERIFY(jobs->runDetail()->isVisible());
        break;
    case StartupTarget::Kind::Cluster:
        QTRY_COMPARE_WITH_TIMEOUT(window->clustersPage(key)->detail()->cluster().id(), clusterId, kTimeout);
        QVERIFY(window->clustersPage(key)->detail()->isVisible());
        break;
    }
    window.reset();
}

QTEST_MAIN(TestStartupTarget)
#include "tst_startup_target.moc"
