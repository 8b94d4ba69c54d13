#include "jobform/jobtaskeditor.h"

#include "jobform/jobformcontroller.h"
#include "jobform/jobformfielderrors.h"
#include "jobform/jobformwidgets.h"
#include "jobform/jobtasktypepages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

using namespace jobformwidgets;

namespace {

QString computeName(JobTaskForm::Compute compute, JobTaskForm::Type type)
{
    switch (compute) {
    case JobTaskForm::Compute::None:
        return type == JobTaskForm::Type::Sql ? JobTaskEditor::tr("SQL warehouse (no cluster)")
                                              : JobTaskEditor::tr("None");
    case JobTaskForm::Compute::ExistingCluster:
        return JobTaskEditor::tr("Existing all-purpose cluster");
    case JobTaskForm::Compute::JobCluster:
        return JobTaskEditor::tr("Shared job cluster");
    case JobTaskForm::Compute::Serverless:
        return JobTaskEditor::tr("Serverless");
    case JobTaskForm::Compute::TaskCluster:
        return JobTaskEditor::tr("Task's own cluster (kept as is)");
    }
    return {};
}

} // namespace

JobTaskEditor::JobTaskEditor(JobFormController *controller, JobFormFieldErrors *errors, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_form = new QFormLayout(this);
    // An entry that is not an object says so on the page of kind Other (JobTaskTypePages).
    m_unreadableNote = new QLabel(
        tr("This task could not be read: the workspace sent the settings of its kind as something "
           "other than a JSON object. The form shows them empty and keeps the task exactly as sent "
           "until you edit it here (see the JSON tab)."));
    m_unreadableNote->setObjectName(u"unreadableTaskNote"_s);
    m_unreadableNote->setTextFormat(Qt::PlainText);
    m_unreadableNote->setWordWrap(true);
    m_unreadableNote->setVisible(false);
    m_form->addRow(m_unreadableNote);
    m_key = lineEdit(u"taskKey"_s);
    m_form->addRow(tr("Task &key:"), errors->wrap(m_key, u"task.task_key"_s));
    m_type = new QComboBox;
    m_type->setObjectName(u"taskType"_s);
    for (int type = 0; type <= int(JobTaskForm::Type::Other); ++type)
        m_type->addItem(JobTaskForm::typeName(JobTaskForm::Type(type)), type);
    m_form->addRow(tr("T&ype:"), m_type);
    m_description = lineEdit(u"taskDescription"_s);
    m_form->addRow(tr("Descri&ption:"), m_description);
    m_disabled = new QCheckBox(tr("D&isabled (skipped when the job runs)"));
    m_disabled->setObjectName(u"taskDisabled"_s);
    m_form->addRow(QString(), m_disabled);
    m_dependsOn = new QListWidget;
    m_dependsOn->setObjectName(u"dependsOn"_s);
    m_dependsOn->setMaximumHeight(80);
    m_form->addRow(tr("&Depends on:"), errors->wrap(m_dependsOn, u"task.depends_on"_s));

    m_source = new QComboBox;
    m_source->setObjectName(u"taskSource"_s);
    m_source->addItem(tr("Default"), QString());
    m_source->addItem(tr("Workspace"), u"WORKSPACE"_s);
    m_source->addItem(tr("Git"), u"GIT"_s);
    m_form->addRow(tr("&Source:"), m_source);

    m_typePages = new JobTaskTypePages(errors, [this](const auto &apply) { edit(apply); });
    m_form->addRow(m_typePages);

    m_parameters = smallTextEdit(u"taskParameters"_s, tr("one argument per line"));
    m_form->addRow(tr("&Arguments:"), m_parameters);

    m_computeKind = new QComboBox;
    m_computeKind->setObjectName(u"computeKind"_s);
    m_form->addRow(tr("&Compute:"), errors->wrap(m_computeKind, u"task.compute"_s));
    m_existingCluster = new QComboBox;
    m_existingCluster->setObjectName(u"existingCluster"_s);
    m_existingClusterRow = errors->wrap(m_existingCluster, u"task.existing_cluster_id"_s);
    m_form->addRow(tr("C&luster:"), m_existingClusterRow);
    m_jobClusterPicker = new QComboBox;
    m_jobClusterPicker->setObjectName(u"jobClusterPicker"_s);
    m_jobClusterRow = errors->wrap(m_jobClusterPicker, u"task.job_cluster_key"_s);
    m_form->addRow(tr("Job cl&uster:"), m_jobClusterRow);
    m_environmentKey = lineEdit(u"environmentKey"_s, u"default"_s);
    m_form->addRow(tr("En&vironment:"), m_environmentKey);

    auto *retries = new QHBoxLayout;
    m_maxRetries = optionalSpin(-2, 1000, tr("None"), u"maxRetries"_s);
    m_maxRetries->setToolTip(tr("-1 retries forever"));
    m_maxRetries->setAccessibleName(tr("Retries"));
    m_retryInterval = optionalSpin(-1, 24 * 3600 * 1000, tr("Default"), u"retryInterval"_s);
    m_retryInterval->setSuffix(tr(" ms"));
    m_retryInterval->setAccessibleName(tr("Time between retries"));
    m_retryOnTimeout = new QCheckBox(tr("Retry on timeout"));
    m_retryOnTimeout->setObjectName(u"retryOnTimeout"_s);
    retries->addWidget(errors->wrap(m_maxRetries, u"task.max_retries"_s));
    retries->addWidget(new QLabel(tr("every")));
    retries->addWidget(errors->wrap(m_retryInterval, u"task.min_retry_interval_millis"_s));
    retries->addWidget(m_retryOnTimeout);
    m_form->addRow(tr("Retries:"), retries);
    m_timeout = optionalSpin(-1, 7 * 24 * 3600, tr("No timeout"), u"taskTimeout"_s);
    m_timeout->setSuffix(tr(" s"));
    m_form->addRow(tr("Ti&meout:"), errors->wrap(m_timeout, u"task.timeout_seconds"_s));

    connect(m_key, &QLineEdit::textEdited, this, [this] {
        edit([this](JobTaskForm &task) {
            const QString old = task.key;
            task.key = m_key->text().trimmed();
            // Keep dependencies pointing at the renamed task.
            for (JobTaskForm &other : m_controller->form().tasks) {
                for (QString &dependency : other.dependsOn) {
                    if (dependency == old && !old.isEmpty())
                        dependency = task.key;
                }
            }
        });
        emit listTextChanged();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (m_populating)
            return;
        edit([this](JobTaskForm &task) {
            task.type = JobTaskForm::Type(m_type->currentData().toInt());
            if (task.type == JobTaskForm::Type::Condition && task.conditionOp.isEmpty())
                task.conditionOp = u"EQUAL_TO"_s;
            const QList<JobTaskForm::Compute> allowed = JobTaskForm::allowedCompute(task.type);
            if (!allowed.contains(task.compute))
                task.compute = allowed.contains(JobTaskForm::Compute::Serverless)
                    ? JobTaskForm::Compute::Serverless
                    : allowed.first();
        });
        populate();
        emit listTextChanged();
    });
    connect(m_description, &QLineEdit::textEdited, this,
        [this] { edit([this](JobTaskForm &task) { task.description = m_description->text(); }); });
    connect(m_disabled, &QCheckBox::toggled, this, [this](bool on) {
        edit([on](JobTaskForm &task) { task.disabled = on; });
        if (!m_populating)
            emit listTextChanged();
    });
    connect(m_dependsOn, &QListWidget::itemChanged, this, [this] {
        edit([this](JobTaskForm &task) {
            task.dependsOn.clear();
            for (int i = 0; i < m_dependsOn->count(); ++i) {
                if (m_dependsOn->item(i)->checkState() == Qt::Checked)
                    task.dependsOn << m_dependsOn->item(i)->data(Qt::UserRole).toString();
            }
        });
    });
    connect(m_source, &QComboBox::currentIndexChanged, this,
        [this] { edit([this](JobTaskForm &task) { task.source = m_source->currentData().toString(); }); });
    connect(m_parameters, &QPlainTextEdit::textChanged, this, [this] {
        edit([this](JobTaskForm &task) { task.parameters = parseLines(m_parameters->toPlainText()); });
    });
    connect(m_computeKind, &QComboBox::currentIndexChanged, this, [this] {
        edit([this](JobTaskForm &task) {
            task.compute = JobTaskForm::Compute(m_computeKind->currentData().toInt());
            const QList<JobClusterForm> &clusters = m_controller->form().jobClusters;
            if (task.compute == JobTaskForm::Compute::JobCluster && task.jobClusterKey.isEmpty()
                && !clusters.isEmpty())
                task.jobClusterKey = clusters.first().key;
            if (task.compute == JobTaskForm::Compute::ExistingCluster && task.existingClusterId.isEmpty())
                task.existingClusterId = m_existingCluster->currentData().toString();
        });
        if (!m_populating)
            updateVisibility();
    });
    connect(m_existingCluster, &QComboBox::currentIndexChanged, this, [this] {
        edit([this](JobTaskForm &task) {
            task.existingClusterId = m_existingCluster->currentData().toString();
        });
    });
    connect(m_jobClusterPicker, &QComboBox::currentIndexChanged, this, [this] {
        edit([this](JobTaskForm &task) { task.jobClusterKey = m_jobClusterPicker->currentText(); });
    });
    connect(m_environmentKey, &QLineEdit::textEdited, this, [this] {
        edit([this](JobTaskForm &task) { task.environmentKey = m_environmentKey->text().trimmed(); });
    });
    connect(m_maxRetries, &QSpinBox::valueChanged, this,
        [this] { edit([this](JobTaskForm &task) { task.maxRetries = optionalOf(m_maxRetries); }); });
    connect(m_retryInterval, &QSpinBox::valueChanged, this, [this] {
        edit([this](JobTaskForm &task) { task.minRetryIntervalMillis = optionalOf(m_retryInterval); });
    });
    connect(m_retryOnTimeout, &QCheckBox::toggled, this,
        [this] { edit([this](JobTaskForm &task) { task.retryOnTimeout = m_retryOnTimeout->isChecked(); }); });
    connect(m_timeout, &QSpinBox::valueChanged, this,
        [this] { edit([this](JobTaskForm &task) { task.timeoutSeconds = optionalOf(m_timeout); }); });
}

