// The clusters screen against the in-process emulator: list, detail, every event of a cluster
// with weeks of autoscaling history fetched through all pages, the chart's series checked
// against the timeline computed from the raw events, zoom, selection sync between chart and
// event log, exports, cancel, and the start/terminate/resize actions with confirmation.
#include "analysis/decimation.h"
#include "analysis/nodetimeline.h"
#include "analysis/stepline.h"
#include "api/apireply.h"
#include "api/clustersapi.h"
#include "api/connection.h"
#include "api/pagination.h"
#include "auth/statictokenprovider.h"
#include "charts/nodecountchart.h"
#include "clusters/clusterdetailwidget.h"
#include "clusters/clustereventlogwidget.h"
#include "clusters/clusterprompts.h"
#include "clusters/clusterresizedialog.h"
#include "clusters/clusterspage.h"
#include "clusters/nodechartpanel.h"
#include "clusters/usagesummarypanel.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "models/clustersfilterproxymodel.h"
#include "models/clustersmodel.h"
#include "requestlog.h"
#include "simulatedtruth.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

namespace {

// Every event of a cluster the plain way: one sequential page_token chain, raw JSON.
QVector<ClusterEvent> fetchRawEvents(Connection &connection, const QString &clusterId)
{
    ClusterEventsParams params;
    params.clusterId = clusterId;
    params.order = u"ASC"_s;
    PageFetcher *fetcher = PageFetcher::clusterEvents(&connection, params);
    QVector<ClusterEvent> events;
    QObject::connect(fetcher, &PageFetcher::page, [&](const QJsonObject &page) {
        events.append(ClusterEvent::fromJsonArray(page.value(u"events"_s).toArray()));
    });
    QSignalSpy finished(fetcher, &PageFetcher::finished);
    QSignalSpy failed(fetcher, &PageFetcher::failed);
    fetcher->start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 30000); }();
    delete fetcher;
    return events;
}

} // namespace

class TestClustersPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsEveryCluster();
    void filtersByKind();
    void filterHidingTheOpenClusterKeepsItsDetail();
    void loadsEveryEventAndChartsTheTimeline();
    void zoomsAndSelectsEventsBothWays();
    void filtersTheEventLog();
    void exportsChartAndEvents();
    void summaryEstimatesCost();
    void comparesWithThePreviousWindow();
    void comparesWithAClusterPickedFromTheList();
    void cancelsALoad();
    void actionsAskForConfirmation();
    // Not a check: with BRICKDESK_SCREENSHOT_DIR set, saves the docs' screenshots there.
    void screenshots();

private:
    QTableView *clustersTable() const { return m_page->findChild<QTableView *>(u"clustersTable"_s); }
    ClusterDetailWidget *detail() const { return m_page->findChild<ClusterDetailWidget *>(); }
    void openBigCluster();

    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<ClustersPage> m_page;
    QString m_bigCluster;
    QTemporaryDir m_dir;
};

void TestClustersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_clusters_page"_s);
    auto options = test::EmulatorFixture::smallOptions();
    options.eventsPerCluster = 6000; // weeks of autoscaling history, a dozen pages
    options.historyDays = 30;
    m_fx = std::make_unique<test::EmulatorFixture>(options);
    m_connection
        = std::make_unique<Connection>(m_fx->url(), std::make_shared<StaticTokenProvider>(m_fx->token()));
    m_bigCluster = m_fx->emulator().clusterIds().first();
    m_page = std::make_unique<ClustersPage>();
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setConnection(m_connection.get());
}

void TestClustersPage::cleanupTestCase()
{
    clusterprompts::setConfirmHandler({});
    clusterprompts::setSaveFileNameHandler({});
    m_page.reset();
}

