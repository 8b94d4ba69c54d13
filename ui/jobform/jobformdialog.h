#pragma once

#include "jobform/jobformdrafts.h"
#include "jobform/jobsettingsform.h"

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace brickdesk {

class Connection;

// The job form (issue 7): create, edit or clone a job without writing JSON.
//
//   auto *dialog = JobFormDialog::forNewJob(connection, this);     // Create
//   auto *dialog = JobFormDialog::forEdit(connection, jobId, this); // Save via jobs/reset
//   auto *dialog = JobFormDialog::forClone(source, jobId, target, this);
//   connect(dialog, &JobFormDialog::jobSaved, ...); dialog->open();
//
// The dialog deletes itself on close when created through the factories. It keeps an
// unfinished form as a draft (JobFormDrafts) until it is created/saved or discarded;
// JobFormDialog::forDraft() reopens one. Editing re-reads the job before saving and asks
// before overwriting changes made elsewhere since the form was opened.
class JobFormDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit, Clone };
    Q_ENUM(Mode)

    // A Create form for a new job. `connection` may be null (no workspace: pickers stay
    // empty, Create stays disabled).
    explicit JobFormDialog(Connection *connection, QWidget *parent = nullptr);
    ~JobFormDialog() override;

    static JobFormDialog *forNewJob(Connection *connection, QWidget *parent = nullptr);
    // Loads the job (jobs/get, all pages) and opens it for editing; loaded() when ready.
    static JobFormDialog *forEdit(Connection *connection, qint64 jobId, QWidget *parent = nullptr);
    // Loads the job from `source` and prefills a Create form on `target` ("<name> (copy)");
    // tasks whose existing cluster is not in the target workspace are flagged.
    static JobFormDialog *forClone(
        Connection *source, qint64 jobId, Connection *target = nullptr, QWidget *parent = nullptr);
    // Reopens a saved draft (see JobFormDrafts::list()).
    static JobFormDialog *forDraft(
        Connection *connection, const JobFormDraft &draft, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    qint64 jobId() const { return m_jobId; }
    bool isLoading() const { return m_loading > 0; }

    JobSettingsForm form() const { return m_form; }
    void setForm(const JobSettingsForm &form);
    // What Create/Save would send (the lossless JobSettings).
    QJsonObject settingsJson() const { return m_form.toJson(); }

    // Import a jobs/create body or a jobs/get response. False with a message on bad JSON.
    bool importJson(const QByteArray &json, QString *error = nullptr);
    bool importFile(const QString &path, QString *error = nullptr);

    // The message shown next to the widget for `field` (a JobFormIssue path, e.g. "name",
    // "tasks[0].task_key"); empty when none. For tests and accessibility.
    QString fieldMessage(const QString &field) const;
    QList<JobFormIssue> issues() const { return m_issues; }
    // Lines of the last "changed since opened" warning (empty if none was shown).
    QStringList lastConflict() const { return m_lastConflict; }

    // Drafts: where they go (default: JobFormDrafts' AppDataLocation folder) and this one's id.
    void setDraftsDirectory(const QString &directory);
    QString draftId() const { return m_draft.id; }
    // Write the draft now (normally done shortly after each change and when closing).
    void saveDraftNow();
    void discardDraft();

    // An identity for drafts of this connection (its host URL), never a credential.
    static QString connectionIdentity(const Connection *connection);

public slots:
    // Create (jobs/create) or Save (Edit: re-read, compare, jobs/reset).
    void submit();
    void selectTask(int index);
    void selectCluster(int index);

signals:
    void loaded(); // a forEdit/forClone job has been read
    void loadFailed(const QString &message);
    void jobSaved(qint64 jobId); // created or reset successfully
    void submitFailed(const QString &message);
    // Edit: the job changed on the server since the form was opened; `changes` as JsonDiff lines.
    void concurrentChangeDetected(const QStringList &changes);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    QWidget *buildGeneralTab();
    QWidget *buildTasksTab();
    QWidget *buildClustersTab();
    QWidget *buildScheduleTab();
    QWidget *buildJsonTab();
    QWidget *withError(QWidget *field, const QString &errorKey);

    void loadJob(Connection *connection, qint64 jobId, bool forClone);
    void fetchWorkspaceLists();
    void populateFromForm();
    void populateTaskEditor();
    void populateClusterEditor();
    void refreshTaskList();
    void refreshClusterList();
    void refreshClusterPickers();
    void updateTaskVisibility();
    void formEdited(); // a widget changed m_form
    void refreshValidation();
    void refreshPreview();
    void refreshCronPreview();
    void applyJsonText();
    void doCreate();
    void doReset();
    void confirmOverwrite(const QJsonObject &serverSettings);
    void showApiError(const QString &message);
    void setBusy(bool busy);
    JobTaskForm *currentTask();
    JobClusterForm *currentCluster();

    Connection *m_connection = nullptr;
    Mode m_mode = Mode::Create;
    qint64 m_jobId = 0;
    JobSettingsForm m_form;
    QJsonObject m_baseSettings; // Edit: settings as read when opened
    QStringList m_knownClusterIds;
    bool m_clustersKnown = false;
    QList<JobFormIssue> m_issues;
    QString m_apiErrorField;
    QString m_apiErrorMessage;
    QStringList m_lastConflict;
    int m_loading = 0;
    bool m_populating = false;
    bool m_busy = false;
    bool m_dirty = false;
    bool m_finished = false; // created/saved: no more drafts
    int m_currentTask = -1;
    int m_currentCluster = -1;

    JobFormDrafts m_drafts;
    JobFormDraft m_draft;
    QTimer *m_draftTimer = nullptr;

    QHash<QString, QLabel *> m_errorLabels;
    QJsonArray m_clusters; // clusters/list "clusters"
    QJsonArray m_nodeTypes;
    QJsonArray m_sparkVersions;

    // General
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_tags = nullptr;
    QPlainTextEdit *m_parameters = nullptr;
    QLineEdit *m_emailStart = nullptr;
    QLineEdit *m_emailSuccess = nullptr;
    QLineEdit *m_emailFailure = nullptr;
    QSpinBox *m_maxConcurrent = nullptr;
    QSpinBox *m_jobTimeout = nullptr;
    QComboBox *m_queue = nullptr;
    // Tasks
    QListWidget *m_taskList = nullptr;
    QPushButton *m_removeTask = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QWidget *m_taskEditor = nullptr;
    QLineEdit *m_taskKey = nullptr;
    QComboBox *m_taskType = nullptr;
    QLineEdit *m_taskDescription = nullptr;
    QListWidget *m_dependsOn = nullptr;
    QComboBox *m_source = nullptr;
    QStackedWidget *m_typePages = nullptr;
    QLineEdit *m_notebookPath = nullptr;
    QPlainTextEdit *m_baseParameters = nullptr;
    QLineEdit *m_pythonFile = nullptr;
    QLineEdit *m_packageName = nullptr;
    QLineEdit *m_entryPoint = nullptr;
    QLineEdit *m_wheelLibrary = nullptr;
    QLineEdit *m_mainClass = nullptr;
    QLineEdit *m_jarLibrary = nullptr;
    QLineEdit *m_warehouseId = nullptr;
    QComboBox *m_sqlKind = nullptr;
    QLineEdit *m_sqlReference = nullptr;
    QPlainTextEdit *m_sqlParameters = nullptr;
    QLineEdit *m_runJobId = nullptr;
    QPlainTextEdit *m_jobParameters = nullptr;
    QLabel *m_otherTypeLabel = nullptr;
    QPlainTextEdit *m_taskParameters = nullptr;
    QWidget *m_taskParametersRow = nullptr;
    QWidget *m_sourceRow = nullptr;
    QComboBox *m_computeKind = nullptr;
    QComboBox *m_existingCluster = nullptr;
    QComboBox *m_jobClusterPicker = nullptr;
    QLineEdit *m_environmentKey = nullptr;
    QWidget *m_existingClusterRow = nullptr;
    QWidget *m_jobClusterRow = nullptr;
    QWidget *m_environmentRow = nullptr;
    QSpinBox *m_maxRetries = nullptr;
    QSpinBox *m_retryInterval = nullptr;
    QCheckBox *m_retryOnTimeout = nullptr;
    QSpinBox *m_taskTimeout = nullptr;
    // Job clusters
    QListWidget *m_clusterList = nullptr;
    QPushButton *m_removeCluster = nullptr;
    QWidget *m_clusterEditor = nullptr;
    QLineEdit *m_clusterKey = nullptr;
    QComboBox *m_sparkVersion = nullptr;
    QComboBox *m_nodeType = nullptr;
    QCheckBox *m_autoscale = nullptr;
    QSpinBox *m_numWorkers = nullptr;
    QSpinBox *m_minWorkers = nullptr;
    QSpinBox *m_maxWorkers = nullptr;
    QPlainTextEdit *m_sparkConf = nullptr;
    QPlainTextEdit *m_clusterTags = nullptr;
    // Schedule
    QComboBox *m_triggerKind = nullptr;
    QCheckBox *m_paused = nullptr;
    QStackedWidget *m_triggerPages = nullptr;
    QLineEdit *m_cron = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_cronPreview = nullptr;
    QLineEdit *m_fileUrl = nullptr;
    QSpinBox *m_fileMinBetween = nullptr;
    QSpinBox *m_fileWaitAfter = nullptr;
    QSpinBox *m_periodicInterval = nullptr;
    QComboBox *m_periodicUnit = nullptr;
    // JSON
    QPlainTextEdit *m_json = nullptr;
    QCheckBox *m_jsonEditable = nullptr;
    QPushButton *m_jsonApply = nullptr;
    QLabel *m_jsonError = nullptr;
    // Bottom
    QLabel *m_status = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace brickdesk