JobTaskForm *JobTaskEditor::task()
{
    QList<JobTaskForm> &tasks = m_controller->form().tasks;
    if (m_index < 0 || m_index >= tasks.size())
        return nullptr;
    return &tasks[m_index];
}

void JobTaskEditor::edit(const std::function<void(JobTaskForm &)> &apply)
{
    if (m_populating)
        return;
    if (JobTaskForm *current = task()) {
        const bool wasKeptAsSent = current->isKeptAsSent();
        apply(*current);
        m_controller->formEdited();
        // An unreadable task edited here is no longer kept as sent: its list text says so.
        if (wasKeptAsSent != current->isKeptAsSent())
            emit listTextChanged();
    }
}

void JobTaskEditor::focusKey()
{
    m_key->setFocus();
    m_key->selectAll();
}

void JobTaskEditor::setTaskIndex(int index)
{
    m_index = index;
    populate();
}

void JobTaskEditor::populate()
{
    const JobTaskForm *current = task();
    setEnabled(current != nullptr);
    m_unreadableNote->setVisible(current && current->isUnreadable() && current->verbatim.isUndefined());
    if (!current)
        return;
    const bool wasPopulating = m_populating;
    m_populating = true;
    m_key->setText(current->key);
    m_type->setCurrentIndex(m_type->findData(int(current->type)));
    m_description->setText(current->description);
    m_disabled->setChecked(current->disabled);

    m_dependsOn->clear();
    QStringList candidates;
    for (const JobTaskForm &other : std::as_const(m_controller->form().tasks)) {
        if (&other != current && !other.key.isEmpty())
            candidates << other.key;
    }
    for (const QString &dependency : current->dependsOn) {
        if (!candidates.contains(dependency))
            candidates << dependency; // unknown keys stay visible so they can be unticked
    }
    for (const QString &candidate : std::as_const(candidates)) {
        auto *item = new QListWidgetItem(candidate, m_dependsOn);
        item->setData(Qt::UserRole, candidate);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(current->dependsOn.contains(candidate) ? Qt::Checked : Qt::Unchecked);
    }

    m_source->setCurrentIndex(std::max(0, m_source->findData(current->source)));
    m_typePages->populate(*current);
    m_parameters->setPlainText(current->parameters.join(u'\n'));

    m_computeKind->clear();
    for (const JobTaskForm::Compute compute : JobTaskForm::allowedCompute(current->type)) {
        if (compute == JobTaskForm::Compute::TaskCluster && current->compute != compute)
            continue; // only shown for tasks that already have their own cluster
        m_computeKind->addItem(computeName(compute, current->type), int(compute));
    }
    if (m_computeKind->findData(int(current->compute)) < 0)
        m_computeKind->addItem(computeName(current->compute, current->type), int(current->compute));
    m_computeKind->setCurrentIndex(m_computeKind->findData(int(current->compute)));
    refreshClusterPickers();
    m_environmentKey->setText(current->environmentKey);
    setOptional(m_maxRetries, current->maxRetries);
    setOptional(m_retryInterval, current->minRetryIntervalMillis);
    m_retryOnTimeout->setChecked(current->retryOnTimeout);
    setOptional(m_timeout, current->timeoutSeconds);
    m_populating = wasPopulating;
    updateVisibility();
}

