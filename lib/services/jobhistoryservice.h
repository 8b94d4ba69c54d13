#pragma once

#include "archive/archivetypes.h"
#include "domain/job.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace brickdesk {

class Archive;
class Connection;
class JobVersionRestore;

// The archived versions of one job's settings, for the job's History view. Each time a job
// is shown, its current settings are recorded in the workspace's archive (a new version only
// when they differ from the last one), so history accumulates from the GUI as well as from
// `brickdesk sync`. Everything the view needs comes out of here as text: the versions,
// newest first, with when each was first and last seen, their settings, and a structural diff
// of a version against the current settings (tasks matched by task_key, parameters by name).
// All disk work runs on the archive's own thread.
class JobHistoryService final : public QObject
{
    Q_OBJECT
public:
    explicit JobHistoryService(QObject *parent = nullptr);
    ~JobHistoryService() override;

    // The archive file of the workspace shown (ArchiveLocation); empty: no archive, no history.
    void setArchivePath(const QString &path);
    QString archivePath() const { return m_path; }

    // Where "restore this version" saves to (null: nowhere, restoring is off).
    void setConnection(Connection *connection);

    // Records `job` (as jobs/get returned it) and loads every archived version of it.
    void recordAndLoad(const Job &job);
    // Loads the archived versions of `jobId` without recording anything, when the job cannot
    // be read from the workspace (offline): they are compared with the newest of them, and
    // none can be restored.
    void loadArchived(qint64 jobId);
    void clear();

    qint64 jobId() const { return m_jobId; }
    bool isLoading() const { return m_loading; }
    // Why the history could not be read or written, in words (empty when it could).
    QString errorText() const { return m_error; }

    // Newest first.
    int versionCount() const { return int(m_versions.size()); }
    int versionNumber(int index) const;
    qint64 firstSeenMs(int index) const;
    qint64 lastSeenMs(int index) const;
    // True when the version's settings are the ones the job has now.
    bool isCurrent(int index) const;
    QString settingsText(int index) const;
    QString currentSettingsText() const;
    // False when the job's settings now are unknown (loadArchived): the newest archived
    // version stands in for them in currentSettingsText() and differences().
    bool knowsCurrent() const { return !m_current.isEmpty(); }
    // What changed from the version to the current settings, one line per change.
    QStringList differences(int index) const;
    // What restoring the version would change in the current settings, one line per change.
    QStringList restoreChanges(int index) const;

    // Why the workspace cannot be reached now (WorkspaceReachability::reason()); while it is
    // set, the history can be read but not restored.
    void setOfflineReason(const QString &reason);

    // Whether version `index` can be put back now; `why` says why not, in words.
    bool canRestore(int index, QString *why = nullptr) const;
    bool isRestoring() const;
    // Puts version `index` back through the job form's save, which first checks that the job
    // is still as it was shown (JobVersionRestore). restoreFinished() follows.
    void restore(int index);
    // The outcome of the last restore, in words, and what goes with it (the server's changes
    // after a conflict, the problems that stopped it); empty before the first.
    QString restoreText() const { return m_restoreText; }
    QStringList restoreDetails() const { return m_restoreDetails; }

signals:
    void versionsChanged();
    void restoreStarted();
    // `restored`: the version is now the job's settings on the server (reload the job to see
    // it, and to record it as the newest version).
    void restoreFinished(bool restored);

private:
    const JobVersion *at(int index) const;
    // Starts reading `jobId`'s history (shown: its settings from the workspace, or empty);
    // answers to anything asked before are dropped from here on.
    quint64 begin(qint64 jobId, const QJsonObject &shown);
    void loadVersions(quint64 generation);
    const QJsonObject &currentOrNewest() const;

    QString m_path;
    std::unique_ptr<Archive> m_archive;
    bool m_opened = false;
    quint64 m_generation = 0; // answers for an earlier job or archive are dropped
    qint64 m_jobId = 0;
    QJsonObject m_current; // scrubbed like the archived versions, so only real changes differ
    QJsonObject m_shown; // as jobs/get gave them (in memory only): the base a restore checks
    JobVersionRestore *m_restore = nullptr;
    bool m_hasConnection = false;
    QString m_offlineReason;
    int m_restoringVersion = 0;
    QString m_restoreText;
    QStringList m_restoreDetails;
    QList<JobVersion> m_versions;
    bool m_loading = false;
    QString m_error;
};

} // namespace brickdesk
