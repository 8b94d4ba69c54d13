#include "jobspage.h"

#include "common/accessiblenames.h"
#include "common/prompts.h"
#include "domain/jobsettings.h"
#include "jobdetailwidget.h"
#include "jobdriftdialog.h"
#include "jobform/jobformdialog.h"
#include "joblistactions.h"
#include "jobsloadstatus.h"
#include "models/jobsfilterproxymodel.h"
#include "models/jobsmodel.h"
#include "runs/rundetailwidget.h"
#include "runs/runnowdialog.h"
#include "runs/runwatcher.h"
#include "runs/workspaceurls.h"
#include "services/bulkoperation.h"
#include "services/joblistservice.h"
#include "services/workspaceset.h"
#include "statebadgedelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
const char kAutoRefreshKey[] = "JobsPage/autoRefreshSeconds";
}

JobsPage::JobsPage(QWidget *parent)
    : WorkspacePage(parent)
{
    setAccessibleName(tr("Jobs"));
    m_service = new JobListService(this);
    m_service->setAutoRefreshPaused(true); // until shown
    m_model = m_service->model();
    connect(m_service, &JobListService::currentUserChanged, this, [this](const QString &userName) {
        // A name set by hand (tests, or before the workspace answered) is not overridden.
        if (m_userName.isEmpty() || userName.isEmpty())
            setCurrentUserName(userName);
    });
    m_proxy = new JobsFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_watcher = new RunWatcher(this);
    connect(m_watcher, &RunWatcher::statusMessage, this, &JobsPage::statusMessage);
    buildUi();
    m_actions = std::make_unique<JobListActions>(this, m_toolbar);
    setAutoRefreshInterval(QSettings().value(QLatin1String(kAutoRefreshKey), 0).toInt());
    updateActions();
    updateLoadStatus();
}

JobsPage::~JobsPage() = default;