void JobTaskEditor::refreshClusterPickers()
{
    const bool wasPopulating = m_populating;
    m_populating = true;
    const JobTaskForm *current = task();
    m_existingCluster->clear();
    for (const Cluster &cluster : m_controller->clusters())
        m_existingCluster->addItem(
            tr("%1 (%2) — %3").arg(cluster.name(), cluster.id(), cluster.stateName()), cluster.id());
    if (current && !current->existingClusterId.isEmpty()
        && m_existingCluster->findData(current->existingClusterId) < 0)
        m_existingCluster->addItem(m_controller->clustersKnown()
                ? tr("%1 (not in this workspace)").arg(current->existingClusterId)
                : current->existingClusterId,
            current->existingClusterId);
    if (current)
        m_existingCluster->setCurrentIndex(m_existingCluster->findData(current->existingClusterId));

    m_jobClusterPicker->clear();
    for (const JobClusterForm &cluster : std::as_const(m_controller->form().jobClusters))
        m_jobClusterPicker->addItem(cluster.key);
    if (current && !current->jobClusterKey.isEmpty()
        && m_jobClusterPicker->findText(current->jobClusterKey) < 0)
        m_jobClusterPicker->addItem(current->jobClusterKey);
    if (current)
        m_jobClusterPicker->setCurrentIndex(m_jobClusterPicker->findText(current->jobClusterKey));
    m_populating = wasPopulating;
}

