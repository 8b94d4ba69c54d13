#include "jobform/jobformdialog.h"

#include "api/apireply.h"
#include "api/connection.h"
#include "jobform/jsondiff.h"
#include "jobform/quartzcron.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// "key=value" per line <-> map.
QMap<QString, QString> parseMap(const QString &text)
{
    QMap<QString, QString> map;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            map.insert(line.trimmed(), QString());
        else
            map.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return map;
}

QString formatMap(const QMap<QString, QString> &map)
{
    QStringList lines;
    for (auto it = map.begin(); it != map.end(); ++it)
        lines << it.key() + u'=' + it.value();
    return lines.join(u'\n');
}

QStringList parseLines(const QString &text)
{
    QStringList list;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            list << line.trimmed();
    }
    return list;
}

QStringList parseAddresses(const QString &text)
{
    QStringList list;
    const QStringList parts = text.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        list << part.trimmed();
    return list;
}

// Spin boxes whose minimum means "not set" (the server default applies).
QSpinBox *optionalSpin(int unsetValue, int maximum, const QString &unsetText, const QString &objectName)
{
    auto *spin = new QSpinBox;
    spin->setRange(unsetValue, maximum);
    spin->setSpecialValueText(unsetText);
    spin->setObjectName(objectName);
    return spin;
}

void setOptional(QSpinBox *spin, const std::optional<int> &value)
{
    spin->setValue(value ? *value : spin->minimum());
}

std::optional<int> optionalOf(const QSpinBox *spin)
{
    if (spin->value() == spin->minimum())
        return std::nullopt;
    return spin->value();
}

QString computeName(JobTaskForm::Compute compute, JobTaskForm::Type type)
{
    switch (compute) {
    case JobTaskForm::Compute::None:
        return type == JobTaskForm::Type::Sql ? JobFormDialog::tr("SQL warehouse (no cluster)")
                                              : JobFormDialog::tr("None");
    case JobTaskForm::Compute::ExistingCluster:
        return JobFormDialog::tr("Existing all-purpose cluster");
    case JobTaskForm::Compute::JobCluster:
        return JobFormDialog::tr("Shared job cluster");
    case JobTaskForm::Compute::Serverless:
        return JobFormDialog::tr("Serverless");
    case JobTaskForm::Compute::TaskCluster:
        return JobFormDialog::tr("Task's own cluster (kept as is)");
    }
    return {};
}

QString issuesKeyForTask(const QString &field, int currentTask)
{
    static const QRegularExpression pattern(u"^tasks\\[(\\d+)\\]\\.(.+)$"_s);
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch() || match.captured(1).toInt() != currentTask)
        return {};
    QString rest = match.captured(2);
    // "notebook_task.notebook_path" -> "task.notebook_path" etc.
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
    , m_connection(connection)
    , m_form(JobSettingsForm::newJob())
{
    setObjectName(u"jobFormDialog"_s);
    setWindowTitle(tr("New job"));
    m_draft.connectionName = connectionIdentity(connection);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &JobFormDialog::saveDraftNow);
    buildUi();
    populateFromForm();
    fetchWorkspaceLists();
}

JobFormDialog::~JobFormDialog()
{
    // A form closed without creating it stays as a draft (e.g. when the app quits).
    if (m_dirty && !m_finished)
        saveDraftNow();
}

QString JobFormDialog::connectionIdentity(const Connection *connection)
{
    return connection ? connection->host().toString() : QString();
}

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
    dialog->m_mode = Mode::Edit;
    dialog->m_jobId = jobId;
    dialog->m_draft.mode = JobFormDraft::Mode::Edit;
    dialog->m_draft.jobId = jobId;
    dialog->setWindowTitle(tr("Edit job %1").arg(jobId));
    dialog->m_submit->setText(tr("Save"));
    dialog->loadJob(connection, jobId, false);
    return dialog;
}

JobFormDialog *JobFormDialog::forClone(Connection *source, qint64 jobId, Connection *target, QWidget *parent)
{
    auto *dialog = new JobFormDialog(target ? target : source, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->m_mode = Mode::Clone;
    dialog->m_draft.mode = JobFormDraft::Mode::Clone;
    dialog->setWindowTitle(tr("Clone job %1").arg(jobId));
    dialog->loadJob(source, jobId, true);
    return dialog;
}

JobFormDialog *JobFormDialog::forDraft(Connection *connection, const JobFormDraft &draft, QWidget *parent)
{
    auto *dialog = new JobFormDialog(connection, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->m_draft = draft;
    dialog->m_mode = draft.mode == JobFormDraft::Mode::Edit ? Mode::Edit
        : draft.mode == JobFormDraft::Mode::Clone           ? Mode::Clone
                                                            : Mode::Create;
    dialog->m_jobId = draft.jobId;
    dialog->m_baseSettings = draft.baseSettings;
    if (dialog->m_mode == Mode::Edit) {
        dialog->m_submit->setText(tr("Save"));
        dialog->setWindowTitle(tr("Edit job %1 (draft)").arg(draft.jobId));
    } else {
        dialog->setWindowTitle(tr("New job (draft)"));
    }
    dialog->setForm(JobSettingsForm::fromJson(draft.settings));
    if (!draft.redactedFields.isEmpty())
        dialog->m_status->setText(
            tr("Values that looked like secrets were not kept in the draft; enter them again: %1")
                .arg(draft.redactedFields.join(u", ")));
    return dialog;
}

void JobFormDialog::setDraftsDirectory(const QString &directory)
{
    m_drafts = JobFormDrafts(directory);
}

// --- building ---------------------------------------------------------------------------

QWidget *JobFormDialog::withError(QWidget *field, const QString &errorKey)
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *error = new QLabel;
    error->setObjectName(u"error:"_s + errorKey);
    error->setWordWrap(true);
    error->setStyleSheet(u"color: #b3261e;"_s);
    error->setVisible(false);
    layout->addWidget(error);
    m_errorLabels.insert(errorKey, error);
    return container;
}

void JobFormDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->addTab(buildGeneralTab(), tr("General"));
    m_tabs->addTab(buildTasksTab(), tr("Tasks"));
    m_tabs->addTab(buildClustersTab(), tr("Job clusters"));
    m_tabs->addTab(buildScheduleTab(), tr("Schedule && triggers"));
    m_tabs->addTab(buildJsonTab(), tr("JSON"));
    m_tabs->setCurrentIndex(1);
    layout->addWidget(m_tabs, 1);

    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
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
    resize(1000, 720);
}

