// The cost panel beside the scaling chart, on the emulator: billed cost against the node-hour
// estimate, the utilisation chart with idle capacity, findings, the what-if replay, and the
// fallback without grants; and the tab it lives in on the clusters page.
#include "analysis/nodetimeline.h"
#include "charts/utilisationchart.h"
#include "common/chartcolours.h"
#include "common/prompts.h"
#include "cost/clustercostpanel.h"
#include "costfixture.h"
#include "darkpalette.h"
#include "emulator/systemtables.h"
#include "eventwait.h"
#include "services/costservice.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;
using brickdesk::emulator::EmulatorOptions;
using brickdesk::test::CostFixture;

namespace {

constexpr qint64 kHour = 3'600'000;

EmulatorOptions options(bool grants = true)
{
    EmulatorOptions o = CostFixture::options(grants);
    o.eventsPerCluster = 0;
    o.nodeTimelineDays = 2;
    return o;
}

} // namespace

class TestClusterCostPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The panel, shown, on cluster 0's last 36 billed hours.
    void open(CostFixture &fixture, ClusterCostPanel &panel)
    {
        panel.resize(1100, 900);
        panel.show();
        QVERIFY(fixture.listWarehouses());
        panel.setService(&fixture.service());
        const QString id = fixture.emulator().clusterIds().first();
        const qint64 to = fixture.emulator().systemTables().billedUntil();
        const qint64 from = to - 36 * kHour;
        TimelineOptions timelineOptions;
        timelineOptions.endMs = to;
        const NodeTimeline timeline = buildNodeTimeline(
            ClusterEvent::fromJsonArray(fixture.emulator().events(id, 0, to)), timelineOptions);
        panel.setCluster(id, timeline, {}, 0, from, to, 0.5, u"USD"_s);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void billedCostUtilisationFindingsAndWhatIf()
    {
        CostFixture fixture(options(), m_dir.filePath(u"a.ini"_s));
        ClusterCostPanel panel;
        open(fixture, panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasBilledData(), 20000);
        const QString summary = panel.summary()->text();
        QVERIFY2(summary.startsWith(u"Billed "_s), qPrintable(summary));
        QVERIFY(summary.contains(u"DBUs"_s));
        QVERIFY(summary.contains(u"Node-hour estimate"_s));
        QVERIFY(summary.contains(u"idle"_s));
        QCOMPARE(panel.summary()->textFormat(), Qt::PlainText);
        QCOMPARE(panel.chart()->seriesCount(), 4); // idle area, CPU, memory, cost
        QVERIFY(!panel.findings()->text().isEmpty());

        // A higher idle threshold: more of the time is idle.
        const QString before = panel.summary()->text();
        panel.idleThreshold()->setValue(60);
        QVERIFY(panel.summary()->text() != before);

        // What if the minimum were 0 (from 2): fewer node-hours, the assumptions stated.
        panel.whatIfMin()->setValue(0);
        const QString result = panel.whatIfResult()->text();
        QVERIFY2(result.contains(u"would have saved"_s), qPrintable(result));
        QVERIFY(!panel.findChild<QLabel *>(u"whatIfAssumptions"_s)->text().isEmpty());
        panel.whatIfMax()->setValue(4);
        QVERIFY(panel.whatIfResult()->text().contains(u"refused"_s));

        const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            panel.idleThreshold()->setValue(10);
            panel.whatIfMax()->setValue(24);
            panel.whatIfMin()->setValue(1);
            QTest::qWait(300); // not a check: lets the rebuilt chart and wrapped labels lay out
            QVERIFY(panel.grab().save(dir + u"/screenshot-cluster-cost.png"_s));
        }
    }

    void aStoppedWarehouseIsStartedOnlyAfterAsking()
    {
        CostFixture fixture(options(), m_dir.filePath(u"c.ini"_s));
        CostService &service = fixture.service();
        service.setWarehouseId(fixture.emulator().sqlWarehouseIds().at(1)); // seeded STOPPED
        int posts = 0;
        connect(&fixture.emulator(), &emulator::WorkspaceEmulator::requestServed, this,
            [&posts](const QString &method, const QString &path) {
                if (method == u"POST"_s && path == u"/api/2.0/sql/statements"_s)
                    ++posts;
            });
        ClusterCostPanel panel;
        open(fixture, panel);
        QVERIFY(panel.summary()->text().contains(u"is stopped"_s));
        auto *start = panel.findChild<QPushButton *>(u"costStartWarehouse"_s);
        QVERIFY(start->isVisible());
        QCOMPARE(posts, 0); // nothing sent that would start it

        QStringList asked;
        Prompts::setConfirmHandler([&asked](QWidget *, const QString &, const QString &text) {
            asked << text;
            return false;
        });
        start->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(u"costs money"_s));
        QCOMPARE(posts, 0);
        Prompts::setConfirmHandler([](QWidget *, const QString &, const QString &) { return true; });
        start->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasBilledData(), 20000);
        Prompts::setConfirmHandler({});
        disconnect(&fixture.emulator(), nullptr, this, nullptr);
    }

    void withoutGrantsTheEstimateAndTheReasonAreShown()
    {
        CostFixture fixture(options(false), m_dir.filePath(u"b.ini"_s));
        ClusterCostPanel panel;
        open(fixture, panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel.summary()->text().contains(u"USE CATALOG on system"_s), 20000);
        QVERIFY(panel.summary()->text().contains(u"Node-hour estimate"_s));
        QVERIFY(!panel.hasBilledData());
    }

    // The cost chart turns dark with the application's palette, its lines readable on it, and
    // its secondary text stays readable too (the palette's Mid is near Window in dark themes).
    void followsADarkPalette()
    {
        CostFixture fixture(options(), m_dir.filePath(u"d.ini"_s));
        ClusterCostPanel panel;
        open(fixture, panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasBilledData(), 20000);
        const QPalette light = QApplication::palette();
        const QPalette dark = test::darkPalette();
        QApplication::setPalette(dark);
        QChart *chart = panel.chart()->chart();
        const QColor base = dark.color(QPalette::Base);
        QTRY_COMPARE(chart->backgroundBrush().color(), base);
        const QList<QAbstractAxis *> axes = chart->axes();
        QCOMPARE(axes.size(), 3);
        for (QAbstractAxis *axis : axes)
            QCOMPARE(axis->labelsColor(), dark.color(QPalette::Text));
        const QList<QAbstractSeries *> series = chart->series();
        int lines = 0;
        for (QAbstractSeries *s : series) {
            if (auto *line = qobject_cast<QLineSeries *>(s)) {
                ++lines;
                QVERIFY2(ChartColours::contrast(line->pen().color(), base) >= 3.0, qPrintable(line->name()));
            }
        }
        QCOMPARE(lines, 3); // CPU, memory, cost
        auto *assumptions = panel.findChild<QLabel *>(u"whatIfAssumptions"_s);
        QVERIFY(ChartColours::contrast(
                    assumptions->palette().color(assumptions->foregroundRole()), dark.color(QPalette::Window))
            >= 3.0);

        const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(300); // not a check: lets the chart and wrapped labels lay out
            QVERIFY(panel.grab().save(dir + u"/screenshot-cluster-cost-dark.png"_s));
        }
        QApplication::setPalette(light);
        QTRY_COMPARE(chart->backgroundBrush().color(), light.color(QPalette::Base));
    }
};

QTEST_MAIN(TestClusterCostPanel)
#include "tst_cluster_cost_panel.moc"