void TestClustersPage::listsEveryCluster()
{
    QTableView *table = clustersTable();
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), m_fx->emulator().clusterIds().size(), 20000);
    // Every cluster id shows up somewhere in its row.
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        for (int column = 0; column < table->model()->columnCount(); ++column)
            shown << table->model()->index(row, column).data().toString();
    }
    const QJsonObject big = m_fx->emulator().cluster(m_bigCluster);
    QVERIFY2(shown.contains(big.value(u"cluster_name"_s).toString()), qPrintable(shown.join(u',')));
}

void TestClustersPage::filtersByKind()
{
    QTableView *table = clustersTable();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), m_fx->emulator().clusterIds().size(), 20000);
    // The reference: what the emulator says of each listed cluster (it seeds both kinds).
    QSet<QString> listed;
    QSet<QString> jobClusters;
    QSet<QString> allPurpose;
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const QString id = m_page->model()->cluster(row).id();
        listed.insert(id);
        const QString source = m_fx->emulator().cluster(id).value(u"cluster_source"_s).toString();
        if (source == u"JOB"_s)
            jobClusters.insert(id);
        else if (source == u"UI"_s || source == u"API"_s)
            allPurpose.insert(id);
    }
    QVERIFY(!jobClusters.isEmpty());
    QVERIFY(!allPurpose.isEmpty());

    auto *kind = m_page->findChild<QComboBox *>(u"clusterKindFilter"_s);
    QVERIFY(kind);
    QCOMPARE(kind->currentIndex(), 0);
    const auto shownIds = [table] {
        QSet<QString> shown;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            shown.insert(table->model()->index(row, 0).data(ClustersModel::IdRole).toString());
        return shown;
    };
    kind->setCurrentIndex(kind->findData(int(ClustersFilterProxyModel::Kind::Job)));
    QCOMPARE(shownIds(), jobClusters);
    kind->setCurrentIndex(kind->findData(int(ClustersFilterProxyModel::Kind::AllPurpose)));
    QCOMPARE(shownIds(), allPurpose);
    // Combined with the text filter: the first all-purpose cluster by its name.
    const QString name = m_fx->emulator().cluster(*allPurpose.cbegin()).value(u"cluster_name"_s).toString();
    auto *text = m_page->findChild<QLineEdit *>(u"clusterFilter"_s);
    QVERIFY(text);
    text->setText(name);
    QVERIFY(shownIds().contains(*allPurpose.cbegin()));
    QVERIFY(shownIds().size() <= allPurpose.size());
    text->clear();
    kind->setCurrentIndex(0);
    QCOMPARE(shownIds(), listed);
}

void TestClustersPage::filterHidingTheOpenClusterKeepsItsDetail()
{
    QTableView *table = clustersTable();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), m_fx->emulator().clusterIds().size(), 20000);
    const QString openId = table->model()->index(0, 0).data(ClustersModel::IdRole).toString();
    const QString otherId = table->model()->index(1, 0).data(ClustersModel::IdRole).toString();
    table->selectionModel()->setCurrentIndex(
        table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_page->detail()->cluster().id(), openId);
    // Filtering the open cluster out moves the view's current row to a neighbour; the detail (and
    // the events it may have loaded) stays on the cluster the user opened.
    auto *text = m_page->findChild<QLineEdit *>(u"clusterFilter"_s);
    text->setText(otherId);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    auto *status = m_page->findChild<QLabel *>(u"clustersStatus"_s);
    QVERIFY(status);
    QVERIFY2(status->text().contains(u"1 shown"_s), qPrintable(status->text()));
    QVERIFY(table->selectionModel()->currentIndex().isValid());
    QCOMPARE(m_page->detail()->cluster().id(), openId);
    // Choosing the other one still opens it.
    table->selectionModel()->setCurrentIndex(
        table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_page->detail()->cluster().id(), otherId);
    text->clear();
}