QWidget *JobFormDialog::buildGeneralTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit;
    m_name->setObjectName(u"jobName"_s);
    form->addRow(tr("&Name:"), withError(m_name, u"name"_s));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(u"jobDescription"_s);
    m_description->setMaximumHeight(70);
    form->addRow(tr("&Description:"), withError(m_description, u"description"_s));
    m_tags = new QPlainTextEdit;
    m_tags->setObjectName(u"jobTags"_s);
    m_tags->setPlaceholderText(tr("key=value, one per line"));
    m_tags->setMaximumHeight(60);
    form->addRow(tr("&Tags:"), withError(m_tags, u"tags"_s));
    m_parameters = new QPlainTextEdit;
    m_parameters->setObjectName(u"jobParameters"_s);
    m_parameters->setPlaceholderText(tr("name=default, one per line"));
    m_parameters->setMaximumHeight(60);
    form->addRow(tr("&Parameters:"), withError(m_parameters, u"parameters"_s));
    m_emailStart = new QLineEdit;
    m_emailStart->setObjectName(u"emailOnStart"_s);
    m_emailSuccess = new QLineEdit;
    m_emailSuccess->setObjectName(u"emailOnSuccess"_s);
    m_emailFailure = new QLineEdit;
    m_emailFailure->setObjectName(u"emailOnFailure"_s);
    for (QLineEdit *edit : {m_emailStart, m_emailSuccess, m_emailFailure})
        edit->setPlaceholderText(tr("addresses, separated by commas"));
    form->addRow(tr("E-mail on &start:"), withError(m_emailStart, u"email_notifications.on_start"_s));
    form->addRow(tr("E-mail on s&uccess:"), withError(m_emailSuccess, u"email_notifications.on_success"_s));
    form->addRow(tr("E-mail on &failure:"), withError(m_emailFailure, u"email_notifications.on_failure"_s));
    m_maxConcurrent = optionalSpin(-1, 1000, tr("Default (1)"), u"maxConcurrentRuns"_s);
    form->addRow(tr("Max concurrent &runs:"), withError(m_maxConcurrent, u"max_concurrent_runs"_s));
    m_jobTimeout = optionalSpin(-1, 7 * 24 * 3600, tr("No timeout"), u"jobTimeout"_s);
    m_jobTimeout->setSuffix(tr(" s"));
    form->addRow(tr("T&imeout:"), withError(m_jobTimeout, u"timeout_seconds"_s));
    m_queue = new QComboBox;
    m_queue->setObjectName(u"queue"_s);
    m_queue->addItem(tr("Server default"));
    m_queue->addItem(tr("Queue runs when limits are reached"));
    m_queue->addItem(tr("Skip runs when limits are reached"));
    form->addRow(tr("&Queueing:"), m_queue);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_form.name = text;
        formEdited();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_populating)
            return;
        m_form.description = m_description->toPlainText();
        formEdited();
    });
    connect(m_tags, &QPlainTextEdit::textChanged, this, [this] {
        if (m_populating)
            return;
        m_form.tags = parseMap(m_tags->toPlainText());
        formEdited();
    });
    connect(m_parameters, &QPlainTextEdit::textChanged, this, [this] {
        if (m_populating)
            return;
        m_form.parameters.clear();
        const QStringList lines = m_parameters->toPlainText().split(u'\n');
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            const qsizetype equals = line.indexOf(u'=');
            m_form.parameters.append({equals < 0 ? line.trimmed() : line.left(equals).trimmed(),
                equals < 0 ? QString() : line.mid(equals + 1).trimmed()});
        }
        formEdited();
    });
    const std::pair<QLineEdit *, QStringList JobSettingsForm::*> emails[] = {
        {m_emailStart, &JobSettingsForm::emailOnStart},
        {m_emailSuccess, &JobSettingsForm::emailOnSuccess},
        {m_emailFailure, &JobSettingsForm::emailOnFailure},
    };
    for (const auto &[edit, member] : emails) {
        connect(edit, &QLineEdit::textEdited, this, [this, member = member](const QString &text) {
            m_form.*member = parseAddresses(text);
            formEdited();
        });
    }
    connect(m_maxConcurrent, &QSpinBox::valueChanged, this, [this] {
        if (m_populating)
            return;
        m_form.maxConcurrentRuns = optionalOf(m_maxConcurrent);
        formEdited();
    });
    connect(m_jobTimeout, &QSpinBox::valueChanged, this, [this] {
        if (m_populating)
            return;
        m_form.timeoutSeconds = optionalOf(m_jobTimeout);
        formEdited();
    });
    connect(m_queue, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_populating)
            return;
        m_form.queueEnabled = index == 0 ? std::nullopt : std::optional<bool>(index == 1);
        formEdited();
    });
    return page;
}

