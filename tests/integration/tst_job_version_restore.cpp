// "Restore this version" against the emulator over loopback, through JobHistoryService and the
// job form's own save: an archived version goes back to the server whole (a field Brickdesk
// does not know, and a secret the archive redacted, taken from the job as it is now), shows as
// a new version once the job is read again; a job changed on the server since it was shown is
// not overwritten; a secret the archive cannot give back stops the restore before any write.
#include "api/connection.h"
#include "api/jobsapi.h"
#include "archive/secretscrubber.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "services/jobhistoryservice.h"
#include "services/jobversionrestore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeout = 15000;
const QString kPassword = u"pw-only-on-the-server-7f3a"_s;
} // namespace

class TestJobVersionRestore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aVersionGoesBackWholeAndShowsAsANewVersion();
    void aJobChangedSinceItWasShownIsNotOverwritten();
    void aSecretTheArchiveCannotGiveBackStopsTheRestore();
    void redactedValuesComeFromTheCurrentSettings();

private:
    // Reads the job from the server and records it, as opening its page does.
    void show();
    int indexOfVersion(int version) const;
    QJsonObject serverSettings() const;

    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobHistoryService> m_history;
    qint64 m_jobId = 0;
    QJsonObject m_pristine; // as seeded
    QJsonObject m_first; // version 1 on the server, unknown field and a secret included
};

void TestJobVersionRestore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<test::EmulatorFixture>();
    m_connection = std::make_unique<Connection>(
        m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
    m_jobId = m_fixture->emulator().anyJobId(2);
    QVERIFY(m_jobId > 0);
    m_pristine = serverSettings();
}

void TestJobVersionRestore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_history = std::make_unique<JobHistoryService>();
    m_history->setConnection(m_connection.get());
    m_history->setArchivePath(m_dir->filePath(u"archive.sqlite"_s));

    // The same job each time, from its seeded settings, into a fresh archive.
    m_first = m_pristine;
    m_first.insert(u"x_future_setting"_s, QJsonObject {{u"mode"_s, u"fast"_s}, {u"level"_s, 3}});
    QJsonArray parameters = m_first.value(u"parameters"_s).toArray();
    parameters.append(QJsonObject {{u"name"_s, u"db_password"_s}, {u"default"_s, kPassword}});
    m_first.insert(u"parameters"_s, parameters);
    m_first.insert(u"timeout_seconds"_s, 3600);
    QVERIFY(m_fixture->emulator().updateJobSettings(m_jobId, m_first));
    show();
    QCOMPARE(m_history->versionCount(), 1);

    // Version 2: the unknown field gone, the timeout changed, a task's retries changed.
    QJsonObject second = m_first;
    second.remove(u"x_future_setting"_s);
    second.insert(u"timeout_seconds"_s, 4321);
    QJsonArray tasks = second.value(u"tasks"_s).toArray();
    QJsonObject task = tasks.at(0).toObject();
    task.insert(u"max_retries"_s, 7);
    tasks.replace(0, task);
    second.insert(u"tasks"_s, tasks);
    QVERIFY(m_fixture->emulator().updateJobSettings(m_jobId, second));
    show();
    QCOMPARE(m_history->versionCount(), 2);
}

void TestJobVersionRestore::cleanup()
{
    m_history.reset();
    m_dir.reset();
}

void TestJobVersionRestore::show()
{
    std::optional<ApiResult<Job>> job;
    m_connection->jobs().getJob(m_jobId).then(
        m_history.get(), [&job](const ApiResult<Job> &result) { job = result; });
    QTRY_VERIFY_WITH_TIMEOUT(job.has_value(), kTimeout);
    QVERIFY2(job->ok(), qPrintable(job->error().message()));
    QSignalSpy changed(m_history.get(), &JobHistoryService::versionsChanged);
    m_history->recordAndLoad(job->value());
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && !m_history->isLoading(), kTimeout);
    QVERIFY2(m_history->errorText().isEmpty(), qPrintable(m_history->errorText()));
}

int TestJobVersionRestore::indexOfVersion(int version) const
{
    for (int i = 0; i < m_history->versionCount(); ++i) {
        if (m_history->versionNumber(i) == version)
            return i;
    }
    return -1;
}

QJsonObject TestJobVersionRestore::serverSettings() const
{
    return m_fixture->emulator().job(m_jobId).value(u"settings"_s).toObject();
}

void TestJobVersionRestore::aVersionGoesBackWholeAndShowsAsANewVersion()
{
    const int first = indexOfVersion(1);
    QString why;
    QVERIFY2(m_history->canRestore(first, &why), qPrintable(why));
    QVERIFY(!m_history->canRestore(indexOfVersion(2))); // the current one
    const QStringList changes = m_history->restoreChanges(first);
    QVERIFY2(changes.join(u'\n').contains(u"x_future_setting"_s), qPrintable(changes.join(u'\n')));

    QSignalSpy finished(m_history.get(), &JobHistoryService::restoreFinished);
    m_history->restore(first);
    QVERIFY(m_history->isRestoring());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(m_history->restoreText()));
    QVERIFY(m_history->restoreText().contains(u"Version 1 restored"_s));

    // Byte for byte what version 1 was, the unknown field and the password included (the
    // archive never had the password: it came from the settings the job had when shown).
    QCOMPARE(serverSettings(), m_first);

    show();
    QCOMPARE(m_history->versionCount(), 3);
    QCOMPARE(m_history->versionNumber(0), 3);
    QVERIFY(m_history->isCurrent(0));
    QCOMPARE(m_history->settingsText(0), m_history->settingsText(indexOfVersion(1)));
    QVERIFY(!m_history->settingsText(0).contains(kPassword));
}