void JobsPage::buildUi()
{
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"jobsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name, ID, tag or owner (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter jobs"));
    m_filter->setAccessibleDescription(tr("Shows the jobs whose name, ID, tag or owner contains the text"));
    m_filter->setMinimumWidth(
        m_filter->fontMetrics().averageCharWidth() * 18); // never squeezed by longer labels
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &JobsFilterProxyModel::setFilterText);

    m_scheduledOnly = new QCheckBox(tr("&Scheduled"));
    m_scheduledOnly->setObjectName(u"jobsScheduledOnly"_s);
    connect(m_scheduledOnly, &QCheckBox::toggled, m_proxy, &JobsFilterProxyModel::setScheduledOnly);
    m_failedOnly = new QCheckBox(tr("F&ailed last run"));
    m_failedOnly->setObjectName(u"jobsFailedOnly"_s);
    connect(m_failedOnly, &QCheckBox::toggled, m_proxy, &JobsFilterProxyModel::setFailedLastRunOnly);
    m_mineOnly = new QCheckBox(tr("&Mine"));
    m_mineOnly->setObjectName(u"jobsMineOnly"_s);
    m_mineOnly->setEnabled(false);
    m_mineOnly->setToolTip(tr("Jobs created by or running as you (your user name is not known yet)"));
    connect(m_mineOnly, &QCheckBox::toggled, m_proxy, &JobsFilterProxyModel::setMineOnly);

    m_autoRefresh = new QComboBox;
    m_autoRefresh->setObjectName(u"jobsAutoRefresh"_s);
    m_autoRefresh->setToolTip(tr("Refresh the list automatically"));
    m_autoRefresh->setAccessibleName(tr("Auto-refresh"));
    m_autoRefresh->addItem(tr("Auto-refresh off"), 0);
    m_autoRefresh->addItem(tr("Every 30 s"), 30);
    m_autoRefresh->addItem(tr("Every minute"), 60);
    m_autoRefresh->addItem(tr("Every 5 minutes"), 300);
    m_autoRefresh->addItem(tr("Every 15 minutes"), 900);
    connect(m_autoRefresh, &QComboBox::activated, this,
        [this](int index) { setAutoRefreshInterval(m_autoRefresh->itemData(index).toInt()); });

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_scheduledOnly);
    filterRow->addWidget(m_failedOnly);
    filterRow->addWidget(m_mineOnly);
    filterRow->addWidget(m_autoRefresh);

    m_loadStatus = new QLabel;
    m_loadStatus->setObjectName(u"jobsLoadStatus"_s);
    m_loadStatus->setTextFormat(Qt::PlainText); // may quote the server's error
    m_loadStatus->setWordWrap(true);
    m_loadProgress = new QProgressBar;
    m_loadProgress->setObjectName(u"jobsLoadProgress"_s);
    m_loadProgress->setRange(0, 0);
    m_loadProgress->setMaximumWidth(120);
    m_loadProgress->setMaximumHeight(14);
    m_loadProgress->setTextVisible(false);
    m_cancelLoad = new QToolButton;
    m_cancelLoad->setObjectName(u"jobsCancelLoad"_s);
    m_cancelLoad->setText(tr("Stop loading"));
    m_cancelLoad->setToolTip(tr("Stop loading the list (Esc); the jobs loaded so far stay"));
    connect(m_cancelLoad, &QToolButton::clicked, m_model, &JobsModel::cancel);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_loadStatus, 1);
    statusRow->addWidget(m_loadProgress);
    statusRow->addWidget(m_cancelLoad);

    m_view = new QTableView;
    m_view->setObjectName(u"jobsView"_s);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setAccessibleDescription(
        tr("Every job of the workspace; Enter opens one, the context menu has its actions"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobsModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(JobsModel::LastRunColumn,
        new StateBadgeDelegate(JobsModel::LastRunStateRole, JobsModel::SortRole, m_view));
    // What matters most first: name, last run, schedule; ids and dates to the right.
    QHeaderView *header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(JobsModel::LastRunColumn), 1);
    header->moveSection(header->visualIndex(JobsModel::ScheduleColumn), 2);
    header->resizeSection(JobsModel::NameColumn, 220);
    header->resizeSection(JobsModel::LastRunColumn, 170);
    header->resizeSection(JobsModel::ScheduleColumn, 230);
    header->resizeSection(JobsModel::TasksColumn, 50);
    header->resizeSection(JobsModel::IdColumn, 130);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPage::updateActions);
    // The selection, not the current row, says what is open: a filter can move the current row
    // to a neighbour without selecting it (and clicking that row then changes the selection only).
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPage::openSelectedJob);
    connect(m_view, &QTableView::activated, this, &JobsPage::openSelectedJob);

    m_toolbar = new QToolBar;
    auto *toolbar = m_toolbar;
    toolbar->setObjectName(u"jobsToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    nameToolBar(toolbar, tr("Job actions"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 0, 0, 4);
    leftLayout->addWidget(toolbar);
    leftLayout->addLayout(filterRow);
    leftLayout->addLayout(statusRow);
    leftLayout->addWidget(m_view, 1);

    m_placeholder = new QLabel(tr("Select a job to see its settings and runs."));
    m_placeholder->setObjectName(u"jobsPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_jobDetail = new JobDetailWidget;
    m_runDetail = new RunDetailWidget;
    m_detailStack = new QStackedWidget;
    m_detailStack->setObjectName(u"jobsDetailStack"_s);
    m_detailStack->addWidget(m_placeholder);
    m_detailStack->addWidget(m_jobDetail);
    m_detailStack->addWidget(m_runDetail);

    connect(m_jobDetail, &JobDetailWidget::statusMessage, this, &JobsPage::statusMessage);
    connect(m_jobDetail, &JobDetailWidget::openClusterRequested, this, &JobsPage::openClusterRequested);
    connect(m_jobDetail, &JobDetailWidget::openRunRequested, this, &JobsPage::showRun);
    connect(m_runDetail, &RunDetailWidget::statusMessage, this, &JobsPage::statusMessage);
    connect(m_runDetail, &RunDetailWidget::openClusterRequested, this, &JobsPage::openClusterRequested);
    connect(m_runDetail, &RunDetailWidget::openJobRequested, this, &JobsPage::showJob);
    connect(m_runDetail, &RunDetailWidget::watchRequested, m_watcher, &RunWatcher::watch);
    connect(m_runDetail, &RunDetailWidget::backRequested, this, [this] {
        if (m_jobDetail->jobId() != 0)
            showDetailPane(m_jobDetail);
        else
            showDetailPane(m_placeholder);
    });
    connect(m_runDetail, &RunDetailWidget::runFinished, this, [this] { m_jobDetail->reload(); });
    connect(m_runDetail, &RunDetailWidget::runDeleted, this, [this] { m_jobDetail->reload(); });
    connect(m_watcher, &RunWatcher::runEnded, this, [this](qint64 runId) {
        if (m_runDetail->runId() == runId)
            m_runDetail->reload();
        m_service->refresh();
    });

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"jobsSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({640, 640});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_model, &JobsModel::loadingChanged, this, &JobsPage::updateLoadStatus);
    connect(m_model, &JobsModel::progress, this, &JobsPage::updateLoadStatus);
    connect(m_model, &JobsModel::loaded, this, [this] {
        updateLoadStatus();
        if (m_pendingJobId != 0)
            showJob(m_pendingJobId);
    });
    // The list as the archive has it (the workspace cannot be reached): a job asked for is there.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->isArchived() && m_pendingJobId != 0)
            showJob(m_pendingJobId);
    });
    connect(m_model, &JobsModel::errorOccurred, this, [this](const ApiError &error) {
        updateLoadStatus();
        if (error.kind() != ApiError::Kind::Cancelled)
            emit statusMessage(tr("Jobs could not be loaded: %1").arg(error.userMessage()), 0);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &JobsPage::updateLoadStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &JobsPage::updateLoadStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &JobsPage::updateLoadStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &JobsPage::updateLoadStatus);
}