QWidget *JobFormDialog::buildTasksTab()
{
    auto *splitter = new QSplitter;
    splitter->setObjectName(u"tasksSplitter"_s);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_taskList = new QListWidget;
    m_taskList->setObjectName(u"taskList"_s);
    leftLayout->addWidget(withError(m_taskList, u"tasks"_s), 1);
    auto *taskButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(u"addTask"_s);
    m_removeTask = new QPushButton(tr("Remove"));
    m_removeTask->setObjectName(u"removeTask"_s);
    m_moveUp = new QPushButton(tr("Up"));
    m_moveUp->setObjectName(u"moveTaskUp"_s);
    m_moveDown = new QPushButton(tr("Down"));
    m_moveDown->setObjectName(u"moveTaskDown"_s);
    for (QPushButton *button : {add, m_removeTask, m_moveUp, m_moveDown})
        taskButtons->addWidget(button);
    leftLayout->addLayout(taskButtons);
    splitter->addWidget(left);

    m_taskEditor = new QWidget;
    auto *form = new QFormLayout(m_taskEditor);
    m_taskKey = new QLineEdit;
    m_taskKey->setObjectName(u"taskKey"_s);
    form->addRow(tr("Task &key:"), withError(m_taskKey, u"task.task_key"_s));
    m_taskType = new QComboBox;
    m_taskType->setObjectName(u"taskType"_s);
    for (const JobTaskForm::Type type : {JobTaskForm::Type::Notebook, JobTaskForm::Type::SparkPython,
             JobTaskForm::Type::PythonWheel, JobTaskForm::Type::SparkJar, JobTaskForm::Type::Sql,
             JobTaskForm::Type::RunJob, JobTaskForm::Type::Other})
        m_taskType->addItem(JobTaskForm::typeName(type), int(type));
    form->addRow(tr("T&ype:"), m_taskType);
    m_taskDescription = new QLineEdit;
    m_taskDescription->setObjectName(u"taskDescription"_s);
    form->addRow(tr("Descri&ption:"), m_taskDescription);
    m_dependsOn = new QListWidget;
    m_dependsOn->setObjectName(u"dependsOn"_s);
    m_dependsOn->setMaximumHeight(80);
    form->addRow(tr("&Depends on:"), withError(m_dependsOn, u"task.depends_on"_s));

    m_source = new QComboBox;
    m_source->setObjectName(u"taskSource"_s);
    m_source->addItem(tr("Default"), QString());
    m_source->addItem(tr("Workspace"), u"WORKSPACE"_s);
    m_source->addItem(tr("Git"), u"GIT"_s);
    m_sourceRow = m_source;
    form->addRow(tr("&Source:"), m_source);

    m_typePages = new QStackedWidget;
    m_typePages->setObjectName(u"taskTypePages"_s);
    auto page = [this](QFormLayout **pageForm) {
        auto *widget = new QWidget;
        *pageForm = new QFormLayout(widget);
        (*pageForm)->setContentsMargins(0, 0, 0, 0);
        m_typePages->addWidget(widget);
    };
    auto line = [](const QString &name, const QString &placeholder = {}) {
        auto *edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    QFormLayout *f = nullptr;
    page(&f); // Notebook
    m_notebookPath = line(u"notebookPath"_s, tr("/Workspace/Users/…/notebook"));
    f->addRow(tr("Notebook &path:"), withError(m_notebookPath, u"task.notebook_path"_s));
    m_baseParameters = new QPlainTextEdit;
    m_baseParameters->setObjectName(u"baseParameters"_s);
    m_baseParameters->setPlaceholderText(tr("name=value, one per line"));
    m_baseParameters->setMaximumHeight(60);
    f->addRow(tr("Parameters:"), m_baseParameters);
    page(&f); // Python script
    m_pythonFile = line(u"pythonFile"_s, tr("/Workspace/…/main.py or dbfs:/…"));
    f->addRow(tr("Python &file:"), withError(m_pythonFile, u"task.python_file"_s));
    page(&f); // Wheel
    m_packageName = line(u"packageName"_s);
    f->addRow(tr("Packa&ge name:"), withError(m_packageName, u"task.package_name"_s));
    m_entryPoint = line(u"entryPoint"_s);
    f->addRow(tr("&Entry point:"), withError(m_entryPoint, u"task.entry_point"_s));
    m_wheelLibrary = line(u"wheelLibrary"_s, tr("/Volumes/…/package.whl"));
    f->addRow(tr("&Wheel:"), m_wheelLibrary);
    page(&f); // JAR
    m_mainClass = line(u"mainClassName"_s, tr("com.example.Main"));
    f->addRow(tr("&Main class:"), withError(m_mainClass, u"task.main_class_name"_s));
    m_jarLibrary = line(u"jarLibrary"_s, tr("/Volumes/…/app.jar"));
    f->addRow(tr("&JAR:"), m_jarLibrary);
    page(&f); // SQL
    m_warehouseId = line(u"warehouseId"_s);
    f->addRow(tr("&Warehouse ID:"), withError(m_warehouseId, u"task.warehouse_id"_s));
    m_sqlKind = new QComboBox;
    m_sqlKind->setObjectName(u"sqlKind"_s);
    m_sqlKind->addItems({tr("Query"), tr("File"), tr("Alert"), tr("Dashboard")});
    f->addRow(tr("&Run:"), m_sqlKind);
    m_sqlReference = line(u"sqlReference"_s, tr("query ID, file path, alert ID or dashboard ID"));
    f->addRow(tr("&Which:"), withError(m_sqlReference, u"task.reference"_s));
    m_sqlParameters = new QPlainTextEdit;
    m_sqlParameters->setObjectName(u"sqlParameters"_s);
    m_sqlParameters->setMaximumHeight(60);
    f->addRow(tr("Parameters:"), m_sqlParameters);
    page(&f); // Run job
    m_runJobId = line(u"runJobId"_s, tr("job ID"));
    m_runJobId->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,19}"_s), m_runJobId));
    f->addRow(tr("&Job ID:"), withError(m_runJobId, u"task.job_id"_s));
    m_jobParameters = new QPlainTextEdit;
    m_jobParameters->setObjectName(u"runJobParameters"_s);
    m_jobParameters->setMaximumHeight(60);
    f->addRow(tr("Job parameters:"), m_jobParameters);
    page(&f); // Other
    m_otherTypeLabel = new QLabel;
    m_otherTypeLabel->setObjectName(u"otherTypeLabel"_s);
    m_otherTypeLabel->setWordWrap(true);
    f->addRow(m_otherTypeLabel);
    form->addRow(m_typePages);

    m_taskParameters = new QPlainTextEdit;
    m_taskParameters->setObjectName(u"taskParameters"_s);
    m_taskParameters->setPlaceholderText(tr("one argument per line"));
    m_taskParameters->setMaximumHeight(60);
    m_taskParametersRow = m_taskParameters;
    form->addRow(tr("&Arguments:"), m_taskParameters);

    m_computeKind = new QComboBox;
    m_computeKind->setObjectName(u"computeKind"_s);
    form->addRow(tr("&Compute:"), withError(m_computeKind, u"task.compute"_s));
    m_existingCluster = new QComboBox;
    m_existingCluster->setObjectName(u"existingCluster"_s);
    m_existingClusterRow = withError(m_existingCluster, u"task.existing_cluster_id"_s);
    form->addRow(tr("C&luster:"), m_existingClusterRow);
    m_jobClusterPicker = new QComboBox;
    m_jobClusterPicker->setObjectName(u"jobClusterPicker"_s);
    m_jobClusterRow = withError(m_jobClusterPicker, u"task.job_cluster_key"_s);
    form->addRow(tr("Job cl&uster:"), m_jobClusterRow);
    m_environmentKey = line(u"environmentKey"_s, u"default"_s);
    m_environmentRow = m_environmentKey;
    form->addRow(tr("En&vironment:"), m_environmentKey);

    auto *retries = new QHBoxLayout;
    m_maxRetries = optionalSpin(-2, 1000, tr("None"), u"maxRetries"_s);
    m_maxRetries->setToolTip(tr("-1 retries forever"));
    m_retryInterval = optionalSpin(-1, 24 * 3600 * 1000, tr("Default"), u"retryInterval"_s);
    m_retryInterval->setSuffix(tr(" ms"));
    m_retryOnTimeout = new QCheckBox(tr("Retry on timeout"));
    m_retryOnTimeout->setObjectName(u"retryOnTimeout"_s);
    retries->addWidget(withError(m_maxRetries, u"task.max_retries"_s));
    retries->addWidget(new QLabel(tr("every")));
    retries->addWidget(withError(m_retryInterval, u"task.min_retry_interval_millis"_s));
    retries->addWidget(m_retryOnTimeout);
    form->addRow(tr("Retries:"), retries);
    m_taskTimeout = optionalSpin(-1, 7 * 24 * 3600, tr("No timeout"), u"taskTimeout"_s);
    m_taskTimeout->setSuffix(tr(" s"));
    form->addRow(tr("Ti&meout:"), withError(m_taskTimeout, u"task.timeout_seconds"_s));
    splitter->addWidget(m_taskEditor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    // --- behaviour
    connect(m_taskList, &QListWidget::currentRowChanged, this, &JobFormDialog::selectTask);
    connect(add, &QPushButton::clicked, this, [this] {
        JobTaskForm task;
        int n = int(m_form.tasks.size()) + 1;
        QStringList keys;
        for (const JobTaskForm &existing : std::as_const(m_form.tasks))
            keys << existing.key;
        while (keys.contains(u"task_%1"_s.arg(n)))
            ++n;
        task.key = u"task_%1"_s.arg(n);
        task.type = JobTaskForm::Type::Notebook;
        task.compute = JobTaskForm::Compute::Serverless;
        if (!m_form.tasks.isEmpty())
            task.dependsOn = {m_form.tasks.last().key};
        m_form.tasks.append(task);
        refreshTaskList();
        m_taskList->setCurrentRow(int(m_form.tasks.size()) - 1);
        formEdited();
        m_taskKey->setFocus();
        m_taskKey->selectAll();
    });
    connect(m_removeTask, &QPushButton::clicked, this, [this] {
        if (m_currentTask < 0 || m_currentTask >= m_form.tasks.size())
            return;
        const QString removed = m_form.tasks.at(m_currentTask).key;
        m_form.tasks.removeAt(m_currentTask);
        for (JobTaskForm &task : m_form.tasks)
            task.dependsOn.removeAll(removed);
        const int next = std::min(m_currentTask, int(m_form.tasks.size()) - 1);
        m_currentTask = -1;
        refreshTaskList();
        m_taskList->setCurrentRow(next);
        formEdited();
    });
    auto move = [this](int delta) {
        const int from = m_currentTask;
        const int to = from + delta;
        if (from < 0 || to < 0 || to >= m_form.tasks.size())
            return;
        m_form.tasks.move(from, to);
        m_currentTask = -1;
        refreshTaskList();
        m_taskList->setCurrentRow(to);
        formEdited();
    };
    connect(m_moveUp, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [move] { move(1); });

    auto edit = [this](auto apply) {
        return [this, apply](auto &&...) {
            if (m_populating)
                return;
            if (JobTaskForm *task = currentTask()) {
                apply(*task);
                formEdited();
            }
        };
    };
    connect(m_taskKey, &QLineEdit::textEdited, this, edit([this](JobTaskForm &task) {
        const QString old = task.key;
        task.key = m_taskKey->text().trimmed();
        // Keep dependencies pointing at the renamed task.
        for (JobTaskForm &other : m_form.tasks) {
            for (QString &dependency : other.dependsOn) {
                if (dependency == old && !old.isEmpty())
                    dependency = task.key;
            }
        }
        refreshTaskList();
    }));
    connect(m_taskType, &QComboBox::currentIndexChanged, this, edit([this](JobTaskForm &task) {
        task.type = JobTaskForm::Type(m_taskType->currentData().toInt());
        const QList<JobTaskForm::Compute> allowed = JobTaskForm::allowedCompute(task.type);
        if (!allowed.contains(task.compute))
            task.compute = allowed.contains(JobTaskForm::Compute::Serverless)
                ? JobTaskForm::Compute::Serverless
                : allowed.first();
        populateTaskEditor();
        refreshTaskList();
    }));
    connect(m_taskDescription, &QLineEdit::textEdited, this,
        edit([this](JobTaskForm &task) { task.description = m_taskDescription->text(); }));
    connect(m_dependsOn, &QListWidget::itemChanged, this, edit([this](JobTaskForm &task) {
        task.dependsOn.clear();
        for (int i = 0; i < m_dependsOn->count(); ++i) {
            if (m_dependsOn->item(i)->checkState() == Qt::Checked)
                task.dependsOn << m_dependsOn->item(i)->data(Qt::UserRole).toString();
        }
    }));
    connect(m_source, &QComboBox::currentIndexChanged, this,
        edit([this](JobTaskForm &task) { task.source = m_source->currentData().toString(); }));
    connect(m_notebookPath, &QLineEdit::textEdited, this,
        edit([this](JobTaskForm &task) { task.notebookPath = m_notebookPath->text().trimmed(); }));
    connect(m_baseParameters, &QPlainTextEdit::textChanged, this,
        edit([this](JobTaskForm &task) { task.baseParameters = parseMap(m_baseParameters->toPlainText()); }));
    connect(m_pythonFile, &QLineEdit::textEdited, this,
        edit([this](JobTaskForm &task) { task.pythonFile = m_pythonFile->text().trimmed(); }));
    connect(m_packageName, &QLineEdit::textEdited, this,
        edit([this](JobTaskForm &task) { task.packageName = m_packageName->text().trimmed(); }));
    connect(m_entryPoint, &QLineEdit::textEdited, this,
        edit([this](JobTaskForm &task) { task.entryPoint = m_entryPoint->text().trimmed(); }));
    connect(m_wheelLibrary, &QLineEdit::textEdited, this,
        edit([this](JobTaskForm &task) { task.wheelLibrary = m_wheelLibrary->text().trimmed(); }));
    connect(m_mainClass, &QLineEdit::textEdited, this,
        edit([this](JobTaskForm &task) { task.mainClassName = m_mainClass->text().trimmed(); }));
    connect(m_jarLibrary, &QLineEdit::textEdited, this,
        edit([this](JobTaskForm &task) { task.jarLibrary = m_jarLibrary->text().trimmed(); }));
    connect(m_warehouseId, &QLineEdit::textEdited, this,
        edit([this](JobTaskForm &task) { task.warehouseId = m_warehouseId->text().trimmed(); }));
    connect(m_sqlKind, &QComboBox::currentIndexChanged, this,
        edit([this](JobTaskForm &task) { task.sqlKind = JobTaskForm::SqlKind(m_sqlKind->currentIndex()); }));
    connect(m_sqlReference, &QLineEdit::textEdited, this,
        edit([this](JobTaskForm &task) { task.sqlReference = m_sqlReference->text().trimmed(); }));
    connect(m_sqlParameters, &QPlainTextEdit::textChanged, this,
        edit([this](JobTaskForm &task) { task.sqlParameters = parseMap(m_sqlParameters->toPlainText()); }));
    connect(m_runJobId, &QLineEdit::textEdited, this,
        edit([this](JobTaskForm &task) { task.runJobId = m_runJobId->text().toLongLong(); }));
    connect(m_jobParameters, &QPlainTextEdit::textChanged, this,
        edit([this](JobTaskForm &task) { task.jobParameters = parseMap(m_jobParameters->toPlainText()); }));
    connect(m_taskParameters, &QPlainTextEdit::textChanged, this,
        edit([this](JobTaskForm &task) { task.parameters = parseLines(m_taskParameters->toPlainText()); }));
    connect(m_computeKind, &QComboBox::currentIndexChanged, this, edit([this](JobTaskForm &task) {
        task.compute = JobTaskForm::Compute(m_computeKind->currentData().toInt());
        if (task.compute == JobTaskForm::Compute::JobCluster && task.jobClusterKey.isEmpty()
            && !m_form.jobClusters.isEmpty())
            task.jobClusterKey = m_form.jobClusters.first().key;
        if (task.compute == JobTaskForm::Compute::ExistingCluster && task.existingClusterId.isEmpty())
            task.existingClusterId = m_existingCluster->currentData().toString();
        updateTaskVisibility();
    }));
    connect(m_existingCluster, &QComboBox::currentIndexChanged, this, edit([this](JobTaskForm &task) {
        task.existingClusterId = m_existingCluster->currentData().toString();
    }));
    connect(m_jobClusterPicker, &QComboBox::currentIndexChanged, this,
        edit([this](JobTaskForm &task) { task.jobClusterKey = m_jobClusterPicker->currentText(); }));
    connect(m_environmentKey, &QLineEdit::textEdited, this,
        edit([this](JobTaskForm &task) { task.environmentKey = m_environmentKey->text().trimmed(); }));
    connect(m_maxRetries, &QSpinBox::valueChanged, this,
        edit([this](JobTaskForm &task) { task.maxRetries = optionalOf(m_maxRetries); }));
    connect(m_retryInterval, &QSpinBox::valueChanged, this,
        edit([this](JobTaskForm &task) { task.minRetryIntervalMillis = optionalOf(m_retryInterval); }));
    connect(m_retryOnTimeout, &QCheckBox::toggled, this,
        edit([this](JobTaskForm &task) { task.retryOnTimeout = m_retryOnTimeout->isChecked(); }));
    connect(m_taskTimeout, &QSpinBox::valueChanged, this,
        edit([this](JobTaskForm &task) { task.timeoutSeconds = optionalOf(m_taskTimeout); }));
    return splitter;
}

QWidget *JobFormDialog::buildClustersTab()
{
    auto *splitter = new QSplitter;
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_clusterList = new QListWidget;
    m_clusterList->setObjectName(u"clusterList"_s);
    leftLayout->addWidget(m_clusterList, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(u"addCluster"_s);
    m_removeCluster = new QPushButton(tr("Remove"));
    m_removeCluster->setObjectName(u"removeCluster"_s);
    buttons->addWidget(add);
    buttons->addWidget(m_removeCluster);
    leftLayout->addLayout(buttons);
    splitter->addWidget(left);

    m_clusterEditor = new QWidget;
    auto *form = new QFormLayout(m_clusterEditor);
    m_clusterKey = new QLineEdit;
    m_clusterKey->setObjectName(u"clusterKey"_s);
    form->addRow(tr("&Key:"), withError(m_clusterKey, u"cluster.job_cluster_key"_s));
    m_sparkVersion = new QComboBox;
    m_sparkVersion->setObjectName(u"sparkVersion"_s);
    m_sparkVersion->setEditable(true);
    form->addRow(tr("&Runtime:"), withError(m_sparkVersion, u"cluster.spark_version"_s));
    m_nodeType = new QComboBox;
    m_nodeType->setObjectName(u"nodeType"_s);
    m_nodeType->setEditable(true);
    form->addRow(tr("&Node type:"), withError(m_nodeType, u"cluster.node_type_id"_s));
    m_autoscale = new QCheckBox(tr("&Autoscale"));
    m_autoscale->setObjectName(u"autoscale"_s);
    form->addRow(QString(), m_autoscale);
    m_numWorkers = new QSpinBox;
    m_numWorkers->setObjectName(u"numWorkers"_s);
    m_numWorkers->setRange(0, 100000);
    form->addRow(tr("&Workers:"), withError(m_numWorkers, u"cluster.num_workers"_s));
    m_minWorkers = new QSpinBox;
    m_minWorkers->setObjectName(u"minWorkers"_s);
    m_minWorkers->setRange(0, 100000);
    form->addRow(tr("M&in workers:"), withError(m_minWorkers, u"cluster.min_workers"_s));
    m_maxWorkers = new QSpinBox;
    m_maxWorkers->setObjectName(u"maxWorkers"_s);
    m_maxWorkers->setRange(0, 100000);
    form->addRow(tr("Ma&x workers:"), withError(m_maxWorkers, u"cluster.max_workers"_s));
    m_sparkConf = new QPlainTextEdit;
    m_sparkConf->setObjectName(u"sparkConf"_s);
    m_sparkConf->setPlaceholderText(tr("spark.key=value, one per line"));
    form->addRow(tr("Spark &conf:"), m_sparkConf);
    m_clusterTags = new QPlainTextEdit;
    m_clusterTags->setObjectName(u"clusterTags"_s);
    m_clusterTags->setPlaceholderText(tr("key=value, one per line"));
    form->addRow(tr("&Tags:"), m_clusterTags);
    splitter->addWidget(m_clusterEditor);
    splitter->setStretchFactor(1, 3);

    connect(m_clusterList, &QListWidget::currentRowChanged, this, &JobFormDialog::selectCluster);
    connect(add, &QPushButton::clicked, this, [this] {
        JobClusterForm cluster;
        int n = int(m_form.jobClusters.size()) + 1;
        cluster.key = n == 1 ? u"job_cluster"_s : u"job_cluster_%1"_s.arg(n);
        cluster.sparkVersion
            = m_sparkVersion->count() > 0 ? m_sparkVersion->itemData(0).toString() : QString();
        cluster.nodeTypeId = m_nodeType->count() > 0 ? m_nodeType->itemData(0).toString() : QString();
        cluster.numWorkers = 2;
        m_form.jobClusters.append(cluster);
        refreshClusterList();
        m_clusterList->setCurrentRow(int(m_form.jobClusters.size()) - 1);
        refreshClusterPickers();
        formEdited();
    });
    connect(m_removeCluster, &QPushButton::clicked, this, [this] {
        if (m_currentCluster < 0 || m_currentCluster >= m_form.jobClusters.size())
            return;
        m_form.jobClusters.removeAt(m_currentCluster);
        const int next = std::min(m_currentCluster, int(m_form.jobClusters.size()) - 1);
        m_currentCluster = -1;
        refreshClusterList();
        m_clusterList->setCurrentRow(next);
        refreshClusterPickers();
        formEdited();
    });
    auto edit = [this](auto apply) {
        return [this, apply](auto &&...) {
            if (m_populating)
                return;
            if (JobClusterForm *cluster = currentCluster()) {
                apply(*cluster);
                formEdited();
            }
        };
    };
    connect(m_clusterKey, &QLineEdit::textEdited, this, edit([this](JobClusterForm &cluster) {
        const QString old = cluster.key;
        cluster.key = m_clusterKey->text().trimmed();
        for (JobTaskForm &task : m_form.tasks) {
            if (task.compute == JobTaskForm::Compute::JobCluster && task.jobClusterKey == old)
                task.jobClusterKey = cluster.key;
        }
        refreshClusterList();
        refreshClusterPickers();
    }));
    auto comboValue = [](QComboBox *combo) {
        // An item picked from the list carries the id; typed text is taken as is.
        const int index = combo->findText(combo->currentText());
        return index >= 0 && combo->itemData(index).isValid() ? combo->itemData(index).toString()
                                                              : combo->currentText().trimmed();
    };
    connect(m_sparkVersion, &QComboBox::currentTextChanged, this,
        edit([this, comboValue](
                 JobClusterForm &cluster) { cluster.sparkVersion = comboValue(m_sparkVersion); }));
    connect(m_nodeType, &QComboBox::currentTextChanged, this,
        edit([this, comboValue](JobClusterForm &cluster) { cluster.nodeTypeId = comboValue(m_nodeType); }));
    connect(m_autoscale, &QCheckBox::toggled, this, edit([this](JobClusterForm &cluster) {
        cluster.autoscale = m_autoscale->isChecked();
        populateClusterEditor();
    }));
    connect(m_numWorkers, &QSpinBox::valueChanged, this,
        edit([this](JobClusterForm &cluster) { cluster.numWorkers = m_numWorkers->value(); }));
    connect(m_minWorkers, &QSpinBox::valueChanged, this,
        edit([this](JobClusterForm &cluster) { cluster.minWorkers = m_minWorkers->value(); }));
    connect(m_maxWorkers, &QSpinBox::valueChanged, this,
        edit([this](JobClusterForm &cluster) { cluster.maxWorkers = m_maxWorkers->value(); }));
    connect(m_sparkConf, &QPlainTextEdit::textChanged, this,
        edit([this](JobClusterForm &cluster) { cluster.sparkConf = parseMap(m_sparkConf->toPlainText()); }));
    connect(m_clusterTags, &QPlainTextEdit::textChanged, this, edit([this](JobClusterForm &cluster) {
        cluster.customTags = parseMap(m_clusterTags->toPlainText());
    }));
    return splitter;
}

QWidget *JobFormDialog::buildScheduleTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *top = new QFormLayout;
    m_triggerKind = new QComboBox;
    m_triggerKind->setObjectName(u"triggerKind"_s);
    m_triggerKind->addItem(tr("Manual only"), int(JobSettingsForm::TriggerKind::Manual));
    m_triggerKind->addItem(tr("Schedule (Quartz cron)"), int(JobSettingsForm::TriggerKind::Schedule));
    m_triggerKind->addItem(tr("File arrival"), int(JobSettingsForm::TriggerKind::FileArrival));
    m_triggerKind->addItem(tr("Periodic"), int(JobSettingsForm::TriggerKind::Periodic));
    m_triggerKind->addItem(tr("Other (kept as is)"), int(JobSettingsForm::TriggerKind::Other));
    top->addRow(tr("&Trigger:"), m_triggerKind);
    m_paused = new QCheckBox(tr("&Paused"));
    m_paused->setObjectName(u"paused"_s);
    top->addRow(QString(), m_paused);
    layout->addLayout(top);

    m_triggerPages = new QStackedWidget;
    m_triggerPages->addWidget(new QLabel(tr("The job runs only when started by hand or through the API.")));
    auto *schedule = new QWidget;
    auto *scheduleForm = new QFormLayout(schedule);
    m_cron = new QLineEdit;
    m_cron->setObjectName(u"cronExpression"_s);
    m_cron->setPlaceholderText(u"0 0 2 * * ?"_s);
    scheduleForm->addRow(tr("&Cron:"), withError(m_cron, u"schedule.quartz_cron_expression"_s));
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(u"timeZone"_s);
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    scheduleForm->addRow(tr("Time &zone:"), withError(m_timeZone, u"schedule.timezone_id"_s));
    m_cronPreview = new QLabel;
    m_cronPreview->setObjectName(u"cronPreview"_s);
    m_cronPreview->setTextFormat(Qt::PlainText);
    m_cronPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scheduleForm->addRow(tr("Next runs:"), m_cronPreview);
    m_triggerPages->addWidget(schedule);
    auto *file = new QWidget;
    auto *fileForm = new QFormLayout(file);
    m_fileUrl = new QLineEdit;
    m_fileUrl->setObjectName(u"fileArrivalUrl"_s);
    m_fileUrl->setPlaceholderText(tr("/Volumes/… or s3://bucket/path/"));
    fileForm->addRow(tr("&Location:"), withError(m_fileUrl, u"trigger.file_arrival.url"_s));
    m_fileMinBetween = optionalSpin(-1, 7 * 24 * 3600, tr("Default"), u"fileMinBetween"_s);
    m_fileMinBetween->setSuffix(tr(" s"));
    fileForm->addRow(tr("Min time between triggers:"),
        withError(m_fileMinBetween, u"trigger.file_arrival.min_time_between_triggers_seconds"_s));
    m_fileWaitAfter = optionalSpin(-1, 7 * 24 * 3600, tr("Default"), u"fileWaitAfter"_s);
    m_fileWaitAfter->setSuffix(tr(" s"));
    fileForm->addRow(tr("Wait after last change:"),
        withError(m_fileWaitAfter, u"trigger.file_arrival.wait_after_last_change_seconds"_s));
    m_triggerPages->addWidget(file);
    auto *periodic = new QWidget;
    auto *periodicForm = new QFormLayout(periodic);
    m_periodicInterval = new QSpinBox;
    m_periodicInterval->setObjectName(u"periodicInterval"_s);
    m_periodicInterval->setRange(0, 100000);
    periodicForm->addRow(tr("&Every:"), withError(m_periodicInterval, u"trigger.periodic.interval"_s));
    m_periodicUnit = new QComboBox;
    m_periodicUnit->setObjectName(u"periodicUnit"_s);
    m_periodicUnit->addItem(tr("minutes"), u"MINUTES"_s);
    m_periodicUnit->addItem(tr("hours"), u"HOURS"_s);
    m_periodicUnit->addItem(tr("days"), u"DAYS"_s);
    m_periodicUnit->addItem(tr("weeks"), u"WEEKS"_s);
    periodicForm->addRow(tr("&Unit:"), m_periodicUnit);
    m_triggerPages->addWidget(periodic);
    auto *other
        = new QLabel(tr("This job uses a trigger the form does not edit (continuous, table update, …). "
                        "It is kept exactly as it is; pick another trigger to replace it."));
    other->setWordWrap(true);
    m_triggerPages->addWidget(other);
    layout->addWidget(m_triggerPages);
    layout->addStretch(1);

    connect(m_triggerKind, &QComboBox::currentIndexChanged, this, [this] {
        m_triggerPages->setCurrentIndex(m_triggerKind->currentIndex());
        if (m_populating)
            return;
        m_form.triggerKind = JobSettingsForm::TriggerKind(m_triggerKind->currentData().toInt());
        if (m_form.triggerKind == JobSettingsForm::TriggerKind::Schedule && m_form.cronExpression.isEmpty()) {
            m_form.cronExpression = u"0 0 2 * * ?"_s;
            m_populating = true;
            m_cron->setText(m_form.cronExpression);
            m_populating = false;
        }
        formEdited();
    });
    connect(m_paused, &QCheckBox::toggled, this, [this](bool paused) {
        if (m_populating)
            return;
        m_form.paused = paused;
        formEdited();
    });
    connect(m_cron, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_form.cronExpression = text;
        formEdited();
    });
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (m_populating)
            return;
        m_form.timeZoneId = text.trimmed();
        formEdited();
    });
    connect(m_fileUrl, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_form.fileArrivalUrl = text.trimmed();
        formEdited();
    });
    connect(m_fileMinBetween, &QSpinBox::valueChanged, this, [this] {
        if (m_populating)
            return;
        m_form.fileArrivalMinSecondsBetween = optionalOf(m_fileMinBetween);
        formEdited();
    });
    connect(m_fileWaitAfter, &QSpinBox::valueChanged, this, [this] {
        if (m_populating)
            return;
        m_form.fileArrivalWaitAfterLastChange = optionalOf(m_fileWaitAfter);
        formEdited();
    });
    connect(m_periodicInterval, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_populating)
            return;
        m_form.periodicInterval = value;
        formEdited();
    });
    connect(m_periodicUnit, &QComboBox::currentIndexChanged, this, [this] {
        if (m_populating)
            return;
        m_form.periodicUnit = m_periodicUnit->currentData().toString();
        formEdited();
    });
    return page;
}

