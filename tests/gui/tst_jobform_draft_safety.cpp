// Nothing typed into the job form is lost or exposed through its drafts: a draft that cannot be
// written is reported at once and the form stays open until the user agrees to lose the edits;
// a restored draft of an edit does not report a change on the server that is only its own
// blanked secrets; draft files and their folder are the user's alone. Against the emulator.
#include "api/apireply.h"
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "common/prompts.h"
#include "emulatorfixture.h"
#include "eventwait.h"
#include "jobform/jobformcontroller.h"
#include "jobform/jobformdialog.h"
#include "jobform/jobformdrafts.h"
#include "typeinto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

class TestJobFormDraftSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void draftFilesAreTheUsersOnly();
    void unwritableDraftIsReportedAndKeepsTheFormOpen();
    void restoredDraftWithSecretsSavesWithoutFalseConflict();
    void restoredDraftStillSeesRealChanges();

private:
    qint64 createJob(const QJsonObject &settings);
    // Opens `jobId` for editing, renames it, and returns the draft that leaves behind.
    JobFormDraft draftOfAnEdit(qint64 jobId, const QString &newName);

    std::unique_ptr<test::EmulatorFixture> m_fx;
    std::unique_ptr<Connection> m_connection;
    QTemporaryDir m_dir;
};

