#pragma once

#include "api/jobsparams.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace brickdesk {

class Job;

// "Run now" with parameters: prefilled from the job's definition (job-level parameters with
// their defaults, or, for older jobs, the notebook tasks' base_parameters and the Python
// tasks' parameters), editable before launching. params() is the run-now request.
class RunNowDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        NoParameters,
        JobParameters, // job_parameters{name: value}
        TaskParameters, // notebook_params{} and/or python_params[]
    };

    // `job` is from jobs/get (or a jobs/list item with settings).
    explicit RunNowDialog(const Job &job, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The request to send; only parameters whose value differs from the default are sent for
    // job parameters (the server applies defaults itself), all shown values for notebook params.
    RunNowParams params() const;

    // Test and keyboard helpers: set the value of a named parameter; false if there is none.
    bool setParameterValue(const QString &name, const QString &value);
    QString parameterValue(const QString &name) const;
    QStringList parameterNames() const;
    // Which tasks to run: all (the default; `only` is not sent) or the ticked ones.
    QStringList taskKeys() const;
    void setTaskSelected(const QString &taskKey, bool selected);
    QStringList selectedTaskKeys() const;
    // "" = the job's own performance target; else STANDARD or PERFORMANCE_OPTIMIZED.
    void setPerformanceTarget(const QString &target);
    QString performanceTarget() const;
    QComboBox *performanceTargetBox() const { return m_performance; }
    QListWidget *tasksList() const { return m_tasks; }

private:
    void addParameterRow(const QString &name, const QString &defaultValue, bool nameEditable);

    qint64 m_jobId = 0;
    Mode m_mode = Mode::NoParameters;
    bool m_hasNotebookParams = false;
    bool m_hasPythonParams = false;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_pythonParams = nullptr;
    QLabel *m_hint = nullptr;
    QListWidget *m_tasks = nullptr;
    QComboBox *m_performance = nullptr;
};

} // namespace brickdesk