void TestClustersPage::openBigCluster()
{
    ClusterDetailWidget *d = detail();
    QVERIFY(d);
    if (d->cluster().id() == m_bigCluster && !d->isLoading() && !d->events().isEmpty())
        return;
    QSignalSpy loaded(d, &ClusterDetailWidget::historyLoaded);
    m_page->showCluster(m_bigCluster);
    QTRY_COMPARE_WITH_TIMEOUT(d->cluster().id(), m_bigCluster, 20000);
    d->setWindow(ClusterDetailWidget::Window::AllAvailable);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 && !d->isLoading(), 60000);
}

void TestClustersPage::loadsEveryEventAndChartsTheTimeline()
{
    openBigCluster();
    ClusterDetailWidget *d = detail();
    const int expected = m_fx->emulator().eventCount(m_bigCluster);
    QCOMPARE(d->events().size(), expected);
    QCOMPARE(d->eventLog()->eventCount(), expected);
    QVERIFY2(d->progressText().contains(QLocale().toString(expected)), qPrintable(d->progressText()));

    // The same events, fetched the plain sequential way, give the same timeline.
    const QVector<ClusterEvent> raw = fetchRawEvents(*m_connection, m_bigCluster);
    QCOMPARE(raw.size(), expected);
    TimelineOptions options;
    options.endMs = d->timeline().endMs();
    const NodeTimeline reference = buildNodeTimeline(raw, options);
    QVERIFY(reference.actualWorkers().size() > 50); // really weeks of autoscaling
    QCOMPARE(d->timeline().actualWorkers(), reference.actualWorkers());
    QCOMPARE(d->timeline().targetWorkers(), reference.targetWorkers());
    NodeCountChart *chart = d->chartPanel()->chart();
    QCOMPARE(chart->data().actual, reference.actualWorkers());
    QCOMPARE(chart->data().target, reference.targetWorkers());
    QCOMPARE(chart->data().autoscaleMax, reference.maxWorkers());

    // Against the ground truth: the worker counts the emulator's generator simulated.
    const test::SimulatedTruth truth(m_fx->emulator().simulatedWorkers(m_bigCluster));
    QVERIFY(truth.size() > 100);
    QVERIFY(int(truth.size()) <= expected);
    int compared = 0;
    for (size_t i = 0; i < truth.size(); ++i) {
        QCOMPARE(d->events().at(qsizetype(i)).timestamp(), truth.at(i).timestamp);
        const qint64 next = i + 1 < truth.size() ? truth.at(i + 1).timestamp : truth.at(i).timestamp + 1;
        for (qint64 t : {truth.at(i).timestamp, (truth.at(i).timestamp + next) / 2}) {
            const auto state = truth.stateAt(t);
            QVERIFY2(d->timeline().isUpAt(t) == state.up, qPrintable(QString::number(t)));
            if (truth.countUnknown(t))
                continue;
            QVERIFY2(d->timeline().actualAt(t) == state.current,
                qPrintable(u"at %1: %2 workers drawn, %3 simulated"_s.arg(t)
                               .arg(d->timeline().actualAt(t))
                               .arg(state.current)));
            ++compared;
        }
    }
    QVERIFY(compared > int(truth.size()));

    // What is drawn: zoomed out, the highest simulated count is still there (no spike lost).
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isUpdating(), 10000);
    const QVector<QPointF> drawn = chart->drawnActual();
    QVERIFY(!drawn.isEmpty());
    double drawnPeak = 0;
    for (const QPointF &p : drawn)
        drawnPeak = std::max(drawnPeak, p.y());
    QCOMPARE(int(drawnPeak), truth.peakWorkers());
}

