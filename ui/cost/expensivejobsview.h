#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace brickdesk {

class JobCostModel;
class JobCostService;
struct ExpensiveJobsData;

// The jobs billed the most in a window (from system.billing.usage by job id): sortable;
// activating a row asks for that job.
class ExpensiveJobsView final : public QWidget
{
    Q_OBJECT
public:
    explicit ExpensiveJobsView(JobCostService *service, QWidget *parent = nullptr);

    // Loads the most expensive jobs of [now - days, now), now the end of the current hour.
    void load(int days);
    void showData(const ExpensiveJobsData &data);

    JobCostModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *status() const { return m_status; }

    static constexpr int kJobs = 25;

signals:
    void jobActivated(qint64 jobId);

private:
    JobCostService *m_service;
    JobCostModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_status;
    QTableView *m_table;
    int m_days = 30;
};

} // namespace brickdesk