namespace {

using test::typeInto;

// A job whose cluster carries a secret-looking value (blanked in any draft).
QJsonObject jobWithASecret(const QString &name)
{
    return {{u"name"_s, name},
        {u"job_clusters"_s,
            QJsonArray {QJsonObject {{u"job_cluster_key"_s, u"c"_s},
                {u"new_cluster"_s,
                    QJsonObject {{u"spark_version"_s, u"15.4.x-scala2.12"_s},
                        {u"node_type_id"_s, u"i3.xlarge"_s}, {u"num_workers"_s, 1},
                        {u"spark_env_vars"_s,
                            QJsonObject {{u"WAREHOUSE_PASSWORD"_s, u"hunter2-not-real"_s}}}}}}}},
        {u"tasks"_s,
            QJsonArray {QJsonObject {{u"task_key"_s, u"t"_s}, {u"job_cluster_key"_s, u"c"_s},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/Workspace/t"_s}}}}}}};
}

} // namespace

void TestJobFormDraftSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fx = std::make_unique<test::EmulatorFixture>();
    m_connection
        = std::make_unique<Connection>(m_fx->url(), std::make_shared<StaticTokenProvider>(m_fx->token()));
}

void TestJobFormDraftSafety::cleanup()
{
    Prompts::setConfirmHandler({});
}

qint64 TestJobFormDraftSafety::createJob(const QJsonObject &settings)
{
    ApiReply *reply = m_connection->jobs().create(settings);
    QSignalSpy done(reply, &ApiReply::finished);
    if (!done.wait(10000) || reply->hasError())
        return 0;
    return reply->json().value(u"job_id").toInteger();
}

void TestJobFormDraftSafety::draftFilesAreTheUsersOnly()
{
    const QString folder = m_dir.filePath(u"modes"_s);
    JobFormDialog dialog(m_connection.get());
    dialog.setDraftsDirectory(folder);
    typeInto(dialog.findChild<QLineEdit *>(u"jobName"_s), u"Private plans"_s);
    dialog.saveDraftNow();
    QVERIFY(!dialog.draftId().isEmpty());
    const QString file = folder + u'/' + dialog.draftId() + u".json"_s;
    QVERIFY(QFile::exists(file));
    QCOMPARE(QFile::permissions(file),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
    dialog.discardDraft();
}

void TestJobFormDraftSafety::unwritableDraftIsReportedAndKeepsTheFormOpen()
{
    // A regular file where the drafts folder should be: no draft can be written there (this
    // holds even for root, unlike a read-only folder).
    const QString blocked = m_dir.filePath(u"not-a-folder"_s);
    QFile blocker(blocked);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    auto *dialog = new JobFormDialog(m_connection.get());
    QPointer<JobFormDialog> alive(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDraftsDirectory(blocked);
    dialog->show();
    QSignalSpy failed(dialog->controller(), &JobFormController::draftSaveFailed);
    typeInto(dialog->findChild<QLineEdit *>(u"jobName"_s), u"Typed for an hour"_s);
    // At once: the draft timer's first write fails and the form says so.
    QVERIFY(failed.wait(5000));
    auto *warning = dialog->findChild<QLabel *>(u"draftWarning"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QDir::toNativeSeparators(blocked)), qPrintable(warning->text()));
    // BRICKDESK_DRAFT_SCREENSHOT=file.png shows how the warning looks.
    if (const QString shot = qEnvironmentVariable("BRICKDESK_DRAFT_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(dialog->grab().save(shot));

    // Closing asks; "keep it open" keeps the form and what was typed.
    QString asked;
    Prompts::setConfirmHandler([&asked](QWidget *, const QString &, const QString &text) {
        asked = text;
        return false;
    });
    dialog->findChild<QPushButton *>(u"cancelButton"_s)->click();
    QVERIFY(!asked.isEmpty());
    QVERIFY(alive && dialog->isVisible());
    QCOMPARE(dialog->form().name, u"Typed for an hour"_s);
    dialog->close(); // the window's close button asks too
    QVERIFY(alive && dialog->isVisible());

    // Once the folder is usable again the warning goes, and closing needs no question.
    QVERIFY(QFile::remove(blocked));
    typeInto(dialog->findChild<QLineEdit *>(u"jobName"_s), u"Typed for an hour!"_s);
    QTRY_VERIFY(!warning->isVisible());
    asked.clear();
    dialog->findChild<QPushButton *>(u"cancelButton"_s)->click();
    QVERIFY(asked.isEmpty());
    QTRY_VERIFY(!alive);
    QCOMPARE(JobFormDrafts(blocked).list().size(), 1);
}

JobFormDraft TestJobFormDraftSafety::draftOfAnEdit(qint64 jobId, const QString &newName)
{
    const QString folder = m_dir.filePath(u"edit-%1"_s.arg(jobId));
    {
        JobFormDialog *dialog = JobFormDialog::forEdit(m_connection.get(), jobId);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        std::unique_ptr<JobFormDialog> owner(dialog);
        dialog->setDraftsDirectory(folder);
        QSignalSpy loaded(dialog, &JobFormDialog::loaded);
        loaded.wait(10000);
        typeInto(dialog->findChild<QLineEdit *>(u"jobName"_s), newName);
        dialog->saveDraftNow();
    }
    const QList<JobFormDraft> drafts = JobFormDrafts(folder).list();
    return drafts.isEmpty() ? JobFormDraft() : drafts.first();
}

void TestJobFormDraftSafety::restoredDraftWithSecretsSavesWithoutFalseConflict()
{
    const qint64 jobId = createJob(jobWithASecret(u"With a secret"_s));
    QVERIFY(jobId > 0);
    const JobFormDraft draft = draftOfAnEdit(jobId, u"Renamed in a draft"_s);
    QCOMPARE(draft.mode, JobFormDraft::Mode::Edit);
    QVERIFY(!draft.redactedFields.isEmpty()); // the password was blanked in the draft's base too

    JobFormDialog *restored = JobFormDialog::forDraft(m_connection.get(), draft);
    restored->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<JobFormDialog> owner(restored);
    restored->setDraftsDirectory(m_dir.filePath(u"restored"_s));
    QSignalSpy conflict(restored, &JobFormDialog::concurrentChangeDetected);
    QSignalSpy saved(restored, &JobFormDialog::jobSaved);
    QTRY_VERIFY_WITH_TIMEOUT(restored->findChild<QPushButton *>(u"submitButton"_s)->isEnabled(), 10000);
    restored->submit();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() + conflict.count() > 0, 10000);
    QVERIFY2(conflict.isEmpty(), qPrintable(restored->lastConflict().join(u"; ")));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_fx->emulator().job(jobId).value(u"settings").toObject().value(u"name").toString(),
        u"Renamed in a draft"_s);
}

void TestJobFormDraftSafety::restoredDraftStillSeesRealChanges()
{
    const QJsonObject original = jobWithASecret(u"Shared, with a secret"_s);
    const qint64 jobId = createJob(original);
    QVERIFY(jobId > 0);
    const JobFormDraft draft = draftOfAnEdit(jobId, u"Mine"_s);

    QJsonObject theirs = original;
    theirs.insert(u"description"_s, u"changed elsewhere"_s);
    QVERIFY(m_fx->emulator().updateJobSettings(jobId, theirs));

    JobFormDialog *restored = JobFormDialog::forDraft(m_connection.get(), draft);
    restored->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<JobFormDialog> owner(restored);
    restored->setDraftsDirectory(m_dir.filePath(u"restored-2"_s));
    QSignalSpy conflict(restored, &JobFormDialog::concurrentChangeDetected);
    QTRY_VERIFY_WITH_TIMEOUT(restored->findChild<QPushButton *>(u"submitButton"_s)->isEnabled(), 10000);
    restored->submit();
    QVERIFY(conflict.wait(10000));
    const QStringList changes = restored->lastConflict();
    QVERIFY2(
        changes.contains(u"description: added \"changed elsewhere\""_s), qPrintable(changes.join(u"; ")));
    // The secret is neither a "change" nor shown.
    QVERIFY2(!changes.join(u' ').contains(u"WAREHOUSE_PASSWORD"_s), qPrintable(changes.join(u"; ")));
    QVERIFY(!changes.join(u' ').contains(u"hunter2"_s));
}

QTEST_MAIN(TestJobFormDraftSafety)
#include "tst_jobform_draft_safety.moc"
