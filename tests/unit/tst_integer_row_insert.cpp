// IntegerRowInsert, both ways (SQLite's own API on Qt's handle, and Qt's binding): every row
// lands once, however many statements it takes; a failure says SQLite's reason and leaves
// the transaction to roll back; the connection closes cleanly afterwards. And the archive's
// connection words a full database for people.
#include "archive/archiveconnection.h"
#include "archive/integerrowinsert.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// Rows (ts, kind) for ts in [from, from + count).
std::vector<qint64> rows(qint64 from, qint64 count)
{
    std::vector<qint64> values;
    for (qint64 ts = from; ts < from + count; ++ts)
        values.insert(values.end(), {ts, ts % 7});
    return values;
}

qint64 count(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT COUNT(*), COUNT(DISTINCT ts), SUM(kind = ts % 7) FROM t"_s) || !q.next())
        qFatal("count failed");
    if (q.value(0) != q.value(1) || q.value(0).toLongLong() != q.value(2).toLongLong())
        qFatal("rows doubled or changed");
    return q.value(0).toLongLong();
}

} // namespace

class TestIntegerRowInsert : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyRowLandsOnce_data();
    void everyRowLandsOnce();
    void failureSaysWhyAndRollsBack_data();
    void failureSaysWhyAndRollsBack();
    void rowsOfTheWrongWidthAreRefused();
    void archiveSaysTheDiskIsFull_data();
    void archiveSaysTheDiskIsFull();

private:
    QString fileName() const;
    void openDatabase();

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

void TestIntegerRowInsert::init()
{
    IntegerRowInsert::setNativeAllowed(true);
}

void TestIntegerRowInsert::cleanup()
{
    IntegerRowInsert::setNativeAllowed(true);
    if (m_db.isValid()) {
        const QString name = m_db.connectionName();
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(name);
    }
}

// A file of each test and row of its data.
QString TestIntegerRowInsert::fileName() const
{
    return m_dir.filePath(u"%1-%2.sqlite"_s.arg(
        QLatin1StringView(QTest::currentTestFunction()), QLatin1StringView(QTest::currentDataTag())));
}

void TestIntegerRowInsert::openDatabase()
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, fileName());
    m_db.setDatabaseName(fileName());
    QVERIFY(m_db.open());
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"CREATE TABLE t(ts INTEGER PRIMARY KEY, kind INTEGER NOT NULL CHECK (kind >= 0))"_s));
}

void TestIntegerRowInsert::everyRowLandsOnce_data()
{
    QTest::addColumn<bool>("native");
    QTest::newRow("native") << true;
    QTest::newRow("qt") << false;
}

void TestIntegerRowInsert::everyRowLandsOnce()
{
    QFETCH(bool, native);
    IntegerRowInsert::setNativeAllowed(native);
    openDatabase();
    {
        IntegerRowInsert insert(m_db, u"INSERT OR IGNORE INTO t(ts, kind)"_s, 2);
        QCOMPARE(insert.isNative(), native && IntegerRowInsert::nativeBuilt());
        // Two statements of many rows and 23 one by one, in a transaction that then commits
        // (a statement left running would keep it from committing).
        const qint64 n = 2 * IntegerRowInsert::RowsPerStatement + 23;
        QVERIFY(m_db.transaction());
        QVERIFY(insert.insert(rows(1000, n)));
        QCOMPARE(insert.rowsAffected(), n);
        QVERIFY2(m_db.commit(), qPrintable(m_db.lastError().text()));
        QCOMPARE(count(m_db), n);
        // Overlapping rows: only the new ones count, in a statement of many and one by one.
        QVERIFY(insert.insert(rows(1000 + n - 10, 70)));
        QCOMPARE(insert.rowsAffected(), 60);
        QCOMPARE(count(m_db), n + 60);
        QVERIFY(insert.insert({}));
        QCOMPARE(insert.rowsAffected(), 0);
    }
    // The statements are gone with the insert: the connection closes without complaint.
    m_db.close();
    QVERIFY2(!m_db.lastError().isValid(), qPrintable(m_db.lastError().text()));
}

