#include "rundetailwidget.h"

#include "common/accessiblenames.h"
#include "common/plaintexttooltip.h"
#include "common/textcolours.h"
#include "common/viewstatesaver.h"
#include "common/workspaceactiongate.h"
#include "jobs/joboverview.h"
#include "repairdialog.h"
#include "runoutputhtml.h"
#include "runstyle.h"
#include "services/runpoller.h"
#include "services/runservice.h"
#include "tasktimelinewidget.h"
#include "userprompts.h"
#include "workspaceurls.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString when(qint64 ms)
{
    if (ms <= 0)
        return u"—"_s;
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

RunDetailWidget::RunDetailWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"runDetail"_s);
    setAccessibleName(tr("Run"));
    m_service = new RunService(this);
    connect(m_service, &RunService::runLoaded, this, [this](const Run &run) {
        render();
        emit runUpdated(run);
    });
    connect(m_service, &RunService::archivedRunLoaded, this, [this](bool found, qint64 seenMs) {
        if (!found) {
            m_status->setText(
                tr("The workspace cannot be reached, and the local archive holds nothing of this run."));
            return;
        }
        m_status->setText(tr("From the local archive, as last seen on %1. %2")
                              .arg(when(seenMs), RunStyle::statusSentence(run())));
    });
    connect(m_service, &RunService::loadFailed, this, [this](const QString &message, bool nothingShown) {
        if (nothingShown)
            m_status->setText(message);
        emit statusMessage(message);
    });
    connect(m_service, &RunService::runFinished, this, [this](const Run &run) {
        emit statusMessage(tr("%1 finished: %2").arg(label(), run.displayState().text()));
        emit runFinished(run.id());
    });
    connect(m_service, &RunService::outputsChanged, this, &RunDetailWidget::renderOutputs);
    connect(m_service, &RunService::iterationsChanged, this, &RunDetailWidget::renderIterations);
    connect(m_service, &RunService::statusMessage, this,
        [this](const QString &text) { emit statusMessage(text); });
    connect(m_service, &RunService::runDeleted, this, [this](qint64 runId) {
        emit runDeleted(runId);
        if (m_service->runId() == 0) {
            clear();
            emit backRequested();
        }
    });

    createActions();

    auto *toolbar = new QToolBar;
    toolbar->setObjectName(u"runToolbar"_s);
    nameToolBar(toolbar, tr("Run actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_backAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addAction(m_repairAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_watchAction);
    toolbar->addAction(m_browserAction);

    m_title = new QLabel;
    m_title->setObjectName(u"runTitle"_s);
    m_title->setTextFormat(Qt::RichText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    connect(m_title, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"job:"_s))
            emit openJobRequested(link.mid(4).toLongLong());
    });
    m_badge = new QLabel;
    m_badge->setObjectName(u"runStateBadge"_s);
    m_badge->setMargin(3);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_badge);
    titleRow->addStretch();

    m_status = new QLabel;
    m_status->setObjectName(u"runStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details = new QLabel;
    m_details->setObjectName(u"runDetails"_s);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_details, &QLabel::linkActivated, this, &RunDetailWidget::openLink);
    m_timings = new QLabel;
    m_timings->setObjectName(u"runTimings"_s);
    m_timings->setTextFormat(Qt::RichText);
    m_timings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_parameters = new QLabel;
    m_parameters->setObjectName(u"runParameters"_s);
    m_parameters->setTextFormat(Qt::RichText);
    m_parameters->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_parameters->setWordWrap(true);
    m_parameters->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *infoRow = new QHBoxLayout;
    infoRow->addWidget(m_details, 3);
    infoRow->addWidget(m_timings, 2);
    infoRow->addWidget(m_parameters, 3);

    m_timeline = new TaskTimelineWidget;
    m_timeline->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *timelineScroll = new QScrollArea;
    timelineScroll->setObjectName(u"taskTimelineScroll"_s);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setFrameShape(QFrame::NoFrame);

    m_tasks = new QTableWidget(0, TaskColumnCount);
    m_tasks->setObjectName(u"runTasksTable"_s);
    m_tasks->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_tasks->setAccessibleName(tr("Tasks of the run"));
    m_tasks->setHorizontalHeaderLabels({tr("Task"), tr("State"), tr("Details"), tr("Started"), tr("Duration"),
        tr("Attempt"), tr("Compute"), tr("Task run ID")});
    m_tasks->verticalHeader()->hide();
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tasks->horizontalHeader()->setStretchLastSection(true);
    m_tasks->setContextMenuPolicy(Qt::ActionsContextMenu);

    // A linked cell (a child run, an iteration) opens that run.
    connect(m_tasks, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        if (const qint64 linked = item->data(LinkedRunRole).toLongLong(); linked > 0)
            showRun(linked);
    });

    m_iterations = new QTableWidget(0, IterationColumnCount);
    m_iterations->setObjectName(u"runIterationsTable"_s);
    m_iterations->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_iterations->setAccessibleName(tr("Iterations of the for-each task"));
    m_iterations->setHorizontalHeaderLabels({tr("For-each task"), tr("Iteration"), tr("State"), tr("Started"),
        tr("Duration"), tr("Task run ID")});
    m_iterations->verticalHeader()->hide();
    m_iterations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_iterations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_iterations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_iterations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_iterations->horizontalHeader()->setStretchLastSection(true);
    m_iterations->setToolTip(tr("Double-click an iteration to open its task run"));
    connect(m_iterations, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const qint64 linked
            = m_iterations->item(item->row(), IterationRunIdColumn)->data(LinkedRunRole).toLongLong();
        if (linked > 0)
            showRun(linked);
    });
    m_iterationsTab = m_iterations;

    m_taskTabs = new QTabWidget;
    auto *taskTabs = m_taskTabs;
    taskTabs->setObjectName(u"runTaskTabs"_s);
    taskTabs->tabBar()->setAccessibleName(tr("Task views"));
    taskTabs->addTab(timelineScroll, tr("&Timeline"));
    taskTabs->addTab(m_tasks, tr("Ta&sks"));
    taskTabs->addTab(m_iterations, tr("&Iterations"));
    taskTabs->setTabVisible(2, false);
    timelineScroll->setProperty("tabKey", u"timeline"_s);
    m_tasks->setProperty("tabKey", u"tasks"_s);
    m_iterations->setProperty("tabKey", u"iterations"_s);
    // The view the user chose last (timeline, tasks or iterations) is the one runs open on.
    connect(taskTabs, &QTabWidget::tabBarClicked, this, [taskTabs](int index) {
        if (QWidget *page = taskTabs->widget(index))
            QSettings().setValue(u"runs/detailTab"_s, page->property("tabKey"));
    });

    m_output = new QTextBrowser;
    m_output->setObjectName(u"runOutput"_s);
    m_output->setOpenLinks(false);
    m_output->setAccessibleName(tr("Output and errors of every task"));
    connect(
        m_output, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) { openLink(url.toString()); });

    auto *outputBox = new QWidget;
    auto *outputLayout = new QVBoxLayout(outputBox);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    auto *outputLabel = new QLabel(tr("Output and errors of every task"));
    outputLabel->setObjectName(u"runOutputLabel"_s);
    outputLayout->addWidget(outputLabel);
    outputLayout->addWidget(m_output);

    if (QSettings().value(u"runs/detailTab"_s).toString() == u"tasks"_s)
        taskTabs->setCurrentWidget(m_tasks);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"runSplitter"_s);
    splitter->addWidget(taskTabs);
    splitter->addWidget(outputBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    ViewStateSaver::attach(splitter, u"runs/detailSplitter"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(toolbar);
    layout->addLayout(titleRow);
    layout->addWidget(m_status);
    layout->addLayout(infoRow);
    layout->addWidget(splitter, 1);

    // Selecting a task in either view selects it in the other and shows its output.
    connect(m_timeline, &TaskTimelineWidget::taskClicked, this, [this](qint64 taskRunId, const QString &) {
        for (int row = 0; row < m_tasks->rowCount(); ++row) {
            if (m_tasks->item(row, RunIdColumn)->data(Qt::UserRole).toLongLong() == taskRunId)
                m_tasks->selectRow(row);
        }
        m_output->scrollToAnchor(u"task-%1"_s.arg(taskRunId));
    });
    connect(m_tasks, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_tasks->selectedItems();
        if (selected.isEmpty())
            return;
        const qint64 taskRunId
            = m_tasks->item(selected.first()->row(), RunIdColumn)->data(Qt::UserRole).toLongLong();
        m_timeline->setSelectedTaskRunId(taskRunId);
        m_output->scrollToAnchor(u"task-%1"_s.arg(taskRunId));
    });
    updateActions();
}

