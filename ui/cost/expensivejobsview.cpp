#include "cost/expensivejobsview.h"

#include "models/jobcostmodel.h"
#include "services/jobcostservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ExpensiveJobsView::ExpensiveJobsView(JobCostService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new JobCostModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"expensiveJobs"_s);
    m_status->setObjectName(u"expensiveJobsStatus"_s);
    m_table->setObjectName(u"expensiveJobsTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_table->setAccessibleName(tr("Most expensive jobs"));
    m_status->setTextFormat(Qt::PlainText); // the fallback reason quotes the server
    m_status->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobCostModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobCostModel::Cost, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(JobCostModel::Name, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT jobActivated(index.data(JobCostModel::JobIdRole).toLongLong());
    });
    if (m_service)
        connect(m_service, &JobCostService::mostExpensiveReady, this, &ExpensiveJobsView::showData);
}

void ExpensiveJobsView::load(int days)
{
    if (!m_service)
        return;
    m_days = days;
    m_status->setText(tr("Reading the jobs' billed cost from the SQL warehouse…"));
    const auto [from, to] = m_service->alignedWindow(days);
    m_service->loadMostExpensive(from, to, kJobs);
}

void ExpensiveJobsView::showData(const ExpensiveJobsData &data)
{
    m_model->setRows(data.jobs);
    if (!data.billedAvailable) {
        m_status->setText(data.fallbackReason);
        return;
    }
    double cost = 0;
    QString currency;
    for (const JobCostRow &job : data.jobs) {
        cost += job.cost;
        currency = job.currency;
    }
    const QLocale locale;
    m_status->setText(
        tr("The %n job(s) billed the most in the last %1 days: %2 %3 together. Only jobs compute "
           "is billed to a job: runs on all-purpose clusters count in their cluster's cost.",
            nullptr, int(data.jobs.size()))
            .arg(m_days)
            .arg(locale.toString(cost, 'f', 2), currency));
}

} // namespace brickdesk
