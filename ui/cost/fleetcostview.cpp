#include "cost/fleetcostview.h"

#include "common/prompts.h"
#include "cost/expensivejobsview.h"
#include "models/fleetcostfilterproxymodel.h"
#include "services/costservice.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

FleetCostView::FleetCostView(CostService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new FleetCostModel(this))
    , m_proxy(new FleetCostFilterProxyModel(this))
    , m_window(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
{
    m_window->setObjectName(u"fleetWindow"_s);
    m_filter->setObjectName(u"fleetFilter"_s);
    m_kind->setObjectName(u"fleetKind"_s);
    m_export->setObjectName(u"fleetExport"_s);
    m_status->setObjectName(u"fleetStatus"_s);
    m_table->setObjectName(u"fleetTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_window->setAccessibleName(tr("Time window"));
    m_filter->setAccessibleName(tr("Filter clusters"));
    m_kind->setAccessibleName(tr("Kind of cluster"));
    m_table->setAccessibleName(tr("Billed cost of every cluster"));
    m_table->setAccessibleDescription(tr("Most expensive first; Enter opens the cluster"));

    m_window->addItem(tr("Last 7 days"), 7);
    m_window->addItem(tr("Last 30 days"), 30);
    m_window->setCurrentIndex(1);
    m_filter->setPlaceholderText(tr("Filter by name, creator or tag"));
    m_filter->setClearButtonEnabled(true);
    m_kind->addItem(tr("All clusters"), int(FleetCostFilterProxyModel::Kind::All));
    m_kind->addItem(tr("All-purpose"), int(FleetCostFilterProxyModel::Kind::AllPurpose));
    m_kind->addItem(tr("Job clusters"), int(FleetCostFilterProxyModel::Kind::Job));
    m_status->setTextFormat(Qt::PlainText); // the fallback reason quotes the server
    m_status->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetCostModel::Cost, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(FleetCostModel::Name, QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_window);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_kind);
    bar->addWidget(m_export);
    auto *clustersTab = new QWidget;
    auto *clustersLayout = new QVBoxLayout(clustersTab);
    clustersLayout->addWidget(m_status);
    clustersLayout->addWidget(m_table, 1);
    m_tabs->setObjectName(u"fleetTabs"_s);
    m_tabs->addTab(clustersTab, tr("&Clusters"));
    m_tabs->setTabBarAutoHide(true); // one tab until the jobs' tab joins
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // Words, kind and CSV apply to the clusters.
        for (QWidget *w : {static_cast<QWidget *>(m_filter), static_cast<QWidget *>(m_kind),
                 static_cast<QWidget *>(m_export)})
            w->setEnabled(index == 0);
    });

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateStatus();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKind(FleetCostFilterProxyModel::Kind(m_kind->currentData().toInt()));
        updateStatus();
    });
    connect(
        m_window, &QComboBox::currentIndexChanged, this, [this] { load(m_window->currentData().toInt()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        // A job run's cluster is gone from the list (and its chart with it): its job opens.
        const qint64 jobId = index.data(FleetCostModel::JobIdRole).toLongLong();
        if (!index.data(FleetCostModel::ListedRole).toBool() && jobId != 0)
            Q_EMIT jobActivated(jobId);
        else
            Q_EMIT clusterActivated(index.data(FleetCostModel::ClusterIdRole).toString());
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString file
            = Prompts::saveFileName(this, tr("Export fleet cost"), u"fleet-cost.csv"_s, tr("CSV (*.csv)"));
        if (!file.isEmpty())
            exportCsv(file);
    });
    if (m_service) {
        connect(m_service, &CostService::fleetCostReady, this,
            [this](const QVector<FleetCostRow> &rows, const QString &reason) { showRows(rows, reason); });
    }
}

void FleetCostView::setClusters(const QHash<QString, FleetClusterInfo> &clusters)
{
    m_clusters = clusters;
    m_model->setRows(m_rows, m_clusters);
    updateStatus();
}

void FleetCostView::setJobCostService(JobCostService *service)
{
    if (m_jobs)
        return;
    m_jobs = new ExpensiveJobsView(service, this);
    m_tabs->addTab(m_jobs, tr("&Jobs"));
    connect(m_jobs, &ExpensiveJobsView::jobActivated, this, &FleetCostView::jobActivated);
}

void FleetCostView::load(int days)
{
    if (m_jobs)
        m_jobs->load(days);
    if (!m_service)
        return;
    const int index = m_window->findData(days);
    if (index >= 0 && index != m_window->currentIndex()) {
        const QSignalBlocker quiet(m_window);
        m_window->setCurrentIndex(index);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 3'600'000 * 3'600'000;
    m_status->setText(tr("Reading billed cost from the SQL warehouse…"));
    m_service->loadFleet(now - qint64(days) * 24 * 3'600'000, now);
}

void FleetCostView::showRows(const QVector<FleetCostRow> &rows, const QString &fallbackReason)
{
    m_rows = rows;
    m_fallback = fallbackReason;
    m_model->setRows(m_rows, m_clusters);
    updateStatus();
}

void FleetCostView::updateStatus()
{
    if (!m_fallback.isEmpty()) {
        m_status->setText(m_fallback);
        return;
    }
    double cost = 0;
    double idle = 0;
    QString currency;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const FleetCostRow &row = m_model->row(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        cost += row.cost;
        idle += row.idleCost();
        currency = row.currency;
    }
    const QLocale locale;
    m_status->setText(tr("%1 clusters: %2 %3 billed, of which %4 %3 paid for idle capacity (CPU under 10%).")
                          .arg(m_proxy->rowCount())
                          .arg(locale.toString(cost, 'f', 2), currency, locale.toString(idle, 'f', 2)));
}

void FleetCostView::exportCsv(const QString &fileName)
{
    const QString csv = FleetCostModel::toCsv(*m_proxy);
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, fileName] {
        watcher->deleteLater();
        Q_EMIT exported(fileName, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([csv, fileName] {
        QFile file(fileName);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(csv.toUtf8()) >= 0;
    }));
}

} // namespace brickdesk