RunDetailWidget::~RunDetailWidget() = default;

void RunDetailWidget::createActions()
{
    auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_backAction = make(tr("← &Job"), u"runBackAction"_s, QKeySequence::Back);
    m_backAction->setToolTip(tr("Back to the job (Alt+Left)"));
    connect(m_backAction, &QAction::triggered, this, &RunDetailWidget::backRequested);
    m_refreshAction = make(tr("Re&load"), u"runReloadAction"_s, QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_refreshAction, &QAction::triggered, this, &RunDetailWidget::reload);
    m_cancelAction
        = make(tr("&Cancel run"), u"runCancelAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(m_cancelAction, &QAction::triggered, this, &RunDetailWidget::cancelRun);
    m_repairAction
        = make(tr("Re&pair…"), u"runRepairAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_repairAction, &QAction::triggered, this, &RunDetailWidget::repairRun);
    m_deleteAction = make(tr("&Delete run…"), u"runDeleteAction"_s, QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &RunDetailWidget::deleteRun);
    // Ctrl+Shift+W is File ▸ Workspaces…: both working at once would make neither fire.
    m_watchAction = make(tr("&Watch"), u"runWatchAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_watchAction->setToolTip(tr("Keep following this run in the background and say when it ends"));
    connect(m_watchAction, &QAction::triggered, this, [this] { emit watchRequested(runId(), label()); });
    for (QAction *action : {m_refreshAction, m_cancelAction, m_repairAction, m_deleteAction, m_watchAction})
        WorkspaceActionGate::needsWorkspace(action);
    m_browserAction = make(
        tr("Open in &browser"), u"runOpenInBrowserAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_browserAction, &QAction::triggered, this, [this] {
        const Run shown = run();
        if (!shown.isValid())
            return;
        const QUrl host = m_service->workspaceHost();
        UserPrompts::openServerUrl(
            this, WorkspaceUrls::run(host, shown.jobId(), shown.id(), shown.runPageUrl()), host);
    });
}

void RunDetailWidget::setConnection(Connection *connection)
{
    if (m_service->connection() == connection)
        return;
    clear();
    m_service->setConnection(connection);
}

void RunDetailWidget::setReachability(WorkspaceReachability *reachability)
{
    m_service->setReachability(reachability);
}

void RunDetailWidget::setPollingIntervals(int initialMs, int maximumMs)
{
    m_service->poller()->setIntervals(initialMs, maximumMs);
}

qint64 RunDetailWidget::runId() const
{
    return m_service->runId();
}

Run RunDetailWidget::run() const
{
    return m_service->run();
}

QHash<qint64, RunOutput> RunDetailWidget::outputs() const
{
    return m_service->outputs();
}

bool RunDetailWidget::isPolling() const
{
    return m_service->poller()->isPolling();
}

int RunDetailWidget::pollIntervalMs() const
{
    return m_service->poller()->intervalMs();
}

void RunDetailWidget::clear()
{
    m_service->clear();
    m_title->clear();
    m_badge->clear();
    m_badge->setStyleSheet(QString());
    m_status->clear();
    m_details->clear();
    m_timings->clear();
    m_parameters->clear();
    m_tasks->setRowCount(0);
    m_iterations->setRowCount(0);
    m_taskTabs->setTabVisible(m_taskTabs->indexOf(m_iterationsTab), false);
    m_timeline->clear();
    m_output->clear();
    updateActions();
}

void RunDetailWidget::showRun(qint64 runId)
{
    clear();
    m_title->setText(tr("Run %1").arg(runId));
    m_status->setText(tr("Loading…"));
    m_service->show(runId);
    if (!isVisible())
        m_service->pause();
}

void RunDetailWidget::reload()
{
    m_service->reload();
}

void RunDetailWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_service->resume();
}

void RunDetailWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_service->pause();
}

void RunDetailWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Queued: the views inside receive the new palette after this widget does.
    if (event->type() == QEvent::PaletteChange && m_service)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (run().isValid())
                    render();
            },
            Qt::QueuedConnection);
}

void RunDetailWidget::openLink(const QString &link)
{
    if (link.startsWith(u"cluster:"_s))
        emit openClusterRequested(link.mid(8));
    else if (link.startsWith(u"job:"_s))
        emit openJobRequested(link.mid(4).toLongLong());
    else if (link.startsWith(u"run:"_s))
        showRun(link.mid(4).toLongLong());
}

QString RunDetailWidget::label() const
{
    const QString name = run().runName();
    return name.isEmpty() ? tr("Run %1").arg(runId()) : tr("Run %1 of “%2”").arg(runId()).arg(name);
}

QString RunDetailWidget::stateText() const
{
    return run().isValid() ? run().displayState().text() : QString();
}

void RunDetailWidget::render()
{
    const Run shown = run();
    const QLocale locale;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 jobId = shown.jobId();
    const QString name = shown.runName();
    m_title->setText(jobId > 0
            ? tr("Run %1 of <a href='job:%2'>%3</a>").arg(shown.id()).arg(jobId).arg(name.toHtmlEscaped())
            : tr("Run %1 — %2").arg(shown.id()).arg(name.toHtmlEscaped()));

    const RunDisplayState state = shown.displayState();
    const QColor color = RunStyle::color(state.category());
    m_badge->setText(state.text());
    m_badge->setStyleSheet(
        u"QLabel { background: %1; color: white; border-radius: 4px; padding: 1px 8px; font-weight: bold; }"_s
            .arg(TextColours::badgeFill(color).name()));
    m_status->setText(RunStyle::statusSentence(shown));

    const QVector<RunTask> tasks = shown.tasks();
    QStringList clusterIds;
    if (!shown.clusterId().isEmpty())
        clusterIds << shown.clusterId();
    bool serverless = false;
    for (const RunTask &task : tasks) {
        if (!task.clusterId().isEmpty() && !clusterIds.contains(task.clusterId()))
            clusterIds << task.clusterId();
        serverless = serverless || task.task().compute() == Task::Compute::Environment;
    }
    QStringList clusterLinks;
    for (const QString &id : std::as_const(clusterIds))
        clusterLinks << u"<a href='cluster:%1'>%1</a>"_s.arg(id.toHtmlEscaped());
    if (serverless)
        clusterLinks << tr("serverless").toHtmlEscaped();

    const QString dim = TextColours::css(TextColours::fromPalette(m_details->palette()).dim);
    QString details = u"<table>"_s;
    auto addRow = [&details, &dim](const QString &label, const QString &value) {
        details += u"<tr><td style='color:%1; padding-right:10px'>%2</td><td>%3</td></tr>"_s.arg(
            dim, label, value);
    };
    addRow(tr("Trigger"), RunStyle::triggerText(shown.trigger()).toHtmlEscaped());
    if (shown.triggerRunId() > 0)
        addRow(tr("Started by task run"), u"<a href='run:%1'>%1</a>"_s.arg(shown.triggerRunId()));
    if (shown.parentRunId() > 0)
        addRow(tr("Part of run"), u"<a href='run:%1'>%1</a>"_s.arg(shown.parentRunId()));
    const QString creator = shown.creatorUserName();
    addRow(tr("Started by"), creator.isEmpty() ? u"—"_s : creator.toHtmlEscaped());
    addRow(tr("Start"), when(shown.startTimeMs()).toHtmlEscaped());
    addRow(tr("End"), state.isActive() ? tr("still running") : when(shown.endTimeMs()).toHtmlEscaped());
    addRow(tr("Attempt"), locale.toString(shown.attemptNumber()));
    addRow(tr("Compute"), clusterLinks.isEmpty() ? u"—"_s : clusterLinks.join(u", "_s));
    if (!shown.effectivePerformanceTarget().isEmpty())
        addRow(tr("Performance target"), shown.effectivePerformanceTarget().toHtmlEscaped());
    if (!shown.effectiveUsagePolicyId().isEmpty())
        addRow(tr("Usage policy"), shown.effectiveUsagePolicyId().toHtmlEscaped());
    const int repairs = int(shown.repairHistory().size());
    if (repairs > 1)
        addRow(tr("Repairs"), locale.toString(repairs - 1));
    details += u"</table>"_s;
    m_details->setText(details);

    QString timings = u"<table>"_s;
    auto addTiming = [&timings, &dim](const QString &label, qint64 ms) {
        timings
            += u"<tr><td style='color:%1; padding-right:10px'>%2</td><td align='right'>%3</td></tr>"_s.arg(
                dim, label, RunStyle::durationText(ms).toHtmlEscaped());
    };
    addTiming(tr("Queue"), shown.queueDurationMs());
    addTiming(tr("Setup"), shown.setupDurationMs());
    addTiming(tr("Execution"), shown.executionDurationMs());
    addTiming(tr("Cleanup"), shown.cleanupDurationMs());
    addTiming(tr("Total"), RunStyle::totalDurationMs(shown, now));
    timings += u"</table>"_s;
    m_timings->setText(timings);

    QStringList params;
    const QVector<RunParameter> jobParameters = shown.jobParameters();
    for (const RunParameter &p : jobParameters)
        params << u"<code>%1</code> = <code>%2</code>"_s.arg(p.name.toHtmlEscaped(), p.value.toHtmlEscaped());
    const auto overriding = shown.overridingParameters();
    for (const auto &[name, value] : overriding) {
        if (name == u"job_parameters"_s && !params.isEmpty())
            continue;
        params << u"<code>%1</code>: <code>%2</code>"_s.arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    }
    m_parameters->setText(
        tr("<b>Parameters</b><br>%1").arg(params.isEmpty() ? tr("none") : params.join(u"<br>"_s)));

    renderTasks();
    renderIterations();
    renderOutputs();
    updateActions();
}

