// The test harness gives each test a home of its own, emptied before it runs
// (tests/private-home.sh): what QStandardPaths' test mode keeps there (settings, the archive,
// drafts) can neither leak between tests run side by side nor land in a developer's home.
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPrivateHome final : public QObject
{
    Q_OBJECT

private slots:
    void homeIsThisTestsOwnAndEmpty()
    {
        const QString home = QDir::homePath();
        QVERIFY2(home.endsWith(u"/test-homes/tst_private_home"_s), qPrintable(home));
        QVERIFY2(
            QDir(home).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), qPrintable(home));
    }

    void testModeWritesUnderIt()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY2(data.startsWith(QDir::homePath() + u'/'), qPrintable(data));
        // Left for the next run, which must not see it (the first check).
        QVERIFY(QDir().mkpath(data));
        QFile marker(data + u"/left-by-the-last-run"_s);
        QVERIFY(marker.open(QIODevice::WriteOnly));
    }
};

QTEST_GUILESS_MAIN(TestPrivateHome)
#include "tst_private_home.moc"
