#include "services/jobdriftservice.h"

#include "api/connection.h"
#include "api/jobsapi.h"
#include "models/jobsmodel.h"
#include "services/workspaceset.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
JobsModel *quietJobsModel(QObject *parent)
{
    auto *model = new JobsModel(parent);
    model->setLastRunFetchEnabled(false); // a runs/list per row is not wanted for picking a job
    return model;
}
} // namespace

JobDriftService::JobDriftService(WorkspaceSet *set, QObject *parent)
    : QObject(parent)
    , m_set(set)
    , m_other(new OtherWorkspace(set, this))
    , m_named(quietJobsModel(this))
    , m_candidates(quietJobsModel(this))
{
    connect(m_other, &OtherWorkspace::ready, this, &JobDriftService::onConnected);
    connect(m_other, &OtherWorkspace::failed, this, [this](const QString &message) {
        fail(tr("Could not connect to “%1”: %2").arg(m_target.name, message));
    });
    connect(m_other, &OtherWorkspace::lost, this, [this] {
        m_named->setConnection(nullptr);
        m_candidates->setConnection(nullptr);
        fail(tr("“%1” was closed.").arg(m_target.name));
    });
    connect(m_named, &JobsModel::loaded, this, &JobDriftService::onNamedLoaded);
    connect(m_named, &JobsModel::errorOccurred, this, [this](const ApiError &error) {
        if (m_state == State::Finding && error.kind() != ApiError::Kind::Cancelled)
            fail(tr("The jobs of “%1” could not be listed: %2").arg(m_target.name, error.userMessage()));
    });
    connect(&m_comparison, &QFutureWatcher<JobDrift::Result>::finished, this, [this] {
        if (m_state != State::Comparing || m_comparison.property("choice").toULongLong() != m_choice)
            return;
        m_result = m_comparison.result();
        setState(State::Compared);
    });
}

JobDriftService::~JobDriftService()
{
    stopWork();
}

void JobDriftService::setEnvironment(const QProcessEnvironment &env)
{
    m_env = env;
    m_other->setEnvironment(env);
}

void JobDriftService::setJob(const QString &hereKey, Connection *here, const Job &job)
{
    stopWork();
    m_hereKey = hereKey;
    m_hereConnection = here;
    m_job = job;
    m_stopped.clear();
    setState(State::Idle);
}

QList<OtherWorkspace::Target> JobDriftService::targets() const
{
    return OtherWorkspace::targets(m_set, m_hereKey, m_env);
}

bool JobDriftService::isBusy() const
{
    return m_state == State::Connecting || m_state == State::Finding || m_state == State::Fetching
        || m_state == State::Comparing;
}

void JobDriftService::setState(State state)
{
    m_state = state;
    emit stateChanged();
}

void JobDriftService::fail(const QString &message)
{
    stopWork();
    m_error = message;
    setState(State::Failed);
}

void JobDriftService::stopWork()
{
    ++m_generation;
    ++m_choice;
    m_hereCall.abort();
    m_thereCall.abort();
    m_named->cancel();
    m_candidates->cancel();
    m_other->close();
    m_named->setConnection(nullptr);
    m_candidates->setConnection(nullptr);
    m_error.clear();
    m_nameMatches = -1;
    m_here = {};
    m_there = {};
    m_result = {};
}

void JobDriftService::cancel()
{
    if (!isBusy() && m_state != State::Choosing)
        return;
    stopWork();
    m_stopped = tr("Stopped.");
    setState(State::Idle);
}

void JobDriftService::compareWith(const OtherWorkspace::Target &target)
{
    if (!m_job.isValid() || !m_hereConnection)
        return;
    stopWork();
    m_target = target;
    m_stopped.clear();
    setState(State::Connecting);
    const quint64 generation = m_generation;
    // This side is read again, whole (every task page), while the other workspace connects.
    m_hereCall = m_hereConnection->jobs().getJob(m_job.id());
    m_hereCall.then(this, [this, generation](const ApiResult<Job> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            fail(tr("“%1” could not be read again here: %2").arg(m_job.name(), result.error().userMessage()));
            return;
        }
        m_here = result.value();
        compareWhenBoth();
    });
    m_other->open(target);
}

