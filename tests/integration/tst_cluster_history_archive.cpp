// The cluster history (chart and event log) reads the archive and the API together: windows
// that reach past the API's retention get the archived events before the API's oldest one,
// exactly once, and everything the API sends is archived for later.
#include "analysis/nodechartbuilder.h"
#include "api/connection.h"
#include "archive/archive.h"
#include "archive/archivedatabase.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "eventlines.h"
#include "eventwait.h"
#include "requestlog.h"
#include "services/clusterhistoryloader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeout = 60'000;
constexpr qint64 kDay = 86'400'000;

QStringList lines(const QJsonArray &events)
{
    return test::eventLines(events);
}

QStringList lines(const QVector<ClusterEvent> &events)
{
    QJsonArray array;
    for (const ClusterEvent &e : events)
        array.append(e.raw());
    return test::eventLines(array);
}

QJsonArray within(const QJsonArray &events, qint64 fromMs, qint64 toMs)
{
    QJsonArray out;
    for (const QJsonValue &e : events) {
        const qint64 t = e.toObject().value(u"timestamp"_s).toInteger();
        if (t >= fromMs && t <= toMs)
            out.append(e);
    }
    return out;
}

} // namespace

class TestClusterHistoryArchive final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void whatTheApiSendsIsArchived();
    void allAvailableReachesPastTheApisRetention();
    void theArchivedStretchIsDrawnFromTheStoredTimelineFirst();
    void aWindowPastRetentionComesFromTheArchiveAlone();
    void aWindowTheApiStillHoldsTouchesNoArchivedEvent();
    void anArchiveThatCannotBeOpenedLosesOnlyTheArchive();
    void cancelledWhileReadingTheArchiveSaysNothingMore();

private:
    struct Load
    {
        std::unique_ptr<ClusterHistoryLoader> loader;
        bool ok = false;
    };
    Load load(Connection *connection, Archive *archive, qint64 fromMs, qint64 toMs)
    {
        Load l;
        l.loader = std::make_unique<ClusterHistoryLoader>(connection, m_clusterId, fromMs, toMs);
        l.loader->setArchive(archive);
        QSignalSpy loaded(l.loader.get(), &ClusterHistoryLoader::loaded);
        QSignalSpy failed(l.loader.get(), &ClusterHistoryLoader::failed);
        l.loader->start();
        l.ok = loaded.wait(kTimeout) && failed.isEmpty();
        return l;
    }
    // Waits for everything asked of the archive so far (its calls run in order).
    qint64 archivedCount(Archive &archive)
    {
        return archive.run([id = m_clusterId](ArchiveDatabase &db) { return db.eventCount(id); }).result();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    // The same workspace seeded in the same minute twice: one keeps every event, the other
    // only the last 10 days, as the service does.
    std::unique_ptr<test::EmulatorFixture> m_everything;
    std::unique_ptr<test::EmulatorFixture> m_retained;
    std::unique_ptr<Connection> m_toEverything;
    std::unique_ptr<Connection> m_toRetained;
    std::unique_ptr<Archive> m_archive;
    QString m_clusterId;
    QJsonArray m_all;
    qint64 m_horizon = 0;
    qint64 m_apiOldest = 0; // the retaining workspace's oldest event
};

void TestClusterHistoryArchive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto options = test::EmulatorFixture::smallOptions();
    options.clusters = 2;
    options.seededAtMs = QDateTime::currentMSecsSinceEpoch();
    m_everything = std::make_unique<test::EmulatorFixture>(options);
    options.eventRetentionDays = 10;
    m_retained = std::make_unique<test::EmulatorFixture>(options);
    m_clusterId = m_everything->emulator().clusterIds().first();
    QCOMPARE(m_retained->emulator().clusterIds().first(), m_clusterId);
    m_horizon = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
    m_all = m_everything->emulator().events(m_clusterId, 0, m_horizon);
    const QJsonArray recent = m_retained->emulator().events(m_clusterId, 0, m_horizon);
    QVERIFY(!recent.isEmpty());
    QVERIFY2(recent.size() < m_all.size() / 2, "the retaining workspace should have forgotten most events");
    m_apiOldest = recent.first().toObject().value(u"timestamp"_s).toInteger();
    m_toEverything = std::make_unique<Connection>(
        m_everything->url(), std::make_shared<StaticTokenProvider>(m_everything->token()));
    m_toRetained = std::make_unique<Connection>(
        m_retained->url(), std::make_shared<StaticTokenProvider>(m_retained->token()));
    m_archive = std::make_unique<Archive>(m_dir->filePath(u"workspace.sqlite"_s));
    QVERIFY(m_archive->open().result().ok());
}

