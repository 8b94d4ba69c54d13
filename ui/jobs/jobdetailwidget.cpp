#include "jobdetailwidget.h"

#include "archive/archivelocation.h"
#include "common/prompts.h"
#include "common/textcolours.h"
#include "common/workspaceactiongate.h"
#include "jobcoststripwidget.h"
#include "jobhistorywidget.h"
#include "joboverview.h"
#include "models/runsfilterproxymodel.h"
#include "models/runsmodel.h"
#include "runs/runstyle.h"
#include "runs/workspaceurls.h"
#include "runstripwidget.h"
#include "services/costservice.h"
#include "services/jobcostservice.h"
#include "services/jobdetailservice.h"
#include "services/jobhistoryservice.h"
#include "statebadgedelegate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
constexpr int kRunsBatch = 50; // two runs/list pages (the API gives at most 25 a page)
} // namespace

JobDetailWidget::JobDetailWidget(QWidget *parent)
    : QWidget(parent)
    , m_service(new JobDetailService(this))
    , m_history(new JobHistoryService(this))
    , m_costs(new CostService(QString(), this))
    , m_jobCost(new JobCostService(m_costs, this))
{
    setObjectName(u"jobDetail"_s);
    setAccessibleName(tr("Job"));
    connect(m_service, &JobDetailService::jobLoaded, this, &JobDetailWidget::showLoadedJob);
    connect(m_service, &JobDetailService::jobFailed, this, [this](const ApiError &error) {
        m_subtitle->setText(error.userMessage());
        // The workspace cannot be reached: what the archive kept of the job can still be read.
        if (error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout)
            m_history->loadArchived(m_service->jobId());
        emit statusMessage(tr("Job %1: %2").arg(m_service->jobId()).arg(error.userMessage()));
    });
    connect(m_service, &JobDetailService::permissionsChanged, this, &JobDetailWidget::showPermissions);
    connect(m_service, &JobDetailService::archivedJobLoaded, this, &JobDetailWidget::showArchivedJob);
    m_title = new QLabel;
    m_title->setObjectName(u"jobTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText); // the name someone gave the job, markup included
    m_title->setWordWrap(true); // a long name is read whole and does not set the window's width
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(u"jobSubtitle"_s);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextFormat(Qt::PlainText); // or the server's error message
    m_subtitle->setWordWrap(true);

    m_strip = new RunStripWidget;
    m_stripSummary = new QLabel;
    m_stripSummary->setObjectName(u"runStripSummary"_s);
    connect(m_strip, &RunStripWidget::runClicked, this, &JobDetailWidget::openRunRequested);
    auto *stripRow = new QHBoxLayout;
    stripRow->addWidget(new QLabel(tr("Recent runs:")));
    stripRow->addWidget(m_strip, 1);
    stripRow->addWidget(m_stripSummary);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"jobTabs"_s);
    m_tabs->tabBar()->setAccessibleName(tr("Job views"));

    m_overview = new QTextBrowser;
    m_overview->setObjectName(u"jobOverview"_s);
    // The overview's HTML carries colours chosen for the browser's palette.
    TextColours::whenPaletteChanges(m_overview, [this] {
        if (m_service)
            renderOverview();
    });
    m_overview->setOpenLinks(false);
    m_overview->setAccessibleName(tr("Job overview"));
    connect(m_overview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"cluster"_s)
            emit openClusterRequested(url.path());
    });
    auto *overviewTab = new QWidget;
    auto *overviewLayout = new QVBoxLayout(overviewTab);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addWidget(buildCostRow());
    overviewLayout->addWidget(m_overview, 1);
    m_tabs->addTab(overviewTab, tr("&Overview"));

    auto *runsTab = new QWidget;
    buildRunsTab(runsTab);
    m_tabs->addTab(runsTab, tr("R&uns"));

    auto *jsonTab = new QWidget;
    auto *jsonLayout = new QVBoxLayout(jsonTab);
    m_json = new QPlainTextEdit;
    m_json->setObjectName(u"jobJson"_s);
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("Job JSON"));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copyButton = new QPushButton(tr("&Copy"));
    copyButton->setObjectName(u"jobJsonCopy"_s);
    connect(copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_json->toPlainText());
        emit statusMessage(tr("The job's JSON is on the clipboard."));
    });
    auto *jsonButtons = new QHBoxLayout;
    auto *jsonNote = new QLabel(tr("As returned by jobs/get. “Save as JSON…” writes the settings in the "
                                   "format jobs/create accepts."));
    jsonNote->setObjectName(u"jobJsonNote"_s);
    jsonNote->setWordWrap(true); // a sentence must not set the window's minimum width
    jsonButtons->addWidget(jsonNote, 1);
    jsonButtons->addWidget(copyButton);
    jsonLayout->addLayout(jsonButtons);
    jsonLayout->addWidget(m_json);
    m_tabs->addTab(jsonTab, tr("&JSON"));

    m_historyView = new JobHistoryWidget(m_history);
    // A restored version is the job's settings now: show them, which also archives them as
    // the newest version.
    connect(m_history, &JobHistoryService::restoreFinished, this, [this](bool restored) {
        if (restored)
            reload();
    });
    m_tabs->addTab(m_historyView, tr("&History"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(stripRow);
    layout->addWidget(m_tabs, 1);
}

JobDetailWidget::~JobDetailWidget() = default;

void JobDetailWidget::setConnection(Connection *connection)
{
    if (m_service->connection() == connection)
        return;
    clear();
    m_service->setConnection(connection);
    m_history->setConnection(connection);
    m_history->setArchivePath(
        connection ? ArchiveLocation::pathForHost(m_service->host().toString()) : QString());
    m_costs->setConnection(connection);
    m_jobCost->useWorkspaceArchive();
    m_warehousesListed = false;
    if (connection)
        m_costs->refreshWarehouses();
}

QWidget *JobDetailWidget::buildCostRow()
{
    auto *row = new QWidget;
    m_costCaption = new QLabel;
    m_costCaption->setObjectName(u"jobCostCaption"_s);
    m_costCaption->setTextFormat(Qt::PlainText); // the fallback reason quotes the server
    m_costCaption->setWordWrap(true);
    m_costStrip = new JobCostStripWidget;
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_costCaption);
    layout->addWidget(m_costStrip);
    connect(m_costs, &CostService::warehousesChanged, this, [this] {
        // Emitted with an empty list on a new connection too: only a listed set (or a remembered
        // choice, with its state) lets the cost be read.
        if (!m_costs->warehouses().isEmpty())
            m_warehousesListed = true;
        if (m_costPending)
            loadCost();
    });
    connect(m_costs, &CostService::error, this, [this] {
        m_warehousesListed = true; // no list: the service says there is no warehouse
        if (m_costPending)
            loadCost();
    });
    connect(m_jobCost, &JobCostService::jobCostReady, this, &JobDetailWidget::showCost);
    return row;
}

