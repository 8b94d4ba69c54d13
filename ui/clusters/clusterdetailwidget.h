#pragma once

#include "analysis/nodetimeline.h"
#include "api/apierror.h"
#include "domain/cluster.h"
#include "domain/clusterevent.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace brickdesk {

class ClusterEventLogWidget;
class ClusterHistoryLoader;
class ClusterCostPanel;
class ClustersService;
class CostService;
class NodeChartPanel;

// One cluster in detail: its configuration, current state and message, and two tabs fed by the
// same fetch: the event log (every event of the chosen window) and the node-count chart. The
// window presets are last 24 h, 7 days, 30 days, all available, or a custom range; events
// arrive page by page in the background with progress and can be cancelled.
class ClusterDetailWidget final : public QWidget
{
    Q_OBJECT
public:
    enum class Window {
        LastDay,
        LastWeek,
        LastMonth,
        AllAvailable,
        Custom,
    };
    Q_ENUM(Window)

    explicit ClusterDetailWidget(QWidget *parent = nullptr);
    ~ClusterDetailWidget() override;

    // The workspace's clusters service (owned by the page); a new connection behind it
    // clears what is shown.
    void setService(ClustersService *service);
    // Billed cost and utilisation for the "Cost" tab (owned by the page).
    void setCostService(CostService *service);
    ClusterCostPanel *costPanel() const { return m_costPanel; }
    // Shows the cluster and loads its events over the current window. The same cluster again
    // only refreshes the configuration (the loaded history stays).
    void setCluster(const Cluster &cluster);
    const Cluster &cluster() const { return m_cluster; }
    void clear();

    // Other clusters the user can compare with (id, display name).
    void setCompareCandidates(const QList<QPair<QString, QString>> &clusters) { m_candidates = clusters; }

    void setWindow(Window window);
    Window window() const;
    void setCustomWindow(qint64 fromMs, qint64 toMs);
    // The window in epoch ms for the current choice (from = 0 for "all available").
    QPair<qint64, qint64> windowRange() const;

    void loadEvents();
    void cancelLoad();
    bool isLoading() const;
    const QVector<ClusterEvent> &events() const;
    const NodeTimeline &timeline() const;

    // Overlays, loaded in the background like the main history.
    void compareWithPreviousWindow();
    void compareWithCluster(const QString &clusterId, const QString &label);
    bool isComparing() const;

    ClusterEventLogWidget *eventLog() const { return m_eventLog; }
    NodeChartPanel *chartPanel() const { return m_chartPanel; }
    QTabWidget *tabs() const { return m_tabs; }
    QString progressText() const;
    // Whether the history shown was read from the archive alone (the workspace could not be reached).
    bool isArchiveOnly() const { return m_archiveOnly; }

signals:
    void statusMessage(const QString &text, int timeoutMs);
    void loadingChanged(bool loading);
    // Events, timeline and chart are in place.
    void historyLoaded();
    void compareLoaded();

private:
    void updateHeader();
    // The note under the window row follows the service's archiveProblem().
    void updateArchiveNote();
    void updateWindowWidgets();
    void setProgress(qint64 soFar, qint64 coveredMs, qint64 windowMs);
    void onLoaded();
    void onFailed(const ApiError &error);
    void onEventSelected(int index);
    void selectEventAt(qint64 timeMs);
    void pickCompareCluster();
    void startCompare(ClusterHistoryLoader *loader, qint64 offsetMs);

    QPointer<ClustersService> m_service;
    Cluster m_cluster;
    QList<QPair<QString, QString>> m_candidates;
    ClusterHistoryLoader *m_loader = nullptr;
    ClusterHistoryLoader *m_compareLoader = nullptr;
    NodeTimeline m_timeline;
    qint64 m_loadedFrom = 0;
    qint64 m_loadedTo = 0;
    bool m_archiveOnly = false; // the history shown was read from the archive alone

    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_stateMessage = nullptr;
    QLabel *m_config = nullptr;
    QComboBox *m_windowPreset = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_archiveNote = nullptr; // why what was loaded is not kept in the local archive
    QTabWidget *m_tabs = nullptr;
    ClusterEventLogWidget *m_eventLog = nullptr;
    NodeChartPanel *m_chartPanel = nullptr;
    QPlainTextEdit *m_json = nullptr;
    ClusterCostPanel *m_costPanel = nullptr;
};

} // namespace brickdesk
