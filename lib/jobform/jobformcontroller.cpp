#include "jobform/jobformcontroller.h"

#include "api/clustersapi.h"
#include "api/connection.h"
#include "api/jobsapi.h"
#include "jobform/jobformdraftrows.h"
#include "jobform/jsondiff.h"

#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

JobFormController::JobFormController(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_form(JobSettingsForm::newJob())
{
    m_draft.connectionName = connectionIdentity(connection);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &JobFormController::saveDraftNow);
    validate();
}

JobFormController::~JobFormController()
{
    // A form closed without creating it stays as a draft (e.g. when the app quits).
    if (m_dirty && !m_finished)
        saveDraftNow();
}

QString JobFormController::connectionIdentity(const Connection *connection)
{
    return connection ? connection->host().toString() : QString();
}

bool JobFormController::isLocked() const
{
    return m_mode == Mode::Edit && JobSettingsForm::isLockedByBundle(m_baseSettings);
}

QString JobFormController::lockedReason() const
{
    if (!isLocked())
        return {};
    QString reason = tr("This job was deployed from a bundle and is locked against edits in the UI, so it "
                        "opens read-only. Change it in the bundle and deploy again, or unlock it in the "
                        "workspace (edit_mode EDITABLE) to edit it here.");
    const QString metadata
        = m_baseSettings.value(u"deployment").toObject().value(u"metadata_file_path").toString();
    if (!metadata.isEmpty())
        reason += u' ' + tr("Bundle deployment: %1").arg(metadata);
    return reason;
}

void JobFormController::setForm(const JobSettingsForm &form)
{
    m_form = form;
    validate();
    emit formReplaced();
}

void JobFormController::formEdited()
{
    m_dirty = true;
    m_apiErrorField.clear();
    m_apiErrorMessage.clear();
    validate();
    emit formChanged();
    if (!m_finished)
        m_draftTimer->start();
}

void JobFormController::validate()
{
    m_issues = m_form.validate();
    // Clone into another workspace: clusters that are not there must be picked again.
    if (m_clustersKnown) {
        for (const int index : m_form.tasksWithUnknownClusters(m_knownClusterIds))
            m_issues.append({u"tasks[%1].existing_cluster_id"_s.arg(index),
                tr("The cluster \"%1\" does not exist in this workspace; pick another one.")
                    .arg(m_form.tasks.at(index).existingClusterId)});
    }
}

QString JobFormController::fieldMessage(const QString &field) const
{
    QStringList messages;
    if (!m_apiErrorMessage.isEmpty() && m_apiErrorField == field)
        messages << m_apiErrorMessage;
    for (const JobFormIssue &issue : m_issues) {
        if (issue.field == field)
            messages << issue.message;
    }
    return messages.join(u'\n');
}

bool JobFormController::canSubmit() const
{
    return m_issues.isEmpty() && !m_busy && m_loading == 0 && m_connection != nullptr && !isLocked();
}

// --- reading ----------------------------------------------------------------------------

void JobFormController::loadForEdit(qint64 jobId)
{
    m_mode = Mode::Edit;
    m_jobId = jobId;
    m_draft.mode = JobFormDraft::Mode::Edit;
    m_draft.jobId = jobId;
    load(m_connection, jobId, false);
}

void JobFormController::loadForClone(Connection *source, qint64 jobId)
{
    m_mode = Mode::Clone;
    m_draft.mode = JobFormDraft::Mode::Clone;
    load(source ? source : m_connection, jobId, true);
}

void JobFormController::loadDraft(const JobFormDraft &draft)
{
    m_draft = draft;
    m_mode = draft.mode == JobFormDraft::Mode::Edit ? Mode::Edit
        : draft.mode == JobFormDraft::Mode::Clone   ? Mode::Clone
                                                    : Mode::Create;
    m_jobId = draft.jobId;
    m_baseSettings = draft.baseSettings;
    m_baseFromDraft = true;
    JobSettingsForm form = JobSettingsForm::fromJson(draft.settings);
    jobformdraftrows::restore(form, draft.repeatedRows);
    setForm(form);
}

