// A job's billed cost on its page and the most expensive jobs beside the fleet view, on the
// emulator: each run's cost in the runs table and the strip over the overview, checked against
// sums made here in SQL straight on the emulator's stored usage and price rows; runs without
// usage say why; no grants says what to grant; the jobs' list opens a job.
#include "cost/expensivejobsview.h"
#include "cost/fleetcostview.h"
#include "costfixture.h"
#include "emulator/sqldialect.h"
#include "emulator/systemtables.h"
#include "eventwait.h"
#include "httptestclient.h"
#include "jobs/jobcoststripwidget.h"
#include "jobs/jobdetailwidget.h"
#include "models/jobcostmodel.h"
#include "models/runsmodel.h"
#include "services/costservice.h"
#include "services/jobcostservice.h"

#include <QJsonArray>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;
using brickdesk::test::CostFixture;
using brickdesk::test::HttpTestClient;

namespace {

// Usage priced by hand on the stored rows (flattened struct columns, no dialect).
const QString kPriced = u"FROM system__billing__usage u JOIN system__billing__list_prices p "
                        "ON p.sku_name = u.sku_name AND p.cloud = u.cloud AND p.usage_unit = u.usage_unit "
                        "AND u.usage_start_time >= p.price_start_time "
                        "AND (p.price_end_time IS NULL OR u.usage_start_time < p.price_end_time) "_s;

QSqlQuery storedRows(CostFixture &fixture, const QString &sql)
{
    auto &tables = fixture.emulator().systemTables();
    QString error;
    if (!tables.ensure({u"system.billing.usage"_s, u"system.billing.list_prices"_s}, &error))
        qFatal("%s", qPrintable(error));
    QSqlQuery q(tables.database());
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    return q;
}

QString money(double value)
{
    return QLocale().toString(value, 'f', 2) + u" USD"_s;
}

} // namespace

