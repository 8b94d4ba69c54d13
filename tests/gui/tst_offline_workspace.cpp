// Offline mode over the whole window and real sockets: a workspace (the emulator, listening on
// loopback) fills its local archive through a real sync; then it stops answering. The banner
// says so within a few seconds (not after the retry policy's half-minute), with since when
// and until when the archive saw the workspace; the actions that need it are off and say why.
// Started again against the dead address, the window lists the archived jobs by name, and a
// job shows its archived settings and runs. When a workspace listens on that port again,
// everything comes back by itself.
#include "api/connection.h"
#include "archive/archivelocation.h"
#include "archive/archivesearchpage.h"
#include "auth/statictokenprovider.h"
#include "clusters/clusterspage.h"
#include "common/offlinebanner.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobspage.h"
#include "mainwindow.h"
#include "models/jobsfilterproxymodel.h"
#include "models/jobsmodel.h"
#include "models/runsmodel.h"
#include "services/archivesearchservice.h"
#include "services/jobdetailservice.h"
#include "services/jobhistoryservice.h"
#include "services/workspacereachability.h"
#include "services/workspaceset.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeout = 20000;
// How soon the banner must say the workspace is gone. The retry policy alone would take
// 20-40 s to give up on a refused connection.
constexpr int kBannerBoundMs = 5000;

// The window over one workspace, as the app opens it; with the application's own retry policy.
struct Window
{
    explicit Window(const QUrl &url, const QString &token)
        : connection(url, std::make_shared<StaticTokenProvider>(token))
        , set(nullptr, nullptr, nullptr)
    {
        window = std::make_unique<MainWindow>();
        window->setWorkspaceSet(&set);
        key = set.addConnection(u"Production"_s, &connection);
        window->resize(1400, 900);
        window->show();
        window->showJobs();
    }
    ~Window() { window.reset(); }

    JobsPage *jobs() const { return window->jobsPage(key); }
    QAction *action(const QString &name) const { return jobs()->findChild<QAction *>(name); }
    bool selectJob(qint64 jobId)
    {
        jobs()->showJob(jobId);
        return jobs()->selectedJobIds() == QList<qint64> {jobId};
    }

    Connection connection;
    WorkspaceSet set;
    std::unique_ptr<MainWindow> window;
    QString key;
};

QStringList names(const JobsModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, JobsModel::NameColumn).data(JobsModel::NameRole).toString();
    out.sort();
    return out;
}

// What a toolbar shows of an action: its button's tooltip.
QString buttonToolTip(QWidget *page, QAction *action)
{
    const QList<QToolBar *> bars = page->findChildren<QToolBar *>();
    for (QToolBar *bar : bars) {
        if (QWidget *button = bar->widgetForAction(action))
            return button->toolTip();
    }
    return {};
}
} // namespace

class TestOfflineWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offlineTheArchiveIsShownAndActionsWaitForTheWorkspace();
};

void TestOfflineWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestOfflineWorkspace::offlineTheArchiveIsShownAndActionsWaitForTheWorkspace()
{
    const auto options = test::EmulatorFixture::smallOptions();
    auto workspace = std::make_unique<emulator::WorkspaceEmulator>(options);
    QVERIFY(workspace->listen(QHostAddress::LocalHost, 0));
    const quint16 port = workspace->url().port();
    const QUrl url = workspace->url();
    const QString archive = ArchiveLocation::pathForHost(url.toString());
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(archive + suffix);

    QStringList expected;
    qint64 jobId = 0;
    {
        // 1. The workspace answers: its jobs are listed and synced into the archive.
        Window app(url, options.tokens.constFirst());
        QTRY_VERIFY_WITH_TIMEOUT(
            app.jobs()->model()->rowCount() == options.jobs && !app.jobs()->model()->isLoading(), kTimeout);
        expected = names(app.jobs()->model());
        jobId = app.jobs()->model()->job(0).id();
        ArchiveSearchPage *search = app.window->searchPage(app.key);
        QVERIFY(search->syncAction()->isEnabled());
        search->syncAction()->trigger();
        QVERIFY(search->service()->isSyncing());
        QTRY_VERIFY_WITH_TIMEOUT(!search->service()->isSyncing(), kTimeout);
        QVERIFY2(search->service()->syncText().contains(u"60"_s), qPrintable(search->service()->syncText()));
        QVERIFY(QFile::exists(archive));
        QVERIFY(app.selectJob(jobId));
        QAction *runNow = app.action(u"runNowAction"_s);
        QVERIFY(runNow->isEnabled());
        OfflineBanner *banner = app.window->offlineBanner();
        QVERIFY(!banner->isVisible());

        // 2. It stops: the next request (a refresh) finds out, and the banner says so promptly.
        workspace.reset();
        QElapsedTimer clock;
        clock.start();
        app.window->refreshCurrentPage();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kBannerBoundMs);
        qInfo("banner after the workspace stopped: %lld ms", clock.elapsed());
        QTRY_VERIFY2(banner->text().contains(u"Data as of "_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().startsWith(u"Offline since "_s), qPrintable(banner->text()));
        // Run now (and the other actions that need the workspace) are off, and say why.
        QVERIFY(!runNow->isEnabled());
        QVERIFY2(runNow->toolTip().contains(u"cannot be reached"_s), qPrintable(runNow->toolTip()));
        QVERIFY2(buttonToolTip(app.jobs(), runNow).contains(u"cannot be reached"_s),
            qPrintable(buttonToolTip(app.jobs(), runNow)));
        for (const QString &name : {u"editJobAction"_s, u"deleteJobAction"_s, u"newJobAction"_s})
            QVERIFY2(!app.action(name)->isEnabled(), qPrintable(name));
        // The clusters' and the window's actions that need the workspace, too.
        auto *start = app.window->clustersPage(app.key)->findChild<QAction *>(u"startClusterButton"_s);
        QVERIFY(start && !start->isEnabled());
        QVERIFY2(start->toolTip().contains(u"cannot be reached"_s), qPrintable(start->toolTip()));
        auto *refresh = app.window->findChild<QAction *>(u"refreshAction"_s);
        QVERIFY(refresh && !refresh->isEnabled());
        // A selection made offline does not bring them back.
        QVERIFY(app.selectJob(app.jobs()->model()->job(1).id()));
        QVERIFY(!runNow->isEnabled());
    }

    {
        // 3. Started again against the dead address: the archive, read-only.
        QElapsedTimer clock;
        clock.start();
        Window app(url, options.tokens.constFirst());
        OfflineBanner *banner = app.window->offlineBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kBannerBoundMs);
        qInfo("banner after starting against the dead address: %lld ms", clock.elapsed());
        WorkspaceReachability *reachability = app.window->reachability(app.key);
        JobsModel *model = app.jobs()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->isArchived() && model->rowCount() == options.jobs, kTimeout);
        QCOMPARE(names(model), expected);
        QVERIFY(model->archivedAsOfMs() > 0);
        QVERIFY2(app.jobs()->loadStatusLabel()->text().contains(u"from the local archive"_s),
            qPrintable(app.jobs()->loadStatusLabel()->text()));
        QTRY_VERIFY2(banner->text().contains(u"Data as of "_s), qPrintable(banner->text()));

        // A job: its archived settings and runs, browsable; Run now off with the reason.
        QVERIFY(app.selectJob(jobId));
        JobDetailWidget *detail = app.jobs()->jobDetail();
        QTRY_VERIFY_WITH_TIMEOUT(detail->service()->isArchived(), kTimeout);
        QCOMPARE(detail->jobName(), app.jobs()->model()->job(model->rowOfJob(jobId)).name());
        QVERIFY(detail->runsModel()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(detail->historyService()->versionCount() == 1, kTimeout);
        // The list's Last run is the newest run the archive holds of the job.
        const QModelIndex lastRun = model->index(model->rowOfJob(jobId), JobsModel::LastRunColumn);
        QCOMPARE(lastRun.data(JobsModel::LastRunIdRole).toLongLong(), detail->runsModel()->run(0).id());
        QVERIFY(!lastRun.data().toString().isEmpty());
        QCOMPARE(detail->runsView()->model()->rowCount(), detail->runsModel()->rowCount());
        QAction *runNow = app.action(u"runNowAction"_s);
        QVERIFY(!runNow->isEnabled());
        QVERIFY2(runNow->toolTip().contains(u"cannot be reached"_s), qPrintable(runNow->toolTip()));

        const QString shots = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(app.window->grab().save(shots + u"/screenshot-offline.png"_s));

        // 4. A workspace listens there again: the next probe finds it, with no one asking.
        reachability->setProbeIntervalMs(200);
        workspace = std::make_unique<emulator::WorkspaceEmulator>(options);
        QVERIFY(workspace->listen(QHostAddress::LocalHost, port));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isArchived() && !model->isLoading(), kTimeout);
        QCOMPARE(names(model), expected);
        QTRY_VERIFY_WITH_TIMEOUT(!detail->service()->isArchived() && detail->job().isValid(), kTimeout);
        QCOMPARE(app.jobs()->selectedJobIds(), QList<qint64> {jobId});
        QVERIFY(runNow->isEnabled());
        QVERIFY2(!runNow->toolTip().contains(u"cannot be reached"_s), qPrintable(runNow->toolTip()));
        QVERIFY(app.action(u"editJobAction"_s)->isEnabled());
        QVERIFY(app.window->findChild<QAction *>(u"refreshAction"_s)->isEnabled());
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(archive + suffix);
}

QTEST_MAIN(TestOfflineWorkspace)
#include "tst_offline_workspace.moc"