void JobFormController::loadForRestore(qint64 jobId, const QJsonObject &base, const QJsonObject &settings)
{
    m_mode = Mode::Edit;
    m_jobId = jobId;
    m_draft.mode = JobFormDraft::Mode::Edit;
    m_draft.jobId = jobId;
    m_draft.baseSettings = base;
    m_baseSettings = base;
    m_baseFromDraft = false;
    setForm(JobSettingsForm::fromJson(settings));
}

void JobFormController::load(Connection *source, qint64 jobId, bool forClone)
{
    if (!source)
        return;
    ++m_loading;
    setBusy(true);
    emit progress(tr("Reading job %1…").arg(jobId));
    source->jobs().getJob(jobId).then(this, [this, forClone](const ApiResult<Job> &result) {
        --m_loading;
        setBusy(false);
        if (!result.ok()) {
            emit progress(tr("Could not read the job: %1").arg(result.error().message()));
            emit loadFailed(result.error().message());
            return;
        }
        const QJsonObject settings = result.value().settings().raw();
        if (forClone) {
            setForm(JobSettingsForm::fromJson(settings).cloned());
            m_dirty = true;
        } else {
            m_baseSettings = settings;
            m_baseFromDraft = false;
            m_draft.baseSettings = settings;
            setForm(JobSettingsForm::fromJson(settings));
        }
        emit loaded();
    });
}

void JobFormController::fetchWorkspaceLists()
{
    if (!m_connection)
        return;
    ++m_loading;
    m_connection->clusters().listClusters().then(this, [this](const ApiResult<QList<Cluster>> &result) {
        --m_loading;
        if (result.ok()) {
            m_clusters = result.value();
            m_knownClusterIds.clear();
            for (const Cluster &cluster : std::as_const(m_clusters))
                m_knownClusterIds << cluster.id();
            m_clustersKnown = true;
        }
        validate();
        emit workspaceListsChanged();
        emit formChanged();
    });
    m_connection->clusters().getNodeTypes().then(this, [this](const ApiResult<QList<NodeType>> &result) {
        if (!result.ok())
            return;
        m_nodeTypes = result.value();
        emit workspaceListsChanged();
    });
    m_connection->clusters().getSparkVersions().then(
        this, [this](const ApiResult<QList<SparkVersion>> &result) {
            if (!result.ok())
                return;
            m_sparkVersions = result.value();
            emit workspaceListsChanged();
        });
}

// --- saving -----------------------------------------------------------------------------

void JobFormController::setBusy(bool busy)
{
    m_busy = busy;
    emit busyChanged(busy);
}

void JobFormController::submit()
{
    if (!m_connection || m_busy)
        return;
    if (isLocked()) {
        // The server would take it; the bundle's next deploy would silently undo it.
        emit submitFailed(lockedReason());
        return;
    }
    validate();
    if (!m_issues.isEmpty()) {
        emit formChanged();
        return;
    }
    if (m_mode == Mode::Edit)
        reset();
    else
        create();
}

void JobFormController::failSubmit(const QString &message)
{
    setBusy(false);
    m_apiErrorMessage = message;
    m_apiErrorField = m_form.fieldForApiError(message);
    emit formChanged();
    emit submitFailed(message);
}

void JobFormController::finishSaved(const QString &text)
{
    setBusy(false);
    m_finished = true;
    discardDraft();
    emit progress(text);
    emit jobSaved(m_jobId);
}

void JobFormController::create()
{
    setBusy(true);
    emit progress(tr("Creating the job…"));
    m_connection->jobs().createJob(m_form.toJson()).then(this, [this](const ApiResult<qint64> &result) {
        if (!result.ok()) {
            failSubmit(result.error().message());
            return;
        }
        m_jobId = result.value();
        finishSaved(tr("Created job %1.").arg(m_jobId));
    });
}

