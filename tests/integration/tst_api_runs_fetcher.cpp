#include "api/connection.h"
#include "api/pagination.h"
#include "api/runsrangefetcher.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "requestlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using brickdesk::emulator::Fault;
using Kind = ApiError::Kind;

// RunsRangeFetcher against the emulator: the same runs, in the same order, as one runs/list
// page chain over the same window, with several shards in flight.
class TestApiRunsFetcher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void matchesSequentialFetchInOrder();
    void filtersByJob();
    void completesDespiteRateLimits();
    void cancelStopsEverything();
    void failsWithTheServersError();

private:
    QList<qint64> sequentialRunIds(const RunsListParams &params);
    QList<qint64> shardedRunIds(RunsRangeFetcher &fetcher);
    // The emulator's own runs (of one job, or of all) that started in the window, newest first.
    QList<qint64> emulatorRunIds(qint64 jobId = 0);
    bool newestFirst(const QList<qint64> &runIds);

    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<Connection> m_connection;
    qint64 m_from = 0;
    qint64 m_to = 0;
};

void TestApiRunsFetcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestApiRunsFetcher::init()
{
    auto options = test::EmulatorFixture::smallOptions();
    options.jobs = 12;
    options.runsPerJob = 40; // about 480 runs over 30 days: about 20 pages of 25
    m_fx = std::make_unique<test::EmulatorFixture>(options);
    m_connection = std::make_unique<Connection>(
        m_fx->url(), std::make_shared<StaticTokenProvider>(u"dapi-test-token-1"_s));
    m_connection->setRetryPolicy(RetryPolicy::fastForTests());
    m_to = QDateTime::currentMSecsSinceEpoch() + 60'000;
    m_from = m_to - qint64(32) * 24 * 3600 * 1000;
}

void TestApiRunsFetcher::cleanup()
{
    m_connection.reset();
    m_fx.reset();
}

QList<qint64> TestApiRunsFetcher::sequentialRunIds(const RunsListParams &base)
{
    RunsListParams params = base;
    params.startTimeFrom = m_from;
    params.startTimeTo = m_to;
    std::unique_ptr<PageFetcher> fetcher(PageFetcher::runs(m_connection.get(), params));
    QList<qint64> ids;
    connect(fetcher.get(), &PageFetcher::page, this, [&](const QJsonObject &page) {
        for (const QJsonValue &run : page.value(u"runs"_s).toArray())
            ids.append(run.toObject().value(u"run_id"_s).toInteger());
    });
    QSignalSpy done(fetcher.get(), &PageFetcher::finished);
    fetcher->start();
    done.wait(20'000);
    return ids;
}

QList<qint64> TestApiRunsFetcher::shardedRunIds(RunsRangeFetcher &fetcher)
{
    QList<qint64> ids;
    connect(&fetcher, &RunsRangeFetcher::runsReady, this, [&](const QVector<QJsonObject> &runs) {
        for (const QJsonObject &run : runs)
            ids.append(run.value(u"run_id"_s).toInteger());
    });
    QSignalSpy finished(&fetcher, &RunsRangeFetcher::finished);
    fetcher.start();
    finished.wait(30'000);
    return ids;
}

QList<qint64> TestApiRunsFetcher::emulatorRunIds(qint64 jobId)
{
    QList<std::pair<qint64, qint64>> runs; // start time, run id
    const QList<qint64> jobs = jobId ? QList<qint64> {jobId} : m_fx->emulator().jobIds();
    for (qint64 job : jobs) {
        for (qint64 runId : m_fx->emulator().runIdsOfJob(job)) {
            const qint64 start = m_fx->emulator().run(runId).value(u"start_time"_s).toInteger();
            if (start >= m_from && start <= m_to)
                runs.append({start, runId});
        }
    }
    std::sort(runs.begin(), runs.end(), std::greater<> {});
    QList<qint64> ids;
    for (const auto &run : std::as_const(runs))
        ids.append(run.second);
    return ids;
}

bool TestApiRunsFetcher::newestFirst(const QList<qint64> &runIds)
{
    qint64 previous = std::numeric_limits<qint64>::max();
    for (qint64 runId : runIds) {
        const qint64 start = m_fx->emulator().run(runId).value(u"start_time"_s).toInteger();
        if (start > previous)
            return false;
        previous = start;
    }
    return true;
}

void TestApiRunsFetcher::matchesSequentialFetchInOrder()
{
    const QList<qint64> expected = sequentialRunIds({});
    QVERIFY2(expected.size() > 200, qPrintable(QString::number(expected.size())));
    // The sequential chain itself against the emulator's own records: every run, once.
    const QList<qint64> truth = emulatorRunIds();
    QCOMPARE(expected.size(), truth.size());
    QCOMPARE(QSet<qint64>(expected.begin(), expected.end()), QSet<qint64>(truth.begin(), truth.end()));
    QVERIFY(newestFirst(expected));

    m_fx->emulator().setLatency(5); // so that shards really overlap in time
    RunsRangeFetcher fetcher(m_connection.get(), {}, m_from, m_to);
    fetcher.setShardCount(16);
    QSignalSpy failed(&fetcher, &RunsRangeFetcher::failed);
    QSignalSpy progress(&fetcher, &RunsRangeFetcher::progress);
    const QList<qint64> ids = shardedRunIds(fetcher);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ids.size(), expected.size());
    QCOMPARE(ids, expected); // newest first, nothing lost or repeated at shard edges
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()), QSet<qint64>(truth.begin(), truth.end()));
    QCOMPARE(fetcher.runCount(), qint64(expected.size()));
    QVERIFY2(fetcher.peakConcurrency() > 1, "shards were fetched one after the other");
    QVERIFY(fetcher.requestCount() >= 16);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(expected.size()));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(expected.size()));
    QVERIFY(!fetcher.isRunning());
}

