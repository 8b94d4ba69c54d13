// `brickdesk --job abc`, `--run -1`, `--cluster '<b>'`: the real binary refuses them with a
// sentence that names the option and exits 2, before it opens any window (no display is
// given: a QApplication would abort). The checks themselves are table-tested.
#include "common/commandlineids.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;

class TestStartupArguments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void numbers_data();
    void numbers();
    void clusterIds_data();
    void clusterIds();
    void binaryRefusesABadId_data();
    void binaryRefusesABadId();
};

void TestStartupArguments::numbers_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint64>("expected"); // 0: refused
    QTest::newRow("id") << u"42"_s << qint64(42);
    QTest::newRow("spaces around") << u" 42 "_s << qint64(42);
    QTest::newRow("largest") << u"9223372036854775807"_s << std::numeric_limits<qint64>::max();
    QTest::newRow("letters") << u"abc"_s << qint64(0);
    QTest::newRow("trailing letters") << u"42abc"_s << qint64(0);
    QTest::newRow("negative") << u"-1"_s << qint64(0);
    QTest::newRow("plus sign") << u"+5"_s << qint64(0);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("too large") << u"9223372036854775808"_s << qint64(0);
    QTest::newRow("far too large") << u"99999999999999999999999"_s << qint64(0);
    QTest::newRow("hex") << u"0x10"_s << qint64(0);
    QTest::newRow("decimal point") << u"4.2"_s << qint64(0);
    QTest::newRow("empty") << QString() << qint64(0);
}

void TestStartupArguments::numbers()
{
    QFETCH(QString, value);
    QFETCH(qint64, expected);
    QString error;
    const std::optional<qint64> id = CommandLineIds::number(u"job"_s, value, &error);
    if (expected == 0) {
        QVERIFY(!id);
        QVERIFY2(error.contains(u"--job"_s), qPrintable(error));
    } else {
        QCOMPARE(id.value_or(0), expected);
        QVERIFY(error.isEmpty());
    }
}

void TestStartupArguments::clusterIds_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("cluster id") << u"0123-456789-abcdefgh"_s << true;
    QTest::newRow("markup") << u"<b>x</b>"_s << false;
    QTest::newRow("path") << u"../../etc"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too long") << QString(101, u'a') << false;
}

void TestStartupArguments::clusterIds()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QString error;
    QCOMPARE(CommandLineIds::clusterId(u"cluster"_s, value, &error).has_value(), accepted);
    QCOMPARE(error.isEmpty(), accepted);
}

void TestStartupArguments::binaryRefusesABadId_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::newRow("--job abc") << QStringList {u"--demo"_s, u"--job"_s, u"abc"_s} << u"--job"_s;
    QTest::newRow("--run -1") << QStringList {u"--demo"_s, u"--run=-1"_s} << u"--run"_s;
    QTest::newRow("--run huge") << QStringList {u"--run"_s, u"99999999999999999999"_s} << u"--run"_s;
    QTest::newRow("--cluster markup") << QStringList {u"--cluster"_s, u"<b>x"_s} << u"--cluster"_s;
}

void TestStartupArguments::binaryRefusesABadId()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"none-such"_s); // a QApplication would abort
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QString::fromUtf8(BRICKDESK_BINARY), arguments);
    if (!finished.wait(30'000))
        process.kill();
    process.waitForFinished(5000);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains(option), qPrintable(err));
    QVERIFY2(err.contains(arguments.last().section(u'=', -1)), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestStartupArguments)
#include "tst_startup_arguments.moc"
