#pragma once

#include "jobform/jobtaskform.h"

#include <QStackedWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

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
    QLabel *m_otherTypeLabel = nullptr;
};

} // namespace brickdesk
