#pragma once

// What the job form dialog's GUI tests share (header-only): a workspace emulator and a
// connection to it, a drafts folder per test, dialogs made new or opened for edit, saving with
// the button, and finding children and saving a screenshot when asked.

#include "api/apireply.h"
#include "api/connection.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "jobform/jobformdialog.h"

#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace brickdesk::test {

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

// With BRICKDESK_JOBFORM_SCREENSHOT=dir/name.png set, saves the dialog showing tab `tab` as
// dir/name<suffix>.png (to look at what a test sets up); false only if that fails.
inline bool saveScreenshotIfAsked(QWidget *dialog, int tab, const QString &suffix)
{
    using namespace Qt::Literals::StringLiterals;
    const QString target = qEnvironmentVariable("BRICKDESK_JOBFORM_SCREENSHOT");
    if (target.isEmpty())
        return true;
    dialog->resize(1100, 760);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        return false;
    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentIndex(tab);
    return dialog->grab().save(QString(target).replace(u".png"_s, suffix + u".png"));
}

// A base of the test classes: call startWorkspace() from initTestCase(), newDrafts() from
// init() and dropDrafts() from cleanup().
class JobFormDialogTest
{
protected:
    void startWorkspace()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fx = std::make_unique<EmulatorFixture>();
        m_connection
            = std::make_unique<Connection>(m_fx->url(), std::make_shared<StaticTokenProvider>(m_fx->token()));
    }
    void newDrafts() { m_drafts = std::make_unique<QTemporaryDir>(); }
    void dropDrafts() { m_drafts.reset(); }

    JobFormDialog *newDialog()
    {
        auto *dialog = new JobFormDialog(m_connection.get());
        dialog->setDraftsDirectory(m_drafts->path());
        return dialog;
    }

    JobFormDialog *openForEdit(qint64 jobId)
    {
        JobFormDialog *dialog = JobFormDialog::forEdit(m_connection.get(), jobId);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->setDraftsDirectory(m_drafts->path());
        return dialog;
    }

    // The new job's id; 0 when the workspace refused it.
    qint64 createJob(const QJsonObject &settings)
    {
        ApiReply *reply = m_connection->jobs().create(settings);
        QSignalSpy done(reply, &ApiReply::finished);
        if (!done.wait(10000) || reply->hasError())
            return 0;
        return reply->json().value(QLatin1StringView("job_id")).toInteger();
    }

    // Creates `settings` on the workspace and opens the job for edit, read; `stored` receives
    // the settings as the workspace keeps them (with its defaults). Null if either step failed.
    std::unique_ptr<JobFormDialog> createAndOpenForEdit(const QJsonObject &settings, QJsonObject *stored)
    {
        using namespace Qt::Literals::StringLiterals;
        const qint64 jobId = createJob(settings);
        if (jobId <= 0)
            return nullptr;
        *stored = m_fx->emulator().job(jobId).value(u"settings"_s).toObject();
        std::unique_ptr<JobFormDialog> dialog(openForEdit(jobId));
        QSignalSpy loaded(dialog.get(), &JobFormDialog::loaded);
        if (!loaded.wait(10000))
            return nullptr;
        return dialog;
    }

    // Clicks Save once the form is valid and waits for the server to accept the job.
    static void saveWithButton(JobFormDialog *dialog)
    {
        using namespace Qt::Literals::StringLiterals;
        auto *submit = child<QPushButton>(dialog, u"submitButton"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(submit->isEnabled(), qPrintable(dialog->issues().value(0).field), 10000);
        QSignalSpy saved(dialog, &JobFormDialog::jobSaved);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(saved.wait(10000));
    }

    std::unique_ptr<EmulatorFixture> m_fx;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<QTemporaryDir> m_drafts;
};

} // namespace brickdesk::test
