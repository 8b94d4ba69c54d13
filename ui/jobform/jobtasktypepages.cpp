#include "jobform/jobtasktypepages.h"

#include "common/textcolours.h"
#include "jobform/jobformfielderrors.h"
#include "jobform/jobformwidgets.h"
#include "jobform/keyvaluerows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

using namespace jobformwidgets;

QWidget *JobTaskTypePages::addPage(QFormLayout **form)
{
    auto *widget = new QWidget;
    *form = new QFormLayout(widget);
    (*form)->setContentsMargins(0, 0, 0, 0);
    addWidget(widget);
    return widget;
}

JobTaskTypePages::JobTaskTypePages(JobFormFieldErrors *errors, Edit edit, QWidget *parent)
    : QStackedWidget(parent)
    , m_edit(std::move(edit))
{
    setObjectName(u"taskTypePages"_s);
    QFormLayout *f = nullptr;
    addPage(&f); // Notebook
    m_notebookPath = lineEdit(u"notebookPath"_s, tr("/Workspace/Users/…/notebook"));
    f->addRow(tr("Notebook &path:"), errors->wrap(m_notebookPath, u"task.notebook_path"_s));
    m_baseParameters = smallTextEdit(u"baseParameters"_s, tr("name=value, one per line"));
    f->addRow(tr("Parameters:"), errors->wrap(m_baseParameters, u"task.base_parameters"_s));
    addPage(&f); // Python script
    m_pythonFile = lineEdit(u"pythonFile"_s, tr("/Workspace/…/main.py or dbfs:/…"));
    f->addRow(tr("Python &file:"), errors->wrap(m_pythonFile, u"task.python_file"_s));
    addPage(&f); // Wheel
    m_packageName = lineEdit(u"packageName"_s);
    f->addRow(tr("Packa&ge name:"), errors->wrap(m_packageName, u"task.package_name"_s));
    m_entryPoint = lineEdit(u"entryPoint"_s);
    f->addRow(tr("&Entry point:"), errors->wrap(m_entryPoint, u"task.entry_point"_s));
    m_wheelLibrary = lineEdit(u"wheelLibrary"_s, tr("/Volumes/…/package.whl"));
    f->addRow(tr("&Wheel:"), m_wheelLibrary);
    addPage(&f); // JAR
    m_mainClass = lineEdit(u"mainClassName"_s, tr("com.example.Main"));
    f->addRow(tr("&Main class:"), errors->wrap(m_mainClass, u"task.main_class_name"_s));
    m_jarLibrary = lineEdit(u"jarLibrary"_s, tr("/Volumes/…/app.jar"));
    f->addRow(tr("&JAR:"), m_jarLibrary);
    addPage(&f); // SQL
    m_warehouseId = lineEdit(u"warehouseId"_s);
    f->addRow(tr("&Warehouse ID:"), errors->wrap(m_warehouseId, u"task.warehouse_id"_s));
    m_sqlKind = new QComboBox;
    m_sqlKind->setObjectName(u"sqlKind"_s);
    m_sqlKind->addItems({tr("Query"), tr("File"), tr("Alert"), tr("Dashboard")});
    f->addRow(tr("&Run:"), m_sqlKind);
    m_sqlReference = lineEdit(u"sqlReference"_s, tr("query ID, file path, alert ID or dashboard ID"));
    f->addRow(tr("&Which:"), errors->wrap(m_sqlReference, u"task.reference"_s));
    m_sqlParameters = smallTextEdit(u"sqlParameters"_s);
    f->addRow(tr("Parameters:"), errors->wrap(m_sqlParameters, u"task.parameters"_s));
    addPage(&f); // Run job
    m_runJobId = lineEdit(u"runJobId"_s, tr("job ID"));
    m_runJobId->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,19}"_s), m_runJobId));
    f->addRow(tr("&Job ID:"), errors->wrap(m_runJobId, u"task.job_id"_s));
    m_jobParameters = smallTextEdit(u"runJobParameters"_s);
    f->addRow(tr("Job parameters:"), errors->wrap(m_jobParameters, u"task.job_parameters"_s));
    addPage(&f); // For each
    m_forEachInputs = lineEdit(u"forEachInputs"_s, tr("[\"a\", \"b\"] or {{tasks.list.values.items}}"));
    f->addRow(tr("&Inputs:"), errors->wrap(m_forEachInputs, u"task.inputs"_s));
    m_forEachConcurrency = optionalSpin(0, 100, tr("Default (1)"), u"forEachConcurrency"_s);
    f->addRow(tr("&Concurrency:"), errors->wrap(m_forEachConcurrency, u"task.concurrency"_s));
    m_forEachTask = smallTextEdit(u"forEachTask"_s, tr("the task to run for each input, as JSON"), 140);
    m_forEachTask->setLineWrapMode(QPlainTextEdit::NoWrap);
    f->addRow(tr("Nested &task:"), errors->wrap(m_forEachTask, u"task.task"_s));
    m_forEachTaskError = new QLabel;
    m_forEachTaskError->setObjectName(u"forEachTaskError"_s);
    m_forEachTaskError->setTextFormat(Qt::PlainText);
    TextColours::follow(m_forEachTaskError, TextColours::Role::Error);
    f->addRow(m_forEachTaskError);
    addPage(&f); // Condition
    m_conditionLeft = lineEdit(u"conditionLeft"_s, tr("a value or {{job.parameters.x}}"));
    f->addRow(tr("&Left:"), m_conditionLeft);
    m_conditionOp = new QComboBox;
    m_conditionOp->setObjectName(u"conditionOp"_s);
    m_conditionOp->addItem(tr("equals (as text)"), u"EQUAL_TO"_s);
    m_conditionOp->addItem(tr("does not equal (as text)"), u"NOT_EQUAL"_s);
    m_conditionOp->addItem(tr("greater than"), u"GREATER_THAN"_s);
    m_conditionOp->addItem(tr("greater than or equal to"), u"GREATER_THAN_OR_EQUAL"_s);
    m_conditionOp->addItem(tr("less than"), u"LESS_THAN"_s);
    m_conditionOp->addItem(tr("less than or equal to"), u"LESS_THAN_OR_EQUAL"_s);
    f->addRow(tr("&Comparison:"), errors->wrap(m_conditionOp, u"task.op"_s));
    m_conditionRight = lineEdit(u"conditionRight"_s);
    f->addRow(tr("&Right:"), m_conditionRight);
    addPage(&f); // Pipeline
    m_pipelineId = lineEdit(u"pipelineId"_s);
    f->addRow(tr("&Pipeline ID:"), errors->wrap(m_pipelineId, u"task.pipeline_id"_s));
    m_pipelineFullRefresh = new QCheckBox(tr("&Full refresh"));
    m_pipelineFullRefresh->setObjectName(u"pipelineFullRefresh"_s);
    f->addRow(QString(), m_pipelineFullRefresh);
    addPage(&f); // Dashboard
    m_dashboardId = lineEdit(u"dashboardId"_s);
    f->addRow(tr("&Dashboard ID:"), errors->wrap(m_dashboardId, u"task.dashboard_id"_s));
    m_dashboardWarehouse = lineEdit(u"dashboardWarehouseId"_s);
    f->addRow(tr("&Warehouse ID:"), m_dashboardWarehouse);
    addPage(&f); // Power BI
    m_powerBiConnection = lineEdit(u"powerBiConnection"_s);
    f->addRow(tr("&Connection:"), m_powerBiConnection);
    m_powerBiWarehouse = lineEdit(u"powerBiWarehouseId"_s);
    f->addRow(tr("&Warehouse ID:"), m_powerBiWarehouse);
    m_powerBiRefresh = new QCheckBox(tr("&Refresh the model after the update"));
    m_powerBiRefresh->setObjectName(u"powerBiRefreshAfterUpdate"_s);
    f->addRow(QString(), m_powerBiRefresh);
    addPage(&f); // Alert
    m_alertId = lineEdit(u"alertId"_s);
    f->addRow(tr("&Alert ID:"), errors->wrap(m_alertId, u"task.alert_id"_s));
    m_alertWarehouse = lineEdit(u"alertWarehouseId"_s);
    f->addRow(tr("&Warehouse ID:"), m_alertWarehouse);
    m_alertWorkspacePath = lineEdit(u"alertWorkspacePath"_s);
    f->addRow(tr("Workspace &path:"), m_alertWorkspacePath);
    addPage(&f); // dbt platform
    m_dbtConnection = lineEdit(u"dbtConnection"_s);
    f->addRow(tr("&Connection:"), m_dbtConnection);
    m_dbtJobId = lineEdit(u"dbtPlatformJobId"_s);
    f->addRow(tr("dbt &job ID:"), m_dbtJobId);
    addPage(&f); // Other
    m_otherTypeLabel = new QLabel;
    m_otherTypeLabel->setObjectName(u"otherTypeLabel"_s);
    m_otherTypeLabel->setTextFormat(Qt::PlainText);
    m_otherTypeLabel->setWordWrap(true);
    f->addRow(m_otherTypeLabel);
    m_otherJson = smallTextEdit(u"otherTaskJson"_s, {}, 160);
    m_otherJson->setReadOnly(true);
    m_otherJson->setAccessibleName(tr("The task as JSON"));
    m_otherJson->setLineWrapMode(QPlainTextEdit::NoWrap);
    f->addRow(m_otherJson);

    auto text = [this](QLineEdit *edit, QString JobTaskForm::*member) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit, member] {
            m_edit([&](JobTaskForm &task) { task.*member = edit->text().trimmed(); });
        });
    };
    auto map
        = [this](QPlainTextEdit *edit, QMap<QString, QString> JobTaskForm::*member, const QString &field) {
              connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, member, field] {
                  m_edit([&](JobTaskForm &task) {
                      const keyvaluerows::Parsed parsed = keyvaluerows::parse(edit->toPlainText());
                      task.*member = parsed.map;
                      keyvaluerows::remember(task.repeatedRows, field, parsed.repeated);
                  });
              });
          };
    text(m_notebookPath, &JobTaskForm::notebookPath);
    map(m_baseParameters, &JobTaskForm::baseParameters, u"notebook_task.base_parameters"_s);
    text(m_pythonFile, &JobTaskForm::pythonFile);
    text(m_packageName, &JobTaskForm::packageName);
    text(m_entryPoint, &JobTaskForm::entryPoint);
    text(m_wheelLibrary, &JobTaskForm::wheelLibrary);
    text(m_mainClass, &JobTaskForm::mainClassName);
    text(m_jarLibrary, &JobTaskForm::jarLibrary);
    text(m_warehouseId, &JobTaskForm::warehouseId);
    connect(m_sqlKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_edit([&](JobTaskForm &task) { task.sqlKind = JobTaskForm::SqlKind(index); });
    });
    text(m_sqlReference, &JobTaskForm::sqlReference);
    map(m_sqlParameters, &JobTaskForm::sqlParameters, u"sql_task.parameters"_s);
    connect(m_runJobId, &QLineEdit::textEdited, this,
        [this] { m_edit([&](JobTaskForm &task) { task.runJobId = m_runJobId->text().toLongLong(); }); });
    map(m_jobParameters, &JobTaskForm::jobParameters, u"run_job_task.job_parameters"_s);
    text(m_forEachInputs, &JobTaskForm::forEachInputs);
    connect(m_forEachConcurrency, &QSpinBox::valueChanged, this, [this] {
        m_edit([&](JobTaskForm &task) { task.forEachConcurrency = optionalOf(m_forEachConcurrency); });
    });
    connect(m_forEachTask, &QPlainTextEdit::textChanged, this, [this] {
        // Applied as soon as it is a JSON object; until then the form keeps the last good one.
        const QString text = m_forEachTask->toPlainText();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (!text.trimmed().isEmpty() && (error.error != QJsonParseError::NoError || !document.isObject())) {
            m_forEachTaskError->setText(tr("Not a JSON object yet: %1").arg(error.errorString()));
            return;
        }
        m_forEachTaskError->clear();
        m_edit([&](JobTaskForm &task) { task.forEachTask = document.object(); });
    });
    connect(m_conditionOp, &QComboBox::currentIndexChanged, this, [this] {
        m_edit([&](JobTaskForm &task) { task.conditionOp = m_conditionOp->currentData().toString(); });
    });
    auto verbatim = [this](QLineEdit *edit, QString JobTaskForm::*member) {
        // Compared values are taken as typed: spaces can matter.
        connect(edit, &QLineEdit::textEdited, this,
            [this, edit, member] { m_edit([&](JobTaskForm &task) { task.*member = edit->text(); }); });
    };
    verbatim(m_conditionLeft, &JobTaskForm::conditionLeft);
    verbatim(m_conditionRight, &JobTaskForm::conditionRight);
    text(m_pipelineId, &JobTaskForm::pipelineId);
    auto flag = [this](QCheckBox *box, bool JobTaskForm::*member) {
        connect(box, &QCheckBox::toggled, this,
            [this, member](bool on) { m_edit([&](JobTaskForm &task) { task.*member = on; }); });
    };
    flag(m_pipelineFullRefresh, &JobTaskForm::pipelineFullRefresh);
    text(m_dashboardId, &JobTaskForm::dashboardId);
    text(m_dashboardWarehouse, &JobTaskForm::warehouseId);
    text(m_powerBiConnection, &JobTaskForm::connectionResourceName);
    text(m_powerBiWarehouse, &JobTaskForm::warehouseId);
    flag(m_powerBiRefresh, &JobTaskForm::powerBiRefreshAfterUpdate);
    text(m_alertId, &JobTaskForm::alertId);
    text(m_alertWarehouse, &JobTaskForm::warehouseId);
    text(m_alertWorkspacePath, &JobTaskForm::alertWorkspacePath);
    text(m_dbtConnection, &JobTaskForm::connectionResourceName);
    text(m_dbtJobId, &JobTaskForm::dbtPlatformJobId);
}

