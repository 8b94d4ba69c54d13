#pragma once

#include "archive/archivetypes.h"
#include "services/archivesync.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTimer;

namespace brickdesk {

class Archive;
class ArchiveSearchModel;
class Connection;

// Full-text search over one workspace's archive, for the archive search screen: the text
// as typed is searched a moment after typing stops (debounced), on the archive's own thread;
// only the answer to the latest text and filters reaches the model (an answer to anything
// older is dropped), and at most one search runs at a time (typing while it runs asks once
// more when it is done, with whatever is latest then). Says in words what there is: how many
// results, that there is no archive yet, or why the archive could not be searched.
//
// It can also bring the archive's jobs and runs up to date (ArchiveSync over the workspace's
// connection), with a running count, and cancel that.
class ArchiveSearchService final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NoArchive, // the workspace has no archive file yet (or no path): nothing to search
        Idle, // no search text
        Searching,
        Found, // the model holds the answer to the latest text
        Failed, // the archive could not be opened or searched: statusText() says why
    };
    Q_ENUM(State)

    explicit ArchiveSearchService(QObject *parent = nullptr);
    ~ArchiveSearchService() override;

    // The workspace's archive file (WorkspaceSet::archivePath); empty: none. Nothing is
    // created by searching: a file that does not exist is "no archive yet".
    void setArchivePath(const QString &path);
    QString archivePath() const { return m_path; }
    // Where Sync now fetches from; nullptr: no sync.
    void setConnection(Connection *connection);

    ArchiveSearchModel *model() const { return m_model; }

    // The words to find, as typed; searched after the debounce (or at once by searchNow()).
    void setText(const QString &text);
    QString text() const { return m_text; }
    // Run errors only of runs started in the last `days` days (0: any time). Searches at once.
    void setSinceDays(int days);
    int sinceDays() const { return m_sinceDays; }
    void setKinds(ArchiveSearchRequest::Kinds kinds);
    ArchiveSearchRequest::Kinds kinds() const { return m_kinds; }
    void setDebounceMs(int ms);
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }

    // Searches the latest text now (Enter), without waiting for the debounce.
    void searchNow();
    // Reads the archive again (another process may have synced it) and searches again.
    void refresh();

    State state() const { return m_state; }
    // One sentence for people: "12 results", "No archive for this workspace yet — run a sync."…
    QString statusText() const;
    // What the archive holds and when it was last synced; empty before it has been read.
    QString archiveText() const { return m_archiveText; }
    // How many searches were sent to the archive (tests: debouncing and coalescing).
    int searchesSent() const { return m_sent; }

    bool canSync() const;
    bool isSyncing() const { return m_sync != nullptr; }
    // Jobs' settings and runs (not cluster events: those are synced per cluster).
    void startSync();
    void cancelSync();
    // The sync's running count, then its outcome.
    QString syncText() const { return m_syncText; }

signals:
    // state(), statusText() or archiveText() changed.
    void statusChanged();
    // isSyncing() or syncText() changed.
    void syncChanged();

private:
    struct Contents
    {
        qint64 jobs = 0;
        qint64 runs = 0;
        qint64 syncedMs = 0;
    };

    bool openArchive();
    void createArchive();
    void readContents();
    void issue();
    void answered(quint64 epoch, quint64 version, const ArchiveSearchResult &result);
    void wantedChanged();
    void setState(State state);
    void closeArchive();
    void syncFinished(const ArchiveSync::Summary &summary);
    ArchiveSearchRequest request() const;

    ArchiveSearchModel *m_model;
    QTimer *m_debounce;
    QString m_path;
    QPointer<Connection> m_connection;
    std::unique_ptr<Archive> m_archive;
    // A child: once done it stays until the archive has answered every write it asked for
    // (Qt 6.4 asserts when a continuation's context is gone).
    ArchiveSync *m_sync = nullptr;
    QString m_text;
    int m_sinceDays = 0;
    ArchiveSearchRequest::Kinds m_kinds = ArchiveSearchRequest::Kinds::All;
    int m_limit = 200;
    State m_state = State::NoArchive;
    QString m_openError; // the archive cannot be used (until refresh() or another path)
    QString m_searchError; // the last search failed
    QString m_notice; // what opening said (a damaged file moved aside)
    QString m_archiveText;
    QString m_syncText;
    quint64 m_epoch = 0; // which archive: answers from a closed one are ignored
    quint64 m_version = 0; // which text and filters: answers to older ones are dropped
    bool m_inFlight = false;
    bool m_again = false; // asked while a search ran: search once more when it is done
    bool m_empty = false; // the file exists but holds no job and no run
    int m_sent = 0;
};

} // namespace brickdesk
