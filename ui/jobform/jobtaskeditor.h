#pragma once

#include "jobform/jobtaskform.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace brickdesk {

class JobFormController;
class JobFormFieldErrors;
class JobTaskTypePages;

// Edits one task of the controller's form (key, type, dependencies, type settings, compute,
// retries). The tasks tab tells it which one.
class JobTaskEditor final : public QWidget
{
    Q_OBJECT

public:
    JobTaskEditor(JobFormController *controller, JobFormFieldErrors *errors, QWidget *parent = nullptr);

    void setTaskIndex(int index); // -1: none (the editor is disabled)
    int taskIndex() const { return m_index; }
    void populate();
    // The pickers of existing clusters (workspace) and job clusters (this job).
    void refreshClusterPickers();
    void focusKey();

signals:
    void listTextChanged(); // key or type changed: the task list shows them

private:
    JobTaskForm *task();
    void edit(const std::function<void(JobTaskForm &)> &apply);
    void updateVisibility();

    JobFormController *m_controller;
    int m_index = -1;
    bool m_populating = false;
    QFormLayout *m_form = nullptr;
    QLabel *m_unreadableNote = nullptr; // the task's kind has settings that are not a JSON object
    QLineEdit *m_key = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_disabled = nullptr;
    QListWidget *m_dependsOn = nullptr;
    QComboBox *m_source = nullptr;
    JobTaskTypePages *m_typePages = nullptr;
    QPlainTextEdit *m_parameters = nullptr;
    QComboBox *m_computeKind = nullptr;
    QComboBox *m_existingCluster = nullptr;
    QComboBox *m_jobClusterPicker = nullptr;
    QLineEdit *m_environmentKey = nullptr;
    QWidget *m_existingClusterRow = nullptr;
    QWidget *m_jobClusterRow = nullptr;
    QSpinBox *m_maxRetries = nullptr;
    QSpinBox *m_retryInterval = nullptr;
    QCheckBox *m_retryOnTimeout = nullptr;
    QSpinBox *m_timeout = nullptr;
};

} // namespace brickdesk
