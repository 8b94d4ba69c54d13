#include "runnowdialog.h"

#include "common/accessiblenames.h"
#include "domain/job.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
enum Column { NameColumn, DefaultColumn, ValueColumn };
}

RunNowDialog::RunNowDialog(const Job &job, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"runNowDialog"_s);
    m_jobId = job.id();
    const JobSettings jobSettings = job.settings();
    setWindowTitle(tr("Run “%1” now").arg(jobSettings.name()));

    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel;
    m_hint->setObjectName(u"runNowHint"_s);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(u"runNowParametersTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_table->setAccessibleName(tr("Parameters"));
    m_table->setAccessibleDescription(tr("Each parameter, its default and the value for this run"));
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Default"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table);

    auto *addButton = new QPushButton(tr("&Add parameter"));
    addButton->setObjectName(u"runNowAddParameter"_s);
    connect(addButton, &QPushButton::clicked, this, [this] {
        addParameterRow(QString(), QString(), true);
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    layout->addWidget(addButton, 0, Qt::AlignLeft);

    auto *pythonLabel = new QLabel(tr("Python parameters (one per line):"));
    m_pythonParams = new QPlainTextEdit;
    m_pythonParams->setObjectName(u"runNowPythonParams"_s);
    m_pythonParams->setTabChangesFocus(true); // one parameter per line, never a tab
    m_pythonParams->setMaximumHeight(90);
    layout->addWidget(pythonLabel);
    layout->addWidget(m_pythonParams);

    const QVector<JobParameter> parameters = jobSettings.parameters();
    if (!parameters.isEmpty()) {
        m_mode = Mode::JobParameters;
        for (const JobParameter &parameter : parameters)
            addParameterRow(parameter.name, parameter.defaultValue, false);
        m_hint->setText(
            tr("Job parameters, prefilled with their defaults. Edit any value before launching."));
    } else {
        // Older jobs: per-task-type parameter maps (guide §1.3 RunNow, deprecated but accepted).
        QStringList seen;
        QStringList pythonParams;
        const QVector<Task> tasks = jobSettings.tasks();
        for (const Task &task : tasks) {
            const auto base = task.notebookBaseParameters();
            for (const auto &[name, value] : base) {
                if (seen.contains(name))
                    continue;
                seen << name;
                addParameterRow(name, value, false);
                m_hasNotebookParams = true;
            }
            const std::optional<QStringList> python = task.pythonParameters();
            if (pythonParams.isEmpty() && python) {
                pythonParams = *python;
                m_hasPythonParams = true;
            }
        }
        m_mode = m_hasNotebookParams || m_hasPythonParams ? Mode::TaskParameters : Mode::NoParameters;
        m_pythonParams->setPlainText(pythonParams.join(u'\n'));
        m_hint->setText(m_mode == Mode::TaskParameters
                ? tr("This job has no job-level parameters; these are its tasks' parameters "
                     "(notebook parameters and Python parameters).")
                : tr("This job defines no parameters. You may add notebook parameters below."));
    }
    // Run only some tasks (run-now `only`), and pick a performance target for serverless tasks.
    auto *options = new QFormLayout;
    m_tasks = new QListWidget;
    m_tasks->setObjectName(u"runNowTasks"_s);
    m_tasks->setAccessibleName(tr("Tasks to run"));
    m_tasks->setMaximumHeight(110);
    for (const Task &task : jobSettings.tasks()) {
        auto *item = new QListWidgetItem(task.taskKey(), m_tasks);
        item->setData(Qt::UserRole, task.taskKey());
        item->setData(Qt::UserRole + 1, task.isDisabled());
        item->setCheckState(task.isDisabled() ? Qt::Unchecked : Qt::Checked);
        if (task.isDisabled())
            item->setToolTip(tr("Disabled in the job"));
    }
    m_tasks->setToolTip(tr("Untick tasks to run only the ticked ones"));
    options->addRow(tr("&Tasks to run:"), m_tasks);
    m_performance = new QComboBox;
    m_performance->setObjectName(u"runNowPerformanceTarget"_s);
    const QString own = jobSettings.performanceTarget();
    m_performance->addItem(
        own.isEmpty() ? tr("The job's default") : tr("The job's default (%1)").arg(own), QString());
    m_performance->addItem(tr("Standard"), u"STANDARD"_s);
    m_performance->addItem(tr("Performance optimized"), u"PERFORMANCE_OPTIMIZED"_s);
    m_performance->setToolTip(tr("Serverless tasks only: start faster at a higher cost, or run standard"));
    options->addRow(tr("&Performance target:"), m_performance);
    layout->addLayout(options);
    const bool serverless = !jobSettings.environments().isEmpty() || !own.isEmpty();
    options->setRowVisible(m_performance, serverless);
    options->setRowVisible(m_tasks, m_tasks->count() > 1);

    pythonLabel->setVisible(m_hasPythonParams);
    m_pythonParams->setVisible(m_hasPythonParams);
    addButton->setVisible(m_mode != Mode::JobParameters);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"runNowButtons"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run now"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"runNowLaunch"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    nameFieldsAfterLabels(this);
    resize(560, 380);
}

void RunNowDialog::addParameterRow(const QString &name, const QString &defaultValue, bool nameEditable)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    if (!nameEditable)
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
    auto *defaultItem = new QTableWidgetItem(defaultValue);
    defaultItem->setFlags(defaultItem->flags() & ~Qt::ItemIsEditable);
    defaultItem->setForeground(palette().color(QPalette::PlaceholderText));
    m_table->setItem(row, NameColumn, nameItem);
    m_table->setItem(row, DefaultColumn, defaultItem);
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(defaultValue));
}