void TestApiRunsFetcher::filtersByJob()
{
    const qint64 jobId = m_fx->emulator().jobIds().at(3);
    RunsListParams params;
    params.jobId = jobId;
    const QList<qint64> expected = sequentialRunIds(params);
    QVERIFY(!expected.isEmpty());
    const QList<qint64> truth = emulatorRunIds(jobId);
    QCOMPARE(expected.size(), truth.size());
    QCOMPARE(QSet<qint64>(expected.begin(), expected.end()), QSet<qint64>(truth.begin(), truth.end()));
    RunsRangeFetcher fetcher(m_connection.get(), params, m_from, m_to);
    QCOMPARE(shardedRunIds(fetcher), expected);
}

void TestApiRunsFetcher::completesDespiteRateLimits()
{
    const QList<qint64> expected = sequentialRunIds({});
    m_fx->emulator().faults().add(Fault::rateLimit(u"/runs/list"_s, 0, 6));
    RunsRangeFetcher fetcher(m_connection.get(), {}, m_from, m_to);
    fetcher.setShardCount(12);
    QSignalSpy failed(&fetcher, &RunsRangeFetcher::failed);
    QCOMPARE(shardedRunIds(fetcher), expected);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_fx->emulator().faults().activeCount(), 0); // every 429 was met and retried
}

void TestApiRunsFetcher::cancelStopsEverything()
{
    m_fx->emulator().setLatency(20);
    RunsRangeFetcher fetcher(m_connection.get(), {}, m_from, m_to);
    QSignalSpy failed(&fetcher, &RunsRangeFetcher::failed);
    QSignalSpy finished(&fetcher, &RunsRangeFetcher::finished);
    int batchesAfterCancel = 0;
    bool cancelled = false;
    connect(&fetcher, &RunsRangeFetcher::runsReady, this, [&] {
        if (cancelled) {
            ++batchesAfterCancel;
            return;
        }
        cancelled = true;
        fetcher.cancel();
    });
    fetcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, 20'000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind(), Kind::Cancelled);
    QVERIFY(!fetcher.isRunning());
    const qint64 served = m_fx->emulator().requestCount();
    // No fixed wait: once nothing is in flight and a later request has been answered, whatever
    // the fetcher still did has happened (a fetcher that went on would have pages in flight).
    test::RequestLog log(m_fx->emulator());
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->activeRequests(), 0, 20'000);
    QVERIFY(log.settle(*m_connection));
    QCOMPARE(batchesAfterCancel, 0);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(m_fx->emulator().requestCount() <= served + 6 + 1); // what was in flight, and the marker
}

void TestApiRunsFetcher::failsWithTheServersError()
{
    RunsListParams params;
    params.jobId = 987654321; // no such job
    RunsRangeFetcher fetcher(m_connection.get(), params, m_from, m_to);
    QSignalSpy failed(&fetcher, &RunsRangeFetcher::failed);
    QSignalSpy finished(&fetcher, &RunsRangeFetcher::finished);
    fetcher.start();
    QVERIFY(failed.wait(10'000));
    test::RequestLog log(m_fx->emulator());
    QVERIFY(log.settle(*m_connection)); // every other shard's answer is in
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    const ApiError error = failed.first().first().value<ApiError>();
    QVERIFY2(
        error.kind() == Kind::NotFound || error.kind() == Kind::BadRequest, qPrintable(error.userMessage()));
}

QTEST_GUILESS_MAIN(TestApiRunsFetcher)
#include "tst_api_runs_fetcher.moc"
