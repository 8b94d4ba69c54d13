#include "services/runpoller.h"

#include "api/connection.h"
#include "api/jobsapi.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

RunPoller::RunPoller(QObject *parent)
    : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RunPoller::fetch);
}

RunPoller::~RunPoller()
{
    m_call.abort();
}

void RunPoller::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    stop();
    m_connection = connection;
}

void RunPoller::setIntervals(int initialMs, int maximumMs)
{
    m_initial = qMax(10, initialMs);
    m_maximum = qMax(m_initial, maximumMs);
    m_interval = m_initial;
}

void RunPoller::start(qint64 runId)
{
    stop();
    m_runId = runId;
    m_interval = m_initial;
    fetch();
}

void RunPoller::stop()
{
    ++m_generation;
    m_timer->stop();
    m_call.abort();
    m_call = {};
    m_runId = 0;
    m_run = {};
    m_stateKey.clear();
    m_wasActive = false;
}

void RunPoller::refresh()
{
    if (m_runId == 0)
        return;
    m_interval = m_initial;
    m_timer->stop();
    if (isLoading())
        return; // the answer on its way is as fresh
    fetch();
}

void RunPoller::pause()
{
    m_paused = true;
    m_timer->stop();
}

void RunPoller::resume()
{
    m_paused = false;
    if (m_runId != 0 && isActive() && !isLoading()) {
        m_interval = m_initial;
        fetch();
    }
}

bool RunPoller::isPolling() const
{
    return m_timer->isActive() || (isLoading() && (isActive() || !m_run.isValid()));
}

void RunPoller::fetch()
{
    if (!m_connection || m_runId == 0 || isLoading())
        return;
    GetRunParams params;
    params.includeHistory = true;
    JobsApi jobs = m_connection->jobs();
    m_call = m_allPages ? jobs.getFullRun(m_runId, params) : jobs.getRunFirstPage(m_runId, params);
    const quint64 generation = m_generation;
    m_call.then(this, [this, generation](const ApiResult<Run> &result) { onLoaded(result, generation); });
}

void RunPoller::onLoaded(const ApiResult<Run> &result, quint64 generation)
{
    if (generation != m_generation)
        return; // superseded by stop() or another run
    if (!result.ok()) {
        // Not stop() (that changed the generation): the user ended a call that waited to be
        // retried. Nothing to report, and the run is still watched at the usual pace.
        if (result.error().kind() != ApiError::Kind::Cancelled)
            emit failed(result.error());
        // Keep trying while the run is (or may be) active; a deleted run is not coming back.
        if (generation == m_generation && (isActive() || !m_run.isValid())
            && result.error().kind() != ApiError::Kind::NotFound)
            schedule(false);
        return;
    }
    m_run = result.value();
    const QString key = stateKey(m_run);
    const bool changed = key != m_stateKey;
    m_stateKey = key;
    const bool active = isActive();
    emit loaded(m_run, changed);
    if (generation != m_generation)
        return; // a slot started another run
    if (active)
        schedule(changed);
    else if (m_wasActive)
        emit finished(m_run);
    m_wasActive = active;
}

void RunPoller::schedule(bool changed)
{
    m_interval = changed ? m_initial : qMin(m_maximum, int(m_interval * 1.5));
    if (!m_paused)
        m_timer->start(m_interval);
}

QString RunPoller::stateKey(const Run &run)
{
    // Any change of the run's or a task's state resets the back-off.
    QString key = run.displayState().stateName() + run.displayState().outcomeName();
    const QVector<RunTask> tasks = run.tasks();
    for (const RunTask &task : tasks)
        key += u'|' + task.displayState().stateName();
    return key;
}

} // namespace brickdesk
