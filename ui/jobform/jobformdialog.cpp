#include "jobform/jobformdialog.h"

#include "common/accessiblenames.h"
#include "common/prompts.h"
#include "common/textcolours.h"
#include "jobform/jobclusterstab.h"
#include "jobform/jobgeneraltab.h"
#include "jobform/jobjsontab.h"
#include "jobform/jobscheduletab.h"
#include "jobform/jobtaskstab.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// "tasks[2].notebook_task.notebook_path" -> "task.notebook_path" when task 2 is shown.
QString issuesKeyForTask(const QString &field, int currentTask)
{
    static const QRegularExpression pattern(u"^tasks\\[(\\d+)\\]\\.(.+)$"_s);
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch() || match.captured(1).toInt() != currentTask)
        return {};
    QString rest = match.captured(2);
    const qsizetype dot = rest.indexOf(u'.');
    if (dot > 0 && rest.left(dot).endsWith(u"_task"))
        rest = rest.mid(dot + 1);
    return u"task."_s + rest;
}

QString issuesKeyForCluster(const QString &field, int currentCluster)
{
    static const QRegularExpression pattern(u"^job_clusters\\[(\\d+)\\]\\.(?:new_cluster\\.)?(.+)$"_s);
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch() || match.captured(1).toInt() != currentCluster)
        return {};
    QString rest = match.captured(2);
    if (rest.startsWith(u"autoscale."))
        rest = rest.mid(10);
    return u"cluster."_s + rest;
}

} // namespace

JobFormDialog::JobFormDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_controller(new JobFormController(connection, this))
{
    setObjectName(u"jobFormDialog"_s);
    buildUi();
    updateModeTexts();

    connect(m_controller, &JobFormController::formReplaced, this, &JobFormDialog::populate);
    connect(m_controller, &JobFormController::formChanged, this, &JobFormDialog::refresh);
    connect(m_controller, &JobFormController::workspaceListsChanged, this, [this] {
        m_tasks->refreshClusterPickers();
        m_clusters->refreshWorkspaceLists();
    });
    connect(m_controller, &JobFormController::busyChanged, this, [this](bool busy) {
        if (busy)
            setCursor(Qt::BusyCursor);
        else
            unsetCursor();
        refreshValidation();
    });
    connect(m_controller, &JobFormController::progress, m_status, &QLabel::setText);
    connect(m_controller, &JobFormController::loaded, this, [this] {
        applyReadOnly();
        emit loaded();
    });
    connect(m_controller, &JobFormController::loadFailed, this, &JobFormDialog::loadFailed);
    connect(m_controller, &JobFormController::submitFailed, this, &JobFormDialog::submitFailed);
    connect(m_controller, &JobFormController::jobSaved, this, [this](qint64 jobId) {
        emit jobSaved(jobId);
        accept();
    });
    connect(
        m_controller, &JobFormController::concurrentChangeDetected, this, [this](const QStringList &changes) {
            emit concurrentChangeDetected(changes);
            confirmOverwrite();
        });

    connect(m_controller, &JobFormController::draftSaveFailed, this, [this](const QString &message) {
        m_draftWarning->setText(
            tr("Your changes are not kept as a draft, so they are only in this window until the job is "
               "saved. %1.")
                .arg(message));
        m_draftWarning->show();
    });
    connect(m_controller, &JobFormController::draftSaved, m_draftWarning, &QWidget::hide);

    populate();
    m_controller->fetchWorkspaceLists();
}

JobFormDialog::~JobFormDialog() = default;

