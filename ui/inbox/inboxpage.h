#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace brickdesk {

class Connection;
class FailureInbox;
class RunDetailWidget;

// The failure inbox: recent failed, timed-out and cancelled runs of every connected workspace,
// grouped by job, newest first, each saying which workspace it is from. Selecting a run shows
// its failing task's error and output in place (the run detail) and marks it seen; from there
// one action repairs the failed tasks (or them and their dependents) and one opens the job.
class InboxPage final : public QWidget
{
    Q_OBJECT
public:
    using ConnectionLookup = std::function<Connection *(const QString &workspaceKey)>;

    // `inbox` is not owned and must outlive the page.
    explicit InboxPage(FailureInbox *inbox, QWidget *parent = nullptr);
    ~InboxPage() override;

    // How the page finds the connection of a workspace (for the run detail and repairs).
    void setConnectionLookup(ConnectionLookup lookup) { m_lookup = std::move(lookup); }
    // Shows one workspace's failures only (empty: all of them).
    void setWorkspaceFilter(const QString &workspaceKey);
    QString workspaceFilter() const { return m_filterKey; }
    // Selects a run and shows it; false if the inbox does not hold it.
    bool showFailure(const QString &workspaceKey, qint64 runId);
    // A workspace is going away: its run must no longer be shown.
    void forgetWorkspace(const QString &workspaceKey);

    QTreeView *view() const { return m_view; }
    RunDetailWidget *runDetail() const { return m_detail; }
    QAction *repairFailedAction() const { return m_repairFailed; }
    QAction *repairWithDependentsAction() const { return m_repairDependents; }
    QAction *openJobAction() const { return m_openJob; }
    QAction *markSeenAction() const { return m_markSeen; }
    QAction *markAllSeenAction() const { return m_markAllSeen; }
    QComboBox *windowCombo() const { return m_window; }
    QLabel *emptyLabel() const { return m_empty; }
    QString selectedWorkspaceKey() const { return m_shownKey; }
    qint64 selectedRunId() const { return m_shownRun; }

signals:
    void statusMessage(const QString &text, int timeoutMs = 6000);
    void openJobRequested(const QString &workspaceKey, qint64 jobId);
    void openClusterRequested(const QString &workspaceKey, const QString &clusterId);

private:
    void onCurrentChanged();
    void repair(bool withDependents);
    void markSelectionSeen();
    void updateEmptyState();
    void updateActions();

    FailureInbox *m_inbox;
    ConnectionLookup m_lookup;
    QString m_filterKey;
    QString m_shownKey;
    qint64 m_shownRun = 0;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QComboBox *m_window = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_pickHint = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    RunDetailWidget *m_detail = nullptr;
    QAction *m_repairFailed = nullptr;
    QAction *m_repairDependents = nullptr;
    QAction *m_openJob = nullptr;
    QAction *m_markSeen = nullptr;
    QAction *m_markAllSeen = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace brickdesk