void TestIntegerRowInsert::failureSaysWhyAndRollsBack_data()
{
    everyRowLandsOnce_data();
}

void TestIntegerRowInsert::failureSaysWhyAndRollsBack()
{
    QFETCH(bool, native);
    IntegerRowInsert::setNativeAllowed(native);
    openDatabase();
    IntegerRowInsert insert(m_db, u"INSERT INTO t(ts, kind)"_s, 2);
    QVERIFY(m_db.transaction());
    std::vector<qint64> values = rows(1, 2 * IntegerRowInsert::RowsPerStatement);
    values.back() = -1; // the CHECK fails in the second statement
    QVERIFY(!insert.insert(values));
    QCOMPARE(insert.errorCode() & 0xff, 19); // SQLITE_CONSTRAINT
    QVERIFY2(insert.errorText().contains(u"CHECK constraint failed"_s), qPrintable(insert.errorText()));
    QVERIFY(m_db.rollback());
    QCOMPARE(count(m_db), 0);
    // The same insert works again afterwards.
    QVERIFY(insert.insert(rows(1, 3)));
    QCOMPARE(count(m_db), 3);
}

void TestIntegerRowInsert::rowsOfTheWrongWidthAreRefused()
{
    openDatabase();
    IntegerRowInsert insert(m_db, u"INSERT INTO t(ts, kind)"_s, 2);
    const std::vector<qint64> odd {1, 2, 3};
    QVERIFY(!insert.insert(odd));
    QVERIFY(!insert.errorText().isEmpty());
    QCOMPARE(count(m_db), 0);
}

void TestIntegerRowInsert::archiveSaysTheDiskIsFull_data()
{
    everyRowLandsOnce_data();
}

// SQLite's page limit fails a write the way a full disk does (SQLITE_FULL); the archive's
// words for it, and nothing of the failed batch kept.
void TestIntegerRowInsert::archiveSaysTheDiskIsFull()
{
    QFETCH(bool, native);
    IntegerRowInsert::setNativeAllowed(native);
    ArchiveConnection connection(fileName());
    QVERIFY(connection.open({}).ok());
    QVERIFY(connection.exec(u"CREATE TABLE t(ts INTEGER PRIMARY KEY, kind INTEGER NOT NULL)"_s));
    QSqlQuery pages(connection.database());
    QVERIFY(pages.exec(u"PRAGMA page_count"_s) && pages.next());
    const int used = pages.value(0).toInt();
    pages.finish();
    QVERIFY(connection.exec(u"PRAGMA max_page_count=%1"_s.arg(used + 2)));
    const std::vector<qint64> many = rows(1, 20'000);
    const ArchiveWriteResult w
        = connection.write(20'000, u"Cluster events could not be archived"_s, [&](int &added) {
              if (!connection.insertRows(u"INSERT INTO t(ts, kind)"_s, 2, many))
                  return false;
              added = connection.rowsAffected();
              return true;
          });
    QVERIFY(!w.ok());
    QCOMPARE(w.added, 0);
    QCOMPARE(w.error.message, u"Cluster events could not be archived: the disk is full"_s);
    QSqlQuery left(connection.database());
    QVERIFY(left.exec(u"SELECT COUNT(*) FROM t"_s) && left.next());
    QCOMPARE(left.value(0).toInt(), 0);
    left.finish();
    // A smaller batch still fits: the connection carries on.
    const std::vector<qint64> few = rows(1, 10);
    const ArchiveWriteResult small = connection.write(10, u"x"_s, [&](int &added) {
        if (!connection.insertRows(u"INSERT INTO t(ts, kind)"_s, 2, few))
            return false;
        added = connection.rowsAffected();
        return true;
    });
    QVERIFY2(small.ok(), qPrintable(small.error.message));
    QCOMPARE(small.added, 10);
}

QTEST_GUILESS_MAIN(TestIntegerRowInsert)
#include "tst_integer_row_insert.moc"
