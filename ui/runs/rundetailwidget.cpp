#include "rundetailwidget.h"

#include "api/apireply.h"
#include "api/connection.h"
#include "common/viewstatesaver.h"
#include "repairdialog.h"
#include "runstyle.h"
#include "tasktimelinewidget.h"
#include "userprompts.h"
#include "workspaceurls.h"

#include <QAction>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

enum TaskColumn {
    KeyColumn,
    StateColumn,
    StartColumn,
    DurationColumn,
    AttemptColumn,
    ClusterColumn,
    RunIdColumn
};

QString when(qint64 ms)
{
    if (ms <= 0)
        return u"—"_s;
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString pre(const QString &text, const QString &style = {})
{
    return u"<pre style='white-space:pre-wrap; %1'>%2</pre>"_s.arg(style, text.toHtmlEscaped());
}

} // namespace

RunDetailWidget::RunDetailWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"runDetail"_s);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &RunDetailWidget::fetch);

    createActions();

    auto *toolbar = new QToolBar;
    toolbar->setObjectName(u"runToolbar"_s);
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
    connect(m_details, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"cluster:"_s))
            emit openClusterRequested(link.mid(8));
        else if (link.startsWith(u"job:"_s))
            emit openJobRequested(link.mid(4).toLongLong());
    });
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

    m_tasks = new QTableWidget(0, 7);
    m_tasks->setObjectName(u"runTasksTable"_s);
    m_tasks->setHorizontalHeaderLabels({tr("Task"), tr("State"), tr("Started"), tr("Duration"), tr("Attempt"),
        tr("Cluster"), tr("Task run ID")});
    m_tasks->verticalHeader()->hide();
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tasks->horizontalHeader()->setStretchLastSection(true);
    m_tasks->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *taskTabs = new QTabWidget;
    taskTabs->setObjectName(u"runTaskTabs"_s);
    taskTabs->addTab(timelineScroll, tr("&Timeline"));
    taskTabs->addTab(m_tasks, tr("Ta&sks"));

    m_output = new QTextBrowser;
    m_output->setObjectName(u"runOutput"_s);
    m_output->setOpenLinks(false);

    auto *outputBox = new QWidget;
    auto *outputLayout = new QVBoxLayout(outputBox);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    auto *outputLabel = new QLabel(tr("Output and errors of every task"));
    outputLabel->setObjectName(u"runOutputLabel"_s);
    outputLayout->addWidget(outputLabel);
    outputLayout->addWidget(m_output);

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

RunDetailWidget::~RunDetailWidget()
{
    // Replies are owned by the connection; drop ours so nothing arrives for a dead widget.
    if (m_reply)
        m_reply->abort();
    for (const QPointer<ApiReply> &reply : std::as_const(m_outputReplies)) {
        if (reply)
            reply->abort();
    }
}

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
    m_watchAction = make(tr("&Watch"), u"runWatchAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_watchAction->setToolTip(tr("Keep following this run in the background and say when it ends"));
    connect(m_watchAction, &QAction::triggered, this, [this] { emit watchRequested(m_runId, label()); });
    m_browserAction = make(
        tr("Open in &browser"), u"runOpenInBrowserAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_browserAction, &QAction::triggered, this, [this] {
        if (!m_connection || m_runId == 0)
            return;
        UserPrompts::openUrl(WorkspaceUrls::run(m_connection->host(), m_run.value(u"job_id"_s).toInteger(),
            m_runId, m_run.value(u"run_page_url"_s).toString()));
    });
}

void RunDetailWidget::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    clear();
    m_connection = connection;
}

void RunDetailWidget::setPollingIntervals(int initialMs, int maximumMs)
{
    m_initialInterval = qMax(10, initialMs);
    m_maximumInterval = qMax(m_initialInterval, maximumMs);
    m_interval = m_initialInterval;
}

bool RunDetailWidget::isPolling() const
{
    return m_pollTimer->isActive() || (m_reply && RunStyle::isActive(m_run));
}