void JobDetailWidget::loadCost()
{
    if (!m_service->job().isValid())
        return;
    if (!m_warehousesListed && m_costs->isConnected()) {
        m_costPending = true;
        m_costCaption->setText(tr("Billed cost: looking for a SQL warehouse…"));
        return;
    }
    if (m_costs->warehouse().isStopped() && !m_stoppedRechecked) {
        // It may have been started since it was listed (from a cluster's Cost tab, or elsewhere):
        // look once more for each job shown before saying it is stopped.
        m_stoppedRechecked = true;
        m_warehousesListed = false;
        m_costPending = true;
        m_costCaption->setText(tr("Billed cost: looking for a SQL warehouse…"));
        m_costs->refreshWarehouses();
        return;
    }
    m_costPending = false;
    m_costCaption->setText(tr("Billed cost: reading system.billing.usage…"));
    const auto [from, to] = m_jobCost->alignedWindow(kCostDays);
    m_jobCost->loadJob(m_service->jobId(), from, to);
}

void JobDetailWidget::showCost(const JobCostData &data)
{
    if (data.jobId != m_service->jobId())
        return;
    if (!data.billedAvailable) {
        m_costStrip->clear();
        m_costCaption->setText(tr("Billed cost is not shown. %1").arg(data.fallbackReason));
        m_runsModel->setRunCosts({}, {}, data.fallbackReason);
        m_runsModel->setNodeEstimate(jobClusterNodes(m_service->job().settings().jobClusters()));
        return;
    }
    const JobCost &cost = data.cost;
    const QVector<DayCost> recent = cost.days.mid(std::max<qsizetype>(0, cost.days.size() - kCostStripDays));
    double recentCost = 0;
    for (const DayCost &d : recent)
        recentCost += d.cost;
    m_costStrip->setDays(recent, cost.currency);
    const QLocale locale;
    if (cost.runs.isEmpty())
        m_costCaption->setText(
            tr("Billed cost: no usage of this job in the last %1 days. Runs on all-purpose "
               "clusters or SQL warehouses are billed to them, not to the job.")
                .arg(kCostDays));
    else
        m_costCaption->setText(tr("Billed cost: %1 %2 in the last %3 days (a bar a day below); %4 %2 for %n "
                                  "run(s) in the last %5 days.",
            nullptr, int(cost.runs.size()))
                                   .arg(locale.toString(recentCost, 'f', 2), cost.currency)
                                   .arg(kCostStripDays)
                                   .arg(locale.toString(cost.totalCost, 'f', 2))
                                   .arg(kCostDays));
    m_runsModel->setNodeEstimate({});
    m_runsModel->setRunCosts(cost.runs, cost.currency,
        tr("No billed usage names this run: it ran on an all-purpose cluster or a SQL warehouse (billed to "
           "them, not to the job), it started more than %1 days ago, or it is not billed yet (billing lags "
           "up to about 12 hours).")
            .arg(kCostDays));
}