void TestClustersPage::zoomsAndSelectsEventsBothWays()
{
    openBigCluster();
    ClusterDetailWidget *d = detail();
    d->tabs()->setCurrentWidget(d->chartPanel());
    NodeCountChart *chart = d->chartPanel()->chart();
    auto *view = qobject_cast<QChartView *>(chart->chartView());
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isUpdating(), 10000);

    // Wheel zoom: the window narrows around the pointer and the labels go from days to hours.
    const auto before = chart->visibleRange();
    const QPointF center = view->chart()->plotArea().center();
    for (int i = 0; i < 10; ++i) {
        QWheelEvent wheel(center, view->mapToGlobal(center), QPoint(), QPoint(0, 120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view->viewport(), &wheel);
    }
    const auto after = chart->visibleRange();
    QVERIFY(after.second - after.first < (before.second - before.first) / 8);
    QVERIFY(after.first > before.first && after.second < before.second);
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isUpdating(), 10000);
    QCOMPARE(chart->axisLabelFormat(), u"MMM d HH:mm"_s); // the axis moves with the new frame
    // The summary follows the visible window.
    QCOMPARE(d->chartPanel()->summaryPanel()->summary().fromMs, after.first);

    // Chart → table: click a marker; its event becomes the table's current row.
    chart->resetZoom();
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isUpdating(), 10000);
    const NodeChartData &data = chart->data();
    QVERIFY(!data.markers.isEmpty());
    QVector<QPointF> markers;
    for (auto kind : {NodeChartMarker::Kind::NodesLost, NodeChartMarker::Kind::Restart,
             NodeChartMarker::Kind::Edit, NodeChartMarker::Kind::Termination}) {
        if (!chart->drawnMarkers(kind).isEmpty())
            markers = chart->drawnMarkers(kind);
    }
    QVERIFY(!markers.isEmpty());
    const QPointF point = markers.at(markers.size() / 2);
    // Events at the same moment and count (STARTING and CREATING, say) share a marker: any of them.
    QList<int> expected;
    for (const NodeChartMarker &m : data.markers) {
        if (double(m.timeMs) == point.x() && m.value == point.y())
            expected.append(m.eventIndex);
    }
    QVERIFY(!expected.isEmpty());
    QChart *qchart = view->chart();
    const QPoint pos
        = view->mapFromScene(qchart->mapToScene(qchart->mapToPosition(point, qchart->series().constFirst())));
    QTest::mouseMove(view->viewport(), pos);
    QVERIFY(!chart->lastTooltip().isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
    QTRY_VERIFY(expected.contains(d->eventLog()->selectedEvent()));
    const int selectedIndex = d->eventLog()->selectedEvent();
    const ClusterEvent selected = d->events().at(selectedIndex);
    QCOMPARE(double(selected.timestamp()), point.x());
    QVERIFY(d->eventLog()->detailsText().contains(QString::number(selected.timestamp())));
    QCOMPARE(chart->selectedEvent(), selectedIndex);

    // Table → chart: select a row; the chart highlights that event and brings it into view.
    chart->setVisibleRange(data.startMs, data.startMs + 3600 * 1000);
    const int row = int(d->events().size()) - 5;
    QTableView *table = d->eventLog()->table();
    const QModelIndex index = table->model()->index(row, 0);
    table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(chart->selectedEvent(), row);
    const qint64 t = d->events().at(row).timestamp();
    QVERIFY(chart->visibleRange().first <= t && t <= chart->visibleRange().second);
    auto *selectionLabel = d->chartPanel()->findChild<QLabel *>(u"chartSelectionLabel"_s);
    QVERIFY(selectionLabel && !selectionLabel->text().isEmpty());
}

void TestClustersPage::filtersTheEventLog()
{
    openBigCluster();
    ClusterEventLogWidget *log = detail()->eventLog();
    const int total = log->eventCount();
    log->setTypeFilter({u"RESIZING"_s});
    QVERIFY(log->visibleCount() > 0);
    QVERIFY(log->visibleCount() < total);
    int resizing = 0;
    for (const ClusterEvent &e : detail()->events())
        resizing += e.type() == ClusterEvent::Type::Resizing;
    QCOMPARE(log->visibleCount(), resizing);
    log->setTypeFilter({u"RESIZING"_s, u"NODES_LOST"_s});
    int both = 0;
    for (const ClusterEvent &e : detail()->events())
        both += e.type() == ClusterEvent::Type::Resizing || e.type() == ClusterEvent::Type::NodesLost;
    QCOMPARE(log->visibleCount(), both);
    log->setTypeFilter({});
    QCOMPARE(log->visibleCount(), total);
    log->setTextFilter(u"lost"_s);
    QVERIFY(log->visibleCount() > 0 && log->visibleCount() < total);
    log->setTextFilter({});
    QCOMPARE(log->visibleCount(), total);
}