JobFormDialog *JobFormDialog::forNewJob(Connection *connection, QWidget *parent)
{
    auto *dialog = new JobFormDialog(connection, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

JobFormDialog *JobFormDialog::forEdit(Connection *connection, qint64 jobId, QWidget *parent)
{
    auto *dialog = new JobFormDialog(connection, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->m_controller->loadForEdit(jobId);
    dialog->updateModeTexts();
    return dialog;
}

JobFormDialog *JobFormDialog::forClone(Connection *source, qint64 jobId, Connection *target, QWidget *parent)
{
    auto *dialog = new JobFormDialog(target ? target : source, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->m_controller->loadForClone(source, jobId);
    dialog->setWindowTitle(tr("Clone job %1").arg(jobId));
    return dialog;
}

JobFormDialog *JobFormDialog::forDraft(Connection *connection, const JobFormDraft &draft, QWidget *parent)
{
    auto *dialog = new JobFormDialog(connection, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->m_controller->loadDraft(draft);
    dialog->updateModeTexts();
    dialog->setWindowTitle(
        dialog->mode() == Mode::Edit ? tr("Edit job %1 (draft)").arg(draft.jobId) : tr("New job (draft)"));
    dialog->applyReadOnly();
    if (!draft.redactedFields.isEmpty())
        dialog->m_status->setText(
            tr("Values that looked like secrets were not kept in the draft; enter them again: %1")
                .arg(draft.redactedFields.join(u", ")));
    return dialog;
}

void JobFormDialog::updateModeTexts()
{
    const bool edit = mode() == Mode::Edit;
    m_submit->setText(edit ? tr("Save") : tr("Create"));
    setWindowTitle(edit ? tr("Edit job %1").arg(jobId()) : tr("New job"));
}

// --- building ---------------------------------------------------------------------------

void JobFormDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_lockedNotice = new QLabel;
    m_lockedNotice->setObjectName(u"lockedNotice"_s);
    m_lockedNotice->setTextFormat(Qt::PlainText);
    m_lockedNotice->setWordWrap(true);
    m_lockedNotice->setMargin(6);
    TextColours::follow(m_lockedNotice, TextColours::Role::Notice);
    m_lockedNotice->setVisible(false);
    layout->addWidget(m_lockedNotice);
    m_draftWarning = new QLabel;
    m_draftWarning->setObjectName(u"draftWarning"_s);
    m_draftWarning->setTextFormat(Qt::PlainText);
    m_draftWarning->setWordWrap(true);
    m_draftWarning->setMargin(6);
    TextColours::follow(m_draftWarning, TextColours::Role::Warning);
    m_draftWarning->setVisible(false);
    layout->addWidget(m_draftWarning);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"tabs"_s);
    m_general = new JobGeneralTab(m_controller, &m_errors);
    m_tasks = new JobTasksTab(m_controller, &m_errors);
    m_clusters = new JobClustersTab(m_controller, &m_errors);
    m_schedule = new JobScheduleTab(m_controller, &m_errors);
    m_json = new JobJsonTab(m_controller);
    m_tabs->addTab(m_general, tr("General"));
    m_tabs->addTab(m_tasks, tr("Tasks"));
    m_tabs->addTab(m_clusters, tr("Job clusters"));
    m_tabs->addTab(m_schedule, tr("Schedule && triggers"));
    m_tabs->addTab(m_json, tr("JSON"));
    m_tabs->setCurrentIndex(1);
    layout->addWidget(m_tabs, 1);
    connect(m_tasks, &JobTasksTab::currentChanged, this, &JobFormDialog::refreshValidation);
    connect(m_clusters, &JobClustersTab::currentChanged, this, &JobFormDialog::refreshValidation);
    connect(m_clusters, &JobClustersTab::clusterKeysChanged, m_tasks, &JobTasksTab::refreshClusterPickers);

    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_import = new QPushButton(tr("Import from JSON…"));
    m_import->setObjectName(u"importButton"_s);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import job from JSON"), QString(), tr("JSON files (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!importFile(path, &error))
            QMessageBox::warning(this, tr("Import from JSON"), error);
    });
    m_discard = new QPushButton(tr("Discard draft"));
    m_discard->setObjectName(u"discardButton"_s);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        discardDraft();
        reject();
    });
    auto *cancel = new QPushButton(tr("Close"));
    cancel->setObjectName(u"cancelButton"_s);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_submit = new QPushButton(tr("Create"));
    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setDefault(true);
    connect(m_submit, &QPushButton::clicked, this, &JobFormDialog::submit);
    buttons->addWidget(m_import);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_submit);
    layout->addLayout(buttons);
    m_tabs->tabBar()->setAccessibleName(tr("Parts of the job"));
    nameFieldsAfterLabels(this);
    resize(1000, 720);
}

// --- showing ----------------------------------------------------------------------------

void JobFormDialog::populate()
{
    m_general->populate();
    m_schedule->populate();
    m_tasks->populate();
    m_clusters->populate();
    m_tasks->refreshClusterPickers();
    refresh();
}

void JobFormDialog::refresh()
{
    refreshValidation();
    m_json->refresh();
    m_schedule->refreshCronPreview();
}

void JobFormDialog::selectTask(int index)
{
    // The entry is shown on its page; QTabWidget moves the focus there only if it was on the
    // page being hidden.
    m_tabs->setCurrentWidget(m_tasks);
    m_tasks->selectTask(index);
}

void JobFormDialog::selectCluster(int index)
{
    m_tabs->setCurrentWidget(m_clusters);
    m_clusters->selectCluster(index);
}