void JobDetailWidget::clear()
{
    m_service->clear();
    m_history->clear();
    m_permissionsNote.clear();
    m_title->clear();
    m_subtitle->clear();
    m_overview->clear();
    m_json->clear();
    m_strip->setRuns({});
    m_stripSummary->clear();
    m_costStrip->clear();
    m_costCaption->clear();
    m_costPending = false;
    m_stoppedRechecked = false;
    m_runsModel->clearRunCosts();
    // RunsModel has no "empty" state: detach it until the next job's runs are loaded.
    m_runsProxy->setSourceModel(nullptr);
    m_runsStale = true;
}

qint64 JobDetailWidget::jobId() const
{
    return m_service->jobId();
}

const Job &JobDetailWidget::job() const
{
    return m_service->job();
}

const JobPermissions &JobDetailWidget::permissions() const
{
    return m_service->permissions();
}

QString JobDetailWidget::jobName() const
{
    return m_service->job().name();
}

void JobDetailWidget::showJob(qint64 jobId)
{
    if (jobId == m_service->jobId() && m_service->job().isValid()) {
        reload();
        return;
    }
    clear();
    m_service->showJob(jobId);
    m_title->setText(tr("Job %1").arg(jobId));
    m_subtitle->setText(tr("Loading…"));
    reloadRuns();
}

void JobDetailWidget::reload()
{
    if (!m_service->isConnected() || m_service->jobId() == 0)
        return;
    m_service->reload();
    reloadRuns();
}

void JobDetailWidget::showLoadedJob()
{
    const Job &job = m_service->job();
    m_title->setText(job.name());
    m_subtitle->setText(tr("Job %1 · %2 · %n task(s)", nullptr, job.settings().taskCount())
                            .arg(job.id())
                            .arg(JobOverview::scheduleText(job.settings())));
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(job.raw()).toJson(QJsonDocument::Indented)));
    renderOverview();
    m_history->recordAndLoad(job);
    loadCost();
    emit jobLoaded(job);
}

void JobDetailWidget::setReachability(WorkspaceReachability *reachability)
{
    m_service->setReachability(reachability);
}

void JobDetailWidget::showArchivedJob(bool found, qint64 lastSeenMs)
{
    // The runs the archive kept, newest first, read-only (their actions need the workspace).
    m_runsStale = false;
    m_runsProxy->setSourceModel(m_runsModel);
    m_runsView->setColumnHidden(RunsModel::JobIdColumn, true);
    m_runsView->setColumnHidden(RunsModel::RunColumn, true);
    m_runsStatus->setText(tr("%n run(s) from the local archive", nullptr, m_runsModel->rowCount()));
    updateStrip();
    // Its history from the archive alone: recording it again would say it was seen now.
    m_history->loadArchived(m_service->jobId());
    if (!found) {
        m_subtitle->setText(
            tr("The workspace cannot be reached, and the local archive holds nothing of this job."));
        return;
    }
    const Job &job = m_service->job();
    m_title->setText(job.name());
    m_subtitle->setText(
        tr("From the local archive, as last seen on %1 · %n task(s)", nullptr, job.settings().taskCount())
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(lastSeenMs), QLocale::ShortFormat)));
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(job.raw()).toJson(QJsonDocument::Indented)));
    renderOverview();
}

