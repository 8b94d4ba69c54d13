#pragma once

#include "domain/job.h"
#include "domain/jobpermissions.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace brickdesk {

class Connection;
class CostService;
class JobCostService;
class JobCostStripWidget;
struct JobCostData;
class JobDetailService;
class JobHistoryService;
class JobHistoryWidget;
class RunStripWidget;
class RunsModel;
class RunsFilterProxyModel;
class WorkspaceReachability;

// One job in detail. Overview: the settings in readable form (tasks with their dependencies,
// clusters, schedule or trigger, notifications, parameters, retries, timeout, concurrency,
// tags, permissions where readable). Runs: the job's run history, paginated as far back as
// the user scrolls, filtered by active/completed and a date range, with a strip of the recent
// runs' outcomes. JSON: the job as the API returned it (read-only, copyable) and "Save as
// JSON…" in the format `jobs create` accepts. History: the versions of its settings kept in the
// workspace's archive, each diffed against the current ones.
class JobDetailWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit JobDetailWidget(QWidget *parent = nullptr);
    ~JobDetailWidget() override;

    void setConnection(Connection *connection);
    // While it says the workspace cannot be reached, the job and its runs come from the archive.
    void setReachability(WorkspaceReachability *reachability);
    JobDetailService *service() const { return m_service; }
    JobHistoryService *historyService() const { return m_history; }
    JobHistoryWidget *historyView() const { return m_historyView; }
    void showJob(qint64 jobId);
    // Reloads the job, its runs (in place) and the recent-runs strip.
    void reload();
    void clear();

    qint64 jobId() const;
    // Invalid until the job has loaded.
    const Job &job() const;
    QString jobName() const;

    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *overview() const { return m_overview; }
    const JobPermissions &permissions() const;
    QString permissionsNote() const { return m_permissionsNote; }
    QPlainTextEdit *jsonView() const { return m_json; }
    QTableView *runsView() const { return m_runsView; }
    RunsModel *runsModel() const { return m_runsModel; }
    RunStripWidget *runStrip() const { return m_strip; }
    QComboBox *runsStateFilter() const { return m_runsFilter; }
    JobCostService *costService() const { return m_jobCost; }
    JobCostStripWidget *costStrip() const { return m_costStrip; }
    QLabel *costCaption() const { return m_costCaption; }
    // Days of billed cost the job's views read (the run history goes back as far as the API
    // keeps runs; the strip shows the last kCostStripDays).
    static constexpr int kCostDays = 60;
    static constexpr int kCostStripDays = 30;

    // Writes the `jobs create` body to `fileName`; false (and a status message) on failure.
    bool saveJson(const QString &fileName);
    QString createBodyJson() const;

    QAction *openRunAction() const { return m_openRunAction; }

signals:
    void statusMessage(const QString &text, int timeoutMs = 6000);
    void openRunRequested(qint64 runId);
    void openClusterRequested(const QString &clusterId);
    void jobLoaded(const brickdesk::Job &job);
    void runsContextMenuRequested(const QPoint &globalPos);

private:
    void buildRunsTab(QWidget *tab);
    void showLoadedJob();
    void showArchivedJob(bool found, qint64 lastSeenMs);
    void showPermissions();
    void updateStrip();
    void reloadRuns();
    void renderOverview();
    QWidget *buildCostRow();
    void loadCost();
    void showCost(const JobCostData &data);
    qint64 currentRunId() const;

    JobDetailService *m_service = nullptr;
    JobHistoryService *m_history = nullptr;
    JobHistoryWidget *m_historyView = nullptr;
    QString m_permissionsNote; // why the permissions are not shown, when they could not be read

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_overview = nullptr;
    QPlainTextEdit *m_json = nullptr;
    RunStripWidget *m_strip = nullptr;
    QLabel *m_stripSummary = nullptr;
    QComboBox *m_runsFilter = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_runsStatus = nullptr;
    QTableView *m_runsView = nullptr;
    RunsModel *m_runsModel = nullptr;
    RunsFilterProxyModel *m_runsProxy = nullptr;
    QAction *m_openRunAction = nullptr;
    QAction *m_cancelRunAction = nullptr;
    QAction *m_deleteRunAction = nullptr;
    bool m_runsStale = true;

    CostService *m_costs = nullptr;
    JobCostService *m_jobCost = nullptr;
    JobCostStripWidget *m_costStrip = nullptr;
    QLabel *m_costCaption = nullptr;
    bool m_warehousesListed = false; // never ask a warehouse whose state is unknown (it may be stopped)
    bool m_costPending = false;
    bool m_stoppedRechecked = false; // the stopped warehouse was listed again for this job
};

} // namespace brickdesk
