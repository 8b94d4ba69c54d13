// The emulator's Clusters API over loopback HTTP: list, get, events paging, lifecycle.
#include "cputimer.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "httptestclient.h"

#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using brickdesk::test::EmulatorFixture;
using brickdesk::test::HttpTestClient;

class TestEmulatorClusters final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_http;

    QJsonObject clusterGet(const QString &id)
    {
        return m_http->get(u"/api/2.1/clusters/get"_s, QUrlQuery {{u"cluster_id"_s, id}}).json;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto options = EmulatorFixture::smallOptions();
        options.clusters = 16; // every kind twice
        options.eventsPerCluster = 0; // natural amounts
        m_fixture = std::make_unique<EmulatorFixture>(options);
        m_http = std::make_unique<HttpTestClient>(m_fixture->url(), m_fixture->token());
    }

    void listPagesByTokenAndFilters()
    {
        QSet<QString> ids;
        QString token;
        int pages = 0;
        do {
            QUrlQuery q {{u"page_size"_s, u"5"_s}};
            if (!token.isEmpty())
                q.addQueryItem(u"page_token"_s, token);
            const auto reply = m_http->get(u"/api/2.1/clusters/list"_s, q);
            QCOMPARE(reply.status, 200);
            for (const QJsonValue &v : reply.json.value(u"clusters").toArray()) {
                const QJsonObject c = v.toObject();
                ids.insert(c.value(u"cluster_id").toString());
                QVERIFY(!c.value(u"cluster_name").toString().isEmpty());
                QVERIFY(!c.value(u"spark_version").toString().isEmpty());
                QVERIFY(!c.value(u"node_type_id").toString().isEmpty());
                QVERIFY(!c.value(u"state").toString().isEmpty());
                QVERIFY(!c.contains(u"spec")); // list responses carry no spec
            }
            token = reply.json.value(u"next_page_token").toString();
            ++pages;
        } while (!token.isEmpty() && pages < 20);
        QCOMPARE(ids.size(), 16);
        QCOMPARE(pages, 4);
        // filter by state and source (repeated query items)
        const auto running = m_http->get(u"/api/2.1/clusters/list"_s,
            QUrlQuery {{u"filter_by.cluster_states"_s, u"RUNNING"_s},
                {u"filter_by.cluster_states"_s, u"RESIZING"_s}});
        QVERIFY(!running.json.value(u"clusters").toArray().isEmpty());
        for (const QJsonValue &v : running.json.value(u"clusters").toArray())
            QVERIFY(v.toObject().value(u"state").toString() == u"RUNNING"_s
                || v.toObject().value(u"state").toString() == u"RESIZING"_s);
        const auto jobs = m_http->get(
            u"/api/2.1/clusters/list"_s, QUrlQuery {{u"filter_by.cluster_sources"_s, u"JOB"_s}});
        QVERIFY(!jobs.json.value(u"clusters").toArray().isEmpty());
        for (const QJsonValue &v : jobs.json.value(u"clusters").toArray())
            QCOMPARE(v.toObject().value(u"cluster_source").toString(), u"JOB"_s);
        // legacy 2.0: everything at once
        QCOMPARE(m_http->get(u"/api/2.0/clusters/list"_s).json.value(u"clusters").toArray().size(), 16);
    }

    void getHasDetailsAndUnknownIs400()
    {
        const QString id = m_fixture->emulator().clusterIds().first();
        const QJsonObject c = clusterGet(id);
        QCOMPARE(c.value(u"cluster_id").toString(), id);
        QCOMPARE(c.value(u"state").toString(), u"RUNNING"_s);
        QVERIFY(c.contains(u"autoscale"));
        QVERIFY(c.contains(u"spec"));
        QVERIFY(c.contains(u"driver"));
        QCOMPARE(c.value(u"executors").toArray().size(), c.value(u"num_workers").toInt());
        QVERIFY(c.value(u"start_time").toInteger() > 0);
        const auto missing = m_http->get(
            u"/api/2.1/clusters/get"_s, QUrlQuery {{u"cluster_id"_s, u"0000-000000-nope000"_s}});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.json.value(u"error_code").toString(), u"INVALID_PARAMETER_VALUE"_s);
        QVERIFY(missing.json.value(u"message").toString().contains(u"does not exist"_s));
        const QString terminated = m_fixture->emulator().anyClusterId(u"TERMINATED"_s);
        const QJsonObject t = clusterGet(terminated);
        QVERIFY(t.contains(u"termination_reason"));
        QVERIFY(t.value(u"terminated_time").toInteger() > 0);
    }

    void eventsPageToTheEndByToken_data()
    {
        QTest::addColumn<QString>("order");
        QTest::newRow("ASC") << u"ASC"_s;
        QTest::newRow("DESC") << u"DESC"_s;
    }
    void eventsPageToTheEndByToken()
    {
        QFETCH(QString, order);
        const QString id = m_fixture->emulator().clusterIds().first();
        const int expected = m_fixture->emulator().eventCount(id);
        QVERIFY(expected > 1000); // weeks of history
        const QJsonObject first {{u"cluster_id"_s, id}, {u"order"_s, order}, {u"page_size"_s, 500}};
        QJsonObject body = first;
        int seen = 0;
        int pages = 0;
        qint64 previous = order == u"ASC"_s ? 0 : std::numeric_limits<qint64>::max();
        QSet<QString> types;
        QSet<QString> tokens;
        while (true) {
            const auto reply = m_http->post(u"/api/2.1/clusters/events"_s, body);
            QCOMPARE(reply.status, 200);
            // Today's service: no count, no re-postable body.
            QVERIFY(!reply.json.contains(u"total_count"));
            QVERIFY(!reply.json.contains(u"next_page"));
            const QJsonArray events = reply.json.value(u"events").toArray();
            for (const QJsonValue &v : events) {
                const QJsonObject e = v.toObject();
                const qint64 ts = e.value(u"timestamp").toInteger();
                QVERIFY(order == u"ASC"_s ? ts >= previous : ts <= previous);
                previous = ts;
                QCOMPARE(e.value(u"cluster_id").toString(), id);
                types.insert(e.value(u"type").toString());
                if (e.value(u"type").toString() == u"RESIZING"_s) {
                    QVERIFY(e.value(u"details").toObject().contains(u"target_num_workers"));
                    QVERIFY(e.value(u"details").toObject().contains(u"cause"));
                }
                if (e.value(u"type").toString() == u"UPSIZE_COMPLETED"_s)
                    QVERIFY(e.value(u"details").toObject().contains(u"current_num_workers"));
            }
            seen += int(events.size());
            ++pages;
            const QString token = reply.json.value(u"next_page_token").toString();
            if (token.isEmpty())
                break;
            QVERIFY(!tokens.contains(token));
            tokens.insert(token);
            body = first;
            body.insert(u"page_token"_s, token);
            QVERIFY(pages < 100);
        }
        QCOMPARE(seen, expected);
        for (const char *t :
            {"CREATING", "RUNNING", "RESIZING", "UPSIZE_COMPLETED", "NODES_LOST", "DRIVER_HEALTHY"})
            QVERIFY2(types.contains(QLatin1String(t)), t);
    }

    void tokenModeIgnoresLimitAndOffset()
    {
        const QString id = m_fixture->emulator().clusterIds().first();
        const auto plain = m_http->post(u"/api/2.1/clusters/events"_s, {{u"cluster_id"_s, id}});
        const auto legacy = m_http->post(
            u"/api/2.1/clusters/events"_s, {{u"cluster_id"_s, id}, {u"limit"_s, 7}, {u"offset"_s, 120}});
        QCOMPARE(legacy.status, 200);
        QCOMPARE(legacy.json.value(u"events").toArray().size(), 50); // the default page size
        QCOMPARE(legacy.json.value(u"events"), plain.json.value(u"events"));
        QVERIFY(!legacy.json.contains(u"next_page"));
        QVERIFY(!legacy.json.contains(u"total_count"));
        QVERIFY(legacy.json.contains(u"next_page_token"));
    }

    void pageTokensAreOpaque()
    {
        const QString id = m_fixture->emulator().clusterIds().first();
        const QJsonObject body {{u"cluster_id"_s, id}, {u"page_size"_s, 10}};
        const QString a
            = m_http->post(u"/api/2.1/clusters/events"_s, body).json.value(u"next_page_token").toString();
        const QString b
            = m_http->post(u"/api/2.1/clusters/events"_s, body).json.value(u"next_page_token").toString();
        QVERIFY(!a.isEmpty());
        QVERIFY(a != b); // nothing a client could compute or compare
        QJsonObject next = body;
        next.insert(u"page_token"_s, a);
        const auto second = m_http->post(u"/api/2.1/clusters/events"_s, next);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json.value(u"events").toArray().size(), 10);
        // Tampered with, or replayed with other filters: rejected.
        QString tampered = a;
        tampered[5] = tampered[5] == u'A' ? u'B' : u'A';
        next.insert(u"page_token"_s, tampered);
        QCOMPARE(m_http->post(u"/api/2.1/clusters/events"_s, next).status, 400);
        next.insert(u"page_token"_s, a);
        next.insert(u"order"_s, u"ASC"_s);
        QCOMPARE(m_http->post(u"/api/2.1/clusters/events"_s, next).status, 400);
    }

    void legacyModePagesWithNextPageAndTotalCount_data()
    {
        QTest::addColumn<bool>("both");
        QTest::newRow("legacy") << false;
        QTest::newRow("both") << true;
    }
    void legacyModePagesWithNextPageAndTotalCount()
    {
        QFETCH(bool, both);
        auto options = EmulatorFixture::smallOptions();
        options.clusters = 1;
        options.eventsPaging
            = both ? brickdesk::emulator::EventsPaging::Both : brickdesk::emulator::EventsPaging::Legacy;
        EmulatorFixture legacy(options);
        HttpTestClient http(legacy.url(), legacy.token());
        const QString id = legacy.emulator().clusterIds().first();
        const int expected = legacy.emulator().eventCount(id);
        QJsonObject body {{u"cluster_id"_s, id}, {u"order"_s, u"ASC"_s}, {u"limit"_s, 500}};
        int seen = 0;
        while (true) {
            const auto reply = http.post(u"/api/2.1/clusters/events"_s, body);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json.value(u"total_count").toInt(), expected);
            QCOMPARE(reply.json.contains(u"next_page_token"), both && reply.json.contains(u"next_page"));
            seen += int(reply.json.value(u"events").toArray().size());
            if (!reply.json.contains(u"next_page"))
                break;
            body = reply.json.value(u"next_page").toObject();
        }
        QCOMPARE(seen, expected);
        // A legacy server knows nothing of page_size: its default page, its scheme.
        const auto tokenAsk
            = http.post(u"/api/2.1/clusters/events"_s, {{u"cluster_id"_s, id}, {u"page_size"_s, 500}});
        QCOMPARE(tokenAsk.json.value(u"events").toArray().size(), both ? 500 : 50);
        QCOMPARE(tokenAsk.json.contains(u"next_page"), !both);
    }

    void allEventTypesAppearInTheWorkspace()
    {
        QSet<QString> types;
        for (const QString &id : m_fixture->emulator().clusterIds()) {
            QJsonObject body {{u"cluster_id"_s, id}, {u"page_size"_s, 500}};
            QString token;
            do {
                if (!token.isEmpty())
                    body.insert(u"page_token"_s, token);
                const auto reply = m_http->post(u"/api/2.1/clusters/events"_s, body);
                QCOMPARE(reply.status, 200);
                for (const QJsonValue &v : reply.json.value(u"events").toArray())
                    types.insert(v.toObject().value(u"type").toString());
                token = reply.json.value(u"next_page_token").toString();
            } while (!token.isEmpty());
        }
        QCOMPARE(types.size(), 35);
    }

    void eventsFilterByTypeAndTime()
    {
        const QString id = m_fixture->emulator().clusterIds().first();
        auto reply = m_http->post(u"/api/2.1/clusters/events"_s,
            {{u"cluster_id"_s, id}, {u"event_types"_s, QJsonArray {u"RESIZING"_s}}, {u"page_size"_s, 50}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"events").toArray().size(), 50);
        for (const QJsonValue &v : reply.json.value(u"events").toArray())
            QCOMPARE(v.toObject().value(u"type").toString(), u"RESIZING"_s);
        const QJsonArray events = reply.json.value(u"events").toArray();
        const qint64 newest = events.first().toObject().value(u"timestamp").toInteger();
        const qint64 oldest = events.last().toObject().value(u"timestamp").toInteger();
        reply = m_http->post(u"/api/2.1/clusters/events"_s,
            {{u"cluster_id"_s, id}, {u"start_time"_s, oldest}, {u"end_time"_s, newest},
                {u"event_types"_s, QJsonArray {u"RESIZING"_s}}, {u"page_size"_s, 500}});
        QCOMPARE(reply.json.value(u"events").toArray().size(), events.size());
        QVERIFY(!reply.json.contains(u"next_page_token"));
    }

    void eventsValidate_data()
    {
        QTest::addColumn<QJsonObject>("body");
        const QString id = u"placeholder"_s;
        QTest::newRow("page_size -1") << QJsonObject {{u"page_size"_s, -1}};
        QTest::newRow("order") << QJsonObject {{u"order"_s, u"SIDEWAYS"_s}};
        QTest::newRow("type") << QJsonObject {{u"event_types"_s, QJsonArray {u"EXPLODED"_s}}};
        QTest::newRow("token") << QJsonObject {{u"page_token"_s, u"garbage"_s}};
    }
    void eventsValidate()
    {
        QFETCH(QJsonObject, body);
        body.insert(u"cluster_id"_s, m_fixture->emulator().clusterIds().first());
        const auto reply = m_http->post(u"/api/2.1/clusters/events"_s, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error_code").toString(), u"INVALID_PARAMETER_VALUE"_s);
    }

    void eventsPageSizeIsCoerced()
    {
        const auto reply = m_http->post(u"/api/2.1/clusters/events"_s,
            {{u"cluster_id"_s, m_fixture->emulator().clusterIds().first()}, {u"page_size"_s, 5000}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"events").toArray().size(), 500);
        QVERIFY(reply.json.contains(u"next_page_token"));
    }

    void startResizeAndTerminateEmitEvents()
    {
        const QString id = m_fixture->emulator().anyClusterId(u"TERMINATED"_s);
        const int before = m_fixture->emulator().eventCount(id);
        QCOMPARE(m_http->post(u"/api/2.1/clusters/start"_s, {{u"cluster_id"_s, id}}).status, 200);
        QCOMPARE(clusterGet(id).value(u"state").toString(), u"PENDING"_s);
        QTRY_COMPARE_WITH_TIMEOUT(clusterGet(id).value(u"state").toString(), u"RUNNING"_s, 10000);
        // starting a running cluster is an INVALID_STATE error
        const auto again = m_http->post(u"/api/2.1/clusters/start"_s, {{u"cluster_id"_s, id}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json.value(u"error_code").toString(), u"INVALID_STATE"_s);
        QCOMPARE(m_http->post(u"/api/2.1/clusters/resize"_s, {{u"cluster_id"_s, id}, {u"num_workers"_s, 7}})
                     .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(clusterGet(id).value(u"executors").toArray().size(), 7, 10000);
        QCOMPARE(clusterGet(id).value(u"num_workers").toInt(), 7);
        QCOMPARE(m_http->post(u"/api/2.1/clusters/resize"_s, {{u"cluster_id"_s, id}}).status, 400);
        QCOMPARE(m_http->post(u"/api/2.0/clusters/delete"_s, {{u"cluster_id"_s, id}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(clusterGet(id).value(u"state").toString(), u"TERMINATED"_s, 10000);
        const auto events = m_http->post(u"/api/2.1/clusters/events"_s,
            {{u"cluster_id"_s, id}, {u"order"_s, u"DESC"_s}, {u"page_size"_s, 20}});
        QVERIFY(m_fixture->emulator().eventCount(id) > before);
        QStringList types;
        for (const QJsonValue &v : events.json.value(u"events").toArray())
            types.prepend(v.toObject().value(u"type").toString());
        const qsizetype starting = types.lastIndexOf(u"STARTING"_s);
        QVERIFY(starting >= 0);
        const QStringList live = types.mid(starting);
        QCOMPARE(live.first(), u"STARTING"_s);
        QVERIFY(live.contains(u"RUNNING"_s));
        QVERIFY(live.contains(u"RESIZING"_s));
        QVERIFY(live.contains(u"UPSIZE_COMPLETED"_s));
        QCOMPARE(live.last(), u"TERMINATING"_s);
        QCOMPARE(m_http->post(u"/api/2.1/clusters/resize"_s, {{u"cluster_id"_s, id}, {u"num_workers"_s, 2}})
                     .status,
            400);
    }

    void nodeTypesAndSparkVersions()
    {
        const auto nodes = m_http->get(u"/api/2.1/clusters/list-node-types"_s);
        QCOMPARE(nodes.status, 200);
        QVERIFY(nodes.json.value(u"node_types").toArray().size() >= 5);
        QVERIFY(nodes.json.value(u"node_types").toArray().first().toObject().contains(u"memory_mb"));
        const auto versions = m_http->get(u"/api/2.0/clusters/spark-versions"_s);
        QCOMPARE(versions.status, 200);
        bool found = false;
        for (const QJsonValue &v : versions.json.value(u"versions").toArray())
            found = found || v.toObject().value(u"key").toString() == u"15.4.x-scala2.12"_s;
        QVERIFY(found);
    }

    void eventsAreDeterministicPerSeed()
    {
        auto options = EmulatorFixture::smallOptions();
        options.clusters = 2;
        auto a = std::make_unique<EmulatorFixture>(options);
        auto b = std::make_unique<EmulatorFixture>(options);
        if (a->emulator().clusterIds() != b->emulator().clusterIds()) // straddled a minute: try again
            a = std::make_unique<EmulatorFixture>(options);
        QCOMPARE(a->emulator().clusterIds(), b->emulator().clusterIds());
        QCOMPARE(a->emulator().eventCount(a->emulator().clusterIds().first()), 3000);
        HttpTestClient ha(a->url(), a->token());
        HttpTestClient hb(b->url(), b->token());
        const QJsonObject body {{u"cluster_id"_s, a->emulator().clusterIds().first()}, {u"page_size"_s, 200},
            {u"order"_s, u"ASC"_s}};
        const QJsonObject fromA = ha.post(u"/api/2.1/clusters/events"_s, body).json;
        QCOMPARE(fromA.value(u"events").toArray().size(), 200);
        QCOMPARE(fromA.value(u"events"), hb.post(u"/api/2.1/clusters/events"_s, body).json.value(u"events"));
        // Another seed, another workspace.
        options.seed = 7;
        EmulatorFixture c(options);
        QVERIFY(c.emulator().clusterIds() != a->emulator().clusterIds());
    }

    void hundredThousandEventsOverThirtyDaysAreQuickToServe()
    {
        auto options = EmulatorFixture::smallOptions();
        options.jobs = 1;
        options.clusters = 1;
        options.eventsPerCluster = 100000;
        options.historyDays = 30;
        EmulatorFixture big(options);
        HttpTestClient http(big.url(), big.token());
        // Generating the history and serving its first page, in CPU time: a quadratic step would
        // take minutes; parallel CTest on a loaded machine only stretches the wall clock.
        brickdesk::test::CpuTimer timer;
        QElapsedTimer wall;
        wall.start();
        const auto reply = http.post(u"/api/2.1/clusters/events"_s,
            {{u"cluster_id"_s, big.emulator().clusterIds().first()}, {u"order"_s, u"ASC"_s},
                {u"page_size"_s, 500}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"events").toArray().size(), 500);
        QCOMPARE(big.emulator().eventCount(big.emulator().clusterIds().first()), 100000);
        const qint64 first
            = reply.json.value(u"events").toArray().first().toObject().value(u"timestamp").toInteger();
        QVERIFY(QDateTime::currentMSecsSinceEpoch() - first > 29LL * 24 * 3600 * 1000);
        const qint64 cpuMs = timer.elapsedMs();
        qInfo("100,000 events generated and the first page served in %lld ms of CPU time (%lld ms wall)",
            cpuMs, wall.elapsed());
        QVERIFY2(cpuMs < brickdesk::test::CpuTimer::budgetMs(5000), qPrintable(QString::number(cpuMs)));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorClusters)
#include "tst_emulator_clusters.moc"
