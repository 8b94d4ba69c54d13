#pragma once

#include "jobform/jobformcontroller.h"
#include "jobform/jobformfielderrors.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace brickdesk {

class Connection;
class JobClustersTab;
class JobGeneralTab;
class JobJsonTab;
class JobScheduleTab;
class JobTasksTab;

// The job form: create, edit or clone a job without writing JSON.
//
//   auto *dialog = JobFormDialog::forNewJob(connection, this);     // Create
//   auto *dialog = JobFormDialog::forEdit(connection, jobId, this); // Save via jobs/reset
//   auto *dialog = JobFormDialog::forClone(source, jobId, target, this);
//   connect(dialog, &JobFormDialog::jobSaved, ...); dialog->open();
//
// The dialog only shows and forwards: one widget per tab over a JobFormController, which
// reads, validates, saves (asking before overwriting changes made elsewhere), keeps drafts
// and imports. The dialog deletes itself on close when created through the factories.
class JobFormDialog final : public QDialog
{
    Q_OBJECT

public:
    using Mode = JobFormController::Mode;

    // A Create form for a new job. `connection` may be null (no workspace: pickers stay
    // empty, Create stays disabled).
    explicit JobFormDialog(Connection *connection, QWidget *parent = nullptr);
    ~JobFormDialog() override;

    static JobFormDialog *forNewJob(Connection *connection, QWidget *parent = nullptr);
    // Loads the job (jobs/get, all pages) and opens it for editing; loaded() when ready.
    // A job deployed from a bundle (edit_mode UI_LOCKED) opens read-only and says why.
    static JobFormDialog *forEdit(Connection *connection, qint64 jobId, QWidget *parent = nullptr);
    // Loads the job from `source` and prefills a Create form on `target` ("<name> (copy)");
    // tasks whose existing cluster is not in the target workspace are flagged.
    static JobFormDialog *forClone(
        Connection *source, qint64 jobId, Connection *target = nullptr, QWidget *parent = nullptr);
    // Reopens a saved draft (see JobFormDrafts::list()).
    static JobFormDialog *forDraft(
        Connection *connection, const JobFormDraft &draft, QWidget *parent = nullptr);

    JobFormController *controller() const { return m_controller; }
    Mode mode() const { return m_controller->mode(); }
    qint64 jobId() const { return m_controller->jobId(); }
    bool isLoading() const { return m_controller->isLoading(); }
    bool isReadOnly() const { return m_controller->isLocked(); }

    JobSettingsForm form() const { return m_controller->form(); }
    void setForm(const JobSettingsForm &form) { m_controller->setForm(form); }
    // What Create/Save would send (the lossless JobSettings).
    QJsonObject settingsJson() const { return m_controller->form().toJson(); }

    // Import a jobs/create body or a jobs/get response. False with a message on bad JSON.
    bool importJson(const QByteArray &json, QString *error = nullptr);
    bool importFile(const QString &path, QString *error = nullptr);

    // The message shown next to the widget for `field` (a JobFormIssue path, e.g. "name",
    // "tasks[0].task_key"); empty when none. For tests and accessibility.
    QString fieldMessage(const QString &field) const { return m_controller->fieldMessage(field); }
    QList<JobFormIssue> issues() const { return m_controller->issues(); }
    // Lines of the last "changed since opened" warning (empty if none was shown).
    QStringList lastConflict() const { return m_controller->lastConflict(); }

    // Drafts: where they go (default: JobFormDrafts' AppDataLocation folder) and this one's id.
    void setDraftsDirectory(const QString &directory) { m_controller->setDraftsDirectory(directory); }
    QString draftId() const { return m_controller->draftId(); }
    void saveDraftNow() { m_controller->saveDraftNow(); }
    void discardDraft() { m_controller->discardDraft(); }

    static QString connectionIdentity(const Connection *connection)
    {
        return JobFormController::connectionIdentity(connection);
    }

public slots:
    // Create (jobs/create) or Save (Edit: re-read, compare, jobs/reset).
    void submit();
    // Show an entry (an error or a link chose it): its page, its editor, and the list's current
    // row on it.
    void selectTask(int index);
    void selectCluster(int index);
    // Close, Escape and the window's close button all come here (QDialog::closeEvent too):
    // the draft is written first, and a form whose edits cannot be kept asks before closing.
    void reject() override;

signals:
    void loaded(); // a forEdit/forClone job has been read
    void loadFailed(const QString &message);
    void jobSaved(qint64 jobId); // created or reset successfully
    void submitFailed(const QString &message);
    // Edit: the job changed on the server since the form was opened; `changes` as JsonDiff lines.
    void concurrentChangeDetected(const QStringList &changes);

private:
    void buildUi();
    void populate();
    void refresh(); // validation, JSON preview, cron preview
    void refreshValidation();
    void updateModeTexts();
    void applyReadOnly();
    void updateButtons();
    void confirmOverwrite();
    // Writes the draft; when it cannot be written and the edits would be lost, asks before
    // closing. False keeps the form open.
    bool mayClose();

    JobFormController *m_controller = nullptr;
    JobFormFieldErrors m_errors;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_lockedNotice = nullptr;
    QLabel *m_draftWarning = nullptr;
    JobGeneralTab *m_general = nullptr;
    JobTasksTab *m_tasks = nullptr;
    JobClustersTab *m_clusters = nullptr;
    JobScheduleTab *m_schedule = nullptr;
    JobJsonTab *m_json = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace brickdesk
