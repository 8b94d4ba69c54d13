// JobDriftService against two emulated workspaces over loopback: the job of the same name is
// found in the other workspace and exactly its differences are listed (a task's notebook path,
// a parameter, a field Brickdesk does not know; not what always differs between workspaces);
// several of that name or none ask for a choice; the other workspace opens through its
// ~/.databrickscfg profile without joining the open workspaces; a workspace that cannot be
// signed in to says why.
#include "driftfixture.h"
#include "eventwait.h"
#include "models/jobsmodel.h"
#include "services/jobdriftservice.h"
#include "services/workspaceset.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeout = 15000;

using State = JobDriftService::State;

bool settled(const JobDriftService &service)
{
    return service.state() == State::Compared || service.state() == State::Choosing
        || service.state() == State::Failed || service.state() == State::Idle;
}

OtherWorkspace::Target targetNamed(const JobDriftService &service, const QString &name)
{
    const QList<OtherWorkspace::Target> targets = service.targets();
    for (const OtherWorkspace::Target &target : targets) {
        if (target.name == name)
            return target;
    }
    return {};
}
} // namespace

class TestJobDriftService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theSameNamedJobDiffersInExactlyThoseFields();
    void severalJobsOfTheNameAskForAChoice();
    void noJobOfTheExactNameAsksForAChoice();
    void aProfileOpensPrivatelyThroughItsSignIn();
    void aWorkspaceWithoutItsSecretSaysWhy();

private:
    // The service with dev's job, compared with `target`, waited for.
    void compare(const QString &targetName);
    QProcessEnvironment environment() const;

    std::unique_ptr<test::DriftFixture> m_drift; // a fresh pair of workspaces per test
    std::unique_ptr<JobDriftService> m_service;
};

void TestJobDriftService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QProcessEnvironment TestJobDriftService::environment() const
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, m_drift->filePath({}));
    env.insert(u"DATABRICKS_CONFIG_FILE"_s, m_drift->filePath(u".databrickscfg"_s));
    return env;
}

void TestJobDriftService::init()
{
    m_drift = std::make_unique<test::DriftFixture>();
    m_service = std::make_unique<JobDriftService>(m_drift->set());
    m_service->setEnvironment(environment());
    m_service->setJob(m_drift->devKey(), m_drift->devConnection(),
        Job::fromJson(QJsonObject {{u"job_id"_s, m_drift->devJobId()},
            {u"settings"_s, QJsonObject {{u"name"_s, test::DriftFixture::jobName()}}}}));
}

void TestJobDriftService::cleanup()
{
    m_service.reset();
    m_drift.reset();
}

void TestJobDriftService::compare(const QString &targetName)
{
    const OtherWorkspace::Target target = targetNamed(*m_service, targetName);
    QVERIFY2(!target.key.isEmpty(), qPrintable(targetName));
    m_service->compareWith(target);
    QVERIFY(m_service->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(settled(*m_service), kTimeout);
}

void TestJobDriftService::theSameNamedJobDiffersInExactlyThoseFields()
{
    // The workspace shown is never offered; the other open one is.
    const QList<OtherWorkspace::Target> targets = m_service->targets();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.first().key, m_drift->prodKey());
    QVERIFY(targets.first().open);

    compare(u"Prod"_s);
    QCOMPARE(m_service->state(), State::Compared);
    QCOMPARE(m_service->nameMatches(), 1);
    QCOMPARE(m_service->there().id(), m_drift->prodJobId());
    QCOMPARE(m_service->here().id(), m_drift->devJobId());
    QCOMPARE(m_service->here().settings().taskCount(), 2); // read again, whole
    QCOMPARE(m_service->result().differences, test::DriftFixture::expectedDifferences());
    QVERIFY2(m_service->statusText().startsWith(u"3 difference"_s), qPrintable(m_service->statusText()));
    QVERIFY(m_service->result().thereText.contains(u"x_future_setting"_s));
    QVERIFY(!m_service->result().thereText.contains(u"metadata_file_path"_s));

    // The same settings on both sides: no differences, said so.
    m_drift->prod().emulator().updateJobSettings(m_drift->prodJobId(), test::DriftFixture::devSettings());
    compare(u"Prod"_s);
    QCOMPARE(m_service->state(), State::Compared);
    QVERIFY(m_service->result().differences.isEmpty());
    QVERIFY2(m_service->statusText().startsWith(u"No differences"_s), qPrintable(m_service->statusText()));
}