void JobDetailWidget::showPermissions()
{
    const ApiError &error = m_service->permissionsError();
    switch (error.kind()) {
    case ApiError::Kind::None:
        m_permissionsNote.clear();
        break;
    case ApiError::Kind::PermissionDenied:
        m_permissionsNote = tr("Not readable with your access to this job.");
        break;
    case ApiError::Kind::NotFound:
        if (error.errorCode() == u"ENDPOINT_NOT_FOUND"_s) {
            m_permissionsNote = tr("Not available on this workspace.");
            break;
        }
        [[fallthrough]];
    default:
        m_permissionsNote = tr("Could not be read: %1").arg(error.userMessage());
        break;
    }
    renderOverview();
}

void JobDetailWidget::renderOverview()
{
    if (!m_service->job().isValid())
        return;
    const int scroll = m_overview->verticalScrollBar()->value();
    m_overview->setHtml(JobOverview::html(
        m_service->job(), m_service->permissions(), m_permissionsNote, m_overview->palette()));
    m_overview->verticalScrollBar()->setValue(scroll);
}

void JobDetailWidget::updateStrip()
{
    // The strip shows the newest of the runs loaded in the list below (the same query and
    // filters), so it costs no request of its own and agrees with the list.
    if (m_runsStale) {
        m_strip->setRuns({});
        m_stripSummary->clear();
        return;
    }
    QList<std::pair<qint64, Run>> runs;
    runs.reserve(m_runsModel->rowCount());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < m_runsModel->rowCount(); ++row) {
        const Run run = m_runsModel->run(row);
        runs.append({run.startTimeMs() > 0 ? run.startTimeMs() : now, run});
    }
    std::stable_sort(
        runs.begin(), runs.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<Run> newest;
    for (qsizetype i = 0; i < runs.size() && i < m_strip->maximumRuns(); ++i)
        newest.append(runs.at(i).second);
    m_strip->setRuns(newest);
    m_stripSummary->setText(m_strip->summary());
}

QString JobDetailWidget::createBodyJson() const
{
    return QString::fromUtf8(
        QJsonDocument(m_service->job().settings().toCreateBody()).toJson(QJsonDocument::Indented));
}

bool JobDetailWidget::saveJson(const QString &fileName)
{
    if (!m_service->job().isValid())
        return false;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(createBodyJson().toUtf8()) < 0 || !file.commit()) {
        emit statusMessage(tr("Could not save %1: %2").arg(fileName, file.errorString()));
        return false;
    }
    emit statusMessage(tr("Saved “%1” to %2 (a jobs/create body).").arg(jobName(), fileName));
    return true;
}

