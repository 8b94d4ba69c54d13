// The cluster screen's charts follow the application's palette: a dark palette set while the
// screen is up turns the node-count chart and the cost chart dark (background, axes, grid,
// legend), keeps every series, marker and the archived stretch's note readable on it, and the
// light palette set back brings the light look back. Against the emulator, as a user sees it.
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "charts/nodecountchart.h"
#include "charts/utilisationchart.h"
#include "clusters/clusterdetailwidget.h"
#include "clusters/clusterspage.h"
#include "clusters/nodechartpanel.h"
#include "common/chartcolours.h"
#include "cost/clustercostpanel.h"
#include "darkpalette.h"
#include "emulatorfixture.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QPalette>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

QChart *qchartOf(NodeCountChart *chart)
{
    return qobject_cast<QChartView *>(chart->chartView())->chart();
}

// What a chart shows in the look of `palette`: its background and the words on it in the
// palette's colours, and each of `lines` readable (3:1) on that background.
void checkFollows(QChart *chart, const QPalette &palette, const QStringList &lines)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QCOMPARE(chart->backgroundBrush().color(), base);
    QCOMPARE(chart->legend()->labelColor(), text);
    const QList<QAbstractAxis *> axes = chart->axes();
    QVERIFY(!axes.isEmpty());
    for (QAbstractAxis *axis : axes) {
        QCOMPARE(axis->labelsColor(), text);
        QCOMPARE(axis->titleBrush().color(), text);
        // The grid is seen, and does not compete with the lines.
        const double grid = ChartColours::contrast(axis->gridLineColor(), base);
        QVERIFY2(grid > 1.15 && grid < 3, qPrintable(QString::number(grid)));
    }
    for (const QString &name : lines) {
        const QList<QAbstractSeries *> series = chart->series();
        const auto found = std::find_if(series.cbegin(), series.cend(),
            [&name](const QAbstractSeries *s) { return s->objectName() == name; });
        QVERIFY2(found != series.cend(), qPrintable(name));
        QAbstractSeries *line = *found;
        QColor colour;
        if (auto *scatter = qobject_cast<QScatterSeries *>(line))
            colour = scatter->color();
        else if (auto *xy = qobject_cast<QLineSeries *>(line))
            colour = xy->pen().color();
        QVERIFY2(ChartColours::contrast(colour, base) >= 3.0,
            qPrintable(u"%1 %2 on %3"_s.arg(name, colour.name(), base.name())));
    }
}

// The pixel the chart view really painted just inside its corner: the chart's background.
QColor cornerPixel(QWidget *view)
{
    const QImage image = view->grab().toImage();
    return image.pixelColor(3, 3);
}

} // namespace

class TestChartPalette final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void followsADarkPaletteAndBack();
    // Not a check: with BRICKDESK_SCREENSHOT_DIR set, saves the chart in both palettes there.
    void screenshots();

private:
    ClusterDetailWidget *detail() const { return m_page->findChild<ClusterDetailWidget *>(); }
    NodeCountChart *chart() const { return detail()->chartPanel()->chart(); }

    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<ClustersPage> m_page;
    QPalette m_light;
};

void TestChartPalette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BrickdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_chart_palette"_s);
    m_light = QApplication::palette();
    QVERIFY(!ChartColours::isDark(m_light.color(QPalette::Base)));
    m_fx = std::make_unique<test::EmulatorFixture>();
    m_connection
        = std::make_unique<Connection>(m_fx->url(), std::make_shared<StaticTokenProvider>(m_fx->token()));
    m_page = std::make_unique<ClustersPage>();
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setConnection(m_connection.get());

    ClusterDetailWidget *d = detail();
    QVERIFY(d);
    QSignalSpy loaded(d, &ClusterDetailWidget::historyLoaded);
    m_page->showCluster(m_fx->emulator().clusterIds().first());
    QTRY_COMPARE_WITH_TIMEOUT(d->cluster().id(), m_fx->emulator().clusterIds().first(), 20000);
    d->setWindow(ClusterDetailWidget::Window::AllAvailable);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 && !d->isLoading(), 60000);
    d->tabs()->setCurrentWidget(d->chartPanel());
    QTRY_VERIFY_WITH_TIMEOUT(!chart()->isUpdating(), 10000);
    QVERIFY(!chart()->drawnActual().isEmpty());
}