void TestJobVersionRestore::aJobChangedSinceItWasShownIsNotOverwritten()
{
    // Someone else saves the job after this page showed it.
    QJsonObject elsewhere = serverSettings();
    elsewhere.insert(u"description"_s, u"changed by someone else"_s);
    QVERIFY(m_fixture->emulator().updateJobSettings(m_jobId, elsewhere));

    QSignalSpy finished(m_history.get(), &JobHistoryService::restoreFinished);
    m_history->restore(indexOfVersion(1));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(
        m_history->restoreText().contains(u"changed on the server"_s), qPrintable(m_history->restoreText()));
    QVERIFY2(m_history->restoreDetails().join(u'\n').contains(u"description"_s),
        qPrintable(m_history->restoreDetails().join(u'\n')));
    QCOMPARE(serverSettings(), elsewhere);

    // Once shown again, the same restore goes through.
    show();
    QCOMPARE(m_history->versionCount(), 3);
    m_history->restore(indexOfVersion(1));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeout);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(m_history->restoreText()));
    QCOMPARE(serverSettings(), m_first);
}

void TestJobVersionRestore::aSecretTheArchiveCannotGiveBackStopsTheRestore()
{
    // Version 3 drops the password parameter: version 1's value is nowhere to be had.
    QJsonObject third = serverSettings();
    QJsonArray parameters;
    for (const QJsonValue &p : third.value(u"parameters"_s).toArray()) {
        if (p.toObject().value(u"name"_s).toString() != u"db_password"_s)
            parameters.append(p);
    }
    third.insert(u"parameters"_s, parameters);
    QVERIFY(m_fixture->emulator().updateJobSettings(m_jobId, third));
    show();
    QCOMPARE(m_history->versionCount(), 3);

    QSignalSpy finished(m_history.get(), &JobHistoryService::restoreFinished);
    m_history->restore(indexOfVersion(1));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(
        m_history->restoreText().contains(SecretScrubber::redacted()), qPrintable(m_history->restoreText()));
    QCOMPARE(m_history->restoreDetails(), QStringList {u"parameters[db_password].default"_s});
    QCOMPARE(serverSettings(), third);

    // Version 2 had the same password as version 1, and still has no value to give back.
    m_history->restore(indexOfVersion(2));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeout);
    QVERIFY(!finished.at(1).at(0).toBool());
    QCOMPARE(serverSettings(), third);
}

void TestJobVersionRestore::redactedValuesComeFromTheCurrentSettings()
{
    const QJsonObject current {
        {u"tasks"_s,
            QJsonArray {
                QJsonObject {{u"task_key"_s, u"b"_s},
                    {u"new_cluster"_s,
                        QJsonObject {{u"spark_env_vars"_s, QJsonObject {{u"API_TOKEN"_s, u"tok-b"_s}}}}}},
                QJsonObject {{u"task_key"_s, u"a"_s},
                    {u"new_cluster"_s,
                        QJsonObject {{u"spark_env_vars"_s, QJsonObject {{u"API_TOKEN"_s, u"tok-a"_s}}}}}},
            }},
        {u"note"_s, u"jdbc:x://u:p4ss@host/db"_s},
    };
    // Archived with the tasks in the other order, a's retries different, and the URL's
    // password redacted inside the string.
    QJsonObject archived = SecretScrubber::scrub(current);
    QJsonArray tasks = archived.value(u"tasks"_s).toArray();
    QJsonObject a = tasks.at(1).toObject();
    a.insert(u"max_retries"_s, 2);
    archived.insert(u"tasks"_s, QJsonArray {a, tasks.at(0)});
    QStringList unresolved;
    const QJsonObject restored
        = JobVersionRestore::withSecretsFrom(archived, current, &unresolved).toObject();
    QVERIFY2(unresolved.isEmpty(), qPrintable(unresolved.join(u", "_s)));
    const QJsonArray out = restored.value(u"tasks"_s).toArray();
    QCOMPARE(out.at(0).toObject().value(u"task_key"_s).toString(), u"a"_s);
    QCOMPARE(out.at(0).toObject().value(u"max_retries"_s).toInt(), 2);
    QCOMPARE(out.at(0)[u"new_cluster"_s][u"spark_env_vars"_s][u"API_TOKEN"_s].toString(), u"tok-a"_s);
    QCOMPARE(out.at(1)[u"new_cluster"_s][u"spark_env_vars"_s][u"API_TOKEN"_s].toString(), u"tok-b"_s);
    QCOMPARE(restored.value(u"note"_s), current.value(u"note"_s));

    // A task that is not there any more cannot lend its secret.
    archived.insert(u"tasks"_s,
        QJsonArray {a, tasks.at(0),
            QJsonObject {{u"task_key"_s, u"gone"_s}, {u"password"_s, SecretScrubber::redacted()}}});
    unresolved.clear();
    JobVersionRestore::withSecretsFrom(archived, current, &unresolved);
    QCOMPARE(unresolved, QStringList {u"tasks[gone].password"_s});
}

QTEST_GUILESS_MAIN(TestJobVersionRestore)
#include "tst_job_version_restore.moc"