void TestClustersPage::exportsChartAndEvents()
{
    openBigCluster();
    ClusterDetailWidget *d = detail();
    QString asked;
    clusterprompts::setSaveFileNameHandler([&](const QString &, const QString &suggested) {
        asked = suggested;
        return m_dir.filePath(suggested);
    });
    NodeChartPanel *panel = d->chartPanel();
    NodeCountChart *chart = panel->chart();
    chart->resetZoom();
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isUpdating(), 10000);

    QVERIFY(panel->exportPng());
    QVERIFY(asked.endsWith(u".png"_s));
    const QImage png(m_dir.filePath(asked));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() >= 300 && png.height() >= 200);

    QVERIFY(panel->exportSvg());
    QFile svg(m_dir.filePath(asked));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));

    QVERIFY(panel->exportCsv());
    QFile csv(m_dir.filePath(asked));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QVERIFY(lines.first().startsWith("time_utc,epoch_ms,actual_workers,target_workers"));
    QVERIFY(lines.size() > d->timeline().actualWorkers().size() / 2);
    // Every row and every column against the ground truth: the simulated counts, the cluster's
    // autoscale bounds as the emulator configured them, up or down, and the time in words.
    const test::SimulatedTruth truth(m_fx->emulator().simulatedWorkers(m_bigCluster));
    QVERIFY(!truth.isEmpty());
    const QJsonObject autoscale = m_fx->emulator().cluster(m_bigCluster).value(u"autoscale"_s).toObject();
    QVERIFY(!autoscale.isEmpty());
    qint64 previous = 0;
    int checkedActual = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        QCOMPARE(cells.size(), 7);
        const qint64 t = cells.at(1).toLongLong();
        QVERIFY(t > previous);
        previous = t;
        QCOMPARE(
            QDateTime::fromString(QString::fromLatin1(cells.at(0)), Qt::ISODateWithMs).toMSecsSinceEpoch(),
            t);
        if (t > truth.lastMs())
            break; // live events from here on
        const auto state = truth.stateAt(t);
        if (!truth.countUnknown(t)) {
            QCOMPARE(cells.at(2).toInt(), state.current);
            ++checkedActual;
        }
        if (state.up && state.type != emulator::eventtypes::Creating
            && state.type != emulator::eventtypes::Starting)
            QCOMPARE(cells.at(3).toInt(), state.target);
        QCOMPARE(cells.at(4).toInt(), autoscale.value(u"min_workers"_s).toInt());
        QCOMPARE(cells.at(5).toInt(), autoscale.value(u"max_workers"_s).toInt());
        QCOMPARE(cells.at(6), QByteArray(state.up ? "1" : "0"));
    }
    QVERIFY(checkedActual > lines.size() / 2);

    ClusterEventLogWidget *log = d->eventLog();
    QVERIFY(log->exportCsv());
    QFile events(m_dir.filePath(asked));
    QVERIFY(events.open(QIODevice::ReadOnly));
    const QByteArray eventsCsv = events.readAll();
    QVERIFY(eventsCsv.startsWith("time_utc,epoch_ms,type,summary,details\r\n"));
    QCOMPARE(
        eventsCsv.count('\n') - 1 >= log->eventCount(), true); // details may hold no newlines: compact JSON
    QVERIFY(log->exportJson());
    QFile json(m_dir.filePath(asked));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(json.readAll(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), log->eventCount());
    QCOMPARE(array.first().toObject().value(u"timestamp"_s).toInteger(), d->events().first().timestamp());
    clusterprompts::setSaveFileNameHandler({});
}