class TestJobCostView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void openJob(JobDetailWidget &detail, CostFixture &fixture, qint64 jobId, const QString &archive)
    {
        detail.resize(1200, 800);
        detail.show();
        detail.setConnection(&fixture.connection());
        detail.costService()->setArchivePath(m_dir.filePath(archive));
        detail.showJob(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(detail.job().isValid(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            detail.runsModel()->rowCount() > 0 && !detail.runsModel()->isLoading(), 10000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // The job page remembers its warehouse in the application's settings: start each test
    // without a choice (a failed run must not leave the stopped one chosen for the next).
    void init() { QSettings().remove(u"Cost"_s); }
    void cleanup() { QSettings().remove(u"Cost"_s); }

    void eachRunShowsItsBilledCost()
    {
        CostFixture fixture(CostFixture::options(), m_dir.filePath(u"runs.ini"_s));
        // The job with the most billed runs; its runs' cost summed here from the stored rows.
        QSqlQuery busiest = storedRows(fixture,
            u"SELECT usage_metadata__job_id FROM system__billing__usage WHERE usage_metadata__job_id IS NOT "
            u"NULL "
            "GROUP BY 1 ORDER BY COUNT(DISTINCT usage_metadata__job_run_id) DESC LIMIT 1"_s);
        QVERIFY(busiest.next());
        const qint64 jobId = busiest.value(0).toString().toLongLong();
        std::map<qint64, double> expected;
        QSqlQuery runs = storedRows(fixture,
            u"SELECT u.usage_metadata__job_run_id, SUM(u.usage_quantity * p.pricing__default) "_s + kPriced
                + u"WHERE u.usage_metadata__job_id = '%1' GROUP BY 1"_s.arg(jobId));
        while (runs.next())
            expected[runs.value(0).toString().toLongLong()] = runs.value(1).toDouble();
        QVERIFY(expected.size() >= 2);

        JobDetailWidget detail;
        openJob(detail, fixture, jobId, u"runs.sqlite"_s);
        RunsModel *model = detail.runsModel();
        QTRY_VERIFY_WITH_TIMEOUT(detail.costCaption()->text().contains(u"USD"_s), 20000);
        QVERIFY(!detail.runsView()->isColumnHidden(RunsModel::CostColumn));
        QCOMPARE(model->headerData(RunsModel::CostColumn, Qt::Horizontal).toString(), u"Billed cost"_s);
        int withCost = 0;
        double total = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex cell = model->index(row, RunsModel::CostColumn);
            const auto it = expected.find(model->run(row).id());
            if (it == expected.end()) {
                // Not billed to the job (yet): a dash, and why.
                QCOMPARE(cell.data().toString(), u"—"_s);
                QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"all-purpose cluster"_s));
                continue;
            }
            QCOMPARE(cell.data().toString(), money(it->second));
            QVERIFY(qAbs(cell.data(RunsModel::SortRole).toDouble() - it->second) < 1e-9);
            total += it->second;
            ++withCost;
        }
        QCOMPARE(withCost, int(expected.size()));
        // The caption's 60-day total is every billed run's (the emulator keeps 30 days).
        QVERIFY2(detail.costCaption()->text().contains(money(total).section(u' ', 0, 0)),
            qPrintable(detail.costCaption()->text()));
        QCOMPARE(detail.costStrip()->dayCount(), JobDetailWidget::kCostStripDays);
        QCOMPARE(detail.costStrip()->accessibleName(), u"Billed cost per day"_s);
        QVERIFY(detail.costStrip()->accessibleDescription().startsWith(u"Most: "_s));

        // Another job, then this one again: its cost comes back without a statement.
        const auto posts = fixture.countStatements(this);
        const qint64 other = fixture.emulator().anyJobId(1) == jobId ? fixture.emulator().jobIds().last()
                                                                     : fixture.emulator().anyJobId(1);
        detail.showJob(other);
        QTRY_VERIFY_WITH_TIMEOUT(detail.job().isValid() && detail.job().id() == other, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(detail.costCaption()->text().startsWith(u"Billed cost:"_s)
                && !detail.costCaption()->text().contains(u"reading"_s),
            20000);
        QCOMPARE(*posts, 1);
        detail.showJob(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(detail.job().isValid() && detail.job().id() == jobId, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            detail.costCaption()->text().contains(money(total).section(u' ', 0, 0)), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(0, RunsModel::CostColumn).data().toString().isEmpty(), false, 10000);
        QCOMPARE(*posts, 1);

        const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            detail.tabs()->setCurrentIndex(1);
            detail.runsView()->sortByColumn(RunsModel::CostColumn, Qt::DescendingOrder);
            QTest::qWait(300); // not a check: lets the view lay out before the picture
            QVERIFY(detail.grab().save(dir + u"/screenshot-job-run-cost.png"_s));
            detail.tabs()->setCurrentIndex(0);
            QTest::qWait(300);
            QVERIFY(detail.grab().save(dir + u"/screenshot-job-cost-strip.png"_s));
        }
    }

    void withoutGrantsTheJobSaysWhatToGrantAndEstimatesNodeHours()
    {
        CostFixture fixture(CostFixture::options(false), m_dir.filePath(u"nogrants.ini"_s));
        // A job on one job cluster of a fixed size, read from the emulator's settings.
        qint64 jobId = 0;
        int nodes = 0;
        for (const qint64 id : fixture.emulator().jobIds()) {
            const QJsonArray clusters = fixture.emulator()
                                            .job(id)
                                            .value(u"settings"_s)
                                            .toObject()
                                            .value(u"job_clusters"_s)
                                            .toArray();
            const QJsonObject spec = clusters.first().toObject().value(u"new_cluster"_s).toObject();
            if (clusters.size() == 1 && spec.contains(u"num_workers"_s)) {
                jobId = id;
                nodes = spec.value(u"num_workers"_s).toInt() + 1;
                break;
            }
        }
        QVERIFY(jobId != 0);
        JobDetailWidget detail;
        openJob(detail, fixture, jobId, u"nogrants.sqlite"_s);
        QTRY_VERIFY_WITH_TIMEOUT(detail.costCaption()->text().contains(u"USE CATALOG on system"_s), 20000);
        QVERIFY(detail.costCaption()->text().startsWith(u"Billed cost is not shown."_s));
        QCOMPARE(detail.costStrip()->dayCount(), 0);
        // The runs fall back to node-hours: the run's duration x its cluster's nodes.
        RunsModel *model = detail.runsModel();
        int estimated = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject run = fixture.emulator().run(model->run(row).id());
            const qint64 duration = run.value(u"run_duration"_s).toInteger();
            if (duration <= 0 || run.value(u"end_time"_s).toInteger() == 0)
                continue;
            const QModelIndex cell = model->index(row, RunsModel::CostColumn);
            QCOMPARE(cell.data().toString(),
                u"≈ %1 node-h"_s.arg(QLocale().toString(double(duration) / 3'600'000.0 * nodes, 'f', 1)));
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"SELECT on system.billing.usage"_s));
            ++estimated;
        }
        QVERIFY(estimated > 0);
    }

    // The remembered warehouse is stopped: the job says so and starts nothing; once it runs
    // (started elsewhere), the next job shown reads its cost.
    void aStoppedWarehouseIsNotStartedAndIsLookedAtAgain()
    {
        CostFixture fixture(CostFixture::options(), m_dir.filePath(u"stopped.ini"_s));
        const QString stopped = fixture.emulator().sqlWarehouseIds().at(1);
        QSettings().setValue(u"Cost/warehouse/"_s + fixture.connection().host().host(), stopped);
        const auto posts = fixture.countStatements(this);
        const QList<qint64> jobs = fixture.emulator().jobIds();
        JobDetailWidget detail;
        openJob(detail, fixture, jobs.at(0), u"stopped.sqlite"_s);
        QTRY_VERIFY_WITH_TIMEOUT(detail.costCaption()->text().contains(u"is stopped"_s), 20000);
        QCOMPARE(*posts, 0);

        HttpTestClient http(fixture.emulator().url(), fixture.emulator().options().tokens.first());
        QCOMPARE(http.post(u"/api/2.0/sql/warehouses/%1/start"_s.arg(stopped), {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            http.get(u"/api/2.0/sql/warehouses/%1"_s.arg(stopped)).json.value(u"state"_s).toString(),
            u"RUNNING"_s, 20000);
        detail.showJob(jobs.at(1));
        QTRY_VERIFY_WITH_TIMEOUT(detail.job().isValid() && detail.job().id() == jobs.at(1), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(detail.costCaption()->text().startsWith(u"Billed cost: "_s)
                && !detail.costCaption()->text().contains(u"…"_s),
            20000);
        QVERIFY2(
            !detail.costCaption()->text().contains(u"stopped"_s), qPrintable(detail.costCaption()->text()));
        QCOMPARE(*posts, 1);
    }

    void theMostExpensiveJobsAreListedAndOpen()
    {
        CostFixture fixture(CostFixture::options(), m_dir.filePath(u"fleet.ini"_s));
        QVERIFY(fixture.listWarehouses());
        JobCostService jobCost(&fixture.service());
        jobCost.setArchivePath(m_dir.filePath(u"fleet.sqlite"_s));
        FleetCostView view(&fixture.service());
        view.setJobCostService(&jobCost);
        view.resize(1100, 600);
        view.show();
        QCOMPARE(view.tabs()->count(), 2);
        view.load(30);
        ExpensiveJobsView *jobs = view.jobsView();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->model()->rowCount() > 0, 20000);

        // The top jobs of the view's window, summed here.
        const auto [from, to] = jobCost.alignedWindow(30);
        QSqlQuery top = storedRows(fixture,
            u"SELECT u.usage_metadata__job_id, SUM(u.usage_quantity * p.pricing__default) AS cost, "
            "COUNT(DISTINCT u.usage_metadata__job_run_id) "_s
                + kPriced
                + u"WHERE u.usage_metadata__job_id IS NOT NULL AND u.usage_start_time >= '%1' "
                  "AND u.usage_start_time < '%2' GROUP BY 1 ORDER BY cost DESC"_s.arg(
                      emulator::SqlDialect::timestampText(from), emulator::SqlDialect::timestampText(to)));
        QList<std::tuple<qint64, double, int>> expected;
        while (top.next())
            expected.append(
                {top.value(0).toString().toLongLong(), top.value(1).toDouble(), top.value(2).toInt()});
        QCOMPARE(
            jobs->model()->rowCount(), int(std::min<qsizetype>(expected.size(), ExpensiveJobsView::kJobs)));
        QTableView *table = jobs->table();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const auto &[jobId, cost, runCount] = expected.at(row);
            const QModelIndex index = table->model()->index(row, JobCostModel::Cost);
            QCOMPARE(index.data(JobCostModel::JobIdRole).toLongLong(), jobId);
            QCOMPARE(index.data().toString(), money(cost));
            QCOMPARE(table->model()->index(row, JobCostModel::Runs).data().toString(),
                QLocale().toString(runCount));
            const QString name = table->model()->index(row, JobCostModel::Name).data().toString();
            QCOMPARE(name,
                fixture.emulator().job(jobId).value(u"settings"_s).toObject().value(u"name"_s).toString());
        }
        QVERIFY(jobs->status()->text().contains(u"billed the most"_s));

        view.tabs()->setCurrentWidget(jobs);
        QSignalSpy opened(&view, &FleetCostView::jobActivated);
        const QModelIndex first = table->model()->index(0, JobCostModel::Name);
        emit table->activated(first);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), std::get<0>(expected.first()));

        const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(300); // not a check: lets the view lay out before the picture
            QVERIFY(view.grab().save(dir + u"/screenshot-expensive-jobs.png"_s));
        }
    }
};

QTEST_MAIN(TestJobCostView)
#include "tst_job_cost_view.moc"
