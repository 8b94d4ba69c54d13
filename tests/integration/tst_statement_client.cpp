// The SQL warehouses API and the Statement Execution client against the emulator: sync, async
// (polling), cancel, chunks, and each kind of error.
#include "api/connection.h"
#include "api/sqlwarehousesapi.h"
#include "api/statementexecutionapi.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "eventqueue.h"
#include "eventwait.h"
#include "httptestclient.h"

#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using brickdesk::emulator::EmulatorOptions;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::HttpTestClient;

namespace {

EmulatorOptions options()
{
    EmulatorOptions o = EmulatorFixture::smallOptions();
    o.nodeTimelineDays = 1;
    o.statementChunkRows = 50;
    // A stopped warehouse is up in 600 ms on this clock (30 times faster): still several polls
    // and longer than a 5 s wait_timeout (166 ms), without seconds of waiting.
    o.warehouseStartSeconds = 18;
    return o;
}

// Waits for a call's single completion and counts how often it completed.
template<typename T>
struct Outcome
{
    std::optional<ApiResult<T>> result;
    int completions = 0;
};

template<typename T>
std::shared_ptr<Outcome<T>> watch(QObject *context, const ApiCall<T> &call)
{
    auto outcome = std::make_shared<Outcome<T>>();
    call.then(context, [outcome](const ApiResult<T> &r) {
        outcome->result = r;
        ++outcome->completions;
    });
    return outcome;
}

} // namespace

class TestStatementClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;
    QString m_running;
    QString m_stopped;

    StatementRequest request(const QString &sql, const QList<StatementParameter> &params = {})
    {
        StatementRequest r;
        r.warehouseId = m_running;
        r.statement = sql;
        r.parameters = params;
        return r;
    }

    void stopWarehouse(const QString &id)
    {
        HttpTestClient http(m_fixture->url(), m_fixture->token());
        QCOMPARE(http.post(u"/api/2.0/sql/warehouses/%1/stop"_s.arg(id), {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            http.get(u"/api/2.0/sql/warehouses/"_s + id).json.value(u"state"_s).toString(), u"STOPPED"_s,
            5000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<EmulatorFixture>(options());
        m_connection = std::make_unique<Connection>(
            m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        m_running = m_fixture->emulator().sqlWarehouseIds().value(0);
        m_stopped = m_fixture->emulator().sqlWarehouseIds().value(1);
    }

    void warehousesAreListedAndStarted()
    {
        SqlWarehousesApi api(m_connection.get());
        auto list = watch(this, api.list());
        QTRY_VERIFY(list->result);
        QVERIFY(list->result->ok());
        QCOMPARE(list->result->value().size(), 2);
        QVERIFY(list->result->value().at(0).isRunning());
        QVERIFY(list->result->value().at(1).isStopped());
        QVERIFY(!list->result->value().at(1).name().isEmpty());

        auto started = watch(this, api.start(m_stopped));
        QTRY_VERIFY(started->result);
        QVERIFY(started->result->ok());
        auto one = watch(this, api.get(m_stopped));
        QTRY_VERIFY(one->result);
        QCOMPARE(one->result->value().state(), u"STARTING"_s);

        auto missing = watch(this, api.get(u"nope"_s));
        QTRY_VERIFY(missing->result);
        QCOMPARE(missing->result->error().kind(), ApiError::Kind::NotFound);
    }

    void synchronousStatementGivesTypedRows()
    {
        StatementExecutionApi api(m_connection.get());
        auto call = watch(this,
            api.execute(
                request(u"SELECT sku_name, pricing.default AS price, price_start_time, 7 AS seven FROM "
                        "system.billing.list_prices WHERE sku_name = :sku ORDER BY price_start_time"_s,
                    {StatementParameter::string(u"sku"_s, u"PREMIUM_JOBS_COMPUTE"_s)})));
        QTRY_VERIFY(call->result);
        QVERIFY2(call->result->ok(), qPrintable(call->result->error().toString()));
        const StatementResult &r = call->result->value();
        QCOMPARE(r.rowCount(), 2);
        QCOMPARE(r.columnIndex(u"price"_s), 1);
        QCOMPARE(r.value(0, 1).typeId(), QMetaType::Double);
        QCOMPARE(r.value(0, 1).toDouble(), 0.15);
        QCOMPARE(r.value(1, 1).toDouble(), 0.20);
        QCOMPARE(r.value(0, 2).typeId(), QMetaType::QDateTime);
        QVERIFY(r.timestamp(1, 2) > r.timestamp(0, 2));
        QCOMPARE(r.value(0, 3).typeId(), QMetaType::LongLong);
        QCOMPARE(r.integer(0, 3), 7);
        QCOMPARE(call->completions, 1);
    }

    void parametersAreBoundNeverPasted()
    {
        StatementExecutionApi api(m_connection.get());
        auto call = watch(this,
            api.execute(
                request(u"SELECT COUNT(*) AS n FROM system.billing.list_prices WHERE sku_name = :sku"_s,
                    {StatementParameter::string(u"sku"_s, u"x' OR '1'='1"_s)})));
        QTRY_VERIFY(call->result);
        QVERIFY(call->result->ok());
        QCOMPARE(call->result->value().integer(0, 0), 0);
    }

    void asynchronousStatementIsPolled()
    {
        stopWarehouse(m_stopped);
        int polls = 0;
        connect(&m_fixture->emulator(), &emulator::WorkspaceEmulator::requestServed, this,
            [&polls](const QString &method, const QString &path) {
                if (method == u"GET"_s && path.startsWith(u"/api/2.0/sql/statements/"_s))
                    ++polls;
            });
        StatementExecutionApi api(m_connection.get());
        api.setPollInterval(50, 200);
        StatementRequest r = request(u"SELECT COUNT(*) FROM system.billing.list_prices"_s);
        r.warehouseId = m_stopped; // the statement starts it: 600 ms on this clock
        r.waitSeconds = 0;
        auto call = watch(this, api.execute(r));
        QTRY_VERIFY_WITH_TIMEOUT(call->result, 10000);
        QVERIFY2(call->result->ok(), qPrintable(call->result->error().toString()));
        QCOMPARE(call->result->value().integer(0, 0), 4);
        QVERIFY2(polls >= 3, qPrintable(QString::number(polls)));
        disconnect(&m_fixture->emulator(), nullptr, this, nullptr);
    }

    void waitThatRunsOutFallsBackToPolling()
    {
        stopWarehouse(m_stopped);
        int polls = 0;
        connect(&m_fixture->emulator(), &emulator::WorkspaceEmulator::requestServed, this,
            [&polls](const QString &method, const QString &path) {
                if (method == u"GET"_s && path.startsWith(u"/api/2.0/sql/statements/"_s))
                    ++polls;
            });
        StatementExecutionApi api(m_connection.get());
        api.setPollInterval(50, 200);
        StatementRequest r = request(u"SELECT 41 + 1"_s);
        r.warehouseId = m_stopped;
        r.waitSeconds = 5; // runs out (166 ms here) before the warehouse is up
        auto call = watch(this, api.execute(r));
        QTRY_VERIFY_WITH_TIMEOUT(call->result, 10000);
        QVERIFY(call->result->ok());
        QCOMPARE(call->result->value().integer(0, 0), 42);
        QVERIFY(polls >= 1);
        disconnect(&m_fixture->emulator(), nullptr, this, nullptr);
    }

    void everyChunkIsFollowed()
    {
        const QString cluster = m_fixture->emulator().clusterIds().first();
        StatementExecutionApi api(m_connection.get());
        auto count = watch(this,
            api.execute(
                request(u"SELECT COUNT(*) FROM system.billing.usage WHERE usage_metadata.cluster_id = :c"_s,
                    {StatementParameter::string(u"c"_s, cluster)})));
        auto all = watch(this,
            api.execute(request(u"SELECT usage_start_time, usage_quantity FROM system.billing.usage WHERE "
                                "usage_metadata.cluster_id = :c ORDER BY usage_start_time"_s,
                {StatementParameter::string(u"c"_s, cluster)})));
        QTRY_VERIFY(count->result && all->result);
        QVERIFY(all->result->ok());
        const qint64 expected = count->result->value().integer(0, 0);
        QVERIFY2(expected > 150, "several chunks of 50");
        QCOMPARE(all->result->value().rowCount(), expected);
        const StatementResult &r = all->result->value();
        for (qsizetype i = 1; i < r.rowCount(); ++i)
            QVERIFY(r.timestamp(i, 0) > r.timestamp(i - 1, 0));
    }

    void abortingCancelsOnTheWarehouse()
    {
        stopWarehouse(m_stopped);
        StatementExecutionApi api(m_connection.get());
        api.setPollInterval(50, 100);
        StatementRequest r = request(u"SELECT 1"_s);
        r.warehouseId = m_stopped;
        r.waitSeconds = 0;
        QString statementId;
        connect(&m_fixture->emulator(), &emulator::WorkspaceEmulator::requestServed, this,
            [&statementId](const QString &method, const QString &path) {
                if (method == u"GET"_s && path.startsWith(u"/api/2.0/sql/statements/"_s))
                    statementId = path.section(u'/', 5, 5);
            });
        const ApiCall<StatementResult> call = api.execute(r);
        auto outcome = watch(this, call);
        QTRY_VERIFY(!statementId.isEmpty()); // it is being polled
        const QPointer<ApiReply> reply(call.reply());
        call.abort();
        QTRY_VERIFY(outcome->result);
        QCOMPARE(outcome->result->error().kind(), ApiError::Kind::Cancelled);
        HttpTestClient http(m_fixture->url(), m_fixture->token());
        QTRY_COMPARE(http.get(u"/api/2.0/sql/statements/"_s + statementId)
                         .json.value(u"status"_s)
                         .toObject()
                         .value(u"state"_s)
                         .toString(),
            u"CANCELED"_s);
        // The reply goes, and with it the statement's driver and its next poll: nothing more
        // can arrive after that.
        QTRY_VERIFY(reply.isNull());
        QVERIFY(test::drainEventQueue());
        QCOMPARE(outcome->completions, 1);
        disconnect(&m_fixture->emulator(), nullptr, this, nullptr);
    }

    void waitTimeoutCancelIsACancelledError()
    {
        stopWarehouse(m_stopped);
        StatementExecutionApi api(m_connection.get());
        StatementRequest r = request(u"SELECT 1"_s);
        r.warehouseId = m_stopped;
        r.waitSeconds = 5; // 166 ms on this clock; the warehouse needs 600 ms
        r.cancelOnWaitTimeout = true;
        auto call = watch(this, api.execute(r));
        QTRY_VERIFY(call->result);
        QCOMPARE(call->result->error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(call->result->error().errorCode(), u"CANCELED"_s);
    }

    void failedStatementsCarryTheirSqlState_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<int>("kind");
        QTest::newRow("syntax") << u"SELECT FROM"_s << u"42601"_s << int(ApiError::Kind::BadRequest);
        QTest::newRow("table") << u"SELECT * FROM system.billing.nothing"_s << u"42P01"_s
                               << int(ApiError::Kind::NotFound);
        QTest::newRow("unbound") << u"SELECT :x"_s << u"42P02"_s << int(ApiError::Kind::BadRequest);
    }

    void failedStatementsCarryTheirSqlState()
    {
        QFETCH(QString, sql);
        QFETCH(QString, sqlState);
        QFETCH(int, kind);
        StatementExecutionApi api(m_connection.get());
        auto call = watch(this, api.execute(request(sql)));
        QTRY_VERIFY(call->result);
        QVERIFY(!call->result->ok());
        QCOMPARE(int(call->result->error().kind()), kind);
        QCOMPARE(StatementExecutionApi::sqlState(call->result->error()), sqlState);
        QCOMPARE(call->result->error().errorCode(), u"BAD_REQUEST"_s);
        QVERIFY(!StatementExecutionApi::describe(call->result->error()).isEmpty());
    }

    void unknownWarehouseIsNotFound()
    {
        StatementExecutionApi api(m_connection.get());
        StatementRequest r = request(u"SELECT 1"_s);
        r.warehouseId = u"0000"_s;
        auto call = watch(this, api.execute(r));
        QTRY_VERIFY(call->result);
        QCOMPARE(call->result->error().kind(), ApiError::Kind::NotFound);
        QVERIFY(StatementExecutionApi::sqlState(call->result->error()).isEmpty());
    }

    void noSystemTableAccessNamesTheGrants()
    {
        EmulatorOptions o = options();
        o.systemTableGrants = false;
        EmulatorFixture fixture(o);
        Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
        StatementExecutionApi api(&connection);
        StatementRequest r = request(u"SELECT SUM(usage_quantity) FROM system.billing.usage"_s);
        r.warehouseId = fixture.emulator().sqlWarehouseIds().first();
        auto call = watch(this, api.execute(r));
        QTRY_VERIFY(call->result);
        QVERIFY(StatementExecutionApi::isNoSystemTableAccess(call->result->error()));
        const QString words = StatementExecutionApi::describe(call->result->error());
        QVERIFY(words.contains(u"USE CATALOG on system"_s));
        QVERIFY(words.contains(u"SELECT on system.billing.usage"_s));
    }
};

QTEST_GUILESS_MAIN(TestStatementClient)
#include "tst_statement_client.moc"