void RunDetailWidget::renderTasks()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVector<RunTask> tasks = run().tasks();
    const qint64 selected = m_timeline->selectedTaskRunId();
    m_timeline->setTasks(tasks, now);
    const QColor base = m_tasks->palette().color(QPalette::Base);
    m_tasks->setSortingEnabled(false);
    m_tasks->setRowCount(int(tasks.size()));
    const QLocale locale;
    for (int row = 0; row < tasks.size(); ++row) {
        const RunTask &task = tasks.at(row);
        const Task definition = task.task();
        const RunDisplayState state = task.displayState();
        const qint64 taskRunId = task.runId();
        auto set = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            m_tasks->setItem(row, column, item);
            return item;
        };
        QTableWidgetItem *keyItem = set(KeyColumn, task.taskKey());
        keyItem->setToolTip(JobOverview::taskTypeText(definition));
        QTableWidgetItem *stateItem = set(StateColumn, state.text());
        stateItem->setForeground(TextColours::textOn(RunStyle::color(state.category()), base));
        QFont bold = stateItem->font();
        bold.setBold(true);
        stateItem->setFont(bold);
        if (!state.message().isEmpty())
            stateItem->setToolTip(plainTextToolTip(state.message()));

        // What is particular to the task's type: the outcome of a condition, the run a run-job
        // task started, how far a for-each task's iterations are.
        QString detail;
        qint64 linked = 0;
        switch (definition.kind()) {
        case Task::Kind::Condition:
            detail = task.conditionOutcome().isEmpty()
                ? definition.conditionText()
                : tr("%1 → %2").arg(definition.conditionText(), task.conditionOutcome());
            break;
        case Task::Kind::RunJob: {
            linked = m_service->output(taskRunId).childRunId();
            detail = linked > 0 ? tr("Run %1 →").arg(linked) : tr("job %1").arg(definition.runJobId());
            break;
        }
        case Task::Kind::ForEach: {
            const RunTask::ForEachStats stats = task.forEachStats();
            detail = stats.total > 0 ? tr("%1 of %2 iterations done, %3 failed, %4 running")
                                           .arg(stats.completed)
                                           .arg(stats.total)
                                           .arg(stats.failed)
                                           .arg(stats.active)
                                     : tr("For each: %1").arg(definition.forEachInputs().left(60));
            break;
        }
        default:
            if (definition.isDisabled())
                detail = tr("disabled");
            break;
        }
        QTableWidgetItem *detailItem = set(DetailColumn, detail);
        if (linked > 0) {
            detailItem->setData(LinkedRunRole, linked);
            detailItem->setForeground(palette().color(QPalette::Link));
            detailItem->setToolTip(tr("Double-click to open run %1").arg(linked));
        }
        set(StartColumn, when(task.startTimeMs()));
        set(DurationColumn, RunStyle::durationText(RunStyle::totalDurationMs(task, now)));
        set(AttemptColumn, locale.toString(task.attemptNumber()));
        QString compute = task.clusterId();
        if (compute.isEmpty() && definition.compute() == Task::Compute::Environment)
            compute = tr("Serverless (%1)").arg(definition.environmentKey());
        set(ComputeColumn, compute);
        QTableWidgetItem *idItem = set(RunIdColumn, QString::number(taskRunId));
        idItem->setData(Qt::UserRole, taskRunId);
        if (taskRunId == selected && selected != 0)
            m_tasks->selectRow(row);
    }
    m_timeline->setSelectedTaskRunId(selected);
}

