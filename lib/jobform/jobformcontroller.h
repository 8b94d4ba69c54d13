#pragma once

#include "domain/cluster.h"
#include "domain/nodetype.h"
#include "domain/sparkversion.h"
#include "jobform/jobformdrafts.h"
#include "jobform/jobsettingsform.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

class QTimer;

namespace brickdesk {

class Connection;

// What the job form does, without its widgets: reads the job (jobs/get through all 2.2 pages),
// creates it (jobs/create) or saves it (jobs/reset after checking that nobody changed it on
// the server since it was read), validates, keeps drafts, imports JSON. The dialog shows
// form() and forwards edits through formEdited(); everything it must show arrives as signals.
//
//   auto *controller = new JobFormController(connection, parent);
//   controller->loadForEdit(jobId);          // or loadForClone(source, jobId)
//   connect(controller, &JobFormController::jobSaved, ...);
//   controller->form().name = u"x"_s; controller->formEdited(); controller->submit();
class JobFormController final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit, Clone };
    Q_ENUM(Mode)

    // `connection` may be null (no workspace: nothing can be created).
    explicit JobFormController(Connection *connection, QObject *parent = nullptr);
    ~JobFormController() override;

    Connection *connection() const { return m_connection; }
    Mode mode() const { return m_mode; }
    qint64 jobId() const { return m_jobId; }
    bool isLoading() const { return m_loading > 0; }
    bool isBusy() const { return m_busy; }
    // A job deployed from a bundle (edit_mode UI_LOCKED) as read for editing: never saved here.
    bool isLocked() const;
    // Why the job is read-only, in words for the user; empty when it is not locked.
    QString lockedReason() const;

    JobSettingsForm &form() { return m_form; }
    const JobSettingsForm &form() const { return m_form; }
    // Replaces the whole form (formReplaced() follows); not an edit by itself.
    void setForm(const JobSettingsForm &form);
    // The widgets changed form(): marks the form dirty, clears the last API error, re-validates
    // and schedules a draft save (formChanged() follows).
    void formEdited();

    // Read the job for editing, or from `source` as a new job "<name> (copy)".
    void loadForEdit(qint64 jobId);
    void loadForClone(Connection *source, qint64 jobId);
    // Reopen a saved draft in its mode.
    void loadDraft(const JobFormDraft &draft);
    // Edit job `jobId` whose settings were last seen as `base`, with the form filled from
    // `settings` (an earlier version to put back): submit() then saves it only if the server
    // still has `base`, as an edit opened at that moment would.
    void loadForRestore(qint64 jobId, const QJsonObject &base, const QJsonObject &settings);
    // Clusters, node types and Spark versions of the workspace (for the pickers).
    void fetchWorkspaceLists();

    // Every problem that blocks Create/Save (the form's, plus clusters that do not exist here).
    QList<JobFormIssue> issues() const { return m_issues; }
    QString apiErrorField() const { return m_apiErrorField; }
    QString apiErrorMessage() const { return m_apiErrorMessage; }
    QString fieldMessage(const QString &field) const;
    bool canSubmit() const;
    QStringList lastConflict() const { return m_lastConflict; }

    QList<Cluster> clusters() const { return m_clusters; }
    bool clustersKnown() const { return m_clustersKnown; }
    QList<NodeType> nodeTypes() const { return m_nodeTypes; }
    QList<SparkVersion> sparkVersions() const { return m_sparkVersions; }

    // Create (jobs/create) or Save (Edit: re-read, compare, jobs/reset).
    void submit();
    // After concurrentChangeDetected: take the server's settings as the base and save over them.
    void overwrite();

    // A jobs/create body, a jobs/get response or JobSettings; false with a message otherwise.
    bool importJson(const QByteArray &json, QString *error = nullptr);
    bool importFile(const QString &path, QString *error = nullptr);
    // The JSON view's text as the new form (JobSettings); false with a message on bad JSON.
    bool applyJsonText(const QString &text, QString *error = nullptr);

    void setDraftsDirectory(const QString &directory);
    QString draftId() const { return m_draft.id; }
    QStringList draftRedactedFields() const { return m_draft.redactedFields; }
    // Writes the draft now if the form changed; on failure draftSaveFailed() says why.
    void saveDraftNow();
    void discardDraft();
    // Why the last draft write failed; empty once a write succeeded.
    QString draftError() const { return m_draftError; }
    // Edits that exist only in this form: not created or saved, and not kept as a draft.
    bool hasUnkeptChanges() const { return m_dirty && !m_finished && !m_draftError.isEmpty(); }
    // An identity for drafts of this connection (its host URL), never a credential.
    static QString connectionIdentity(const Connection *connection);

signals:
    void formReplaced(); // setForm(): every widget should show form() again
    void formChanged(); // an edit or a new validation result
    void workspaceListsChanged();
    void busyChanged(bool busy);
    void progress(const QString &text); // "Reading job 5…", "Saving…", "Created job 7."
    void loaded(); // a job to edit or clone has been read
    void loadFailed(const QString &message);
    void jobSaved(qint64 jobId); // created or reset successfully
    void submitFailed(const QString &message);
    // Edit: the job changed on the server since it was read; `changes` as JsonDiff lines.
    void concurrentChangeDetected(const QStringList &changes);
    // The draft could not be written (a full disk, a read-only folder): the edits are only in
    // the form. draftSaved() follows the next write that succeeds.
    void draftSaveFailed(const QString &message);
    void draftSaved();

private:
    void load(Connection *source, qint64 jobId, bool forClone);
    void validate();
    void setBusy(bool busy);
    void failSubmit(const QString &message);
    void create();
    void reset();
    void finishSaved(const QString &text);
    bool differsFromBase(const QJsonObject &server) const;

    Connection *m_connection = nullptr;
    Mode m_mode = Mode::Create;
    qint64 m_jobId = 0;
    JobSettingsForm m_form;
    QJsonObject m_baseSettings; // Edit: settings as read (the conflict check compares with it)
    QJsonObject m_serverSettings; // Edit: the server's settings at the last conflict
    bool m_baseFromDraft = false; // m_baseSettings came from a draft (secrets blanked)
    QList<JobFormIssue> m_issues;
    QString m_apiErrorField;
    QString m_apiErrorMessage;
    QStringList m_lastConflict;
    QString m_draftError;
    int m_loading = 0;
    bool m_busy = false;
    bool m_dirty = false;
    bool m_finished = false; // created/saved: no more drafts

    QList<Cluster> m_clusters;
    QStringList m_knownClusterIds;
    bool m_clustersKnown = false;
    QList<NodeType> m_nodeTypes;
    QList<SparkVersion> m_sparkVersions;

    JobFormDrafts m_drafts;
    JobFormDraft m_draft;
    QTimer *m_draftTimer = nullptr;
};

} // namespace brickdesk