QWidget *JobFormDialog::buildJsonTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *explanation
        = new QLabel(tr("This is exactly what will be sent. Switch on editing to change it directly; "
                        "fields the form does not show are kept as they are."));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_json = new QPlainTextEdit;
    m_json->setObjectName(u"jsonPreview"_s);
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(u"DejaVu Sans Mono"_s);
    mono.setStyleHint(QFont::Monospace);
    m_json->setFont(mono);
    layout->addWidget(m_json, 1);
    m_jsonError = new QLabel;
    m_jsonError->setObjectName(u"jsonError"_s);
    m_jsonError->setStyleSheet(u"color: #b3261e;"_s);
    m_jsonError->setWordWrap(true);
    layout->addWidget(m_jsonError);
    auto *buttons = new QHBoxLayout;
    m_jsonEditable = new QCheckBox(tr("&Edit JSON"));
    m_jsonEditable->setObjectName(u"jsonEditToggle"_s);
    m_jsonApply = new QPushButton(tr("&Apply to form"));
    m_jsonApply->setObjectName(u"jsonApplyButton"_s);
    m_jsonApply->setEnabled(false);
    buttons->addWidget(m_jsonEditable);
    buttons->addStretch(1);
    buttons->addWidget(m_jsonApply);
    layout->addLayout(buttons);
    connect(m_jsonEditable, &QCheckBox::toggled, this, [this](bool editable) {
        m_json->setReadOnly(!editable);
        m_jsonApply->setEnabled(editable);
        if (!editable) {
            m_jsonError->clear();
            refreshPreview();
        }
    });
    connect(m_jsonApply, &QPushButton::clicked, this, &JobFormDialog::applyJsonText);
    return page;
}