void RunDetailWidget::renderIterations()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QColor base = m_iterations->palette().color(QPalette::Base);
    QList<std::pair<QString, RunTask>> rows;
    QList<int> indexes;
    const QVector<RunTask> tasks = run().tasks();
    bool anyForEach = false;
    for (const RunTask &task : tasks) {
        if (!task.isForEach())
            continue;
        anyForEach = true;
        const QVector<RunTask> iterations = m_service->iterations(task.runId());
        for (int i = 0; i < iterations.size(); ++i) {
            rows.append({task.taskKey(), iterations.at(i)});
            indexes.append(i + 1);
        }
    }
    const int iterationsIndex = m_taskTabs->indexOf(m_iterationsTab);
    const bool wasVisible = m_taskTabs->isTabVisible(iterationsIndex);
    m_taskTabs->setTabVisible(iterationsIndex, anyForEach);
    if (anyForEach && !wasVisible && QSettings().value(u"runs/detailTab"_s).toString() == u"iterations"_s)
        m_taskTabs->setCurrentIndex(iterationsIndex);
    m_taskTabs->setTabText(m_taskTabs->indexOf(m_iterationsTab),
        rows.isEmpty() ? tr("&Iterations") : tr("&Iterations (%1)").arg(rows.size()));
    m_iterations->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int row = 0; row < rows.size(); ++row) {
        const RunTask &iteration = rows.at(row).second;
        const RunDisplayState state = iteration.displayState();
        auto set = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            m_iterations->setItem(row, column, item);
            return item;
        };
        set(ForEachColumn, rows.at(row).first);
        QTableWidgetItem *index = set(IndexColumn, locale.toString(indexes.at(row)));
        index->setData(Qt::UserRole, indexes.at(row));
        QTableWidgetItem *stateItem = set(IterationStateColumn, state.text());
        stateItem->setForeground(TextColours::textOn(RunStyle::color(state.category()), base));
        if (!state.message().isEmpty())
            stateItem->setToolTip(plainTextToolTip(state.message()));
        set(IterationStartColumn, when(iteration.startTimeMs()));
        set(IterationDurationColumn, RunStyle::durationText(RunStyle::totalDurationMs(iteration, now)));
        QTableWidgetItem *idItem = set(IterationRunIdColumn, QString::number(iteration.runId()));
        idItem->setData(LinkedRunRole, iteration.runId());
        idItem->setForeground(palette().color(QPalette::Link));
    }
}