void JobDriftService::onConnected()
{
    if (m_state != State::Connecting)
        return;
    setState(State::Finding);
    // jobs/list's name filter is exact but ignores case; the exact name is checked on arrival.
    m_named->setNameFilter(m_job.name());
    m_named->setConnection(m_other->connection());
    m_named->reload();
}

void JobDriftService::onNamedLoaded()
{
    if (m_state != State::Finding)
        return;
    QList<qint64> exact;
    for (int row = 0; row < m_named->rowCount(); ++row) {
        const Job job = m_named->job(row);
        if (job.name() == m_job.name())
            exact.append(job.id());
    }
    m_nameMatches = int(exact.size());
    if (exact.size() == 1) {
        fetchThere(exact.constFirst());
        return;
    }
    m_candidates->setConnection(m_other->connection());
    m_candidates->reload();
    setState(State::Choosing);
}

void JobDriftService::compareWithJob(qint64 jobId)
{
    if (jobId <= 0 || !m_other->connection() || m_state == State::Connecting || m_state == State::Finding)
        return;
    fetchThere(jobId);
}

void JobDriftService::fetchThere(qint64 jobId)
{
    const quint64 choice = ++m_choice; // the answer for an earlier choice is dropped
    m_thereCall.abort();
    m_there = {};
    m_result = {};
    setState(State::Fetching);
    m_thereCall = m_other->connection()->jobs().getJob(jobId);
    m_thereCall.then(this, [this, choice, jobId](const ApiResult<Job> &result) {
        if (choice != m_choice)
            return;
        if (!result.ok()) {
            fail(tr("Job %1 of “%2” could not be read: %3")
                     .arg(jobId)
                     .arg(m_target.name, result.error().userMessage()));
            return;
        }
        m_there = result.value();
        compareWhenBoth();
    });
}

void JobDriftService::compareWhenBoth()
{
    if (m_here.isValid() && m_there.isValid() && m_state == State::Fetching)
        startComparison();
}

void JobDriftService::startComparison()
{
    setState(State::Comparing);
    m_comparison.setProperty("choice", m_choice);
    // A comparison still running is superseded: setFuture() stops watching it.
    m_comparison.setFuture(QtConcurrent::run([here = m_here, there = m_there, options = m_options] {
        return JobDrift::compare(here, there, options);
    }));
}

void JobDriftService::setIgnoreWorkspaceIds(bool ignore)
{
    if (m_options.ignoreWorkspaceIds == ignore)
        return;
    m_options.ignoreWorkspaceIds = ignore;
    if (m_state == State::Compared || m_state == State::Comparing)
        startComparison();
}

QString JobDriftService::statusText() const
{
    const QString name = m_job.name();
    switch (m_state) {
    case State::Idle:
        return m_stopped;
    case State::Connecting:
        return tr("Connecting to “%1”…").arg(m_target.name);
    case State::Finding:
        return tr("Looking for “%1” in “%2”…").arg(name, m_target.name);
    case State::Choosing:
        if (m_nameMatches > 1)
            return tr(
                "%n jobs in “%1” are named “%2”. Choose the one to compare with.", nullptr, m_nameMatches)
                .arg(m_target.name, name);
        return tr("No job in “%1” is named “%2”. Choose the job to compare with.").arg(m_target.name, name);
    case State::Fetching:
        return tr("Reading both jobs…");
    case State::Comparing:
        return tr("Comparing…");
    case State::Compared:
        if (m_result.differences.isEmpty())
            return tr("No differences: job %1 in “%2” has the same settings as this one.")
                .arg(m_there.id())
                .arg(m_target.name);
        // The English text is the source and has no plural forms of its own (no translator).
        if (m_result.differences.size() == 1)
            return tr("1 difference between this job and job %1 in “%2”.")
                .arg(m_there.id())
                .arg(m_target.name);
        return tr(
            "%n differences between this job and job %1 in “%2”.", nullptr, int(m_result.differences.size()))
            .arg(m_there.id())
            .arg(m_target.name);
    case State::Failed:
        return m_error;
    }
    return {};
}

} // namespace brickdesk