QStringList RunNowDialog::parameterNames() const
{
    QStringList names;
    for (int row = 0; row < m_table->rowCount(); ++row)
        names << m_table->item(row, NameColumn)->text();
    return names;
}

bool RunNowDialog::setParameterValue(const QString &name, const QString &value)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == name) {
            m_table->item(row, ValueColumn)->setText(value);
            return true;
        }
    }
    return false;
}

QString RunNowDialog::parameterValue(const QString &name) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == name)
            return m_table->item(row, ValueColumn)->text();
    }
    return {};
}

QStringList RunNowDialog::taskKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_tasks->count(); ++i)
        keys << m_tasks->item(i)->data(Qt::UserRole).toString();
    return keys;
}

QStringList RunNowDialog::selectedTaskKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_tasks->count(); ++i) {
        if (m_tasks->item(i)->checkState() == Qt::Checked)
            keys << m_tasks->item(i)->data(Qt::UserRole).toString();
    }
    return keys;
}

void RunNowDialog::setTaskSelected(const QString &taskKey, bool selected)
{
    for (int i = 0; i < m_tasks->count(); ++i) {
        if (m_tasks->item(i)->data(Qt::UserRole).toString() == taskKey)
            m_tasks->item(i)->setCheckState(selected ? Qt::Checked : Qt::Unchecked);
    }
}

void RunNowDialog::setPerformanceTarget(const QString &target)
{
    const int index = m_performance->findData(target);
    m_performance->setCurrentIndex(index < 0 ? 0 : index);
}

QString RunNowDialog::performanceTarget() const
{
    return m_performance->currentData().toString();
}

RunNowParams RunNowDialog::params() const
{
    RunNowParams params;
    params.jobId = m_jobId;
    // Disabled tasks start unticked, but leaving them so does not make it a partial run.
    const QStringList selected = selectedTaskKeys();
    QStringList runnable;
    for (int i = 0; i < m_tasks->count(); ++i) {
        if (!m_tasks->item(i)->data(Qt::UserRole + 1).toBool())
            runnable << m_tasks->item(i)->data(Qt::UserRole).toString();
    }
    bool partial = false;
    for (const QString &key : std::as_const(runnable))
        partial = partial || !selected.contains(key);
    if (partial && !selected.isEmpty())
        params.only = selected;
    if (!performanceTarget().isEmpty())
        params.extra.insert(u"performance_target"_s, performanceTarget());
    QJsonObject values;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn)->text().trimmed();
        if (name.isEmpty())
            continue;
        const QString value = m_table->item(row, ValueColumn)->text();
        if (m_mode == Mode::JobParameters && value == m_table->item(row, DefaultColumn)->text())
            continue;
        values.insert(name, value);
    }
    if (m_mode == Mode::JobParameters) {
        params.jobParameters = values;
    } else {
        if (!values.isEmpty())
            params.extra.insert(u"notebook_params"_s, values);
        if (m_hasPythonParams) {
            QJsonArray python;
            const QStringList lines = m_pythonParams->toPlainText().split(u'\n');
            for (const QString &line : lines) {
                if (!line.isEmpty())
                    python.append(line);
            }
            params.extra.insert(u"python_params"_s, python);
        }
    }
    return params;
}

} // namespace brickdesk