void TestClustersPage::summaryEstimatesCost()
{
    openBigCluster();
    UsageSummaryPanel *summary = detail()->chartPanel()->summaryPanel();
    NodeCountChart *chart = detail()->chartPanel()->chart();
    chart->resetZoom();
    summary->setPricePerNodeHour(0.5);
    const UsageSummary s = summary->summary();
    QVERIFY(s.nodeHours > 0);
    const auto [from, to] = chart->visibleRange();
    // Against the node-hours the simulation ran (its own counts integrated here), with the
    // driver both ways: the app may differ only after a downsize, before the count is reported
    // again, and by no more than the worker-hours at stake there.
    const test::SimulatedTruth truth(m_fx->emulator().simulatedWorkers(m_bigCluster));
    QVERIFY(!truth.isEmpty());
    const qint64 end = std::min(to, truth.lastMs());
    const double slack = truth.unknownWorkerHours(from, end) + 1e-6;
    for (bool driver : {false, true}) {
        const double simulated = truth.nodeHours(from, end, driver);
        const double app = detail()->timeline().nodeHours(from, end, driver);
        QVERIFY2(std::abs(app - simulated) <= slack,
            qPrintable(u"%1 node-hours, %2 simulated, %3 allowed"_s.arg(app).arg(simulated).arg(slack)));
        QVERIFY(simulated > 100);
    }
    QVERIFY2(slack < 0.05 * truth.nodeHours(from, end, false), qPrintable(QString::number(slack)));
    // The cost of the window: node-hours (the simulation's, up to the same slack) times the rate.
    const double simulatedWindow = truth.nodeHours(from, to, s.includeDriver);
    QVERIFY2(std::abs(s.estimatedCost - 0.5 * simulatedWindow)
            <= 0.5 * (truth.unknownWorkerHours(from, to) + 1e-6),
        qPrintable(u"cost %1, simulated %2"_s.arg(s.estimatedCost).arg(0.5 * simulatedWindow)));
    QCOMPARE(s.estimatedCost, s.nodeHours * 0.5);
    auto *cost = summary->findChild<QLabel *>(u"summaryEstimatedCost"_s);
    QVERIFY(cost);
    QVERIFY2(cost->text().startsWith(QLocale().toString(s.estimatedCost, 'f', 2) + u' '),
        qPrintable(cost->text()));
    // The rate is remembered for the node type.
    UsageSummaryPanel other;
    other.setNodeType(summary->nodeType());
    QCOMPARE(other.pricePerNodeHour(), 0.5);
}

void TestClustersPage::comparesWithThePreviousWindow()
{
    openBigCluster();
    ClusterDetailWidget *d = detail();
    // A custom window of the last 10 days, compared with the 10 days before.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSignalSpy loaded(d, &ClusterDetailWidget::historyLoaded);
    d->setCustomWindow(now - 10 * 24 * 3600 * 1000LL, now);
    d->loadEvents();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1 && !d->isLoading(), 60000);
    QSignalSpy compared(d, &ClusterDetailWidget::compareLoaded);
    d->compareWithPreviousWindow();
    QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 60000);
    QVERIFY(d->isComparing());
    NodeCountChart *chart = d->chartPanel()->chart();
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isUpdating(), 10000);
    QVERIFY(!chart->drawnCompare().isEmpty());
    // The overlay is shifted onto this window.
    QVERIFY(chart->drawnCompare().first().x() >= double(chart->visibleRange().first));
    // Back to all events for the other tests.
    d->setWindow(ClusterDetailWidget::Window::AllAvailable);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 2 && !d->isLoading(), 60000);
}

