#pragma once

#include "api/jobsparams.h"
#include "domain/run.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace brickdesk {

// Repair a finished run: rerun all failed tasks, or the tasks the user ticks (failed ones are
// ticked to start with), optionally with their dependents. params() is the runs/repair body,
// including latest_repair_id when the run was repaired before (required by the API).
class RepairDialog final : public QDialog
{
    Q_OBJECT
public:
    // `run` as runs/get answers it (with tasks and repair_history).
    explicit RepairDialog(const Run &run, QWidget *parent = nullptr);

    RepairRunParams params() const;
    QStringList failedTaskKeys() const { return m_failed; }
    QStringList selectedTaskKeys() const;
    // The tasks that depend, directly or not, on `keys` (what "rerun dependents" adds).
    QStringList dependentsOf(const QStringList &keys) const;
    void setRerunAllFailed(bool all);
    void setTaskSelected(const QString &taskKey, bool selected);

private:
    void updateState();

    qint64 m_runId = 0;
    qint64 m_latestRepairId = 0;
    QStringList m_failed;
    QHash<QString, QStringList> m_dependsOn; // task key -> the keys it depends on
    QRadioButton *m_allFailed = nullptr;
    QRadioButton *m_selected = nullptr;
    QCheckBox *m_dependents = nullptr;
    QTreeWidget *m_tasks = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace brickdesk