void JobDetailWidget::buildRunsTab(QWidget *tab)
{
    m_runsModel = m_service->runsModel();
    // The history as far back as the user scrolls: two pages first, then more on demand.
    m_runsModel->setFetchBatchSize(kRunsBatch);
    m_runsProxy = new RunsFilterProxyModel(this);
    m_runsProxy->setSourceModel(m_runsModel);

    m_runsFilter = new QComboBox;
    m_runsFilter->setObjectName(u"runsStateFilter"_s);
    m_runsFilter->setAccessibleName(tr("Which runs"));
    m_runsFilter->addItem(tr("All runs"));
    m_runsFilter->addItem(tr("Active"));
    m_runsFilter->addItem(tr("Completed"));
    connect(m_runsFilter, &QComboBox::activated, this, &JobDetailWidget::reloadRuns);

    m_fromEnabled = new QCheckBox(tr("&From"));
    m_fromEnabled->setObjectName(u"runsFromEnabled"_s);
    m_from = new QDateEdit(QDate::currentDate().addDays(-7));
    m_from->setObjectName(u"runsFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Runs started from"));
    m_from->setEnabled(false);
    m_toEnabled = new QCheckBox(tr("&To"));
    m_toEnabled->setObjectName(u"runsToEnabled"_s);
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setObjectName(u"runsTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Runs started until"));
    m_to->setEnabled(false);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &JobDetailWidget::reloadRuns);
    connect(m_toEnabled, &QCheckBox::toggled, this, &JobDetailWidget::reloadRuns);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_fromEnabled->isChecked())
            reloadRuns();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_toEnabled->isChecked())
            reloadRuns();
    });

    m_runsStatus = new QLabel;
    m_runsStatus->setObjectName(u"runsStatus"_s);
    m_runsStatus->setTextFormat(Qt::PlainText); // may quote the server's error
    m_runsStatus->setWordWrap(true);
    auto updateStatus = [this] {
        const QLocale locale;
        const QString count = locale.toString(m_runsModel->rowCount());
        if (m_runsModel->isLoading())
            m_runsStatus->setText(tr("Loading runs… %1 so far").arg(count));
        else if (!m_runsModel->lastError().isError())
            m_runsStatus->setText(m_runsModel->isComplete()
                    ? tr("%1 runs").arg(count)
                    : tr("%1 runs loaded, scroll for older ones").arg(count));
    };
    connect(m_runsModel, &RunsModel::loadingChanged, this, updateStatus);
    connect(m_runsModel, &RunsModel::progress, this, updateStatus);
    connect(m_runsModel, &QAbstractItemModel::rowsInserted, this, &JobDetailWidget::updateStrip);
    connect(m_runsModel, &QAbstractItemModel::rowsRemoved, this, &JobDetailWidget::updateStrip);
    connect(m_runsModel, &QAbstractItemModel::dataChanged, this, &JobDetailWidget::updateStrip);
    connect(m_runsModel, &QAbstractItemModel::modelReset, this, &JobDetailWidget::updateStrip);
    connect(m_runsModel, &RunsModel::errorOccurred, this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            m_runsStatus->setText(tr("Runs could not be loaded: %1").arg(error.userMessage()));
    });

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_runsFilter);
    filterRow->addWidget(m_fromEnabled);
    filterRow->addWidget(m_from);
    filterRow->addWidget(m_toEnabled);
    filterRow->addWidget(m_to);
    filterRow->addStretch();
    filterRow->addWidget(m_runsStatus);

    m_runsView = new QTableView;
    m_runsView->setObjectName(u"runsView"_s);
    m_runsView->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_runsView->setAccessibleName(tr("Runs of the job"));
    m_runsView->setAccessibleDescription(tr("Newest first; Enter opens a run"));
    m_runsView->setModel(m_runsProxy);
    m_runsView->setSortingEnabled(true);
    m_runsView->sortByColumn(RunsModel::StartColumn, Qt::DescendingOrder);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runsView->setAlternatingRowColors(true);
    m_runsView->verticalHeader()->hide();
    m_runsView->verticalHeader()->setDefaultSectionSize(m_runsView->fontMetrics().height() + 8);
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->setColumnHidden(RunsModel::JobIdColumn, true);
    m_runsView->setColumnHidden(RunsModel::RunColumn, true); // the job's own name on every row
    m_runsView->horizontalHeader()->resizeSection(RunsModel::StartColumn, 150);
    m_runsView->setItemDelegateForColumn(
        RunsModel::StateColumn, new StateBadgeDelegate(RunsModel::StateRole, -1, m_runsView));
    m_runsView->setContextMenuPolicy(Qt::CustomContextMenu);
    // Views ask for more only at the very end; start a page earlier so scrolling rarely waits.
    connect(m_runsView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        const QScrollBar *bar = m_runsView->verticalScrollBar();
        if (bar->maximum() - value <= bar->pageStep() && m_runsProxy->canFetchMore({}))
            m_runsProxy->fetchMore({});
    });
    connect(m_runsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRunRequested(index.data(RunsModel::IdRole).toLongLong());
    });

    m_openRunAction = new QAction(tr("&Open run"), this);
    m_openRunAction->setObjectName(u"openRunAction"_s);
    connect(m_openRunAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentRunId())
            emit openRunRequested(id);
    });
    // Kept (not made per menu) so that the rule for actions that need the workspace sees them;
    // the menu puts the run's id in data(). `ask` has %1 for the run and %2 for the job.
    const auto runAction = [this](const QString &text, const QString &name, const QString &title,
                               const QString &ask, auto call, auto outcome) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        WorkspaceActionGate::needsWorkspace(action);
        connect(action, &QAction::triggered, this, [this, action, title, ask, call, outcome] {
            const qint64 runId = action->data().toLongLong();
            if (runId <= 0 || !Prompts::confirm(this, title, ask.arg(runId).arg(jobName()), title))
                return;
            (m_service->*call)(runId).then(this, [this, runId, outcome](const ApiResult<Done> &result) {
                emit statusMessage(outcome(runId, result));
                reload();
            });
        });
        return action;
    };
    m_cancelRunAction = runAction(tr("&Cancel run…"), u"cancelJobRunAction"_s, tr("Cancel run"),
        tr("Cancel run %1 of “%2”?\n\nThe work its running tasks have not finished is lost."),
        &JobDetailService::cancelRun, [](qint64 runId, const ApiResult<Done> &result) {
            return !result.ok()
                ? tr("Could not cancel run %1: %2").arg(runId).arg(result.error().userMessage())
                : tr("Cancelling run %1…").arg(runId);
        });
    m_deleteRunAction = runAction(tr("&Delete run…"), u"deleteJobRunAction"_s, tr("Delete run"),
        tr("Delete run %1 of “%2”?\n\nIts record, task history and output are removed and cannot be "
           "recovered."),
        &JobDetailService::deleteRun, [](qint64 runId, const ApiResult<Done> &result) {
            return !result.ok()
                ? tr("Could not delete run %1: %2").arg(runId).arg(result.error().userMessage())
                : tr("Deleted run %1.").arg(runId);
        });
    connect(m_runsView, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_runsView->indexAt(pos);
        if (!index.isValid() || !m_service->isConnected())
            return;
        const qint64 runId = index.data(RunsModel::IdRole).toLongLong();
        const bool active = index.data(RunsModel::IsActiveRole).toBool();
        QMenu menu(this);
        menu.setObjectName(u"runsContextMenu"_s);
        menu.setToolTipsVisible(true); // why an action is off (the workspace cannot be reached)
        menu.addAction(m_openRunAction);
        menu.addAction(tr("Open in &browser"), this, [this, index, runId] {
            const Run run = index.data(RunsModel::RunRole).value<Run>();
            const QUrl host = m_service->host();
            Prompts::openServerUrl(this, WorkspaceUrls::run(host, jobId(), runId, run.runPageUrl()), host);
        });
        menu.addSeparator();
        m_cancelRunAction->setData(runId);
        m_cancelRunAction->setEnabled(active);
        menu.addAction(m_cancelRunAction);
        m_deleteRunAction->setData(runId);
        m_deleteRunAction->setEnabled(!active);
        menu.addAction(m_deleteRunAction);
        menu.exec(m_runsView->viewport()->mapToGlobal(pos));
    });

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filterRow);
    layout->addWidget(m_runsView, 1);
}

