#include "api/clustereventsfetcher.h"
#include "api/connection.h"
#include "api/pagination.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "randomtokeneventsserver.h"
#include "requestlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using brickdesk::emulator::Fault;
using Kind = ApiError::Kind;

class TestApiEventsFetcher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void matchesSequentialFetchInOrder();
    void getsEveryEventTheServerHoldsInEachPagingMode_data();
    void getsEveryEventTheServerHoldsInEachPagingMode();
    void followsRandomOpaqueTokensWithoutTotalCount();
    void dropsDuplicatesWhereShardsMeet();
    void completesDespiteRateLimits();
    void cancelStopsEverything();
    void failsWithTheServersError();

private:
    QList<qint64> sequentialTimestamps(qint64 start, qint64 end);

    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<Connection> m_connection;
    QString m_clusterId;
    qint64 m_start = 0;
    qint64 m_end = 0;
};

void TestApiEventsFetcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestApiEventsFetcher::init()
{
    m_fx = std::make_unique<test::EmulatorFixture>();
    m_connection = std::make_unique<Connection>(
        m_fx->url(), std::make_shared<StaticTokenProvider>(u"dapi-test-token-1"_s));
    m_connection->setRetryPolicy(RetryPolicy::fastForTests());
    m_clusterId = m_fx->emulator().clusterIds().first();
    m_end = QDateTime::currentMSecsSinceEpoch() + 60'000;
    m_start = m_end - qint64(32) * 24 * 3600 * 1000;
}

void TestApiEventsFetcher::cleanup()
{
    m_connection.reset();
    m_fx.reset();
}

QList<qint64> TestApiEventsFetcher::sequentialTimestamps(qint64 start, qint64 end)
{
    ClusterEventsParams params;
    params.clusterId = m_clusterId;
    params.startTime = start;
    params.endTime = end;
    std::unique_ptr<PageFetcher> fetcher(PageFetcher::clusterEvents(m_connection.get(), params));
    QList<qint64> timestamps;
    connect(fetcher.get(), &PageFetcher::page, this, [&](const QJsonObject &page) {
        for (const QJsonValue &event : page.value(u"events"_s).toArray())
            timestamps.append(event.toObject().value(u"timestamp"_s).toInteger());
    });
    QSignalSpy done(fetcher.get(), &PageFetcher::finished);
    fetcher->start();
    done.wait(20'000);
    return timestamps;
}

void TestApiEventsFetcher::matchesSequentialFetchInOrder()
{
    const QList<qint64> expected = sequentialTimestamps(m_start, m_end);
    QCOMPARE(expected.size(), m_fx->emulator().eventCount(m_clusterId));

    ClusterEventsFetcher fetcher(m_connection.get(), m_clusterId, m_start, m_end);
    fetcher.setMaxConcurrency(4);
    fetcher.setShardCount(10);
    fetcher.setPageSize(200);
    fetcher.setKeepEvents(true);
    QList<qint64> streamed;
    connect(&fetcher, &ClusterEventsFetcher::eventsReady, this, [&](const QVector<ClusterEvent> &events) {
        for (const ClusterEvent &event : events)
            streamed.append(event.timestamp());
    });
    QSignalSpy progress(&fetcher, &ClusterEventsFetcher::progress);
    QSignalSpy finished(&fetcher, &ClusterEventsFetcher::finished);
    QSignalSpy failed(&fetcher, &ClusterEventsFetcher::failed);
    fetcher.start();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(streamed, expected); // same events, in time order, none twice
    QCOMPARE(fetcher.eventCount(), qint64(expected.size()));
    QCOMPARE(fetcher.events().size(), expected.size());
    QCOMPARE(fetcher.events().first().clusterId(), m_clusterId);
    QVERIFY(fetcher.peakConcurrency() > 1);
    QVERIFY(fetcher.peakConcurrency() <= 4);
    QVERIFY(fetcher.requestCount() >= 10);
    QVERIFY(!progress.isEmpty());
    // Progress is the time covered: it grows, stays within the window and ends at all of it.
    const qint64 window = m_end - m_start + 1;
    qint64 covered = 0;
    bool partial = false;
    for (const auto &args : std::as_const(progress)) {
        QCOMPARE(args.at(2).toLongLong(), window);
        QVERIFY(args.at(1).toLongLong() >= covered);
        QVERIFY(args.at(1).toLongLong() <= window);
        covered = args.at(1).toLongLong();
        partial |= covered > 0 && covered < window;
    }
    QVERIFY(partial);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(expected.size()));
    QCOMPARE(progress.last().at(1).toLongLong(), window);
    QCOMPARE(fetcher.reachedMs(), m_end);
    QCOMPARE(fetcher.legacyPagesFollowed(), 0); // the emulator pages by token by default
}