void JobsPage::setConnection(Connection *connection)
{
    if (m_service->connection() == connection)
        return;
    m_pendingJobId = 0;
    m_watcher->setConnection(connection);
    m_jobDetail->setConnection(connection);
    m_runDetail->setConnection(connection);
    showDetailPane(m_placeholder);
    setCurrentUserName(QString());
    m_service->setConnection(connection);
    updateActions();
    updateLoadStatus();
}

void JobsPage::showEvent(QShowEvent *event)
{
    m_service->setAutoRefreshPaused(false);
    WorkspacePage::showEvent(event);
}

void JobsPage::hideEvent(QHideEvent *event)
{
    m_service->setAutoRefreshPaused(true);
    WorkspacePage::hideEvent(event);
}

void JobsPage::setCurrentUserName(const QString &userName)
{
    m_userName = userName;
    m_proxy->setCurrentUser(userName);
    m_mineOnly->setEnabled(!userName.isEmpty());
    m_mineOnly->setToolTip(userName.isEmpty()
            ? tr("Jobs created by or running as you (your user name is not known for this workspace)")
            : tr("Jobs created by or running as %1").arg(userName));
    if (userName.isEmpty())
        m_mineOnly->setChecked(false);
}

void JobsPage::setAutoRefreshInterval(int seconds)
{
    seconds = qMax(0, seconds);
    QSettings().setValue(QLatin1String(kAutoRefreshKey), seconds);
    const int index = m_autoRefresh->findData(seconds);
    if (index >= 0) {
        m_autoRefresh->setCurrentIndex(index);
    } else if (seconds > 0) {
        m_autoRefresh->addItem(tr("Every %n s", nullptr, seconds), seconds);
        m_autoRefresh->setCurrentIndex(m_autoRefresh->count() - 1);
    }
    m_service->setAutoRefreshInterval(seconds);
}

int JobsPage::autoRefreshInterval() const
{
    return m_service->autoRefreshInterval();
}

void JobsPage::refresh()
{
    if (!m_service->isConnected())
        return;
    m_service->refresh();
    if (m_detailStack->currentWidget() == m_jobDetail)
        m_jobDetail->reload();
    else if (m_detailStack->currentWidget() == m_runDetail)
        m_runDetail->reload();
}

void JobsPage::updateLoadStatus()
{
    const bool loading = m_model->isLoading();
    m_loadStatus->setText(jobsLoadStatusText(*m_model, m_proxy->rowCount(), m_service->isConnected()));
    m_loadProgress->setVisible(loading);
    m_cancelLoad->setVisible(loading);
}

QList<qint64> JobsPage::selectedJobIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(JobsModel::IdRole).toLongLong();
    return ids;
}

Job JobsPage::knownJob(qint64 jobId) const
{
    const Job job = m_service->job(jobId);
    if (!job.isValid() && m_jobDetail->jobId() == jobId)
        return m_jobDetail->job();
    return job;
}

QString JobsPage::jobLabel(qint64 jobId) const
{
    const QString name = knownJob(jobId).name();
    return name.isEmpty() ? tr("job %1").arg(jobId) : tr("“%1”").arg(name);
}

void JobsPage::updateActions()
{
    const bool connected = m_service->isConnected();
    QList<Job> selected;
    if (connected) {
        for (const qint64 id : selectedJobIds())
            selected << knownJob(id);
    }
    m_actions->update(connected, selected, !m_set.isNull());
}

void JobsPage::openSelectedJob()
{
    const QList<qint64> ids = selectedJobIds();
    if (ids.size() != 1)
        return; // nothing (the filter hid the open job: keep it), or a selection for bulk actions
    const qint64 jobId = ids.constFirst();
    if (m_jobDetail->jobId() != jobId || m_detailStack->currentWidget() != m_jobDetail) {
        m_jobDetail->showJob(jobId);
        showDetailPane(m_jobDetail);
    }
}

