// The one rule for actions that need the workspace, over a real outage (a refused port): marked
// actions are off with the reason while the workspace cannot be reached, whatever their screen
// sets meanwhile, and come back exactly as their screen set them last (enabled state, tooltip,
// status tip); actions that are not marked are left alone.
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "common/workspaceactiongate.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "services/workspacereachability.h"

#include <QAction>
#include <QTcpServer>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeout = 20000;
} // namespace

class TestWorkspaceActionGate final : public QObject
{
    Q_OBJECT

private slots:
    void offWithTheReasonThenAsTheScreenLeftThem();
};

void TestWorkspaceActionGate::offWithTheReasonThenAsTheScreenLeftThem()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const auto options = test::EmulatorFixture::smallOptions();
    Connection connection(QUrl(u"http://127.0.0.1:%1"_s.arg(port)),
        std::make_shared<StaticTokenProvider>(options.tokens.constFirst()));
    WorkspaceReachability reachability;
    reachability.setProbeIntervalMs(100);
    reachability.setConnection(&connection);

    QWidget screen;
    auto *run = new QAction(u"&Run now…"_s, &screen); // default tooltip (its text)
    auto *remove = new QAction(u"&Delete…"_s, &screen);
    remove->setToolTip(u"Delete the selected jobs"_s);
    remove->setStatusTip(u"Deletes them for good"_s);
    auto *find = new QAction(u"&Find"_s, &screen); // works on what is shown: not marked
    WorkspaceActionGate::needsWorkspace(run);
    WorkspaceActionGate::needsWorkspace(remove);
    remove->setEnabled(false); // nothing selected
    WorkspaceActionGate gate(&screen, &reachability);

    reachability.probeNow();
    QTRY_VERIFY_WITH_TIMEOUT(reachability.isOffline(), kTimeout);
    QVERIFY(!run->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(find->isEnabled());
    QVERIFY2(run->toolTip().startsWith(u"Run now"_s) && run->toolTip().endsWith(reachability.reason()),
        qPrintable(run->toolTip()));
    QCOMPARE(remove->statusTip(), reachability.reason());
    QCOMPARE(find->toolTip(), u"Find"_s);

    // The screen goes on deciding meanwhile: a selection, a new tooltip, a new text.
    remove->setEnabled(true);
    run->setEnabled(false);
    QVERIFY(!remove->isEnabled());
    remove->setToolTip(u"Locked: deployed from a bundle"_s);
    QVERIFY2(remove->toolTip().startsWith(u"Locked: deployed from a bundle\n"_s)
            && remove->toolTip().endsWith(reachability.reason()),
        qPrintable(remove->toolTip()));
    run->setText(u"&Run 2 jobs now"_s);

    // Back: as the screen left them.
    emulator::WorkspaceEmulator workspace(options);
    QVERIFY(workspace.listen(QHostAddress::LocalHost, port));
    QTRY_VERIFY_WITH_TIMEOUT(!reachability.isOffline(), kTimeout);
    QVERIFY(remove->isEnabled());
    QVERIFY(!run->isEnabled());
    QCOMPARE(remove->toolTip(), u"Locked: deployed from a bundle"_s);
    QCOMPARE(remove->statusTip(), u"Deletes them for good"_s);
    QCOMPARE(run->toolTip(), u"Run 2 jobs now"_s); // follows its text again
    QVERIFY(run->statusTip().isEmpty());
    run->setEnabled(true);
    QVERIFY(run->isEnabled());
}

QTEST_MAIN(TestWorkspaceActionGate)
#include "tst_workspace_action_gate.moc"