void JobTaskEditor::updateVisibility()
{
    const JobTaskForm *current = task();
    if (!current)
        return;
    using T = JobTaskForm::Type;
    const bool hasSource = current->type == T::Notebook || current->type == T::SparkPython
        || (current->type == T::Sql && current->sqlKind == JobTaskForm::SqlKind::File);
    m_source->setEnabled(hasSource);
    m_parameters->setEnabled(
        current->type == T::SparkPython || current->type == T::PythonWheel || current->type == T::SparkJar);
    m_computeKind->setEnabled(
        current->type != T::Other && JobTaskForm::allowedCompute(current->type).size() > 1);
    // Whole rows (label and field) for the compute kind's own picker only.
    auto showRow = [this](QWidget *field, bool visible) {
        field->setVisible(visible);
        if (QWidget *label = m_form->labelForField(field))
            label->setVisible(visible);
    };
    showRow(m_existingClusterRow, current->compute == JobTaskForm::Compute::ExistingCluster);
    showRow(m_jobClusterRow, current->compute == JobTaskForm::Compute::JobCluster);
    // Notebooks run serverless without an environment; one they name is shown and kept.
    showRow(m_environmentKey, current->compute == JobTaskForm::Compute::Serverless);
    m_environmentKey->setPlaceholderText(current->type == T::Notebook ? tr("none") : u"default"_s);
}

} // namespace brickdesk