void TestClusterHistoryArchive::cleanupTestCase()
{
    m_archive.reset();
}

void TestClusterHistoryArchive::whatTheApiSendsIsArchived()
{
    // Opening the chart while the workspace still held everything (months ago).
    const Load l = load(m_toEverything.get(), m_archive.get(), 0, m_horizon);
    QVERIFY(l.ok);
    QCOMPARE(l.loader->events().size(), m_all.size());
    QCOMPARE(l.loader->archivedEventCount(), 0); // the archive was empty
    QCOMPARE(l.loader->chartData().archivedUntilMs, 0);
    QCOMPARE(archivedCount(*m_archive), qint64(m_all.size()));
    const QJsonArray archived
        = m_archive->run([id = m_clusterId](ArchiveDatabase &db) { return db.events(id, 0, LLONG_MAX); })
              .result();
    QCOMPARE(lines(archived), lines(m_all));

    // Opening it again adds nothing twice.
    const Load again = load(m_toEverything.get(), m_archive.get(), 0, m_horizon);
    QVERIFY(again.ok);
    QCOMPARE(archivedCount(*m_archive), qint64(m_all.size()));
}

void TestClusterHistoryArchive::allAvailableReachesPastTheApisRetention()
{
    // The API alone, today: only the last 10 days.
    const Load apiOnly = load(m_toRetained.get(), nullptr, 0, m_horizon);
    QVERIFY(apiOnly.ok);
    QVERIFY(apiOnly.loader->events().size() < m_all.size());

    test::RequestLog log(m_retained->emulator());
    const Load l = load(m_toRetained.get(), m_archive.get(), 0, m_horizon);
    QVERIFY(l.ok);
    // Every event once, the archived ones first, in time order.
    QCOMPARE(lines(l.loader->events()), lines(m_all));
    const QVector<ClusterEvent> &events = l.loader->events();
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY(events.at(i - 1).timestamp() <= events.at(i).timestamp());
    const qint64 before = within(m_all, 0, m_apiOldest - 1).size();
    QVERIFY(before > 0);
    QCOMPARE(l.loader->archivedEventCount(), before);
    QCOMPARE(l.loader->archivedUntilMs(), m_apiOldest);
    QCOMPARE(l.loader->chartData().archivedUntilMs, m_apiOldest);
    QCOMPARE(l.loader->fromMs(), m_all.first().toObject().value(u"timestamp"_s).toInteger());
    // The chart's timeline starts with the archived history, not at the API's retention.
    QCOMPARE(l.loader->chartData().startMs, l.loader->timeline().startMs());
    QVERIFY(l.loader->timeline().startMs() < m_apiOldest);
    // The archived stretch cost the API nothing: as many requests as the API-only load.
    QCOMPARE(log.count(u"POST /api/2.1/clusters/events"_s),
        apiOnly.loader->requestCount() + 1); // + the probe for the oldest event
}

void TestClusterHistoryArchive::theArchivedStretchIsDrawnFromTheStoredTimelineFirst()
{
    const auto stored = [](Archive &archive, const QString &id) {
        return archive
            .run([id](ArchiveDatabase &db) {
                return db.nodeTimeline(id, ArchiveTimelineStore::Missing::Skip).has_value();
            })
            .result();
    };
    // An archive whose events were written without a timeline (a sync cut short): nothing to
    // draw early, and the load leaves the timeline built for the next one.
    Archive fresh(m_dir->filePath(u"fresh.sqlite"_s));
    QVERIFY(fresh.open().result().ok());
    QVERIFY(fresh.addEvents(m_clusterId, m_all).result().ok());
    QVERIFY(!stored(fresh, m_clusterId));
    {
        ClusterHistoryLoader loader(m_toRetained.get(), m_clusterId, 0, m_horizon);
        loader.setArchive(&fresh);
        QSignalSpy preview(&loader, &ClusterHistoryLoader::previewReady);
        QSignalSpy loaded(&loader, &ClusterHistoryLoader::loaded);
        loader.start();
        QVERIFY(loaded.wait(kTimeout));
        QCOMPARE(preview.count(), 0);
        QVERIFY(loader.previewData().isEmpty());
    }
    QTRY_VERIFY_WITH_TIMEOUT(stored(fresh, m_clusterId), kTimeout);

    // Now it is kept: the archived stretch comes first, as the full load then draws it.
    ClusterHistoryLoader loader(m_toRetained.get(), m_clusterId, 0, m_horizon);
    loader.setArchive(&fresh);
    bool loadedBeforePreview = false;
    int previews = 0;
    connect(&loader, &ClusterHistoryLoader::previewReady, this, [&] {
        ++previews;
        loadedBeforePreview = !loader.isRunning();
    });
    QSignalSpy loaded(&loader, &ClusterHistoryLoader::loaded);
    loader.start();
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(previews, 1);
    QVERIFY(!loadedBeforePreview);
    const NodeChartData &preview = loader.previewData();
    const NodeChartData &full = loader.chartData();
    QCOMPARE(preview.archivedUntilMs, m_apiOldest);
    QCOMPARE(preview.startMs, full.startMs);
    QVERIFY(preview.endMs > m_apiOldest); // the archive holds the API's days too
    QVERIFY(preview.markers.isEmpty());
    QVERIFY(preview.actual.size() > 100);
    const NodeChartData same = windowOfNodeChart(full, preview.startMs, preview.endMs);
    QCOMPARE(preview.actual, same.actual);
    QCOMPARE(preview.target, same.target);
    QCOMPARE(preview.autoscaleMin, same.autoscaleMin);
    QCOMPARE(preview.autoscaleMax, same.autoscaleMax);
    QCOMPARE(preview.down, same.down);
}

