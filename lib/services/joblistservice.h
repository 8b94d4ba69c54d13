#pragma once

#include "api/apicall.h"
#include "api/jobsparams.h"
#include "domain/currentuser.h"
#include "domain/job.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QTimer;

namespace brickdesk {

class Connection;
class JobsModel;
class OfflineListFallback;
class WorkspaceReachability;

// The jobs of a workspace as the jobs screen shows them, kept current: the list (paged in
// the background, its last-run cells filled lazily by the model), whom "mine" means (SCIM Me),
// refresh on demand or on a timer, and the calls the screen's actions make. A screen binds to
// model() and the signals; loads a newer one supersedes are cancelled here.
class JobListService final : public QObject
{
    Q_OBJECT
public:
    explicit JobListService(QObject *parent = nullptr);
    ~JobListService() override;

    // nullptr: no workspace. Drops what the previous connection loaded, then loads the list
    // and asks who the user is. The connection must outlive the service or be reset first.
    void setConnection(Connection *connection);
    bool isConnected() const { return !m_connection.isNull(); }
    Connection *connection() const;
    // The workspace's address, for links into its web pages.
    QUrl host() const;

    // While the workspace cannot be reached, a list that the API has not given is filled from
    // the workspace's local archive (the newest settings of each job, JobsModel::showArchived);
    // once it answers again the list is refreshed from it, and automatic refresh waits meanwhile.
    void setReachability(WorkspaceReachability *reachability);

    JobsModel *model() const { return m_model; }
    // The job as the list has it (no tasks beyond the first page); invalid when not loaded.
    Job job(qint64 jobId) const;

    // The user the workspace knows us as (empty when it does not answer SCIM Me).
    QString currentUserName() const { return m_user.userName(); }
    void setCurrentUser(const CurrentUser &user);

    // Refreshes the list in place (selection and scroll stay); the first call loads.
    void refresh();
    void cancel();
    // 0 turns automatic refresh off. A tick while a load is running is skipped, so a slow
    // workspace is never asked twice at once; nor while paused (the screen is hidden).
    void setAutoRefreshInterval(int seconds);
    int autoRefreshInterval() const;
    void setAutoRefreshPaused(bool paused) { m_paused = paused; }

    // The calls behind the screen's actions; the list is refreshed by the caller when it
    // has the outcome of all of them (see BulkOperation).
    ApiCall<Job> fetchJob(qint64 jobId); // the whole job, every task page
    ApiCall<qint64> runNow(const RunNowParams &params);
    ApiCall<Done> cancelActiveRuns(qint64 jobId);
    ApiCall<Done> updateSettings(qint64 jobId, const QJsonObject &newSettings);
    ApiCall<Done> deleteJob(qint64 jobId);

signals:
    void connectionChanged(bool connected);
    void currentUserChanged(const QString &userName);

private:
    void fetchCurrentUser();
    bool isOffline() const;

    QPointer<Connection> m_connection;
    JobsModel *m_model = nullptr;
    OfflineListFallback *m_offline = nullptr;
    QTimer *m_autoRefresh = nullptr;
    CurrentUser m_user;
    ApiCall<CurrentUser> m_userCall;
    bool m_paused = false;
};

} // namespace brickdesk