qint64 JobDetailWidget::currentRunId() const
{
    const QModelIndex index = m_runsView->currentIndex();
    return index.isValid() ? index.data(RunsModel::IdRole).toLongLong() : 0;
}

void JobDetailWidget::reloadRuns()
{
    if (!m_service->isConnected() || m_service->jobId() == 0)
        return;
    RunsListParams params;
    params.jobId = m_service->jobId();
    params.activeOnly = m_runsFilter->currentIndex() == 1;
    params.completedOnly = m_runsFilter->currentIndex() == 2;
    if (m_fromEnabled->isChecked())
        params.startTimeFrom = m_from->date().startOfDay().toMSecsSinceEpoch();
    if (m_toEnabled->isChecked())
        params.startTimeTo = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch() - 1;
    const RunsListParams current = m_runsModel->params();
    const bool sameQuery = current.jobId == params.jobId && current.activeOnly == params.activeOnly
        && current.completedOnly == params.completedOnly && current.startTimeFrom == params.startTimeFrom
        && current.startTimeTo == params.startTimeTo;
    m_runsModel->setParams(params);
    // Offline, the service reads the job's runs from the archive with the job; the query is kept
    // for when the workspace answers again.
    if (m_service->isOffline())
        return;
    if (m_runsStale) {
        m_runsStale = false;
        m_runsProxy->setSourceModel(m_runsModel);
        m_runsView->setColumnHidden(RunsModel::JobIdColumn, true);
        m_runsView->setColumnHidden(RunsModel::RunColumn, true);
        m_runsModel->reload();
        return;
    }
    // The same query again updates rows in place (selection and scroll stay); a new one starts over.
    if (sameQuery && m_runsModel->rowCount() > 0)
        m_runsModel->refresh();
    else
        m_runsModel->reload();
}

} // namespace brickdesk
