// Names a workspace's users choose are shown as the text they typed: a job named with markup
// reads literally in the jobs list, the job's header, its overview and its run, and a name of
// 300 characters is read whole in the header without widening the window past a laptop screen.
#include "api/apireply.h"
#include "api/connection.h"
#include "api/jobsparams.h"
#include "apiclientfixture.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobs/jobdetailwidget.h"
#include "jobs/jobspage.h"
#include "literaltextwalk.h"
#include "models/jobsmodel.h"
#include "models/runsmodel.h"
#include "runs/rundetailwidget.h"

#include <QFontMetrics>
#include <QJsonArray>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// Markup only a hostile name carries: rendered, it would hide everything after it.
const QString kMarker = u"<b></b><!--"_s;

} // namespace

class TestServerTextLiteral final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void jobAndRunShowTheNameAsTyped();
    void aLongNameKeepsThePageNarrow();
    void aFailedLoadIsPlainText();

private:
    qint64 createJob(const QString &name);

    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<JobsPage> m_page;
};

void TestServerTextLiteral::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<test::EmulatorFixture>();
    m_connection = std::make_unique<Connection>(
        m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
}

void TestServerTextLiteral::init()
{
    m_page = std::make_unique<JobsPage>();
    m_page->resize(1200, 800);
    m_page->show();
    m_page->setConnection(m_connection.get());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && m_page->model()->rowCount() > 0, 20000);
}

void TestServerTextLiteral::cleanup()
{
    m_page.reset();
}

qint64 TestServerTextLiteral::createJob(const QString &name)
{
    const QString cluster = m_fixture->emulator().clusterIds().first();
    const QJsonObject task {{u"task_key"_s, u"ingest"_s}, {u"existing_cluster_id"_s, cluster},
        {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/Workspace/etl/ingest"_s}}}};
    const QJsonObject settings {{u"name"_s, name},
        {u"description"_s, QString(u"Owned by "_s + kMarker + u" ops"_s)},
        {u"tags"_s, QJsonObject {{u"team"_s, QString(u"data"_s + kMarker)}}},
        {u"tasks"_s, QJsonArray {task}}};
    const qint64 jobId
        = test::finish(m_connection->jobs().create(settings))->json().value(u"job_id").toInteger();
    m_page->model()->refresh();
    if (!brickdesk::test::waitFor([&] { return m_page->model()->rowOfJob(jobId) >= 0; }, 10000))
        return 0;
    return jobId;
}

void TestServerTextLiteral::jobAndRunShowTheNameAsTyped()
{
    const QString name = u"prod"_s + kMarker + u" nightly"_s;
    const qint64 jobId = createJob(name);
    QVERIFY(jobId > 0);
    RunNowParams params;
    params.jobId = jobId;
    const qint64 runId
        = test::finish(m_connection->jobs().runNow(params))->json().value(u"run_id").toInteger();
    QVERIFY(runId > 0);

    m_page->showJob(jobId);
    JobDetailWidget *detail = m_page->jobDetail();
    QTRY_VERIFY_WITH_TIMEOUT(detail->job().isValid() && detail->jobId() == jobId, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!detail->runsModel()->isLoading() && detail->runsModel()->rowCount() > 0, 10000);
    QCOMPARE(detail->jobName(), name);

    test::LiteralTextWalk jobWalk(kMarker);
    jobWalk.visit(m_page.get());
    QVERIFY2(jobWalk.obeyed().isEmpty(), qPrintable(jobWalk.obeyed().join(u'\n')));
    // The header names the job: the walk saw the name, not an empty screen.
    QVERIFY2(jobWalk.carriers() >= 1, "the job's name was not shown anywhere");

    m_page->showRun(runId);
    RunDetailWidget *run = m_page->runDetail();
    QTRY_VERIFY_WITH_TIMEOUT(run->isVisible() && run->runId() == runId, 10000);
    // The run's header names its job once the run has loaded.
    const auto walkRun = [&] {
        test::LiteralTextWalk walk(kMarker);
        walk.visit(run);
        return walk;
    };
    QTRY_VERIFY_WITH_TIMEOUT(walkRun().carriers() >= 1, 10000);
    QVERIFY2(walkRun().obeyed().isEmpty(), qPrintable(walkRun().obeyed().join(u'\n')));
}

void TestServerTextLiteral::aLongNameKeepsThePageNarrow()
{
    QString name = u"etl "_s + kMarker;
    while (name.size() < 300)
        name += u" ingest_orders_from_the_eu_region"_s;
    const qint64 jobId = createJob(name);
    QVERIFY(jobId > 0);
    m_page->showJob(jobId);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->jobDetail()->jobId() == jobId && m_page->jobDetail()->job().isValid(), 10000);
    // The whole name can be read: wrapped inside the header, not cut at its edge.
    auto *title = m_page->jobDetail()->findChild<QLabel *>(u"jobTitle"_s);
    QVERIFY(title);
    QTRY_COMPARE(title->text(), name);
    QTRY_VERIFY2(QFontMetrics(title->font())
                     .boundingRect(QRect(0, 0, title->contentsRect().width(), 100000), Qt::TextWordWrap, name)
                     .height()
            <= title->contentsRect().height(),
        qPrintable(u"%1 px high for the name, %2 px shown"_s
                       .arg(QFontMetrics(title->font())
                                .boundingRect(QRect(0, 0, title->contentsRect().width(), 100000),
                                    Qt::TextWordWrap, name)
                                .height())
                       .arg(title->contentsRect().height())));
    // A 1366 px laptop screen holds the window with room for its frame and the jobs list.
    QVERIFY2(m_page->minimumSizeHint().width() <= 1200,
        qPrintable(u"the page needs %1 px"_s.arg(m_page->minimumSizeHint().width())));
}

void TestServerTextLiteral::aFailedLoadIsPlainText()
{
    m_page->showJob(987654321);
    auto *subtitle = m_page->jobDetail()->findChild<QLabel *>(u"jobSubtitle"_s);
    QVERIFY(subtitle);
    QTRY_VERIFY_WITH_TIMEOUT(subtitle->text().contains(u"987654321"_s), 10000);
    // The server's words, whatever characters they hold, and wrapped rather than widening the window.
    QCOMPARE(subtitle->textFormat(), Qt::PlainText);
    QVERIFY(subtitle->wordWrap());
}

QTEST_MAIN(TestServerTextLiteral)
#include "tst_server_text_literal.moc"