// --- data flow --------------------------------------------------------------------------

void JobFormDialog::setForm(const JobSettingsForm &form)
{
    m_form = form;
    populateFromForm();
}

JobTaskForm *JobFormDialog::currentTask()
{
    if (m_currentTask < 0 || m_currentTask >= m_form.tasks.size())
        return nullptr;
    return &m_form.tasks[m_currentTask];
}

JobClusterForm *JobFormDialog::currentCluster()
{
    if (m_currentCluster < 0 || m_currentCluster >= m_form.jobClusters.size())
        return nullptr;
    return &m_form.jobClusters[m_currentCluster];
}

void JobFormDialog::populateFromForm()
{
    m_populating = true;
    m_name->setText(m_form.name);
    m_description->setPlainText(m_form.description);
    m_tags->setPlainText(formatMap(m_form.tags));
    QStringList parameterLines;
    for (const JobSettingsForm::Parameter &parameter : std::as_const(m_form.parameters))
        parameterLines << parameter.name + u'=' + parameter.defaultValue;
    m_parameters->setPlainText(parameterLines.join(u'\n'));
    m_emailStart->setText(m_form.emailOnStart.join(u", "));
    m_emailSuccess->setText(m_form.emailOnSuccess.join(u", "));
    m_emailFailure->setText(m_form.emailOnFailure.join(u", "));
    setOptional(m_maxConcurrent, m_form.maxConcurrentRuns);
    setOptional(m_jobTimeout, m_form.timeoutSeconds);
    m_queue->setCurrentIndex(!m_form.queueEnabled ? 0 : *m_form.queueEnabled ? 1 : 2);

    m_triggerKind->setCurrentIndex(m_triggerKind->findData(int(m_form.triggerKind)));
    m_triggerPages->setCurrentIndex(m_triggerKind->currentIndex());
    m_paused->setChecked(m_form.paused);
    m_cron->setText(m_form.cronExpression);
    m_timeZone->setCurrentText(m_form.timeZoneId);
    m_fileUrl->setText(m_form.fileArrivalUrl);
    setOptional(m_fileMinBetween, m_form.fileArrivalMinSecondsBetween);
    setOptional(m_fileWaitAfter, m_form.fileArrivalWaitAfterLastChange);
    m_periodicInterval->setValue(m_form.periodicInterval);
    m_periodicUnit->setCurrentIndex(std::max(0, m_periodicUnit->findData(m_form.periodicUnit)));
    m_populating = false;

    m_currentTask = -1;
    m_currentCluster = -1;
    refreshTaskList();
    refreshClusterList();
    refreshClusterPickers();
    m_taskList->setCurrentRow(m_form.tasks.isEmpty() ? -1 : 0);
    m_clusterList->setCurrentRow(m_form.jobClusters.isEmpty() ? -1 : 0);
    populateTaskEditor();
    populateClusterEditor();
    refreshValidation();
    refreshPreview();
    refreshCronPreview();
}