void RunDetailWidget::clear()
{
    m_pollTimer->stop();
    if (m_reply)
        m_reply->abort();
    for (const QPointer<ApiReply> &reply : std::as_const(m_outputReplies)) {
        if (reply)
            reply->abort();
    }
    m_outputReplies.clear();
    m_outputs.clear();
    m_runId = 0;
    m_run = {};
    m_lastStateKey.clear();
    m_wasActive = false;
    m_title->clear();
    m_badge->clear();
    m_badge->setStyleSheet(QString());
    m_status->clear();
    m_details->clear();
    m_timings->clear();
    m_parameters->clear();
    m_tasks->setRowCount(0);
    m_timeline->clear();
    m_output->clear();
    updateActions();
}

void RunDetailWidget::showRun(qint64 runId)
{
    clear();
    m_runId = runId;
    m_interval = m_initialInterval;
    m_title->setText(tr("Run %1").arg(runId));
    m_status->setText(tr("Loading…"));
    fetch();
}

void RunDetailWidget::reload()
{
    if (m_runId == 0)
        return;
    m_interval = m_initialInterval;
    m_pollTimer->stop();
    fetch();
}

void RunDetailWidget::fetch()
{
    if (!m_connection || m_runId == 0 || m_reply)
        return;
    GetRunParams params;
    params.includeHistory = true;
    ApiReply *reply = m_connection->jobs().getRunComplete(m_runId, params);
    m_reply = reply;
    const qint64 runId = m_runId;
    connect(reply, &ApiReply::finished, this, [this, reply, runId] { onRunLoaded(reply, runId); });
}

void RunDetailWidget::onRunLoaded(ApiReply *reply, qint64 runId)
{
    if (m_reply == reply)
        m_reply = nullptr;
    if (runId != m_runId)
        return;
    if (reply->hasError()) {
        if (reply->error().kind() == ApiError::Kind::Cancelled)
            return;
        const QString message = tr("Run %1: %2").arg(runId).arg(reply->error().userMessage());
        if (m_run.isEmpty())
            m_status->setText(message);
        emit statusMessage(message);
        if (RunStyle::isActive(m_run) && reply->error().kind() != ApiError::Kind::NotFound)
            schedulePoll(false);
        return;
    }
    m_run = reply->json();
    const bool active = RunStyle::isActive(m_run);
    // A key over the run's and every task's state: any change resets the polling back-off.
    QString stateKey
        = RunStyle::displayState(m_run).stateName() + RunStyle::displayState(m_run).outcomeName();
    for (const QJsonValue &task : taskRuns())
        stateKey += u'|' + RunStyle::displayState(task.toObject()).stateName();
    const bool changed = stateKey != m_lastStateKey;
    m_lastStateKey = stateKey;

    render();
    fetchOutputs();
    emit runUpdated(m_run);
    if (active) {
        schedulePoll(changed);
    } else if (m_wasActive) {
        emit statusMessage(tr("%1 finished: %2").arg(label(), RunStyle::displayState(m_run).text()));
        emit runFinished(m_runId);
    }
    m_wasActive = active;
}

void RunDetailWidget::schedulePoll(bool stateChanged)
{
    if (stateChanged)
        m_interval = m_initialInterval;
    else
        m_interval = qMin(m_maximumInterval, int(m_interval * 1.5));
    if (isVisible())
        m_pollTimer->start(m_interval);
}

void RunDetailWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_runId != 0 && RunStyle::isActive(m_run) && !m_pollTimer->isActive() && !m_reply) {
        m_interval = m_initialInterval;
        fetch();
    }
}

void RunDetailWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_pollTimer->stop();
}

QString RunDetailWidget::label() const
{
    const QString name = m_run.value(u"run_name"_s).toString();
    return name.isEmpty() ? tr("Run %1").arg(m_runId) : tr("Run %1 of “%2”").arg(m_runId).arg(name);
}