void JobFormDialog::refreshValidation()
{
    const QList<JobFormIssue> issues = m_controller->issues();
    QList<JobFormIssue> shown = issues;
    if (!m_controller->apiErrorMessage().isEmpty())
        shown.prepend({m_controller->apiErrorField(), m_controller->apiErrorMessage()});

    QHash<QString, QString> messages;
    QStringList elsewhere;
    QSet<int> tasksWithIssues;
    static const QRegularExpression taskIndex(u"^tasks\\[(\\d+)\\]"_s);
    for (const JobFormIssue &issue : std::as_const(shown)) {
        QString key = issue.field;
        const QRegularExpressionMatch match = taskIndex.match(issue.field);
        if (match.hasMatch()) {
            tasksWithIssues.insert(match.captured(1).toInt());
            key = issuesKeyForTask(issue.field, m_tasks->currentIndex());
        } else if (issue.field.startsWith(u"job_clusters[")) {
            key = issuesKeyForCluster(issue.field, m_clusters->currentIndex());
        } else if (issue.field.startsWith(u"parameters[")) {
            key = u"parameters"_s;
        } else if (issue.field.startsWith(u"environments[")) {
            key = u"environments"_s;
        }
        if (!key.isEmpty() && m_errors.contains(key))
            messages[key] += (messages[key].isEmpty() ? QString() : u"\n"_s) + issue.message;
        else
            elsewhere << issue.message;
    }
    m_errors.show(messages);
    m_tasks->markTasksWithIssues(tasksWithIssues);

    if (m_controller->isBusy()) {
        // the status shows progress
    } else if (m_controller->isLocked()) {
        m_status->setText(tr("Read-only: this job is managed by a bundle."));
    } else if (!m_controller->apiErrorMessage().isEmpty()) {
        m_status->setText(tr("The workspace refused the job: %1").arg(m_controller->apiErrorMessage()));
    } else if (issues.isEmpty()) {
        m_status->setText(mode() == Mode::Edit ? tr("Ready to save.") : tr("Ready to create."));
    } else {
        QString text = issues.size() == 1
            ? tr("1 problem to fix before the job can be saved.")
            : tr("%1 problems to fix before the job can be saved.").arg(issues.size());
        if (!elsewhere.isEmpty())
            text += u' ' + elsewhere.mid(0, 3).join(u' ');
        m_status->setText(text);
    }
    updateButtons();
}

void JobFormDialog::updateButtons()
{
    m_submit->setEnabled(m_controller->canSubmit());
    m_import->setEnabled(!m_controller->isBusy() && !m_controller->isLocked());
}

void JobFormDialog::applyReadOnly()
{
    const bool locked = m_controller->isLocked();
    m_lockedNotice->setText(m_controller->lockedReason());
    m_lockedNotice->setVisible(locked);
    for (QWidget *tab : {static_cast<QWidget *>(m_general), static_cast<QWidget *>(m_tasks),
             static_cast<QWidget *>(m_clusters), static_cast<QWidget *>(m_schedule)})
        tab->setEnabled(!locked);
    m_json->setEditingAllowed(!locked);
    m_submit->setToolTip(m_controller->lockedReason());
    refreshValidation();
}

// --- forwarding -------------------------------------------------------------------------

bool JobFormDialog::importJson(const QByteArray &json, QString *error)
{
    return m_controller->importJson(json, error);
}

bool JobFormDialog::importFile(const QString &path, QString *error)
{
    return m_controller->importFile(path, error);
}

void JobFormDialog::submit()
{
    m_controller->submit();
}

void JobFormDialog::confirmOverwrite()
{
    const QStringList conflict = m_controller->lastConflict();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Job changed elsewhere"),
        tr("Someone changed this job since you opened the form. Saving now replaces their changes with "
           "yours."),
        QMessageBox::NoButton, this);
    box->setObjectName(u"concurrentChangeWarning"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setDetailedText(conflict.join(u'\n'));
    box->setInformativeText(tr("What changed on the server:\n%1").arg(conflict.mid(0, 8).join(u'\n')));
    QPushButton *overwrite = box->addButton(tr("Overwrite their changes"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(u"overwriteButton"_s);
    QPushButton *keep = box->addButton(tr("Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepEditingButton"_s);
    connect(box, &QMessageBox::buttonClicked, this, [this, overwrite](QAbstractButton *button) {
        if (button == overwrite)
            m_controller->overwrite();
    });
    box->open();
}

bool JobFormDialog::mayClose()
{
    m_controller->saveDraftNow();
    if (!m_controller->hasUnkeptChanges())
        return true;
    return Prompts::confirm(this, tr("Close without a draft"),
        tr("Your changes could not be kept as a draft. Closing the form loses them.\n\n%1.")
            .arg(m_controller->draftError()),
        tr("Close and lose changes"));
}

void JobFormDialog::reject()
{
    if (mayClose())
        QDialog::reject();
}

} // namespace brickdesk
