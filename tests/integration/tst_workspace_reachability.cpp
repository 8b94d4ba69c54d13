// Offline and back, over real sockets: a workspace whose port nobody listens on is offline
// once two attempts in a row fail, says since when and why; it asks again by itself and is
// reachable as soon as a workspace (the emulator) listens there; an HTTP error is an answer,
// not a reason to call it offline.
#include "api/connection.h"
#include "api/jobsapi.h"
#include "api/retrypolicy.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "services/workspacereachability.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeout = 20000;
} // namespace

class TestWorkspaceReachability final : public QObject
{
    Q_OBJECT

private slots:
    void offlineWhileNobodyAnswersThenBackByItself();
    void anHttpErrorIsNotOffline();
    void aRefusedConnectionIsKnownBeforeTheRetriesEnd();
};

void TestWorkspaceReachability::offlineWhileNobodyAnswersThenBackByItself()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: connections to the port are refused from here on
    auto options = test::EmulatorFixture::smallOptions();
    Connection connection(QUrl(u"http://127.0.0.1:%1"_s.arg(port)),
        std::make_shared<StaticTokenProvider>(options.tokens.constFirst()));
    connection.setRetryPolicy(RetryPolicy::fastForTests());
    WorkspaceReachability reachability;
    reachability.setProbeIntervalMs(100);
    reachability.setConnection(&connection);
    QVERIFY(!reachability.isOffline());
    QVERIFY(reachability.reason().isEmpty());

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QSignalSpy changed(&reachability, &WorkspaceReachability::changed);
    reachability.probeNow();
    QTRY_VERIFY_WITH_TIMEOUT(reachability.isOffline(), kTimeout);
    QVERIFY(reachability.offlineSinceMs() >= before);
    QVERIFY(reachability.offlineText().startsWith(u"Offline since "_s));
    QVERIFY(!reachability.reason().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!reachability.lastError().isEmpty(), kTimeout);
    QVERIFY2(reachability.offlineText().contains(reachability.lastError()),
        qPrintable(reachability.offlineText()));

    // The workspace comes up on that port: the next probe finds it, with no one asking.
    emulator::WorkspaceEmulator workspace(options);
    QVERIFY(workspace.listen(QHostAddress::LocalHost, port));
    QTRY_VERIFY_WITH_TIMEOUT(!reachability.isOffline(), kTimeout);
    QVERIFY(reachability.offlineText().isEmpty());
    QVERIFY(reachability.reason().isEmpty());
}

void TestWorkspaceReachability::anHttpErrorIsNotOffline()
{
    test::EmulatorFixture fixture;
    Connection connection(fixture.url(), std::make_shared<StaticTokenProvider>(fixture.token()));
    WorkspaceReachability reachability;
    reachability.setConnection(&connection);
    QSignalSpy changed(&reachability, &WorkspaceReachability::changed);
    bool answered = false;
    connection.jobs().getJob(987654321).then(
        &reachability, [&answered](const ApiResult<Job> &result) { answered = !result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kTimeout);
    QVERIFY(!reachability.isOffline());
    QVERIFY(changed.isEmpty());
}

void TestWorkspaceReachability::aRefusedConnectionIsKnownBeforeTheRetriesEnd()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    auto options = test::EmulatorFixture::smallOptions();
    Connection connection(QUrl(u"http://127.0.0.1:%1"_s.arg(port)),
        std::make_shared<StaticTokenProvider>(options.tokens.constFirst()));
    // The application's own policy: a refused read is retried for half a minute and more.
    QCOMPARE(connection.retryPolicy().maxAttempts, RetryPolicy().maxAttempts);
    WorkspaceReachability reachability;
    reachability.setConnection(&connection);

    QElapsedTimer clock;
    clock.start();
    bool finished = false;
    connection.jobs().getJob(1).then(&reachability, [&finished](const ApiResult<Job> &) { finished = true; });
    QTRY_VERIFY_WITH_TIMEOUT(reachability.isOffline(), kTimeout);
    // Known from the first refused attempt and a probe, while the read still waits to retry.
    QVERIFY(!finished);
    QVERIFY2(!reachability.lastError().isEmpty(), "the probe's failure says why");
    qInfo("offline after %lld ms (the read is still retrying)", clock.elapsed());
}

QTEST_GUILESS_MAIN(TestWorkspaceReachability)
#include "tst_workspace_reachability.moc"