void JobFormDialog::refreshTaskList()
{
    const bool wasPopulating = m_populating;
    m_populating = true;
    const QSignalBlocker blocker(m_taskList);
    const int row = m_currentTask;
    m_taskList->clear();
    for (const JobTaskForm &task : std::as_const(m_form.tasks)) {
        const QString typeText
            = task.type == JobTaskForm::Type::Other ? task.otherTypeKey() : JobTaskForm::typeName(task.type);
        m_taskList->addItem(u"%1 — %2"_s.arg(task.key.isEmpty() ? tr("(no key)") : task.key, typeText));
    }
    if (row >= 0 && row < m_taskList->count())
        m_taskList->setCurrentRow(row);
    m_populating = wasPopulating;
}

void JobFormDialog::refreshClusterList()
{
    const QSignalBlocker blocker(m_clusterList);
    const int row = m_currentCluster;
    m_clusterList->clear();
    for (const JobClusterForm &cluster : std::as_const(m_form.jobClusters)) {
        const QString size = cluster.autoscale
            ? tr("%1–%2 workers").arg(cluster.minWorkers).arg(cluster.maxWorkers)
            : (cluster.numWorkers == 1 ? tr("1 worker") : tr("%1 workers").arg(cluster.numWorkers));
        m_clusterList->addItem(u"%1 — %2"_s.arg(cluster.key, size));
    }
    if (row >= 0 && row < m_clusterList->count())
        m_clusterList->setCurrentRow(row);
}

void JobFormDialog::selectTask(int index)
{
    m_currentTask = index;
    populateTaskEditor();
    refreshValidation();
}

void JobFormDialog::selectCluster(int index)
{
    m_currentCluster = index;
    populateClusterEditor();
    refreshValidation();
}

void JobFormDialog::populateTaskEditor()
{
    const JobTaskForm *task = currentTask();
    m_taskEditor->setEnabled(task != nullptr);
    m_removeTask->setEnabled(task != nullptr);
    m_moveUp->setEnabled(task && m_currentTask > 0);
    m_moveDown->setEnabled(task && m_currentTask + 1 < m_form.tasks.size());
    if (!task)
        return;
    const bool wasPopulating = m_populating;
    m_populating = true;
    m_taskKey->setText(task->key);
    m_taskType->setCurrentIndex(m_taskType->findData(int(task->type)));
    m_taskDescription->setText(task->description);

    m_dependsOn->clear();
    QStringList candidates;
    for (const JobTaskForm &other : std::as_const(m_form.tasks)) {
        if (&other != task && !other.key.isEmpty())
            candidates << other.key;
    }
    for (const QString &dependency : task->dependsOn) {
        if (!candidates.contains(dependency))
            candidates << dependency; // unknown keys stay visible so they can be unticked
    }
    for (const QString &candidate : std::as_const(candidates)) {
        auto *item = new QListWidgetItem(candidate, m_dependsOn);
        item->setData(Qt::UserRole, candidate);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(task->dependsOn.contains(candidate) ? Qt::Checked : Qt::Unchecked);
    }

    m_source->setCurrentIndex(std::max(0, m_source->findData(task->source)));
    m_notebookPath->setText(task->notebookPath);
    m_baseParameters->setPlainText(formatMap(task->baseParameters));
    m_pythonFile->setText(task->pythonFile);
    m_packageName->setText(task->packageName);
    m_entryPoint->setText(task->entryPoint);
    m_wheelLibrary->setText(task->wheelLibrary);
    m_mainClass->setText(task->mainClassName);
    m_jarLibrary->setText(task->jarLibrary);
    m_warehouseId->setText(task->warehouseId);
    m_sqlKind->setCurrentIndex(int(task->sqlKind));
    m_sqlReference->setText(task->sqlReference);
    m_sqlParameters->setPlainText(formatMap(task->sqlParameters));
    m_runJobId->setText(task->runJobId > 0 ? QString::number(task->runJobId) : QString());
    m_jobParameters->setPlainText(formatMap(task->jobParameters));
    m_otherTypeLabel->setText(
        tr("This task is a \"%1\". The form does not edit this kind; its settings are kept "
           "exactly as they are (see the JSON tab).")
            .arg(task->otherTypeKey()));
    m_taskParameters->setPlainText(task->parameters.join(u'\n'));

    m_computeKind->clear();
    for (const JobTaskForm::Compute compute : JobTaskForm::allowedCompute(task->type)) {
        if (compute == JobTaskForm::Compute::TaskCluster && task->compute != compute)
            continue; // only shown for tasks that already have their own cluster
        m_computeKind->addItem(computeName(compute, task->type), int(compute));
    }
    if (m_computeKind->findData(int(task->compute)) < 0)
        m_computeKind->addItem(computeName(task->compute, task->type), int(task->compute));
    m_computeKind->setCurrentIndex(m_computeKind->findData(int(task->compute)));
    refreshClusterPickers();
    m_environmentKey->setText(task->environmentKey);
    setOptional(m_maxRetries, task->maxRetries);
    setOptional(m_retryInterval, task->minRetryIntervalMillis);
    m_retryOnTimeout->setChecked(task->retryOnTimeout);
    setOptional(m_taskTimeout, task->timeoutSeconds);
    m_populating = wasPopulating;
    updateTaskVisibility();
}