void JobsPage::showDetailPane(QWidget *pane)
{
    m_detailStack->setCurrentWidget(pane);
}

void JobsPage::showJob(qint64 jobId)
{
    if (jobId <= 0)
        return;
    const int sourceRow = m_model->rowOfJob(jobId);
    if (sourceRow >= 0) {
        m_pendingJobId = 0;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid()) {
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
        }
    } else if (m_model->isLoading()) {
        m_pendingJobId = jobId; // select it once the list has it
    }
    if (m_jobDetail->jobId() != jobId)
        m_jobDetail->showJob(jobId);
    showDetailPane(m_jobDetail);
}

void JobsPage::showRun(qint64 runId)
{
    if (runId <= 0)
        return;
    m_runDetail->showRun(runId);
    showDetailPane(m_runDetail);
}

void JobsPage::runNow()
{
    const QList<qint64> ids = selectedJobIds();
    if (!m_service->isConnected() || ids.isEmpty())
        return;
    if (ids.size() == 1) {
        runNowWithDialog(ids.first());
        return;
    }
    // Many jobs: each with its own defaults, one summary.
    auto *bulk = new BulkOperation(tr("Started"), this);
    for (qint64 id : ids) {
        RunNowParams params;
        params.jobId = id;
        bulk->add(jobLabel(id), m_service->runNow(params));
    }
    connect(bulk, &BulkOperation::finished, this, [this](const QString &summary) {
        emit statusMessage(summary, 0);
        m_service->refresh();
        m_jobDetail->reload();
    });
    bulk->seal();
}

void JobsPage::runNowWithDialog(qint64 jobId)
{
    // The dialog is prefilled from the job's full definition (all task pages), so fetch it.
    emit statusMessage(tr("Reading %1…").arg(jobLabel(jobId)), 2000);
    m_service->fetchJob(jobId).then(this, [this, jobId](const ApiResult<Job> &result) {
        if (!result.ok()) {
            emit statusMessage(
                tr("Could not read %1: %2").arg(jobLabel(jobId), result.error().userMessage()));
            return;
        }
        auto *dialog = new RunNowDialog(result.value(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
            [this, dialog, jobId] { startRun(jobLabel(jobId), dialog->params()); });
        dialog->open();
    });
}

void JobsPage::startRun(const QString &label, const RunNowParams &params)
{
    const qint64 jobId = params.jobId;
    m_service->runNow(params).then(this, [this, label, jobId](const ApiResult<qint64> &result) {
        if (!result.ok()) {
            emit statusMessage(tr("Could not start %1: %2").arg(label, result.error().userMessage()));
            return;
        }
        const qint64 runId = result.value();
        emit statusMessage(tr("Started %1: run %2.").arg(label).arg(runId));
        if (m_jobDetail->jobId() == jobId)
            m_jobDetail->reload();
        // The new run appears and updates live.
        showRun(runId);
    });
}

void JobsPage::cancelActiveRuns()
{
    const QList<qint64> ids = selectedJobIds();
    if (!m_service->isConnected() || ids.isEmpty())
        return;
    QStringList names;
    for (qint64 id : ids)
        names << jobLabel(id);
    if (!Prompts::confirm(this, tr("Cancel active runs"),
            tr("Cancel every active and queued run of %n job(s)?\n\n%1\n\nThe work those runs have not "
               "finished is lost.",
                nullptr, int(ids.size()))
                .arg(names.join(u'\n')),
            tr("Cancel runs")))
        return;
    auto *bulk = new BulkOperation(tr("Cancelled the active runs of"), this);
    for (qint64 id : ids)
        bulk->add(jobLabel(id), m_service->cancelActiveRuns(id));
    connect(bulk, &BulkOperation::finished, this, [this](const QString &summary) {
        emit statusMessage(summary, 0);
        refresh();
    });
    bulk->seal();
}

void JobsPage::pauseSchedules()
{
    setSchedulesPaused(true);
}

void JobsPage::resumeSchedules()
{
    setSchedulesPaused(false);
}

void JobsPage::setSchedulesPaused(bool paused)
{
    const QList<qint64> ids = selectedJobIds();
    if (!m_service->isConnected() || ids.isEmpty())
        return;
    auto *bulk = new BulkOperation(paused ? tr("Paused") : tr("Resumed"), this);
    for (qint64 id : ids) {
        const QJsonObject newSettings = knownJob(id).settings().pauseUpdate(paused);
        if (newSettings.isEmpty())
            continue;
        bulk->add(jobLabel(id), m_service->updateSettings(id, newSettings));
    }
    connect(bulk, &BulkOperation::finished, this, [this](const QString &summary) {
        emit statusMessage(summary, 0);
        refresh();
    });
    bulk->seal();
}

void JobsPage::deleteJobs()
{
    const QList<qint64> ids = selectedJobIds();
    if (!m_service->isConnected() || ids.isEmpty())
        return;
    QStringList names;
    for (qint64 id : ids)
        names << tr("%1 (ID %2)").arg(jobLabel(id)).arg(id);
    if (!Prompts::confirm(this, tr("Delete jobs"),
            tr("Delete %n job(s)?\n\n%1\n\nTheir settings, schedules and run history are removed from the "
               "workspace and cannot be recovered. Active runs are cancelled.",
                nullptr, int(ids.size()))
                .arg(names.join(u'\n')),
            tr("Delete")))
        return;
    auto *bulk = new BulkOperation(tr("Deleted"), this);
    for (qint64 id : ids) {
        const ApiCall<Done> call = m_service->deleteJob(id);
        bulk->add(jobLabel(id), call);
        call.then(this, [this, id](const ApiResult<Done> &result) {
            if (result.ok() && m_jobDetail->jobId() == id) {
                m_jobDetail->clear();
                showDetailPane(m_placeholder);
            }
        });
    }
    connect(bulk, &BulkOperation::finished, this, [this](const QString &summary) {
        emit statusMessage(summary, 0);
        m_service->refresh();
    });
    bulk->seal();
}

void JobsPage::openJobForm(JobFormDialog *dialog, const QString &doneText)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JobFormDialog::jobSaved, this, [this, doneText](qint64 jobId) {
        emit statusMessage(doneText.arg(jobId));
        m_service->refresh();
        m_jobDetail->showJob(0 == jobId ? m_jobDetail->jobId() : jobId);
        showJob(jobId);
    });
    dialog->open();
}

