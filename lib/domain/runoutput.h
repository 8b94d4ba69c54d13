#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace brickdesk {

// RunOutput (runs/get-output of one task run, guide §1.4): what the task produced or the error
// it failed with. Keeps the raw object; the output sections of task types this client does not
// know stay in raw().
class RunOutput final
{
public:
    RunOutput() = default;
    static RunOutput fromJson(const QJsonObject &output);

    QString error() const;
    QString errorTrace() const;
    QString info() const;
    QString logs() const;
    bool logsTruncated() const;
    bool hasNotebookResult() const;
    QString notebookResult() const;
    bool notebookResultTruncated() const;
    // run_job_output.run_id: the run a run-job task started (0 for other tasks).
    qint64 childRunId() const;
    // The other *_output sections (sql_output, dbt_output, dashboard_output, alert_output,
    // dbt_platform_output, and any newer one), by key, as they came.
    QJsonObject otherSections() const;
    // The same sections, each as indented JSON text for showing as it came.
    QList<std::pair<QString, QString>> otherSectionTexts() const;

    QJsonObject raw() const { return m_raw; }

private:
    QJsonObject m_raw;
};

} // namespace brickdesk
