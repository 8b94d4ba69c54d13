#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace brickdesk {

class JobFormController;
class JobFormFieldErrors;

// The job form's "General" tab: name, description, tags, parameters, notifications, limits.
class JobGeneralTab final : public QWidget
{
    Q_OBJECT

public:
    JobGeneralTab(JobFormController *controller, JobFormFieldErrors *errors, QWidget *parent = nullptr);

    // Show the controller's form (after it was replaced).
    void populate();

private:
    void edited();

    JobFormController *m_controller;
    bool m_populating = false;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_tags = nullptr;
    QPlainTextEdit *m_parameters = nullptr;
    QLineEdit *m_emailStart = nullptr;
    QLineEdit *m_emailSuccess = nullptr;
    QLineEdit *m_emailFailure = nullptr;
    QSpinBox *m_maxConcurrent = nullptr;
    QSpinBox *m_jobTimeout = nullptr;
    QComboBox *m_queue = nullptr;
    QComboBox *m_performanceTarget = nullptr;
    QLineEdit *m_budgetPolicy = nullptr;
    QLineEdit *m_usagePolicy = nullptr;
    QPlainTextEdit *m_environments = nullptr;
};

} // namespace brickdesk
