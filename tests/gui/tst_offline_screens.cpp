// Offline mode on every screen, over real sockets: a workspace (the emulator on loopback) is
// used while it answers — its clusters listed, two clusters' charts opened, its jobs and runs
// synced — so that the local archive fills the way it does in use. Then it stops answering,
// and a window started against the dead address shows from the archive alone: the clusters
// it knows with their last configuration and state and "data as of", a cluster's chart and
// event log marked as archived, a run's detail with its task runs and states; the actions
// that need the workspace off with the reason. When it answers again, everything is read from
// it again, with no one asking.
#include "api/connection.h"
#include "archive/archivelocation.h"
#include "archive/archivesearchpage.h"
#include "auth/statictokenprovider.h"
#include "charts/nodecountchart.h"
#include "clusters/clusterdetailwidget.h"
#include "clusters/clustereventlogwidget.h"
#include "clusters/clusterspage.h"
#include "clusters/nodechartpanel.h"
#include "common/offlinebanner.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobspage.h"
#include "mainwindow.h"
#include "models/clustersmodel.h"
#include "models/jobsmodel.h"
#include "models/runsmodel.h"
#include "runs/rundetailwidget.h"
#include "services/archivesearchservice.h"
#include "services/jobdetailservice.h"
#include "services/runservice.h"
#include "services/workspacereachability.h"
#include "services/workspaceset.h"

#include <QAction>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeout = 30000;

// The window over one workspace, as the app opens it; with the application's own retry policy.
struct OfflineScreensWindow
{
    OfflineScreensWindow(const QUrl &url, const QString &token)
        : connection(url, std::make_shared<StaticTokenProvider>(token))
        , set(nullptr, nullptr, nullptr)
    {
        window = std::make_unique<MainWindow>();
        window->setWorkspaceSet(&set);
        key = set.addConnection(u"Production"_s, &connection);
        window->resize(1400, 900);
        window->show();
    }
    ~OfflineScreensWindow() { window.reset(); }

    ClustersPage *clusters() const { return window->clustersPage(key); }
    JobsPage *jobs() const { return window->jobsPage(key); }
    // The cluster's history as the page shows it once loaded.
    bool openCluster(const QString &clusterId)
    {
        window->showCluster(key, clusterId);
        ClusterDetailWidget *detail = clusters()->detail();
        return brickdesk::test::waitFor(
            [&] {
                return detail->cluster().id() == clusterId && !detail->isLoading()
                    && !detail->events().isEmpty();
            },
            kTimeout);
    }

    Connection connection;
    WorkspaceSet set;
    std::unique_ptr<MainWindow> window;
    QString key;
};

QHash<QString, QString> clusterNames(const ClustersModel *model)
{
    QHash<QString, QString> out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.insert(model->cluster(row).id(), model->cluster(row).name());
    return out;
}
} // namespace

class TestOfflineScreens final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyScreenReadsTheArchiveWhileTheWorkspaceCannotBeReached();
    void aHistoryLoadingWhenTheWorkspaceStopsIsReadFromTheArchive();
};

void TestOfflineScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestOfflineScreens::everyScreenReadsTheArchiveWhileTheWorkspaceCannotBeReached()
{
    auto options = test::EmulatorFixture::smallOptions();
    // The workspace that answers again is the same one (its cluster ids follow the seeding time).
    options.seededAtMs = QDateTime::currentMSecsSinceEpoch();
    auto workspace = std::make_unique<emulator::WorkspaceEmulator>(options);
    QVERIFY(workspace->listen(QHostAddress::LocalHost, 0));
    const quint16 port = workspace->url().port();
    const QUrl url = workspace->url();
    const QString archive = ArchiveLocation::pathForHost(url.toString());
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(archive + suffix);
    const QString running = workspace->clusterIds().constFirst(); // always on, autoscaling
    const QString terminated = workspace->anyClusterId(u"TERMINATED"_s);
    QVERIFY(!terminated.isEmpty());

    QHash<QString, QString> expected;
    QHash<QString, qint64> eventsSeen;
    {
        // 1. The workspace answers: its clusters are listed, two charts opened, jobs and runs synced.
        OfflineScreensWindow app(url, options.tokens.constFirst());
        app.window->showClusters();
        ClustersModel *model = app.clusters()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), kTimeout);
        expected = clusterNames(model);
        for (const QString &id : {terminated, running}) {
            QVERIFY2(app.openCluster(id), qPrintable(id));
            eventsSeen.insert(id, app.clusters()->detail()->events().size());
            QVERIFY(!app.clusters()->detail()->isArchiveOnly());
        }
        ArchiveSearchPage *search = app.window->searchPage(app.key);
        search->syncAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!search->service()->isSyncing(), kTimeout);
        QVERIFY(QFile::exists(archive));
    }
    workspace.reset(); // 2. It stops answering.

    // 3. Started again against the dead address: every screen reads the archive.
    QElapsedTimer clock;
    clock.start();
    OfflineScreensWindow app(url, options.tokens.constFirst());
    app.window->showClusters();
    OfflineBanner *banner = app.window->offlineBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeout);
    ClustersPage *page = app.clusters();
    ClustersModel *model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->isArchived() && model->rowCount() == expected.size(), kTimeout);
    qInfo("archived clusters listed %lld ms after the window opened", clock.elapsed());
    QCOMPARE(clusterNames(model), expected);
    QVERIFY(model->archivedAsOfMs() > 0);
    auto *status = page->findChild<QLabel *>(u"clustersStatus"_s);
    QVERIFY2(status->text().contains(u"from the local archive, data as of"_s), qPrintable(status->text()));
    const int row = model->rowOfCluster(terminated);
    QCOMPARE(model->cluster(row).stateName(), u"TERMINATED"_s);
    QCOMPARE(model->cluster(model->rowOfCluster(running)).stateName(), u"RUNNING"_s);
    QVERIFY2(model->index(row, ClustersModel::NameColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(u"From the local archive"_s),
        qPrintable(model->index(row, ClustersModel::NameColumn).data(Qt::ToolTipRole).toString()));

    // A cluster: its chart and event log from the archive alone, marked as such.
    clock.restart();
    QVERIFY(app.openCluster(terminated));
    qInfo("a cluster's week from the archive alone: %lld ms", clock.elapsed());
    ClusterDetailWidget *detail = page->detail();
    QVERIFY(detail->isArchiveOnly());
    QCOMPARE(detail->events().size(), eventsSeen.value(terminated));
    QVERIFY2(
        detail->progressText().contains(u"from the local archive"_s), qPrintable(detail->progressText()));
    detail->tabs()->setCurrentWidget(detail->chartPanel());
    QTRY_VERIFY2_WITH_TIMEOUT(!detail->chartPanel()->chart()->archivedNoteText().isEmpty(),
        "the chart marks the archived stretch", kTimeout);
    QCOMPARE(detail->eventLog()->events().size(), detail->events().size());
    QCOMPARE(detail->eventLog()->table()->model()->rowCount(), int(detail->events().size()));
    auto *stateMessage = detail->findChild<QLabel *>(u"clusterStateMessage"_s);
    QVERIFY2(stateMessage->text().startsWith(u"From the local archive"_s), qPrintable(stateMessage->text()));
    QCOMPARE(stateMessage->textFormat(), Qt::PlainText);
    // Start and the other actions that need the workspace: off, with the reason.
    auto *start = page->findChild<QAction *>(u"startClusterButton"_s);
    QVERIFY(start && !start->isEnabled());
    QVERIFY2(start->toolTip().contains(u"cannot be reached"_s), qPrintable(start->toolTip()));
    const QString shots = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(app.window->grab().save(shots + u"/screenshot-offline-clusters.png"_s));

    // A run of a job: its detail, task runs and states from the archive, never a request.
    app.window->showJobs();
    QTRY_VERIFY_WITH_TIMEOUT(app.jobs()->model()->rowCount() > 0, kTimeout);
    qint64 runId = 0;
    for (int row = 0; row < app.jobs()->model()->rowCount() && runId == 0; ++row) {
        const QModelIndex lastRun = app.jobs()->model()->index(row, JobsModel::LastRunColumn);
        runId = lastRun.data(JobsModel::LastRunIdRole).toLongLong();
    }
    QVERIFY(runId > 0);
    clock.restart();
    app.window->showRun(app.key, runId);
    RunDetailWidget *run = app.jobs()->runDetail();
    QTRY_VERIFY_WITH_TIMEOUT(run->service()->isArchived(), kTimeout);
    qInfo("a run from the archive: %lld ms", clock.elapsed());
    QCOMPARE(run->runId(), runId);
    QVERIFY(run->isVisible());
    const int tasks = int(run->run().tasks().size());
    QCOMPARE(run->tasksTable()->rowCount(), std::max(tasks, 1));
    QVERIFY(!run->stateText().isEmpty());
    auto *runStatus = run->findChild<QLabel *>(u"runStatus"_s);
    QVERIFY2(runStatus->text().startsWith(u"From the local archive"_s), qPrintable(runStatus->text()));
    QVERIFY2(run->outputView()->toPlainText().contains(u"The local archive keeps no output"_s),
        qPrintable(run->outputView()->toPlainText()));
    QVERIFY(!run->repairAction()->isEnabled());
    QVERIFY2(run->repairAction()->toolTip().contains(u"cannot be reached"_s),
        qPrintable(run->repairAction()->toolTip()));
    if (!shots.isEmpty())
        QVERIFY(app.window->grab().save(shots + u"/screenshot-offline-run.png"_s));
    // A run the archive does not hold says so.
    app.window->showRun(app.key, 987654321);
    QTRY_VERIFY2_WITH_TIMEOUT(
        runStatus->text().contains(u"holds nothing of this run"_s), qPrintable(runStatus->text()), kTimeout);
    app.window->showRun(app.key, runId);
    QTRY_VERIFY_WITH_TIMEOUT(run->service()->isArchived(), kTimeout);

    // 4. A workspace listens there again: the next probe finds it, and every screen reads it.
    app.window->reachability(app.key)->setProbeIntervalMs(200);
    workspace = std::make_unique<emulator::WorkspaceEmulator>(options);
    QVERIFY(workspace->listen(QHostAddress::LocalHost, port));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!run->service()->isArchived() && run->run().isValid(), kTimeout);
    QCOMPARE(run->runId(), runId);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isArchived() && !model->isLoading(), kTimeout);
    QCOMPARE(clusterNames(model), expected);
    QTRY_VERIFY_WITH_TIMEOUT(
        !detail->isArchiveOnly() && !detail->isLoading() && !detail->events().isEmpty(), kTimeout);
    QCOMPARE(detail->cluster().id(), terminated);
    QVERIFY(!stateMessage->text().startsWith(u"From the local archive"_s));
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(archive + suffix);
}