QString RunDetailWidget::stateText() const
{
    return m_run.isEmpty() ? QString() : RunStyle::displayState(m_run).text();
}

QJsonArray RunDetailWidget::taskRuns() const
{
    return m_run.value(u"tasks"_s).toArray();
}

void RunDetailWidget::render()
{
    const QLocale locale;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 jobId = m_run.value(u"job_id"_s).toInteger();
    const QString name = m_run.value(u"run_name"_s).toString();
    m_title->setText(jobId > 0
            ? tr("Run %1 of <a href='job:%2'>%3</a>").arg(m_runId).arg(jobId).arg(name.toHtmlEscaped())
            : tr("Run %1 — %2").arg(m_runId).arg(name.toHtmlEscaped()));

    const RunDisplayState state = RunStyle::displayState(m_run);
    const QColor color = RunStyle::color(state.category());
    m_badge->setText(state.text());
    m_badge->setStyleSheet(
        u"QLabel { background: %1; color: white; border-radius: 4px; padding: 1px 8px; font-weight: bold; }"_s
            .arg(color.name()));
    m_status->setText(RunStyle::statusSentence(m_run));

    const QString trigger = m_run.value(u"trigger"_s).toString();
    const QString creator = m_run.value(u"creator_user_name"_s).toString();
    const QString clusterId = m_run.value(u"cluster_instance"_s).toObject().value(u"cluster_id"_s).toString();
    QStringList clusterIds;
    if (!clusterId.isEmpty())
        clusterIds << clusterId;
    for (const QJsonValue &task : taskRuns()) {
        const QString id
            = task.toObject().value(u"cluster_instance"_s).toObject().value(u"cluster_id"_s).toString();
        if (!id.isEmpty() && !clusterIds.contains(id))
            clusterIds << id;
    }
    QStringList clusterLinks;
    for (const QString &id : std::as_const(clusterIds))
        clusterLinks << u"<a href='cluster:%1'>%1</a>"_s.arg(id.toHtmlEscaped());

    QString details = u"<table>"_s;
    auto addRow = [&details](const QString &label, const QString &value) {
        details
            += u"<tr><td style='color:#555; padding-right:10px'>%1</td><td>%2</td></tr>"_s.arg(label, value);
    };
    addRow(tr("Trigger"), RunStyle::triggerText(trigger).toHtmlEscaped());
    addRow(tr("Started by"), creator.isEmpty() ? u"—"_s : creator.toHtmlEscaped());
    addRow(tr("Start"), when(m_run.value(u"start_time"_s).toInteger()).toHtmlEscaped());
    addRow(tr("End"),
        RunStyle::isActive(m_run) ? tr("still running")
                                  : when(m_run.value(u"end_time"_s).toInteger()).toHtmlEscaped());
    addRow(tr("Attempt"), locale.toString(m_run.value(u"attempt_number"_s).toInt()));
    addRow(tr("Cluster"), clusterLinks.isEmpty() ? u"—"_s : clusterLinks.join(u", "_s));
    const int repairs = int(m_run.value(u"repair_history"_s).toArray().size());
    if (repairs > 1)
        addRow(tr("Repairs"), locale.toString(repairs - 1));
    details += u"</table>"_s;
    m_details->setText(details);

    QString timings = u"<table>"_s;
    auto addTiming = [&timings](const QString &label, qint64 ms) {
        timings
            += u"<tr><td style='color:#555; padding-right:10px'>%1</td><td align='right'>%2</td></tr>"_s.arg(
                label, RunStyle::durationText(ms).toHtmlEscaped());
    };
    addTiming(tr("Queue"), m_run.value(u"queue_duration"_s).toInteger());
    addTiming(tr("Setup"), m_run.value(u"setup_duration"_s).toInteger());
    addTiming(tr("Execution"), m_run.value(u"execution_duration"_s).toInteger());
    addTiming(tr("Cleanup"), m_run.value(u"cleanup_duration"_s).toInteger());
    addTiming(tr("Total"), RunStyle::totalDurationMs(m_run, now));
    timings += u"</table>"_s;
    m_timings->setText(timings);

    QStringList params;
    for (const QJsonValue &value : m_run.value(u"job_parameters"_s).toArray()) {
        const QJsonObject p = value.toObject();
        const QString v = p.contains(u"value"_s) ? p.value(u"value"_s).toVariant().toString()
                                                 : p.value(u"default"_s).toVariant().toString();
        params << u"<code>%1</code> = <code>%2</code>"_s.arg(
            p.value(u"name"_s).toString().toHtmlEscaped(), v.toHtmlEscaped());
    }
    const QJsonObject overriding = m_run.value(u"overriding_parameters"_s).toObject();
    for (auto it = overriding.begin(); it != overriding.end(); ++it) {
        if (it.key() == u"job_parameters"_s && !params.isEmpty())
            continue;
        params << u"<code>%1</code>: <code>%2</code>"_s.arg(it.key().toHtmlEscaped(),
            QString::fromUtf8(QJsonDocument(it.value().isObject() ? QJsonDocument(it.value().toObject())
                                                                  : QJsonDocument(it.value().toArray()))
                                  .toJson(QJsonDocument::Compact))
                .toHtmlEscaped());
    }
    m_parameters->setText(
        tr("<b>Parameters</b><br>%1").arg(params.isEmpty() ? tr("none") : params.join(u"<br>"_s)));

    renderTasks();
    renderOutputs();
    updateActions();
}

