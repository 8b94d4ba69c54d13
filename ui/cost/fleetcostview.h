#pragma once

#include "models/fleetcostmodel.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace brickdesk {

class CostService;
class ExpensiveJobsView;
class FleetCostFilterProxyModel;
class JobCostService;

// Every cluster's billed cost and utilisation in a window: sortable, filterable by words and
// kind, exportable to CSV; activating a row asks for that cluster's chart. With a job cost
// service, a second tab lists the jobs billed the most in the same window.
class FleetCostView final : public QWidget
{
    Q_OBJECT
public:
    explicit FleetCostView(CostService *service, QWidget *parent = nullptr);

    // Names, creators, kinds and tags of the clusters (from the clusters list).
    void setClusters(const QHash<QString, FleetClusterInfo> &clusters);
    // Adds the "Jobs" tab (the most expensive jobs of the window).
    void setJobCostService(JobCostService *service);
    ExpensiveJobsView *jobsView() const { return m_jobs; }
    QTabWidget *tabs() const { return m_tabs; }
    // Loads [now - days, now).
    void load(int days);
    void showRows(const QVector<FleetCostRow> &rows, const QString &fallbackReason = {});

    FleetCostModel *model() const { return m_model; }
    FleetCostFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLabel *status() const { return m_status; }
    QLineEdit *filter() const { return m_filter; }
    QComboBox *kind() const { return m_kind; }
    // Writes the visible rows, in their order, off the GUI thread; false if it could not start.
    void exportCsv(const QString &fileName);

signals:
    void clusterActivated(const QString &clusterId);
    void jobActivated(qint64 jobId);
    void exported(const QString &fileName, bool ok);

private:
    void updateStatus();

    CostService *m_service;
    FleetCostModel *m_model;
    FleetCostFilterProxyModel *m_proxy;
    QHash<QString, FleetClusterInfo> m_clusters;
    QVector<FleetCostRow> m_rows;
    QString m_fallback;
    QComboBox *m_window;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QPushButton *m_export;
    QLabel *m_status;
    QTableView *m_table;
    QTabWidget *m_tabs;
    ExpensiveJobsView *m_jobs = nullptr;
};

} // namespace brickdesk