void TestApiEventsFetcher::getsEveryEventTheServerHoldsInEachPagingMode_data()
{
    QTest::addColumn<int>("paging");
    QTest::addColumn<int>("shards");
    QTest::newRow("token, 1 shard") << int(emulator::EventsPaging::Token) << 1;
    QTest::newRow("token, 16 shards") << int(emulator::EventsPaging::Token) << 16;
    QTest::newRow("legacy, 1 shard") << int(emulator::EventsPaging::Legacy) << 1;
    QTest::newRow("legacy, 16 shards") << int(emulator::EventsPaging::Legacy) << 16;
    QTest::newRow("both, 16 shards") << int(emulator::EventsPaging::Both) << 16;
}

void TestApiEventsFetcher::getsEveryEventTheServerHoldsInEachPagingMode()
{
    QFETCH(int, paging);
    QFETCH(int, shards);
    auto options = test::EmulatorFixture::smallOptions();
    options.clusters = 2;
    options.eventsPaging = emulator::EventsPaging(paging);
    m_connection.reset();
    m_fx = std::make_unique<test::EmulatorFixture>(options);
    m_connection = std::make_unique<Connection>(
        m_fx->url(), std::make_shared<StaticTokenProvider>(u"dapi-test-token-1"_s));
    m_connection->setRetryPolicy(RetryPolicy::fastForTests());
    const QString clusterId = m_fx->emulator().clusterIds().first();
    const QJsonArray held = m_fx->emulator().events(clusterId, m_start, m_end);
    QCOMPARE(held.size(), 3000);

    ClusterEventsFetcher fetcher(m_connection.get(), clusterId, m_start, m_end);
    fetcher.setShardCount(shards);
    fetcher.setPageSize(150); // many pages per shard
    fetcher.setKeepEvents(true);
    QSignalSpy finished(&fetcher, &ClusterEventsFetcher::finished);
    QSignalSpy failed(&fetcher, &ClusterEventsFetcher::failed);
    fetcher.start();
    QVERIFY(finished.wait(60'000));
    QCOMPARE(failed.count(), 0);
    const QVector<ClusterEvent> got = fetcher.events();
    QCOMPARE(got.size(), held.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got.at(i).raw(), held.at(i).toObject()); // event for event, as the server holds it
    // The legacy server is followed by its next_page alone; token servers never need it.
    if (options.eventsPaging == emulator::EventsPaging::Legacy)
        QVERIFY(fetcher.legacyPagesFollowed() > 0);
    else
        QCOMPARE(fetcher.legacyPagesFollowed(), 0);
}

void TestApiEventsFetcher::followsRandomOpaqueTokensWithoutTotalCount()
{
    const qint64 start = 1'780'000'000'000;
    const qint64 end = start + qint64(20) * 24 * 3600 * 1000;
    test::RandomTokenEventsServer server(u"0101-010101-random01"_s, 4321, start, end);
    Connection connection(server.url(), std::make_shared<StaticTokenProvider>(u"dapi-any"_s));
    connection.setRetryPolicy(RetryPolicy::fastForTests());
    ClusterEventsFetcher fetcher(&connection, u"0101-010101-random01"_s, start, end);
    fetcher.setShardCount(7);
    fetcher.setPageSize(100);
    fetcher.setKeepEvents(true);
    QSignalSpy progress(&fetcher, &ClusterEventsFetcher::progress);
    QSignalSpy finished(&fetcher, &ClusterEventsFetcher::finished);
    QSignalSpy failed(&fetcher, &ClusterEventsFetcher::failed);
    fetcher.start();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(failed.count(), 0);
    const QJsonArray held = server.eventsBetween(start, end);
    QCOMPARE(fetcher.events().size(), held.size());
    for (qsizetype i = 0; i < held.size(); ++i)
        QCOMPARE(fetcher.events().at(i).raw(), held.at(i).toObject());
    QVERIFY(server.requests() >= 4321 / 100); // every shard, several pages each
    QCOMPARE(server.deprecatedFieldsSeen(), 0);
    QCOMPARE(server.unknownTokens(), 0);
    QCOMPARE(progress.last().at(1).toLongLong(), end - start + 1);
}

void TestApiEventsFetcher::dropsDuplicatesWhereShardsMeet()
{
    // Two shards whose shared boundary is exactly the timestamp of an event: the emulator's
    // filter is inclusive at both ends, so both shards return it; it must come out once.
    const QList<qint64> all = sequentialTimestamps(m_start, m_end);
    QVERIFY(all.size() > 100);
    const qint64 first = all.first();
    const qint64 boundary = all.at(all.size() / 2);
    const qint64 end = first + 2 * (boundary - first);
    const QList<qint64> expected = sequentialTimestamps(first, end);

    ClusterEventsFetcher fetcher(m_connection.get(), m_clusterId, first, end);
    fetcher.setShardCount(2);
    fetcher.setKeepEvents(true);
    QSignalSpy finished(&fetcher, &ClusterEventsFetcher::finished);
    fetcher.start();
    QVERIFY(finished.wait(20'000));
    QList<qint64> got;
    for (const ClusterEvent &event : fetcher.events())
        got.append(event.timestamp());
    QCOMPARE(got, expected);
    QCOMPARE(got.count(boundary), expected.count(boundary));
}

void TestApiEventsFetcher::completesDespiteRateLimits()
{
    m_fx->emulator().faults().add(Fault::rateLimit(u"/api/2.1/clusters/events"_s, 0, 6));
    ClusterEventsFetcher fetcher(m_connection.get(), m_clusterId, m_start, m_end);
    fetcher.setShardCount(12);
    QSignalSpy finished(&fetcher, &ClusterEventsFetcher::finished);
    QSignalSpy failed(&fetcher, &ClusterEventsFetcher::failed);
    qint64 count = 0;
    connect(&fetcher, &ClusterEventsFetcher::eventsReady, this,
        [&](const QVector<ClusterEvent> &events) { count += events.size(); });
    fetcher.start();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(count, qint64(m_fx->emulator().eventCount(m_clusterId)));
    QCOMPARE(m_fx->emulator().faults().activeCount(), 0); // every 429 was met and retried
}

void TestApiEventsFetcher::cancelStopsEverything()
{
    m_fx->emulator().setLatency(20);
    ClusterEventsFetcher fetcher(m_connection.get(), m_clusterId, m_start, m_end);
    fetcher.setPageSize(100);
    QSignalSpy failed(&fetcher, &ClusterEventsFetcher::failed);
    QSignalSpy finished(&fetcher, &ClusterEventsFetcher::finished);
    int batchesAfterCancel = 0;
    bool cancelled = false;
    connect(&fetcher, &ClusterEventsFetcher::eventsReady, this, [&] {
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
    test::RequestLog log(m_fx->emulator()); // what reaches the emulator after the cancel
    QVERIFY(log.settle(*m_connection));
    QCOMPARE(batchesAfterCancel, 0);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(log.entries().size() <= 6, qPrintable(log.entries().join(u", "_s))); // only what was in flight
}

void TestApiEventsFetcher::failsWithTheServersError()
{
    ClusterEventsFetcher fetcher(m_connection.get(), u"0000-000000-nothere"_s, m_start, m_end);
    QSignalSpy failed(&fetcher, &ClusterEventsFetcher::failed);
    QSignalSpy finished(&fetcher, &ClusterEventsFetcher::finished);
    fetcher.start();
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().first().value<ApiError>().kind(), Kind::NotFound);
    QVERIFY(test::RequestLog(m_fx->emulator()).settle(*m_connection));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
}

QTEST_GUILESS_MAIN(TestApiEventsFetcher)
#include "tst_api_events_fetcher.moc"