void TestClustersPage::comparesWithAClusterPickedFromTheList()
{
    openBigCluster();
    ClusterDetailWidget *d = detail();
    d->tabs()->setCurrentWidget(d->chartPanel());
    NodeCountChart *chart = d->chartPanel()->chart();
    const QString otherId = m_fx->emulator().clusterIds().at(1);
    const QString otherName = m_fx->emulator().cluster(otherId).value(u"cluster_name"_s).toString();
    QVERIFY(otherId != m_bigCluster);

    // Answer the picker (a real QInputDialog) as the user would: choose the other cluster.
    QStringList offered;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer.stop();
        offered = dialog->comboBoxItems();
        for (const QString &item : std::as_const(offered)) {
            if (item.contains(otherId))
                dialog->setTextValue(item);
        }
        dialog->accept();
    });
    answer.start();
    auto *action = d->chartPanel()->findChild<QAction *>(u"compareWithClusterAction"_s);
    QVERIFY(action);
    QSignalSpy compared(d, &ClusterDetailWidget::compareLoaded);
    action->trigger();
    QCOMPARE(offered.size(), m_page->model()->rowCount() - 1); // every cluster but this one
    QVERIFY(std::none_of(
        offered.cbegin(), offered.cend(), [&](const QString &item) { return item.contains(m_bigCluster); }));
    QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 60000);
    QVERIFY(d->isComparing());

    // The overlay is the other cluster's actual workers over this window, from its raw events,
    // decimated like the main series; the CSV gets its full-resolution column.
    const qint64 from = d->timeline().startMs();
    const qint64 to = d->timeline().endMs();
    QVector<ClusterEvent> raw = fetchRawEvents(*m_connection, otherId);
    raw.erase(std::remove_if(raw.begin(), raw.end(),
                  [&](const ClusterEvent &e) { return e.timestamp() < from || e.timestamp() > to; }),
        raw.end());
    QVERIFY(raw.size() > 100);
    TimelineOptions options;
    options.endMs = to;
    const NodeTimeline reference = buildNodeTimeline(raw, options);
    chart->resetZoom();
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isUpdating(), 10000);
    const auto [shownFrom, shownTo] = chart->visibleRange();
    const QVector<QPointF> overlay = chart->drawnCompare();
    QVERIFY(!overlay.isEmpty());
    QCOMPARE(overlay,
        columnStepLine(
            reference.actualWorkers(), shownFrom, shownTo, chart->plotColumns(), reference.endMs()));
    // And its highest point is the other cluster's highest simulated count in the window.
    const test::SimulatedTruth otherTruth(m_fx->emulator().simulatedWorkers(otherId));
    QVERIFY(!otherTruth.isEmpty());
    int simulatedPeak = otherTruth.stateAt(from).current;
    for (size_t i = 0; i < otherTruth.size(); ++i) {
        if (otherTruth.at(i).timestamp >= from && otherTruth.at(i).timestamp <= to)
            simulatedPeak = std::max(simulatedPeak, otherTruth.at(i).current);
    }
    double overlayPeak = 0;
    for (const QPointF &p : overlay)
        overlayPeak = std::max(overlayPeak, p.y());
    QCOMPARE(int(overlayPeak), simulatedPeak);
    auto *view = qobject_cast<QChartView *>(chart->chartView());
    QAbstractSeries *compareSeries = nullptr;
    const auto seriesList = view->chart()->series();
    for (QAbstractSeries *series : seriesList) {
        if (series->objectName() == u"compareSeries"_s)
            compareSeries = series;
    }
    QVERIFY(compareSeries);
    QCOMPARE(compareSeries->name(), otherName);
    const QList<QByteArray> lines = chart->csv().trimmed().split('\n');
    QVERIFY(lines.first().endsWith(",compare_actual_workers"));
    // Every row against what the emulator simulated for the other cluster (not the chart's code).
    int checkedCompare = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        const qint64 t = cells.at(1).toLongLong();
        if (t > otherTruth.lastMs())
            break; // live events from here on
        if (t < otherTruth.firstMs() || otherTruth.countUnknown(t))
            continue;
        QCOMPARE(cells.last().toInt(), otherTruth.stateAt(t).current);
        ++checkedCompare;
    }
    QVERIFY2(checkedCompare > 100, qPrintable(QString::number(checkedCompare)));

    // Clearing the comparison removes the overlay.
    auto *clear = d->chartPanel()->findChild<QAction *>(u"clearCompareAction"_s);
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isUpdating(), 10000);
    QVERIFY(!d->isComparing());
    QVERIFY(chart->drawnCompare().isEmpty());
}

