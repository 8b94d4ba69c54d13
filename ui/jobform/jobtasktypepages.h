#pragma once

#include "jobform/jobtaskform.h"

#include <QStackedWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace brickdesk {

class JobFormFieldErrors;

// The part of the task editor that depends on the task's type: one page per
// JobTaskForm::Type (in the enum's order), the last one for kinds the form does not edit.
class JobTaskTypePages final : public QStackedWidget
{
    Q_OBJECT

public:
    // Applies a change to the task being edited (ignored while the editor is populating).
    using Edit = std::function<void(const std::function<void(JobTaskForm &)> &)>;

    JobTaskTypePages(JobFormFieldErrors *errors, Edit edit, QWidget *parent = nullptr);

    // Shows the task's type page with its values (call while the editor is populating).
    void populate(const JobTaskForm &task);

private:
    QWidget *addPage(QFormLayout **form);

    Edit m_edit;
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
    QLineEdit *m_forEachInputs = nullptr;
    QSpinBox *m_forEachConcurrency = nullptr;
    QPlainTextEdit *m_forEachTask = nullptr;
    QLabel *m_forEachTaskError = nullptr;
    QComboBox *m_conditionOp = nullptr;
    QLineEdit *m_conditionLeft = nullptr;
    QLineEdit *m_conditionRight = nullptr;
    QLineEdit *m_pipelineId = nullptr;
    QCheckBox *m_pipelineFullRefresh = nullptr;
    QLineEdit *m_dashboardId = nullptr;
    QLineEdit *m_dashboardWarehouse = nullptr;
    QLineEdit *m_powerBiConnection = nullptr;
    QLineEdit *m_powerBiWarehouse = nullptr;
    QCheckBox *m_powerBiRefresh = nullptr;
    QLineEdit *m_alertId = nullptr;
    QLineEdit *m_alertWarehouse = nullptr;
    QLineEdit *m_alertWorkspacePath = nullptr;
    QLineEdit *m_dbtConnection = nullptr;
    QLineEdit *m_dbtJobId = nullptr;
    QLabel *m_otherTypeLabel = nullptr;
    QPlainTextEdit *m_otherJson = nullptr;
};

} // namespace brickdesk