void TestOfflineScreens::aHistoryLoadingWhenTheWorkspaceStopsIsReadFromTheArchive()
{
    const auto options = test::EmulatorFixture::smallOptions();
    auto workspace = std::make_unique<emulator::WorkspaceEmulator>(options);
    QVERIFY(workspace->listen(QHostAddress::LocalHost, 0));
    const QString archive = ArchiveLocation::pathForHost(workspace->url().toString());
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(archive + suffix);
    const QString clusterId = workspace->clusterIds().constFirst();

    OfflineScreensWindow app(workspace->url(), options.tokens.constFirst());
    app.window->showClusters();
    QVERIFY(app.openCluster(clusterId)); // its week is archived
    ClusterDetailWidget *detail = app.clusters()->detail();
    const qsizetype events = detail->events().size();

    // Asked again, slowly; the workspace stops before it answers.
    workspace->setLatency(5000);
    detail->loadEvents();
    QVERIFY(detail->isLoading());
    workspace.reset();
    QTRY_VERIFY_WITH_TIMEOUT(app.window->offlineBanner()->isVisible(), kTimeout);
    // Read from the archive at once, not after the retry policy has given up.
    QTRY_VERIFY_WITH_TIMEOUT(detail->isArchiveOnly() && !detail->isLoading(), 5000);
    QCOMPARE(detail->events().size(), events);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(archive + suffix);
}

QTEST_MAIN(TestOfflineScreens)
#include "tst_offline_screens.moc"