void TestClustersPage::cancelsALoad()
{
    openBigCluster();
    ClusterDetailWidget *d = detail();
    QSignalSpy loading(d, &ClusterDetailWidget::loadingChanged);
    d->loadEvents();
    QVERIFY(d->isLoading());
    d->cancelLoad();
    QVERIFY(!d->isLoading());
    QVERIFY(d->progressText().startsWith(u"Cancelled"_s));
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loading.last().at(0).toBool(), false);
    // Reload for the tests that follow.
    QSignalSpy loaded(d, &ClusterDetailWidget::historyLoaded);
    d->loadEvents();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
}

void TestClustersPage::actionsAskForConfirmation()
{
    const QString id = m_fx->emulator().anyClusterId(u"RUNNING"_s);
    QVERIFY(!id.isEmpty());
    QStringList questions;
    bool answer = false;
    clusterprompts::setConfirmHandler([&](const QString &, const QString &text) {
        questions << text;
        return answer;
    });
    QSignalSpy status(m_page.get(), &WorkspacePage::statusMessage);

    // Declined: nothing is sent.
    test::RequestLog log(m_fx->emulator());
    m_page->terminateCluster(id);
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.last().contains(m_fx->emulator().cluster(id).value(u"cluster_name"_s).toString()));
    QVERIFY(log.settle(*m_connection));
    QCOMPARE(log.count(u"POST"_s), 0);
    QCOMPARE(m_fx->emulator().cluster(id).value(u"state"_s).toString(), u"RUNNING"_s);

    // Accepted: resize, then terminate.
    answer = true;
    ClusterResizeDialog::Size size;
    size.numWorkers = 3;
    m_page->resizeCluster(id, size);
    QCOMPARE(questions.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->emulator().cluster(id).value(u"num_workers"_s).toInt(), 3, 10000);
    m_page->terminateCluster(id);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_fx->emulator().cluster(id).value(u"state"_s).toString().startsWith(u"TERMINAT"_s), 10000);
    QTRY_VERIFY(status.count() >= 2);
    // Start is only accepted once the cluster is fully terminated.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fx->emulator().cluster(id).value(u"state"_s).toString(), u"TERMINATED"_s, 30000);
    m_page->model()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 10000);
    m_page->startCluster(id);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_fx->emulator().cluster(id).value(u"state"_s).toString().startsWith(u"TERMINAT"_s), 10000);
    clusterprompts::setConfirmHandler({});
}

void TestClustersPage::screenshots()
{
    const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("BRICKDESK_SCREENSHOT_DIR not set");
    openBigCluster();
    ClusterDetailWidget *d = detail();
    m_page->resize(1500, 1000);
    NodeCountChart *chart = d->chartPanel()->chart();
    d->tabs()->setCurrentWidget(d->chartPanel());
    const qint64 end = chart->data().endMs;
    chart->setVisibleRange(end - 14 * 24 * 3600 * 1000LL, end);
    d->chartPanel()->summaryPanel()->setPricePerNodeHour(0.624);
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isUpdating(), 10000);
    QTest::qWait(200);
    QVERIFY(m_page->grab().save(dir + u"/screenshot-cluster-chart.png"_s));
    QVERIFY(chart->exportPng(dir + u"/screenshot-chart.png"_s));
    d->tabs()->setCurrentWidget(d->eventLog());
    d->eventLog()->selectEvent(int(d->events().size()) - 40);
    QTest::qWait(200);
    QVERIFY(m_page->grab().save(dir + u"/screenshot-cluster-events.png"_s));
}

QTEST_MAIN(TestClustersPage)
#include "tst_clusters_page.moc"