void JobFormDialog::refreshClusterPickers()
{
    const bool wasPopulating = m_populating;
    m_populating = true;
    const JobTaskForm *task = currentTask();
    m_existingCluster->clear();
    for (const QJsonValue &value : std::as_const(m_clusters)) {
        const QJsonObject cluster = value.toObject();
        const QString id = cluster.value(u"cluster_id").toString();
        m_existingCluster->addItem(
            tr("%1 (%2) — %3")
                .arg(cluster.value(u"cluster_name").toString(), id, cluster.value(u"state").toString()),
            id);
    }
    if (task && !task->existingClusterId.isEmpty()
        && m_existingCluster->findData(task->existingClusterId) < 0)
        m_existingCluster->addItem(m_clustersKnown
                ? tr("%1 (not in this workspace)").arg(task->existingClusterId)
                : task->existingClusterId,
            task->existingClusterId);
    if (task)
        m_existingCluster->setCurrentIndex(m_existingCluster->findData(task->existingClusterId));

    m_jobClusterPicker->clear();
    for (const JobClusterForm &cluster : std::as_const(m_form.jobClusters))
        m_jobClusterPicker->addItem(cluster.key);
    if (task && !task->jobClusterKey.isEmpty() && m_jobClusterPicker->findText(task->jobClusterKey) < 0)
        m_jobClusterPicker->addItem(task->jobClusterKey);
    if (task)
        m_jobClusterPicker->setCurrentIndex(m_jobClusterPicker->findText(task->jobClusterKey));
    m_populating = wasPopulating;
}

void JobFormDialog::updateTaskVisibility()
{
    const JobTaskForm *task = currentTask();
    if (!task)
        return;
    using T = JobTaskForm::Type;
    m_typePages->setCurrentIndex(int(task->type));
    const bool hasSource = task->type == T::Notebook || task->type == T::SparkPython
        || (task->type == T::Sql && task->sqlKind == JobTaskForm::SqlKind::File);
    m_sourceRow->setEnabled(hasSource);
    m_taskParametersRow->setEnabled(
        task->type == T::SparkPython || task->type == T::PythonWheel || task->type == T::SparkJar);
    m_computeKind->setEnabled(task->type != T::Other && JobTaskForm::allowedCompute(task->type).size() > 1);
    // Whole rows (label and field) for the compute kind's own picker only.
    auto *form = qobject_cast<QFormLayout *>(m_taskEditor->layout());
    auto showRow = [form](QWidget *field, bool visible) {
        field->setVisible(visible);
        if (QWidget *label = form ? form->labelForField(field) : nullptr)
            label->setVisible(visible);
    };
    showRow(m_existingClusterRow, task->compute == JobTaskForm::Compute::ExistingCluster);
    showRow(m_jobClusterRow, task->compute == JobTaskForm::Compute::JobCluster);
    showRow(m_environmentRow, task->compute == JobTaskForm::Compute::Serverless && task->type != T::Notebook);
}

void JobFormDialog::populateClusterEditor()
{
    const JobClusterForm *cluster = currentCluster();
    m_clusterEditor->setEnabled(cluster != nullptr);
    m_removeCluster->setEnabled(cluster != nullptr);
    if (!cluster)
        return;
    const bool wasPopulating = m_populating;
    m_populating = true;
    m_clusterKey->setText(cluster->key);
    const int versionIndex = m_sparkVersion->findData(cluster->sparkVersion);
    if (versionIndex >= 0)
        m_sparkVersion->setCurrentIndex(versionIndex);
    else
        m_sparkVersion->setCurrentText(cluster->sparkVersion);
    const int nodeIndex = m_nodeType->findData(cluster->nodeTypeId);
    if (nodeIndex >= 0)
        m_nodeType->setCurrentIndex(nodeIndex);
    else
        m_nodeType->setCurrentText(cluster->nodeTypeId);
    m_autoscale->setChecked(cluster->autoscale);
    m_numWorkers->setValue(cluster->numWorkers);
    m_minWorkers->setValue(cluster->minWorkers);
    m_maxWorkers->setValue(cluster->maxWorkers);
    m_numWorkers->setEnabled(!cluster->autoscale);
    m_minWorkers->setEnabled(cluster->autoscale);
    m_maxWorkers->setEnabled(cluster->autoscale);
    m_sparkConf->setPlainText(formatMap(cluster->sparkConf));
    m_clusterTags->setPlainText(formatMap(cluster->customTags));
    m_populating = wasPopulating;
}

void JobFormDialog::formEdited()
{
    if (m_populating)
        return;
    m_dirty = true;
    m_apiErrorField.clear();
    m_apiErrorMessage.clear();
    refreshValidation();
    refreshPreview();
    refreshCronPreview();
    if (!m_finished)
        m_draftTimer->start();
}

void JobFormDialog::refreshValidation()
{
    m_issues = m_form.validate();
    // Clone into another workspace: clusters that are not there must be picked again.
    if (m_clustersKnown) {
        for (const int index : m_form.tasksWithUnknownClusters(m_knownClusterIds))
            m_issues.append({u"tasks[%1].existing_cluster_id"_s.arg(index),
                tr("The cluster \"%1\" does not exist in this workspace; pick another one.")
                    .arg(m_form.tasks.at(index).existingClusterId)});
    }
    QList<JobFormIssue> shown = m_issues;
    if (!m_apiErrorMessage.isEmpty())
        shown.prepend({m_apiErrorField, m_apiErrorMessage});

    QHash<QString, QString> messages;
    QStringList elsewhere;
    QSet<int> tasksWithIssues;
    for (const JobFormIssue &issue : std::as_const(shown)) {
        QString key = issue.field;
        static const QRegularExpression taskIndex(u"^tasks\\[(\\d+)\\]"_s);
        const QRegularExpressionMatch match = taskIndex.match(issue.field);
        if (match.hasMatch()) {
            tasksWithIssues.insert(match.captured(1).toInt());
            key = issuesKeyForTask(issue.field, m_currentTask);
        } else if (issue.field.startsWith(u"job_clusters[")) {
            key = issuesKeyForCluster(issue.field, m_currentCluster);
        } else if (issue.field.startsWith(u"parameters[")) {
            key = u"parameters"_s;
        }
        if (!key.isEmpty() && m_errorLabels.contains(key)) {
            messages[key] += (messages[key].isEmpty() ? QString() : u"\n"_s) + issue.message;
        } else {
            elsewhere << issue.message;
        }
    }
    for (auto it = m_errorLabels.begin(); it != m_errorLabels.end(); ++it) {
        const QString message = messages.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    for (int i = 0; i < m_taskList->count(); ++i)
        m_taskList->item(i)->setForeground(tasksWithIssues.contains(i) ? QColor(0xb3, 0x26, 0x1e) : QColor());

    if (m_busy) {
        // the status shows progress
    } else if (!m_apiErrorMessage.isEmpty()) {
        m_status->setText(tr("The workspace refused the job: %1").arg(m_apiErrorMessage));
    } else if (m_issues.isEmpty()) {
        m_status->setText(m_mode == Mode::Edit ? tr("Ready to save.") : tr("Ready to create."));
    } else {
        QString text = (m_issues.size() == 1
                ? tr("1 problem to fix before the job can be saved.")
                : tr("%1 problems to fix before the job can be saved.").arg(m_issues.size()));
        if (!elsewhere.isEmpty())
            text += u' ' + elsewhere.mid(0, 3).join(u' ');
        m_status->setText(text);
    }
    m_submit->setEnabled(m_issues.isEmpty() && !m_busy && m_loading == 0 && m_connection != nullptr);
}

void JobFormDialog::refreshPreview()
{
    if (m_jsonEditable->isChecked())
        return; // do not overwrite what the user is typing
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(m_form.toJson()).toJson(QJsonDocument::Indented)));
}