void TestJobDriftService::severalJobsOfTheNameAskForAChoice()
{
    const qint64 namesake = m_drift->addNamesakeInProd();
    compare(u"Prod"_s);
    QCOMPARE(m_service->state(), State::Choosing);
    QCOMPARE(m_service->nameMatches(), 2);
    QVERIFY2(m_service->statusText().contains(u"2 jobs"_s), qPrintable(m_service->statusText()));
    // The other workspace's jobs load for the choice.
    JobsModel *candidates = m_service->candidates();
    QTRY_VERIFY_WITH_TIMEOUT(candidates->isComplete(), kTimeout);
    QCOMPARE(candidates->rowCount(), m_drift->prod().emulator().jobCount());
    QVERIFY(candidates->rowOfJob(namesake) >= 0);

    m_service->compareWithJob(namesake);
    QTRY_VERIFY_WITH_TIMEOUT(settled(*m_service), kTimeout);
    QCOMPARE(m_service->state(), State::Compared);
    QCOMPARE(m_service->there().id(), namesake);
    QCOMPARE(m_service->result().differences, test::DriftFixture::expectedDifferences());

    // Another choice after a comparison replaces it.
    m_service->compareWithJob(m_drift->prodJobId());
    QTRY_VERIFY_WITH_TIMEOUT(settled(*m_service), kTimeout);
    QCOMPARE(m_service->there().id(), m_drift->prodJobId());
}

void TestJobDriftService::noJobOfTheExactNameAsksForAChoice()
{
    // jobs/list's name filter ignores case: a job whose name differs only in case is not it.
    m_drift->renameInProd(test::DriftFixture::jobName().toUpper());
    compare(u"Prod"_s);
    QCOMPARE(m_service->state(), State::Choosing);
    QCOMPARE(m_service->nameMatches(), 0);
    QVERIFY2(m_service->statusText().startsWith(
                 u"No job in “Prod” is named “%1”"_s.arg(test::DriftFixture::jobName())),
        qPrintable(m_service->statusText()));

    m_service->cancel();
    QCOMPARE(m_service->state(), State::Idle);
    QCOMPARE(m_service->statusText(), u"Stopped."_s);
}

void TestJobDriftService::aProfileOpensPrivatelyThroughItsSignIn()
{
    // Prod is not open: it is a profile of ~/.databrickscfg (a token in the file).
    m_drift->set()->close(m_drift->prodKey());
    QFile config(m_drift->filePath(u".databrickscfg"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QString(u"[prod-profile]\nhost = "_s + m_drift->prod().url().toString() + u"\ntoken = "_s
        + m_drift->prod().token() + u"\n"_s)
                     .toUtf8());
    config.close();
    const QStringList keysBefore = m_drift->set()->keys();

    const OtherWorkspace::Target target = targetNamed(*m_service, u"prod-profile"_s);
    QVERIFY(!target.open);
    compare(u"prod-profile"_s);
    QVERIFY2(m_service->state() == State::Compared, qPrintable(m_service->statusText()));
    QCOMPARE(m_service->result().differences, test::DriftFixture::expectedDifferences());
    // Not opened in the navigation, not remembered as the workspace to reopen.
    QCOMPARE(m_drift->set()->keys(), keysBefore);
    QVERIFY(m_drift->store()->workspaces().isEmpty());
    QVERIFY(m_drift->store()->lastUsedId().isEmpty());
}

void TestJobDriftService::aWorkspaceWithoutItsSecretSaysWhy()
{
    m_drift->set()->close(m_drift->prodKey());
    WorkspaceEntry entry;
    entry.name = u"Saved prod"_s;
    entry.host = m_drift->prod().url().toString();
    entry.authMethod = WorkspaceEntry::AuthMethod::PersonalAccessToken;
    m_drift->store()->save(entry); // its token was never put in the keychain
    compare(u"Saved prod"_s);
    QCOMPARE(m_service->state(), State::Failed);
    QVERIFY2(m_service->errorText().startsWith(u"Could not connect to “Saved prod”: "_s),
        qPrintable(m_service->errorText()));
    QVERIFY2(m_service->errorText().contains(u"keychain"_s), qPrintable(m_service->errorText()));
}

QTEST_GUILESS_MAIN(TestJobDriftService)
#include "tst_job_drift_service.moc"
