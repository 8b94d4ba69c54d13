#pragma once

#include "common/workspacepage.h"
#include "domain/job.h"

#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;

namespace brickdesk {

class JobDetailWidget;
class JobListActions;
class JobListService;
class JobsFilterProxyModel;
class JobsModel;
class RunDetailWidget;
class RunWatcher;
class WorkspaceReachability;
class WorkspaceSet;

// The Jobs screen: every job of the workspace (loaded page by page in the background, usable
// while it loads, with progress and cancel), filtered instantly by text and by "scheduled",
// "failed last run" and "mine", sortable by any column; the selected job's detail (overview,
// runs, JSON) and a run's detail beside it. Actions on one job or a multi-selection: run now,
// cancel active runs, pause/resume schedules, delete, open in browser, new/edit/clone. Every
// action has a shortcut and is in the context menu; outcomes go to the status bar.
class JobsPage final : public WorkspacePage
{
    Q_OBJECT
public:
    explicit JobsPage(QWidget *parent = nullptr);
    ~JobsPage() override;

    void setConnection(Connection *connection) override;
    // The workspaces a job can be compared with, and which of them this page shows.
    void setWorkspaceSet(WorkspaceSet *set, const QString &key);
    // While it says the workspace cannot be reached, the list and the job come from the archive.
    void setReachability(WorkspaceReachability *reachability);
    // Updates the list (rows in place, keeping selection and scroll) and what the detail shows.
    void refresh() override;
    // Selects the job in the list (if loaded) and shows its detail.
    void showJob(qint64 jobId);
    void showRun(qint64 runId);

    // "Mine": the user the workspace knows us as (SCIM Me when the workspace answers it).
    void setCurrentUserName(const QString &userName);
    QString currentUserName() const { return m_userName; }
    // 0 turns automatic refresh off. Kept in QSettings.
    void setAutoRefreshInterval(int seconds);
    int autoRefreshInterval() const;

    JobListService *service() const { return m_service; }
    JobsModel *model() const { return m_model; }
    JobsFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    JobDetailWidget *jobDetail() const { return m_jobDetail; }
    RunDetailWidget *runDetail() const { return m_runDetail; }
    RunWatcher *runWatcher() const { return m_watcher; }
    QLabel *loadStatusLabel() const { return m_loadStatus; }
    // Job ids of the selected rows, in view order.
    QList<qint64> selectedJobIds() const;

public slots:
    void runNow();
    void cancelActiveRuns();
    void pauseSchedules();
    void resumeSchedules();
    void deleteJobs();
    void newJob();
    void editJob();
    void cloneJob();
    void openInBrowser();
    void saveJobAsJson();
    // Opens the drift dialog for the selected job.
    void compareWithWorkspace();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void updateActions();
    void updateLoadStatus();
    void openSelectedJob();
    void showDetailPane(QWidget *pane);
    void setSchedulesPaused(bool paused);
    void runNowWithDialog(qint64 jobId);
    void startRun(const QString &label, const struct RunNowParams &params);
    QString jobLabel(qint64 jobId) const;
    // The job as the list (or else the open detail) has it; invalid when neither has it.
    Job knownJob(qint64 jobId) const;
    void openJobForm(class JobFormDialog *dialog, const QString &doneText);

    JobListService *m_service = nullptr;
    JobsModel *m_model = nullptr;
    JobsFilterProxyModel *m_proxy = nullptr;
    QString m_userName;
    QPointer<WorkspaceSet> m_set;
    QString m_key;
    qint64 m_pendingJobId = 0;

    QToolBar *m_toolbar = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_scheduledOnly = nullptr;
    QCheckBox *m_failedOnly = nullptr;
    QCheckBox *m_mineOnly = nullptr;
    QComboBox *m_autoRefresh = nullptr;
    QLabel *m_loadStatus = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    QToolButton *m_cancelLoad = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_placeholder = nullptr;
    JobDetailWidget *m_jobDetail = nullptr;
    RunDetailWidget *m_runDetail = nullptr;
    RunWatcher *m_watcher = nullptr;
    std::unique_ptr<JobListActions> m_actions;
};

} // namespace brickdesk