void JobsPage::newJob()
{
    if (!m_service->isConnected())
        return;
    openJobForm(JobFormDialog::forNewJob(m_service->connection(), this), tr("Created job %1."));
}

void JobsPage::editJob()
{
    const QList<qint64> ids = selectedJobIds();
    if (!m_service->isConnected() || ids.size() != 1)
        return;
    openJobForm(JobFormDialog::forEdit(m_service->connection(), ids.first(), this), tr("Saved job %1."));
}

void JobsPage::cloneJob()
{
    const QList<qint64> ids = selectedJobIds();
    if (!m_service->isConnected() || ids.size() != 1)
        return;
    openJobForm(JobFormDialog::forClone(m_service->connection(), ids.first(), m_service->connection(), this),
        tr("Created job %1 (a clone)."));
}

void JobsPage::openInBrowser()
{
    const QList<qint64> ids = selectedJobIds();
    if (!m_service->isConnected() || ids.size() != 1)
        return;
    Prompts::openServerUrl(this, WorkspaceUrls::job(m_service->host(), ids.first()), m_service->host());
}

void JobsPage::saveJobAsJson()
{
    const QList<qint64> ids = selectedJobIds();
    if (ids.size() != 1 || m_jobDetail->jobId() != ids.first() || !m_jobDetail->job().isValid()) {
        emit statusMessage(tr("Select one job and wait for its details to load."));
        return;
    }
    QString name = m_jobDetail->jobName();
    name.replace(QRegularExpression(u"[^A-Za-z0-9_.-]+"_s), u"_"_s);
    auto *dialog = new QFileDialog(
        this, tr("Save job as JSON"), name + u".json"_s, tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(u"saveJobJsonDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this](const QString &file) { m_jobDetail->saveJson(file); });
    dialog->open();
}

void JobsPage::setWorkspaceSet(WorkspaceSet *set, const QString &key)
{
    m_set = set;
    m_key = key;
    updateActions();
}

void JobsPage::setReachability(WorkspaceReachability *reachability)
{
    m_service->setReachability(reachability);
    m_jobDetail->setReachability(reachability);
}

void JobsPage::compareWithWorkspace()
{
    const QList<qint64> ids = selectedJobIds();
    if (ids.size() != 1 || !m_set || !m_service->isConnected())
        return;
    // The dialog reads the job again, whole; what the list or the detail has names it.
    const Job job = m_jobDetail->jobId() == ids.first() && m_jobDetail->job().isValid()
        ? m_jobDetail->job()
        : knownJob(ids.first());
    if (!job.isValid())
        return;
    auto *dialog = new JobDriftDialog(m_set, m_key, m_service->connection(), job, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace brickdesk
