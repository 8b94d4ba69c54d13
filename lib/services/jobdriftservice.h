#pragma once

#include "analysis/jobdrift.h"
#include "api/apicall.h"
#include "domain/job.h"
#include "services/otherworkspace.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

namespace brickdesk {

class Connection;
class JobsModel;
class WorkspaceSet;

// Drift: one job against its counterpart in another workspace (dev against prod). Connects to
// the other workspace (OtherWorkspace: its open connection, else the normal sign-in), finds the
// job there by its exact name, reads both jobs whole and compares their settings on a worker
// thread (JobDrift says what is left out). No job of that name there, or several: the state is
// Choosing and candidates() loads that workspace's jobs for the person to pick one
// (compareWithJob). Every step can be cancelled; a newer request supersedes an older one, whose
// answers are dropped. Errors are sentences for people.
class JobDriftService final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Connecting, // to the other workspace
        Finding, // the job of the same name there
        Choosing, // none or several of that name: candidates() to choose from
        Fetching, // both jobs, whole
        Comparing, // on a worker thread
        Compared, // result() holds the differences
        Failed, // errorText() says why
    };
    Q_ENUM(State)

    // `set` (not owned, may be nullptr) lends open workspaces and the keychain.
    explicit JobDriftService(WorkspaceSet *set, QObject *parent = nullptr);
    ~JobDriftService() override;

    // Where ~/.databrickscfg and the environment's workspace are looked up.
    void setEnvironment(const QProcessEnvironment &env);
    // The job to compare, in the workspace `hereKey` of the set whose connection is `here`
    // (it is read again there, whole, for each comparison). Stops what was running.
    void setJob(const QString &hereKey, Connection *here, const Job &job);
    const Job &job() const { return m_job; }
    // The workspaces it can be compared with (OtherWorkspace::targets, without this one).
    QList<OtherWorkspace::Target> targets() const;

    // Leave out the ids of each workspace's own objects (JobDrift::Options); a comparison shown
    // is made again (without reading the jobs again).
    void setIgnoreWorkspaceIds(bool ignore);
    bool ignoresWorkspaceIds() const { return m_options.ignoreWorkspaceIds; }

    void compareWith(const OtherWorkspace::Target &target);
    // The person's choice among candidates() (or any job id of the other workspace).
    void compareWithJob(qint64 jobId);
    void cancel();

    State state() const { return m_state; }
    bool isBusy() const;
    // What is happening or what came out, in words (plain text).
    QString statusText() const;
    QString errorText() const { return m_error; }
    QString targetName() const { return m_target.name; }
    // Jobs of the other workspace with exactly this job's name (-1 until known).
    int nameMatches() const { return m_nameMatches; }
    // The other workspace's jobs, loading while Choosing (its filter box starts from the name).
    JobsModel *candidates() const { return m_candidates; }
    const Job &here() const { return m_here; }
    const Job &there() const { return m_there; }
    const JobDrift::Result &result() const { return m_result; }

signals:
    void stateChanged();

private:
    void setState(State state);
    void fail(const QString &message);
    void stopWork();
    void onConnected();
    void onNamedLoaded();
    void fetchThere(qint64 jobId);
    void compareWhenBoth();
    void startComparison();

    QPointer<WorkspaceSet> m_set;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_hereKey;
    QPointer<Connection> m_hereConnection;
    Job m_job;
    OtherWorkspace *m_other = nullptr;
    OtherWorkspace::Target m_target;
    JobsModel *m_named = nullptr; // jobs/list?name=...
    JobsModel *m_candidates = nullptr;
    ApiCall<Job> m_hereCall;
    ApiCall<Job> m_thereCall;
    QFutureWatcher<JobDrift::Result> m_comparison;
    quint64 m_generation = 0; // answers of an earlier request are dropped
    quint64 m_choice = 0; // the same for the other side's job and the comparison
    State m_state = State::Idle;
    QString m_error;
    QString m_stopped; // why the state went back to Idle
    int m_nameMatches = -1;
    Job m_here;
    Job m_there;
    JobDrift::Result m_result;
    JobDrift::Options m_options;
};

} // namespace brickdesk