void TestChartPalette::cleanupTestCase()
{
    QApplication::setPalette(m_light);
    m_page.reset();
}

void TestChartPalette::followsADarkPaletteAndBack()
{
    const QStringList nodeLines {u"actualSeries"_s, u"targetSeries"_s, u"compareSeries"_s,
        u"nodesLostMarkers"_s, u"restartMarkers"_s, u"editMarkers"_s, u"terminationMarkers"_s};
    // The cost chart has its series once cost is loaded; its frame follows the palette anyway.
    UtilisationChart *cost = detail()->costPanel()->chart();
    QChart *nodes = qchartOf(chart());

    // Light, as the application starts.
    checkFollows(nodes, m_light, nodeLines);
    QCOMPARE(cost->chart()->backgroundBrush().color(), m_light.color(QPalette::Base));
    QCOMPARE(cornerPixel(chart()->chartView()), m_light.color(QPalette::Base));

    // A dark palette at run time, as a desktop switching to its dark theme sends it.
    const QPalette dark = test::darkPalette();
    QApplication::setPalette(dark);
    QTRY_COMPARE(nodes->backgroundBrush().color(), dark.color(QPalette::Base));
    checkFollows(nodes, dark, nodeLines);
    QCOMPARE(cost->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    QCOMPARE(cornerPixel(chart()->chartView()), dark.color(QPalette::Base));
    // The archived stretch's note and the crosshair's readout are read as text.
    const QList<QGraphicsItem *> items = nodes->childItems();
    int texts = 0;
    for (QGraphicsItem *item : items) {
        if (auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            ++texts;
            QVERIFY2(ChartColours::contrast(label->brush().color(), dark.color(QPalette::Base)) >= 4.5,
                qPrintable(label->text()));
        }
    }
    QVERIFY(texts > 0); // the archived stretch's note
    chart()->showCrosshairAt(chart()->data().startMs + (chart()->data().endMs - chart()->data().startMs) / 2);
    QVERIFY(!chart()->crosshairText().isEmpty());
    chart()->hideCrosshair();

    // And back.
    QApplication::setPalette(m_light);
    QTRY_COMPARE(nodes->backgroundBrush().color(), m_light.color(QPalette::Base));
    checkFollows(nodes, m_light, nodeLines);
    QCOMPARE(cost->chart()->backgroundBrush().color(), m_light.color(QPalette::Base));
    QCOMPARE(cornerPixel(chart()->chartView()), m_light.color(QPalette::Base));
}

void TestChartPalette::screenshots()
{
    const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("BRICKDESK_SCREENSHOT_DIR not set");
    m_page->resize(1500, 1000);
    NodeCountChart *nodes = chart();
    // The stretch before the workspace's retention, as the archive would add it.
    NodeChartData data = nodes->data();
    data.archivedUntilMs = data.startMs + (data.endMs - data.startMs) / 3;
    nodes->setData(data);
    nodes->setVisibleRange(
        data.archivedUntilMs - 4 * 24 * 3600 * 1000LL, data.archivedUntilMs + 10 * 24 * 3600 * 1000LL);
    for (const auto &[palette, file] :
        {std::pair {test::darkPalette(), u"/screenshot-cluster-chart-dark.png"_s},
            std::pair {m_light, u"/screenshot-cluster-chart-light.png"_s}}) {
        QApplication::setPalette(palette);
        QTRY_VERIFY_WITH_TIMEOUT(!nodes->isUpdating(), 10000);
        nodes->showCrosshairAt(data.archivedUntilMs + 5 * 24 * 3600 * 1000LL);
        QTest::qWait(200);
        QVERIFY(m_page->grab().save(dir + file));
        qInfo("saved %s", qPrintable(dir + file));
        nodes->hideCrosshair();
    }
}

QTEST_MAIN(TestChartPalette)
#include "tst_chart_palette.moc"
