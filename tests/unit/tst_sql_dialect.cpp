// The emulator's Databricks-to-SQLite translation on its own, then the translated text run on
// a real in-memory SQLite database so that each rewrite is shown to compute what Databricks
// would.
#include "emulator/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using brickdesk::emulator::SqlDialect;

class TestSqlDialect : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;

    QVariant scalar(const QString &databricksSql, const QVariantMap &params = {})
    {
        const SqlDialect::Translation t = SqlDialect::translate(databricksSql);
        if (!t.ok()) {
            qWarning() << t.message;
            return u"<error>"_s;
        }
        QSqlQuery q(m_db);
        if (!q.prepare(t.sql)) {
            qWarning() << t.sql << q.lastError().text();
            return u"<prepare>"_s;
        }
        for (auto it = params.begin(); it != params.end(); ++it)
            q.bindValue(u':' + it.key(), it.value());
        if (!q.exec() || !q.next()) {
            qWarning() << t.sql << q.lastError().text();
            return u"<exec>"_s;
        }
        return q.value(0);
    }

private slots:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst_sql_dialect"_s);
        m_db.setDatabaseName(u":memory:"_s);
        QVERIFY(m_db.open());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"CREATE TABLE system__billing__usage (usage_start_time TEXT, usage_quantity REAL, "
                       "usage_metadata__cluster_id TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO system__billing__usage VALUES ('2026-11-30T14:37:12.000Z', 2.5, 'c-1'), "
                       "('2026-11-30T14:59:59.999Z', 1.5, 'c-1'), ('2026-11-30T15:00:00.000Z', 4, 'c-2')"_s));
    }

    void threePartNamesAndStructFields_data()
    {
        QTest::addColumn<QString>("databricks");
        QTest::addColumn<QString>("sqlite");
        QTest::newRow("table") << u"SELECT * FROM system.billing.usage"_s
                               << u"SELECT * FROM system__billing__usage"_s;
        QTest::newRow("struct field") << u"SELECT usage_metadata.cluster_id FROM system.billing.usage"_s
                                      << u"SELECT usage_metadata__cluster_id FROM system__billing__usage"_s;
        QTest::newRow("alias, struct, keyword field")
            << u"SELECT p.pricing.default FROM system.billing.list_prices p"_s
            << u"SELECT p.pricing__default FROM system__billing__list_prices p"_s;
        QTest::newRow("nested struct")
            << u"SELECT p.pricing.effective_list.default FROM system.billing.list_prices p"_s
            << u"SELECT p.pricing__effective_list__default FROM system__billing__list_prices p"_s;
        QTest::newRow("backquotes") << u"SELECT `u`.usage_quantity FROM `system`.`billing`.`usage` u"_s
                                    << u"SELECT u.usage_quantity FROM system__billing__usage u"_s;
        QTest::newRow("parameter kept as a marker")
            << u"SELECT 1 FROM system.compute.node_timeline WHERE cluster_id = :cluster_id"_s
            << u"SELECT 1 FROM system__compute__node_timeline WHERE cluster_id = :cluster_id"_s;
        QTest::newRow("marker inside a string is text")
            << u"SELECT ':not_a_marker'"_s << u"SELECT ':not_a_marker'"_s;
        QTest::newRow("double-quoted string") << u"SELECT \"it's\""_s << u"SELECT 'it''s'"_s;
    }

    void threePartNamesAndStructFields()
    {
        QFETCH(QString, databricks);
        QFETCH(QString, sqlite);
        const SqlDialect::Translation t = SqlDialect::translate(databricks);
        QVERIFY2(t.ok(), qPrintable(t.message));
        QCOMPARE(t.sql.simplified(), sqlite);
    }

    void reportsTablesAndParameters()
    {
        const auto t = SqlDialect::translate(
            u"SELECT * FROM system.billing.usage u JOIN system.billing.list_prices p ON u.sku_name = "
            u"p.sku_name "
            "WHERE u.usage_start_time >= :start AND u.usage_start_time < :end AND u.x = :start"_s);
        QVERIFY(t.ok());
        QCOMPARE(t.tables, (QStringList {u"system.billing.usage"_s, u"system.billing.list_prices"_s}));
        QCOMPARE(t.parameters, (QStringList {u"start"_s, u"end"_s}));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("databricks");
        QTest::addColumn<QString>("errorClass");
        QTest::addColumn<QString>("sqlState");
        QTest::newRow("unknown system table")
            << u"SELECT * FROM system.billing.nothing"_s << u"TABLE_OR_VIEW_NOT_FOUND"_s << u"42P01"_s;
        QTest::newRow("not a query") << u"DROP TABLE system.billing.usage"_s << u"UNSUPPORTED_FEATURE"_s
                                     << u"0A000"_s;
        QTest::newRow("two statements") << u"SELECT 1; SELECT 2"_s << u"PARSE_SYNTAX_ERROR"_s << u"42601"_s;
        QTest::newRow("unknown function")
            << u"SELECT strftime('%s', 'now')"_s << u"UNRESOLVED_ROUTINE"_s << u"42883"_s;
        QTest::newRow("cast shorthand") << u"SELECT 1::double"_s << u"UNSUPPORTED_FEATURE"_s << u"0A000"_s;
        QTest::newRow("interval") << u"SELECT current_timestamp() - INTERVAL 1 DAY"_s
                                  << u"UNRESOLVED_ROUTINE"_s << u"42883"_s;
        QTest::newRow("unclosed string") << u"SELECT 'abc"_s << u"PARSE_SYNTAX_ERROR"_s << u"42601"_s;
        QTest::newRow("empty") << u" ; "_s << u"PARSE_EMPTY_STATEMENT"_s << u"42617"_s;
        QTest::newRow("bad unit")
            << u"SELECT date_trunc('FORTNIGHT', usage_start_time) FROM system.billing.usage"_s
            << u"INVALID_PARAMETER_VALUE.DATETIME_UNIT"_s << u"22023"_s;
        QTest::newRow("wrong arity")
            << u"SELECT timestampdiff(MINUTE, usage_start_time) FROM system.billing.usage"_s
            << u"WRONG_NUM_ARGS"_s << u"42605"_s;
    }

    void errors()
    {
        QFETCH(QString, databricks);
        QFETCH(QString, errorClass);
        QFETCH(QString, sqlState);
        const auto t = SqlDialect::translate(databricks);
        QVERIFY(!t.ok());
        QVERIFY(t.sql.isEmpty());
        QCOMPARE(t.errorClass, errorClass);
        QCOMPARE(t.sqlState, sqlState);
        QVERIFY(t.message.startsWith(u'[' + errorClass + u']'));
        QVERIFY(t.message.endsWith(u"SQLSTATE: "_s + sqlState));
    }

    void dateTruncComputes()
    {
        QCOMPARE(scalar(u"SELECT date_trunc('HOUR', '2026-11-30T14:37:12.345Z')"_s).toString(),
            u"2026-11-30T14:00:00.000Z"_s);
        QCOMPARE(scalar(u"SELECT date_trunc('day', '2026-11-30T14:37:12.345Z')"_s).toString(),
            u"2026-11-30T00:00:00.000Z"_s);
        QCOMPARE(scalar(u"SELECT date_trunc('MINUTE', '2026-11-30T14:37:12.345Z')"_s).toString(),
            u"2026-11-30T14:37:00.000Z"_s);
        QCOMPARE(scalar(u"SELECT date_trunc('MONTH', '2026-11-30T14:37:12.345Z')"_s).toString(),
            u"2026-11-01T00:00:00.000Z"_s);
    }

    void timestampDiffTruncatesWholeUnits()
    {
        QCOMPARE(
            scalar(u"SELECT timestampdiff(MINUTE, '2026-11-30T14:00:00.000Z', '2026-11-30T14:59:59.000Z')"_s)
                .toLongLong(),
            59);
        QCOMPARE(
            scalar(u"SELECT timestampdiff(HOUR, '2026-11-30T14:00:00.000Z', '2026-12-01T16:30:00.000Z')"_s)
                .toLongLong(),
            26);
        QCOMPARE(
            scalar(u"SELECT timestampdiff(MINUTE, '2026-11-30T14:10:00.000Z', '2026-11-30T14:00:30.000Z')"_s)
                .toLongLong(),
            -9);
    }

    void groupedQueryWithBoundParameters()
    {
        const QVariant total = scalar(u"SELECT SUM(usage_quantity) FROM system.billing.usage WHERE "
                                      "usage_metadata.cluster_id = :cluster AND usage_start_time >= :start"_s,
            {{u"cluster"_s, u"c-1"_s}, {u"start"_s, u"2026-11-30T14:00:00.000Z"_s}});
        QCOMPARE(total.toDouble(), 4.0);
        // A value that looks like SQL stays a value.
        const QVariant none
            = scalar(u"SELECT COUNT(*) FROM system.billing.usage WHERE usage_metadata.cluster_id = :c"_s,
                {{u"c"_s, u"c-1' OR '1'='1"_s}});
        QCOMPARE(none.toInt(), 0);
        const QVariant hours = scalar(u"SELECT COUNT(DISTINCT date_trunc('HOUR', usage_start_time)) FROM "
                                      "system.billing.usage"_s);
        QCOMPARE(hours.toInt(), 2);
        QCOMPARE(scalar(u"SELECT count_if(usage_quantity > 2) FROM system.billing.usage"_s).toInt(), 2);
        QCOMPARE(scalar(u"SELECT greatest(1, 7, 3)"_s).toInt(), 7);
        QCOMPARE(scalar(u"SELECT CAST('2.5' AS DOUBLE) * 2"_s).toDouble(), 5.0);
    }

    void canonicalTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("zulu") << u"2026-11-30T14:00:00Z"_s << u"2026-11-30T14:00:00.000Z"_s;
        QTest::newRow("millis") << u"2026-11-30T14:00:00.250Z"_s << u"2026-11-30T14:00:00.250Z"_s;
        QTest::newRow("offset") << u"2026-11-30T16:00:00+02:00"_s << u"2026-11-30T14:00:00.000Z"_s;
        QTest::newRow("no zone is UTC") << u"2026-11-30 14:00:00"_s << u"2026-11-30T14:00:00.000Z"_s;
        QTest::newRow("date") << u"2026-11-30"_s << u"2026-11-30T00:00:00.000Z"_s;
        QTest::newRow("garbage") << u"yesterday; DROP"_s << QString();
    }

    void canonicalTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QCOMPARE(SqlDialect::canonicalTimestamp(text), canonical);
    }
};

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sql_dialect.moc"
