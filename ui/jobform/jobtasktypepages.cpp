#include "jobform/jobtasktypepages.h"

#include "jobform/jobformfielderrors.h"
#include "jobform/jobformwidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

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
    f->addRow(tr("Parameters:"), m_baseParameters);
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
    f->addRow(tr("Parameters:"), m_sqlParameters);
    addPage(&f); // Run job
    m_runJobId = lineEdit(u"runJobId"_s, tr("job ID"));
    m_runJobId->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,19}"_s), m_runJobId));
    f->addRow(tr("&Job ID:"), errors->wrap(m_runJobId, u"task.job_id"_s));
    m_jobParameters = smallTextEdit(u"runJobParameters"_s);
    f->addRow(tr("Job parameters:"), m_jobParameters);
    addPage(&f); // Other
    m_otherTypeLabel = new QLabel;
    m_otherTypeLabel->setObjectName(u"otherTypeLabel"_s);
    m_otherTypeLabel->setTextFormat(Qt::PlainText);
    m_otherTypeLabel->setWordWrap(true);
    f->addRow(m_otherTypeLabel);

    auto text = [this](QLineEdit *edit, QString JobTaskForm::*member) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit, member] {
            m_edit([&](JobTaskForm &task) { task.*member = edit->text().trimmed(); });
        });
    };
    auto map = [this](QPlainTextEdit *edit, QMap<QString, QString> JobTaskForm::*member) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, member] {
            m_edit([&](JobTaskForm &task) { task.*member = parseMap(edit->toPlainText()); });
        });
    };
    text(m_notebookPath, &JobTaskForm::notebookPath);
    map(m_baseParameters, &JobTaskForm::baseParameters);
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
    map(m_sqlParameters, &JobTaskForm::sqlParameters);
    connect(m_runJobId, &QLineEdit::textEdited, this,
        [this] { m_edit([&](JobTaskForm &task) { task.runJobId = m_runJobId->text().toLongLong(); }); });
    map(m_jobParameters, &JobTaskForm::jobParameters);
}

void JobTaskTypePages::populate(const JobTaskForm &task)
{
    setCurrentIndex(int(task.type));
    m_notebookPath->setText(task.notebookPath);
    m_baseParameters->setPlainText(formatMap(task.baseParameters));
    m_pythonFile->setText(task.pythonFile);
    m_packageName->setText(task.packageName);
    m_entryPoint->setText(task.entryPoint);
    m_wheelLibrary->setText(task.wheelLibrary);
    m_mainClass->setText(task.mainClassName);
    m_jarLibrary->setText(task.jarLibrary);
    m_warehouseId->setText(task.warehouseId);
    m_sqlKind->setCurrentIndex(int(task.sqlKind));
    m_sqlReference->setText(task.sqlReference);
    m_sqlParameters->setPlainText(formatMap(task.sqlParameters));
    m_runJobId->setText(task.runJobId > 0 ? QString::number(task.runJobId) : QString());
    m_jobParameters->setPlainText(formatMap(task.jobParameters));
    m_otherTypeLabel->setText(
        tr("This task is a \"%1\". The form does not edit this kind; its settings are kept "
           "exactly as they are (see the JSON tab).")
            .arg(task.otherTypeKey()));
}

} // namespace brickdesk