void RunDetailWidget::renderTasks()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonArray tasks = taskRuns();
    const qint64 selected = m_timeline->selectedTaskRunId();
    m_timeline->setTasks(tasks, now);
    m_tasks->setSortingEnabled(false);
    m_tasks->setRowCount(int(tasks.size()));
    for (int row = 0; row < tasks.size(); ++row) {
        const QJsonObject task = tasks.at(row).toObject();
        const RunDisplayState state = RunStyle::displayState(task);
        const qint64 taskRunId = task.value(u"run_id"_s).toInteger();
        auto set = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            m_tasks->setItem(row, column, item);
            return item;
        };
        set(KeyColumn, task.value(u"task_key"_s).toString());
        QTableWidgetItem *stateItem = set(StateColumn, state.text());
        stateItem->setForeground(RunStyle::color(state.category()));
        QFont bold = stateItem->font();
        bold.setBold(true);
        stateItem->setFont(bold);
        if (!state.message().isEmpty())
            stateItem->setToolTip(state.message());
        set(StartColumn, when(task.value(u"start_time"_s).toInteger()));
        set(DurationColumn, RunStyle::durationText(RunStyle::totalDurationMs(task, now)));
        set(AttemptColumn, QLocale().toString(task.value(u"attempt_number"_s).toInt()));
        set(ClusterColumn, task.value(u"cluster_instance"_s).toObject().value(u"cluster_id"_s).toString());
        QTableWidgetItem *idItem = set(RunIdColumn, QString::number(taskRunId));
        idItem->setData(Qt::UserRole, taskRunId);
        if (taskRunId == selected && selected != 0)
            m_tasks->selectRow(row);
    }
    m_timeline->setSelectedTaskRunId(selected);
}