void RunDetailWidget::renderOutputs()
{
    if (m_service->isArchived()) {
        m_output->setHtml(u"<p><i>%1</i></p>"_s.arg(
            tr("The local archive keeps no output of runs: it is read from the workspace when it answers "
               "again.")
                .toHtmlEscaped()));
        return;
    }
    const Run shown = run();
    QVector<RunTask> tasks = shown.tasks();
    if (tasks.isEmpty() && shown.isValid())
        tasks.append(shown.asTask());
    QString html;
    for (const RunTask &task : std::as_const(tasks)) {
        const qint64 taskRunId = task.runId();
        const RunOutput output = m_service->output(taskRunId);
        html += RunOutputHtml::task(task, m_service->hasOutput(taskRunId) ? &output : nullptr,
            m_service->outputError(taskRunId), m_output->palette());
    }
    const int position = m_output->verticalScrollBar()->value();
    m_output->setHtml(html);
    m_output->verticalScrollBar()->setValue(position);
    // A run-job task's child run is known once its output is: show the link in the table too.
    renderTasks();
}

void RunDetailWidget::updateActions()
{
    const Run shown = run();
    const bool loaded = shown.isValid();
    const bool active = loaded && shown.displayState().isActive();
    const bool jobRun = shown.jobId() > 0;
    m_refreshAction->setEnabled(runId() != 0);
    m_cancelAction->setEnabled(active);
    m_repairAction->setEnabled(loaded && !active && jobRun && shown.parentRunId() == 0);
    m_deleteAction->setEnabled(loaded && !active && shown.parentRunId() == 0);
    m_watchAction->setEnabled(active);
    m_browserAction->setEnabled(loaded);
}

void RunDetailWidget::cancelRun()
{
    if (runId() == 0 || !RunStyle::isActive(run()))
        return;
    if (!UserPrompts::confirm(this, tr("Cancel run"),
            tr("Cancel %1?\n\nIts running tasks are stopped; the work they have not finished is lost.")
                .arg(label()),
            tr("Cancel run")))
        return;
    m_service->cancel();
}

void RunDetailWidget::repairRun()
{
    const Run shown = run();
    if (!shown.isValid() || RunStyle::isActive(shown))
        return;
    auto *dialog = new RepairDialog(shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_service->repair(dialog->params()); });
    dialog->open();
}

void RunDetailWidget::deleteRun()
{
    const Run shown = run();
    if (!shown.isValid() || RunStyle::isActive(shown))
        return;
    if (!UserPrompts::confirm(this, tr("Delete run"),
            tr("Delete %1?\n\nIts record, task history and output are removed from the workspace and cannot "
               "be "
               "recovered.")
                .arg(label()),
            tr("Delete run")))
        return;
    m_service->remove();
}

} // namespace brickdesk