void TestClusterHistoryArchive::aWindowPastRetentionComesFromTheArchiveAlone()
{
    const qint64 to = m_apiOldest - 2 * kDay;
    const qint64 from = to - 5 * kDay;
    const QJsonArray expected = within(m_all, from, to);
    QVERIFY(!expected.isEmpty());
    test::RequestLog log(m_retained->emulator());
    const Load l = load(m_toRetained.get(), m_archive.get(), from, to);
    QVERIFY(l.ok);
    QCOMPARE(lines(l.loader->events()), lines(expected));
    QCOMPARE(l.loader->archivedEventCount(), expected.size());
    QCOMPARE(l.loader->archivedUntilMs(), to);
    QCOMPARE(log.count(u"POST /api/2.1/clusters/events"_s), 1); // the probe alone
}

void TestClusterHistoryArchive::aWindowTheApiStillHoldsTouchesNoArchivedEvent()
{
    const qint64 from = m_apiOldest + kDay;
    const qint64 to = m_horizon;
    const QJsonArray expected = within(m_all, from, to);
    const Load l = load(m_toRetained.get(), m_archive.get(), from, to);
    QVERIFY(l.ok);
    QCOMPARE(lines(l.loader->events()), lines(expected));
    QCOMPARE(l.loader->archivedEventCount(), 0);
    QCOMPARE(l.loader->chartData().archivedUntilMs, 0);
}

void TestClusterHistoryArchive::anArchiveThatCannotBeOpenedLosesOnlyTheArchive()
{
    // A file where the archive's directory should be: it cannot be created.
    QFile blocker(m_dir->filePath(u"not-a-directory"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Archive broken(m_dir->filePath(u"not-a-directory/workspace.sqlite"_s));
    QVERIFY(!broken.open().result().ok());
    const Load l = load(m_toRetained.get(), &broken, 0, m_horizon);
    QVERIFY(l.ok);
    QCOMPARE(lines(l.loader->events()), lines(within(m_all, m_apiOldest, m_horizon)));
    QCOMPARE(l.loader->archivedEventCount(), 0);
}

void TestClusterHistoryArchive::cancelledWhileReadingTheArchiveSaysNothingMore()
{
    ClusterHistoryLoader loader(m_toRetained.get(), m_clusterId, 0, m_horizon);
    loader.setArchive(m_archive.get());
    QSignalSpy ready(&loader, &ClusterHistoryLoader::eventsReady);
    QSignalSpy loaded(&loader, &ClusterHistoryLoader::loaded);
    QSignalSpy failed(&loader, &ClusterHistoryLoader::failed);
    // Hold the archive's thread so the read is still queued when the load is cancelled.
    QMutex gate;
    gate.lock();
    m_archive->run([&gate](ArchiveDatabase &) {
        gate.lock();
        gate.unlock();
        return true;
    });
    test::RequestLog log(m_retained->emulator());
    loader.start();
    // The probe for the API's oldest event has come back: the read is queued behind the gate.
    QVERIFY(log.settle(*m_toRetained));
    QCOMPARE(log.count(u"POST /api/2.1/clusters/events"_s), 1);
    QVERIFY(loader.isRunning());
    loader.cancel();
    QCOMPARE(failed.count(), 1);
    gate.unlock();
    QCOMPARE(archivedCount(*m_archive), qint64(m_all.size())); // the read has run and answered
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(ready.count(), 0);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 1);
}

QTEST_GUILESS_MAIN(TestClusterHistoryArchive)
#include "tst_cluster_history_archive.moc"