void RunDetailWidget::fetchOutputs()
{
    if (!m_connection)
        return;
    QList<QPair<qint64, QJsonObject>> targets;
    const QJsonArray tasks = taskRuns();
    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        targets.append({task.value(u"run_id"_s).toInteger(), task});
    }
    // A single-task run without a tasks array (runs/submit of old) answers get-output itself.
    if (tasks.isEmpty())
        targets.append({m_runId, m_run});
    for (const auto &[taskRunId, task] : std::as_const(targets)) {
        if (taskRunId == 0 || m_outputs.contains(taskRunId) || m_outputReplies.value(taskRunId))
            continue;
        const RunDisplayState state = RunStyle::displayState(task);
        if (!state.isTerminal())
            continue;
        ApiReply *reply = m_connection->jobs().getRunOutput(taskRunId);
        m_outputReplies.insert(taskRunId, reply);
        const qint64 runId = m_runId;
        connect(reply, &ApiReply::finished, this, [this, reply, taskRunId, runId] {
            m_outputReplies.remove(taskRunId);
            if (runId != m_runId || reply->error().kind() == ApiError::Kind::Cancelled)
                return;
            if (reply->hasError()) {
                QJsonObject failure;
                failure.insert(u"brickdesk_fetch_error"_s, reply->error().userMessage());
                m_outputs.insert(taskRunId, failure);
            } else {
                m_outputs.insert(taskRunId, reply->json());
            }
            renderOutputs();
        });
    }
}

void RunDetailWidget::renderOutputs()
{
    QJsonArray tasks = taskRuns();
    if (tasks.isEmpty() && !m_run.isEmpty())
        tasks.append(m_run);
    QString html;
    for (const QJsonValue &value : std::as_const(tasks)) {
        const QJsonObject task = value.toObject();
        qint64 taskRunId = task.value(u"run_id"_s).toInteger();
        const QString key = task.value(u"task_key"_s).toString();
        const RunDisplayState state = RunStyle::displayState(task);
        html += u"<a name='task-%1'></a><h3>%2 <span style='color:%3'>— %4</span></h3>"_s.arg(taskRunId).arg(
            (key.isEmpty() ? tr("Run %1").arg(taskRunId) : key).toHtmlEscaped(),
            RunStyle::color(state.category()).name(), state.text().toHtmlEscaped());
        if (!state.isTerminal()) {
            html += u"<p><i>%1</i></p>"_s.arg(tr("Output appears when the task has finished."));
            continue;
        }
        if (!m_outputs.contains(taskRunId)) {
            html += u"<p><i>%1</i></p>"_s.arg(tr("Loading output…"));
            continue;
        }
        const QJsonObject output = m_outputs.value(taskRunId);
        bool any = false;
        if (output.contains(u"brickdesk_fetch_error"_s)) {
            html += u"<p style='color:#c62828'>%1</p>"_s.arg(
                tr("The output could not be read: %1")
                    .arg(output.value(u"brickdesk_fetch_error"_s).toString())
                    .toHtmlEscaped());
            continue;
        }
        const QString error = output.value(u"error"_s).toString();
        if (!error.isEmpty()) {
            html += u"<p><b>%1</b></p>"_s.arg(tr("Error")) + pre(error, u"color:#c62828"_s);
            any = true;
        }
        const QString trace = output.value(u"error_trace"_s).toString();
        if (!trace.isEmpty()) {
            html += u"<p><b>%1</b></p>"_s.arg(tr("Trace")) + pre(trace, u"color:#6d4c41"_s);
            any = true;
        }
        const QJsonObject notebook = output.value(u"notebook_output"_s).toObject();
        if (notebook.contains(u"result"_s)) {
            html += u"<p><b>%1</b>%2</p>"_s.arg(tr("Notebook result"),
                        notebook.value(u"truncated"_s).toBool() ? tr(" (truncated to the first 5 MB)")
                                                                : QString())
                + pre(notebook.value(u"result"_s).toString());
            any = true;
        }
        const QString logs = output.value(u"logs"_s).toString();
        if (!logs.isEmpty()) {
            html += u"<p><b>%1</b>%2</p>"_s.arg(tr("Logs"),
                        output.value(u"logs_truncated"_s).toBool() ? tr(" (only the last 5 MB)") : QString())
                + pre(logs);
            any = true;
        }
        const QString info = output.value(u"info"_s).toString();
        if (!info.isEmpty()) {
            html += pre(info);
            any = true;
        }
        for (const char *key :
            {"sql_output", "dbt_output", "run_job_output", "dashboard_output", "alert_output"}) {
            const QJsonObject other = output.value(QLatin1String(key)).toObject();
            if (!other.isEmpty()) {
                html += u"<p><b>%1</b></p>"_s.arg(QLatin1String(key))
                    + pre(QString::fromUtf8(QJsonDocument(other).toJson(QJsonDocument::Indented)));
                any = true;
            }
        }
        if (!any)
            html += u"<p><i>%1</i></p>"_s.arg(tr("No output."));
    }
    const int position = m_output->verticalScrollBar()->value();
    m_output->setHtml(html);
    m_output->verticalScrollBar()->setValue(position);
}