void JobFormDialog::refreshCronPreview()
{
    if (m_form.triggerKind != JobSettingsForm::TriggerKind::Schedule) {
        m_cronPreview->clear();
        return;
    }
    const QuartzCron cron = QuartzCron::parse(m_form.cronExpression);
    const QTimeZone zone(m_form.timeZoneId.toUtf8());
    if (!cron.isValid() || !zone.isValid()) {
        m_cronPreview->setText(tr("—"));
        return;
    }
    QStringList lines {cron.description(m_form.timeZoneId)};
    const QList<QDateTime> next = cron.nextFireTimes(QDateTime::currentDateTimeUtc(), zone, 5);
    for (const QDateTime &time : next)
        lines << QLocale().toString(time, QLocale::LongFormat); // weekday, date, time and zone
    if (next.isEmpty())
        lines << tr("This schedule never fires.");
    m_cronPreview->setText(lines.join(u'\n'));
}

void JobFormDialog::applyJsonText()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_jsonError->setText(error.error != QJsonParseError::NoError
                ? tr("Not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString())
                : tr("The JSON must be an object (JobSettings)."));
        return;
    }
    m_jsonError->clear();
    setForm(JobSettingsForm::fromJson(document.object()));
    formEdited();
}

bool JobFormDialog::importJson(const QByteArray &json, QString *errorMessage)
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

bool JobFormDialog::importFile(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return importJson(file.readAll(), errorMessage);
}

QString JobFormDialog::fieldMessage(const QString &field) const
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

// --- workspace I/O ----------------------------------------------------------------------

void JobFormDialog::fetchWorkspaceLists()
{
    if (!m_connection)
        return;
    ++m_loading;
    ApiReply *clusters = m_connection->clusters().list();
    connect(clusters, &ApiReply::finished, this, [this, clusters] {
        --m_loading;
        if (!clusters->hasError()) {
            m_clusters = clusters->json().value(u"clusters").toArray();
            m_knownClusterIds.clear();
            for (const QJsonValue &cluster : std::as_const(m_clusters))
                m_knownClusterIds << cluster.toObject().value(u"cluster_id").toString();
            m_clustersKnown = true;
            refreshClusterPickers();
        }
        refreshValidation();
    });
    ApiReply *nodeTypes = m_connection->clusters().listNodeTypes();
    connect(nodeTypes, &ApiReply::finished, this, [this, nodeTypes] {
        if (nodeTypes->hasError())
            return;
        m_nodeTypes = nodeTypes->json().value(u"node_types").toArray();
        const bool wasPopulating = m_populating;
        m_populating = true;
        m_nodeType->clear();
        for (const QJsonValue &value : std::as_const(m_nodeTypes)) {
            const QJsonObject nodeType = value.toObject();
            const QString id = nodeType.value(u"node_type_id").toString();
            m_nodeType->addItem(id, id);
        }
        m_populating = wasPopulating;
        populateClusterEditor();
    });
    ApiReply *versions = m_connection->clusters().sparkVersions();
    connect(versions, &ApiReply::finished, this, [this, versions] {
        if (versions->hasError())
            return;
        m_sparkVersions = versions->json().value(u"versions").toArray();
        const bool wasPopulating = m_populating;
        m_populating = true;
        m_sparkVersion->clear();
        for (const QJsonValue &value : std::as_const(m_sparkVersions)) {
            const QJsonObject version = value.toObject();
            const QString key = version.value(u"key").toString();
            m_sparkVersion->addItem(key, key);
            m_sparkVersion->setItemData(
                m_sparkVersion->count() - 1, version.value(u"name").toString(), Qt::ToolTipRole);
        }
        m_populating = wasPopulating;
        populateClusterEditor();
    });
}

void JobFormDialog::loadJob(Connection *connection, qint64 jobId, bool forClone)
{
    if (!connection)
        return;
    ++m_loading;
    setBusy(true);
    m_status->setText(tr("Reading job %1…").arg(jobId));
    ApiReply *reply = connection->jobs().getComplete(jobId);
    connect(reply, &ApiReply::finished, this, [this, reply, forClone] {
        --m_loading;
        setBusy(false);
        if (reply->hasError()) {
            m_status->setText(tr("Could not read the job: %1").arg(reply->error().message()));
            emit loadFailed(reply->error().message());
            return;
        }
        const QJsonObject settings = reply->json().value(u"settings").toObject();
        if (forClone) {
            setForm(JobSettingsForm::fromJson(settings).cloned());
            m_dirty = true;
        } else {
            m_baseSettings = settings;
            m_draft.baseSettings = settings;
            setForm(JobSettingsForm::fromJson(settings));
        }
        emit loaded();
    });
}

void JobFormDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_submit->setEnabled(!busy && m_issues.isEmpty() && m_loading == 0 && m_connection);
    m_import->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void JobFormDialog::submit()
{
    if (!m_connection || m_busy)
        return;
    refreshValidation();
    if (!m_issues.isEmpty())
        return;
    if (m_mode == Mode::Edit)
        doReset();
    else
        doCreate();
}

void JobFormDialog::showApiError(const QString &message)
{
    m_apiErrorMessage = message;
    m_apiErrorField = m_form.fieldForApiError(message);
    refreshValidation();
    emit submitFailed(message);
}

void JobFormDialog::doCreate()
{
    setBusy(true);
    m_status->setText(tr("Creating the job…"));
    ApiReply *reply = m_connection->jobs().create(m_form.toJson());
    connect(reply, &ApiReply::finished, this, [this, reply] {
        setBusy(false);
        if (reply->hasError()) {
            showApiError(reply->error().message());
            return;
        }
        m_jobId = reply->json().value(u"job_id").toInteger();
        m_finished = true;
        discardDraft();
        m_status->setText(tr("Created job %1.").arg(m_jobId));
        emit jobSaved(m_jobId);
        accept();
    });
}

void JobFormDialog::doReset()
{
    // Re-read first: someone may have changed the job since the form was opened.
    setBusy(true);
    m_status->setText(tr("Checking for changes made elsewhere…"));
    ApiReply *check = m_connection->jobs().getComplete(m_jobId);
    connect(check, &ApiReply::finished, this, [this, check] {
        if (check->hasError()) {
            setBusy(false);
            showApiError(check->error().message());
            return;
        }
        const QJsonObject server = check->json().value(u"settings").toObject();
        if (server != m_baseSettings) {
            setBusy(false);
            confirmOverwrite(server);
            return;
        }
        m_status->setText(tr("Saving…"));
        ApiReply *reply = m_connection->jobs().reset(m_jobId, m_form.toJson());
        connect(reply, &ApiReply::finished, this, [this, reply] {
            setBusy(false);
            if (reply->hasError()) {
                showApiError(reply->error().message());
                return;
            }
            m_finished = true;
            discardDraft();
            m_status->setText(tr("Saved job %1.").arg(m_jobId));
            emit jobSaved(m_jobId);
            accept();
        });
    });
}

void JobFormDialog::confirmOverwrite(const QJsonObject &serverSettings)
{
    m_lastConflict = JsonDiff::describe(m_baseSettings, serverSettings);
    emit concurrentChangeDetected(m_lastConflict);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Job changed elsewhere"),
        tr("Someone changed this job since you opened the form. Saving now replaces their changes with "
           "yours."),
        QMessageBox::NoButton, this);
    box->setObjectName(u"concurrentChangeWarning"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(m_lastConflict.join(u'\n'));
    box->setInformativeText(tr("What changed on the server:\n%1").arg(m_lastConflict.mid(0, 8).join(u'\n')));
    QPushButton *overwrite = box->addButton(tr("Overwrite their changes"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(u"overwriteButton"_s);
    QPushButton *reload = box->addButton(tr("Keep editing"), QMessageBox::RejectRole);
    reload->setObjectName(u"keepEditingButton"_s);
    connect(
        box, &QMessageBox::buttonClicked, this, [this, overwrite, serverSettings](QAbstractButton *button) {
            if (button != overwrite)
                return;
            // Accept the server's version as the new base and save ours over it.
            m_baseSettings = serverSettings;
            doReset();
        });
    box->open();
}

// --- drafts -----------------------------------------------------------------------------

void JobFormDialog::saveDraftNow()
{
    m_draftTimer->stop();
    if (m_finished || !m_dirty)
        return;
    m_draft.settings = m_form.toJson();
    m_draft.jobId = m_jobId;
    m_drafts.save(m_draft);
}

void JobFormDialog::discardDraft()
{
    m_draftTimer->stop();
    if (!m_draft.id.isEmpty())
        m_drafts.remove(m_draft.id);
    m_draft.id.clear();
    m_dirty = false;
}

void JobFormDialog::closeEvent(QCloseEvent *event)
{
    saveDraftNow();
    QDialog::closeEvent(event);
}

} // namespace brickdesk