void JobFormController::reset()
{
    // Re-read first: someone may have changed the job since the form was opened.
    setBusy(true);
    emit progress(tr("Checking for changes made elsewhere…"));
    m_connection->jobs().getJob(m_jobId).then(this, [this](const ApiResult<Job> &current) {
        if (!current.ok()) {
            failSubmit(current.error().message());
            return;
        }
        const QJsonObject server = current.value().settings().raw();
        if (differsFromBase(server)) {
            setBusy(false);
            m_serverSettings = server;
            m_lastConflict = m_baseFromDraft
                ? JsonDiff::describe(
                    JobFormDrafts::withoutSecrets(m_baseSettings), JobFormDrafts::withoutSecrets(server))
                : JsonDiff::describe(m_baseSettings, server);
            emit formChanged();
            emit concurrentChangeDetected(m_lastConflict);
            return;
        }
        emit progress(tr("Saving…"));
        m_connection->jobs()
            .resetJob(m_jobId, m_form.toJson())
            .then(this, [this](const ApiResult<Done> &saved) {
                if (!saved.ok()) {
                    failSubmit(saved.error().message());
                    return;
                }
                finishSaved(tr("Saved job %1.").arg(m_jobId));
            });
    });
}

bool JobFormController::differsFromBase(const QJsonObject &server) const
{
    // A base restored from a draft had its secret-looking values blanked before it was written;
    // the server's copy still has them, so compare both without them.
    if (m_baseFromDraft)
        return JobFormDrafts::withoutSecrets(server) != JobFormDrafts::withoutSecrets(m_baseSettings);
    return server != m_baseSettings;
}

void JobFormController::overwrite()
{
    if (m_serverSettings.isEmpty() || !m_connection || m_busy || isLocked())
        return;
    // Accept the server's version as the new base and save ours over it.
    m_baseSettings = m_serverSettings;
    m_baseFromDraft = false;
    m_serverSettings = {};
    reset();
}

// --- import -----------------------------------------------------------------------------

bool JobFormController::applyJsonText(const QString &text, QString *errorMessage)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        if (errorMessage)
            *errorMessage = error.error != QJsonParseError::NoError
                ? tr("Not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString())
                : tr("The JSON must be an object (JobSettings).");
        return false;
    }
    setForm(JobSettingsForm::fromJson(document.object()));
    formEdited();
    return true;
}

bool JobFormController::importJson(const QByteArray &json, QString *errorMessage)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        if (errorMessage)
            *errorMessage = error.error != QJsonParseError::NoError
                ? tr("The file is not valid JSON (character %1: %2).")
                      .arg(error.offset)
                      .arg(error.errorString())
                : tr("The file must contain a JSON object: a jobs create body or a job as jobs get returns "
                     "it.");
        return false;
    }
    QJsonObject settings = document.object();
    if (settings.contains(u"settings") && settings.contains(u"job_id"))
        settings = settings.value(u"settings").toObject();
    settings.remove(u"access_control_list"); // a create body's ACL is not a setting of this form
    if (!settings.contains(u"tasks") && !settings.contains(u"name")) {
        if (errorMessage)
            *errorMessage = tr("The file does not look like a job: it has neither \"name\" nor \"tasks\".");
        return false;
    }
    setForm(JobSettingsForm::fromJson(settings));
    formEdited();
    return true;
}

bool JobFormController::importFile(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return importJson(file.readAll(), errorMessage);
}

// --- drafts -----------------------------------------------------------------------------

void JobFormController::setDraftsDirectory(const QString &directory)
{
    m_drafts = JobFormDrafts(directory);
}

void JobFormController::saveDraftNow()
{
    m_draftTimer->stop();
    if (m_finished || !m_dirty)
        return;
    m_draft.settings = m_form.toJson();
    m_draft.repeatedRows = jobformdraftrows::collect(m_form);
    m_draft.jobId = m_jobId;
    QString error;
    if (!m_drafts.save(m_draft, &error)) {
        m_draftError = error;
        emit draftSaveFailed(error);
        return;
    }
    if (!std::exchange(m_draftError, QString()).isEmpty())
        emit draftSaved();
}

void JobFormController::discardDraft()
{
    m_draftTimer->stop();
    if (!m_draft.id.isEmpty())
        m_drafts.remove(m_draft.id);
    m_draft.id.clear();
    m_dirty = false;
}

} // namespace brickdesk