void RunDetailWidget::updateActions()
{
    const bool loaded = !m_run.isEmpty();
    const bool active = loaded && RunStyle::isActive(m_run);
    const bool jobRun = m_run.value(u"job_id"_s).toInteger() > 0;
    m_refreshAction->setEnabled(m_runId != 0);
    m_cancelAction->setEnabled(active);
    m_repairAction->setEnabled(loaded && !active && jobRun);
    m_deleteAction->setEnabled(loaded && !active);
    m_watchAction->setEnabled(active);
    m_browserAction->setEnabled(loaded);
}

void RunDetailWidget::cancelRun()
{
    if (!m_connection || m_runId == 0 || !RunStyle::isActive(m_run))
        return;
    if (!UserPrompts::confirm(this, tr("Cancel run"),
            tr("Cancel %1?\n\nIts running tasks are stopped; the work they have not finished is lost.")
                .arg(label()),
            tr("Cancel run")))
        return;
    const qint64 runId = m_runId;
    const QString what = label();
    ApiReply *reply = m_connection->jobs().cancelRun(runId);
    connect(reply, &ApiReply::finished, this, [this, reply, what] {
        if (reply->hasError()) {
            emit statusMessage(tr("Could not cancel %1: %2").arg(what, reply->error().userMessage()));
            return;
        }
        emit statusMessage(tr("Cancelling %1…").arg(what));
        reload();
    });
}

void RunDetailWidget::repairRun()
{
    if (!m_connection || m_run.isEmpty() || RunStyle::isActive(m_run))
        return;
    auto *dialog = new RepairDialog(m_run, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 runId = m_runId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, runId] {
        if (!m_connection)
            return;
        const RepairRunParams params = dialog->params();
        ApiReply *reply = m_connection->jobs().repairRun(params);
        connect(reply, &ApiReply::finished, this, [this, reply, runId] {
            if (reply->hasError()) {
                emit statusMessage(
                    tr("Could not repair run %1: %2").arg(runId).arg(reply->error().userMessage()));
                return;
            }
            emit statusMessage(tr("Repairing run %1 (repair %2)…")
                                   .arg(runId)
                                   .arg(reply->json().value(u"repair_id"_s).toInteger()));
            if (runId == m_runId) {
                m_wasActive = true;
                reload();
            }
        });
    });
    dialog->open();
}

void RunDetailWidget::deleteRun()
{
    if (!m_connection || m_run.isEmpty() || RunStyle::isActive(m_run))
        return;
    const QString what = label();
    if (!UserPrompts::confirm(this, tr("Delete run"),
            tr("Delete %1?\n\nIts record, task history and output are removed from the workspace and cannot "
               "be "
               "recovered.")
                .arg(what),
            tr("Delete run")))
        return;
    const qint64 runId = m_runId;
    ApiReply *reply = m_connection->jobs().deleteRun(runId);
    connect(reply, &ApiReply::finished, this, [this, reply, what, runId] {
        if (reply->hasError()) {
            emit statusMessage(tr("Could not delete %1: %2").arg(what, reply->error().userMessage()));
            return;
        }
        emit statusMessage(tr("Deleted %1.").arg(what));
        emit runDeleted(runId);
        if (runId == m_runId) {
            clear();
            emit backRequested();
        }
    });
}

} // namespace brickdesk
