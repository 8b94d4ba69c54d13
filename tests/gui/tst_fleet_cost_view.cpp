// The fleet cost view on the emulator's warehouse: rows for every cluster, sorting, filters,
// CSV export with formula-looking names neutralised, row activation, the fallback without
// grants, and the time to show and sort 500 clusters.
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "clusters/clusterdetailwidget.h"
#include "clusters/clusterspage.h"
#include "common/prompts.h"
#include "cost/fleetcostview.h"
#include "costfixture.h"
#include "cputimer.h"
#include "emulator/systemtables.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "models/clustersmodel.h"
#include "models/fleetcostfilterproxymodel.h"
#include "services/costservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;
using brickdesk::emulator::EmulatorOptions;
using brickdesk::test::CostFixture;
using brickdesk::test::EmulatorFixture;

class TestFleetCostView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QHash<QString, FleetClusterInfo> infos(CostFixture &fixture)
    {
        QHash<QString, FleetClusterInfo> out;
        for (const QString &id : fixture.emulator().clusterIds()) {
            const QJsonObject c = fixture.emulator().cluster(id);
            out.insert(id,
                {c.value(u"cluster_name"_s).toString(), c.value(u"creator_user_name"_s).toString(),
                    c.value(u"cluster_source"_s).toString(), {}});
        }
        return out;
    }

    static EmulatorOptions options(bool grants = true)
    {
        EmulatorOptions o = CostFixture::options(grants);
        o.clusters = 8;
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void showsSortsFiltersAndExportsTheFleet()
    {
        CostFixture fixture(options(), m_dir.filePath(u"a.ini"_s));
        CostService &service = fixture.service();
        QVERIFY(fixture.listWarehouses());

        FleetCostView view(&service);
        QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto names = infos(fixture);
        const QString first = fixture.emulator().clusterIds().first();
        names[first].name = u"=HYPERLINK(\"http://x\")"_s; // a name that a spreadsheet would run
        view.setClusters(names);
        view.resize(1200, 500);
        view.show();
        view.load(30);
        // The 8 clusters of the list, and the clusters of the job runs (gone from the list).
        QTRY_VERIFY_WITH_TIMEOUT(view.proxy()->rowCount() > 8, 20000);
        const int total = view.proxy()->rowCount();
        int listed = 0;
        for (int r = 0; r < total; ++r) {
            const QModelIndex index = view.proxy()->index(r, 0);
            if (index.data(FleetCostModel::ListedRole).toBool()) {
                ++listed;
                continue;
            }
            QVERIFY(index.data(FleetCostModel::JobIdRole).toLongLong() != 0);
            QCOMPARE(index.data(FleetCostModel::SourceRole).toString(), u"JOB"_s);
            QCOMPARE(index.data().toString(),
                u"A run's cluster of job %1"_s.arg(index.data(FleetCostModel::JobIdRole).toLongLong()));
        }
        QCOMPARE(listed, 8);
        QVERIFY2(
            view.status()->text().startsWith(u"%1 clusters"_s.arg(total)), qPrintable(view.status()->text()));
        QCOMPARE(view.status()->textFormat(), Qt::PlainText);

        // Sorted by billed cost, most first; then by name.
        auto costAt = [&view](int row) {
            return view.proxy()->index(row, FleetCostModel::Cost).data(FleetCostModel::SortRole).toDouble();
        };
        for (int r = 1; r < view.proxy()->rowCount(); ++r)
            QVERIFY(costAt(r - 1) >= costAt(r));
        view.table()->sortByColumn(FleetCostModel::IdleShare, Qt::AscendingOrder);
        auto idleAt = [&view](int row) {
            return view.proxy()
                ->index(row, FleetCostModel::IdleShare)
                .data(FleetCostModel::SortRole)
                .toDouble();
        };
        for (int r = 1; r < view.proxy()->rowCount(); ++r)
            QVERIFY(idleAt(r - 1) <= idleAt(r));

        // Kind and words.
        view.kind()->setCurrentIndex(2); // job clusters
        QVERIFY(view.proxy()->rowCount() > total - 8 && view.proxy()->rowCount() < total);
        for (int r = 0; r < view.proxy()->rowCount(); ++r)
            QCOMPARE(view.proxy()->index(r, 0).data(FleetCostModel::SourceRole).toString(), u"JOB"_s);
        view.kind()->setCurrentIndex(0);
        view.filter()->setText(u"hyperlink"_s);
        QCOMPARE(view.proxy()->rowCount(), 1);
        view.filter()->clear();

        // CSV: every visible row, the formula neutralised.
        const QString file = m_dir.filePath(u"fleet.csv"_s);
        Prompts::setSaveFileNameHandler([file](const QString &, const QString &) { return file; });
        QSignalSpy exported(&view, &FleetCostView::exported);
        QTest::mouseClick(view.findChild<QPushButton *>(u"fleetExport"_s), Qt::LeftButton);
        QVERIFY(exported.wait());
        QVERIFY(exported.first().at(1).toBool());
        Prompts::setSaveFileNameHandler({});
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QCOMPARE(text.count(u"\r\n"_s), total + 1); // header + every cluster
        QVERIFY(text.contains(u"\"'=HYPERLINK(\"\"http://x\"\")\""_s));
        QVERIFY(!text.contains(u",=HYPERLINK"_s));

        // Activating a row asks for that cluster's chart.
        QSignalSpy activated(&view, &FleetCostView::clusterActivated);
        view.filter()->setText(u"hyperlink"_s);
        Q_EMIT view.table()->activated(view.proxy()->index(0, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), first);
        view.filter()->clear();

        const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            names[first].name = fixture.emulator().cluster(first).value(u"cluster_name"_s).toString();
            view.setClusters(names);
            view.table()->sortByColumn(FleetCostModel::Cost, Qt::DescendingOrder);
            view.table()->resizeColumnsToContents();
            QVERIFY(view.grab().save(dir + u"/screenshot-fleet-cost.png"_s));
        }
    }

    void withoutGrantsTheReasonIsShown()
    {
        CostFixture fixture(options(false), m_dir.filePath(u"b.ini"_s));
        CostService &service = fixture.service();
        QVERIFY(fixture.listWarehouses());
        FleetCostView view(&service);
        view.resize(900, 300);
        view.load(7);
        QTRY_VERIFY_WITH_TIMEOUT(view.status()->text().contains(u"USE CATALOG on system"_s), 20000);
        QCOMPARE(view.proxy()->rowCount(), 0);
        const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            view.show();
            QVERIFY(view.grab().save(dir + u"/screenshot-fleet-cost-no-grants.png"_s));
        }
    }

    void theClustersPageOpensItAndARowOpensTheCluster()
    {
        EmulatorFixture fixture(options());
        Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
        ClustersPage page;
        page.resize(1200, 800);
        page.show();
        page.setConnection(&connection);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 8, 10000);
        auto *button = page.findChild<QToolButton *>(u"fleetCostButton"_s);
        QVERIFY(button);
        button->click();
        FleetCostView *view = page.findChild<FleetCostView *>();
        QVERIFY(view && view->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(view->proxy()->rowCount() > 8, 20000);
        int listedRow = -1;
        int runRow = -1;
        for (int r = 0; r < view->proxy()->rowCount(); ++r)
            (view->proxy()->index(r, 0).data(FleetCostModel::ListedRole).toBool() ? listedRow : runRow) = r;
        QVERIFY(listedRow >= 0 && runRow >= 0);
        // Names come from the clusters list, not ids.
        const QString id = view->proxy()->index(listedRow, 0).data(FleetCostModel::ClusterIdRole).toString();
        QCOMPARE(view->proxy()->index(listedRow, 0).data().toString(),
            fixture.emulator().cluster(id).value(u"cluster_name"_s).toString());
        Q_EMIT view->table()->activated(view->proxy()->index(listedRow, 0));
        QTRY_COMPARE(page.detail()->cluster().id(), id);
        // A job run's cluster is not in the list: its row opens the job.
        QSignalSpy openJob(&page, &ClustersPage::openJobRequested);
        Q_EMIT view->table()->activated(view->proxy()->index(runRow, 0));
        QCOMPARE(openJob.size(), 1);
        QCOMPARE(openJob.first().at(0).toLongLong(),
            view->proxy()->index(runRow, 0).data(FleetCostModel::JobIdRole).toLongLong());
    }

    // 500 clusters over 30 days: the rows arrive aggregated (one per cluster), so the GUI
    // thread only resets the model, lays the table out and sorts. None of it may stall the
    // GUI for more than 50 ms.
    void fiveHundredClustersShowAndSortQuickly()
    {
        QVector<FleetCostRow> rows;
        QHash<QString, FleetClusterInfo> names;
        for (int i = 0; i < 500; ++i) {
            const QString id = u"1202-%1-fleet"_s.arg(i, 6, 10, QChar(u'0'));
            rows.append({id, 10.0 + (i * 7919) % 1000, (i * 7919 % 1000) * 0.6, u"USD"_s, 43'200 + i * 13,
                (i * 104729) % 43'200, double((i * 31) % 100)});
            names.insert(id,
                {u"cluster-%1"_s.arg(i), u"user%1@example.com"_s.arg(i % 17), i % 3 ? u"UI"_s : u"JOB"_s,
                    u"team=t%1"_s.arg(i % 9)});
        }
        FleetCostView view(nullptr);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Each step timed three times in this process's CPU time, the fastest kept: on a shared
        // machine, time another process took is not a stall of this view.
        auto fastest = [](const std::function<void()> &step) {
            qint64 best = std::numeric_limits<qint64>::max();
            for (int attempt = 0; attempt < 3; ++attempt) {
                const test::CpuTimer timer;
                step();
                best = std::min(best, timer.elapsedMs());
            }
            return best;
        };
        const qint64 show = fastest([&] {
            view.setClusters(names);
            view.showRows(rows);
            view.table()->viewport()->repaint();
        });
        qint64 worstSort = 0;
        for (int column = 0; column < FleetCostModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                worstSort = std::max(worstSort, fastest([&] {
                    view.table()->sortByColumn(column, order);
                    view.table()->viewport()->repaint();
                }));
            }
        }
        const qint64 filter = fastest([&] {
            view.filter()->clear();
            view.filter()->setText(u"team=t3"_s);
            view.table()->viewport()->repaint();
        });
        qInfo("500 clusters: shown in %lld ms, worst sort %lld ms, filter %lld ms", show, worstSort, filter);
        QCOMPARE(view.proxy()->rowCount(), 56);
        const qint64 budget = test::CpuTimer::budgetMs(50); // scaled in the sanitizer build
        QVERIFY2(show < budget && worstSort < budget && filter < budget, "a GUI stall over 50 ms");
    }
};

QTEST_MAIN(TestFleetCostView)
#include "tst_fleet_cost_view.moc"