void JobTaskTypePages::populate(const JobTaskForm &task)
{
    setCurrentIndex(int(task.type));
    m_notebookPath->setText(task.notebookPath);
    m_baseParameters->setPlainText(keyvaluerows::format(
        task.baseParameters, task.repeatedRows.value(u"notebook_task.base_parameters"_s)));
    m_pythonFile->setText(task.pythonFile);
    m_packageName->setText(task.packageName);
    m_entryPoint->setText(task.entryPoint);
    m_wheelLibrary->setText(task.wheelLibrary);
    m_mainClass->setText(task.mainClassName);
    m_jarLibrary->setText(task.jarLibrary);
    m_warehouseId->setText(task.warehouseId);
    m_sqlKind->setCurrentIndex(int(task.sqlKind));
    m_sqlReference->setText(task.sqlReference);
    m_sqlParameters->setPlainText(
        keyvaluerows::format(task.sqlParameters, task.repeatedRows.value(u"sql_task.parameters"_s)));
    m_runJobId->setText(task.runJobId > 0 ? QString::number(task.runJobId) : QString());
    m_jobParameters->setPlainText(
        keyvaluerows::format(task.jobParameters, task.repeatedRows.value(u"run_job_task.job_parameters"_s)));
    m_forEachInputs->setText(task.forEachInputs);
    setOptional(m_forEachConcurrency, task.forEachConcurrency);
    m_forEachTask->setPlainText(task.forEachTask.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(task.forEachTask).toJson(QJsonDocument::Indented)));
    m_forEachTaskError->clear();
    if (task.type == JobTaskForm::Type::Condition || !task.conditionOp.isEmpty())
        showEnumValue(m_conditionOp, task.conditionOp.isEmpty() ? u"EQUAL_TO"_s : task.conditionOp);
    m_conditionLeft->setText(task.conditionLeft);
    m_conditionRight->setText(task.conditionRight);
    m_pipelineId->setText(task.pipelineId);
    m_pipelineFullRefresh->setChecked(task.pipelineFullRefresh);
    m_dashboardId->setText(task.dashboardId);
    m_dashboardWarehouse->setText(task.warehouseId);
    m_powerBiConnection->setText(task.connectionResourceName);
    m_powerBiWarehouse->setText(task.warehouseId);
    m_powerBiRefresh->setChecked(task.powerBiRefreshAfterUpdate);
    m_alertId->setText(task.alertId);
    m_alertWarehouse->setText(task.warehouseId);
    m_alertWorkspacePath->setText(task.alertWorkspacePath);
    m_dbtConnection->setText(task.connectionResourceName);
    m_dbtJobId->setText(task.dbtPlatformJobId);
    m_otherJson->setPlainText(task.otherTypeJson());
    if (task.otherTypeKey().isEmpty() && !task.verbatim.isUndefined()) {
        m_otherTypeLabel->setText(tr("This entry of the job's tasks is not a JSON object. The form "
                                     "cannot edit it; it is kept exactly as it is (see the JSON tab)."));
    } else {
        m_otherTypeLabel->setText(
            tr("This task is a \"%1\". The form does not edit this kind; its settings are kept "
               "exactly as they are (see the JSON tab).")
                .arg(task.otherTypeKey()));
    }
}

} // namespace brickdesk
