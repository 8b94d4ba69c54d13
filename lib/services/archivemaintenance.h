#pragma once

#include "archive/archivetypes.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

#include <map>
#include <memory>

namespace brickdesk {

class Archive;

// The workspace archives on this computer, for Preferences: each file with its size, what it
// holds and since when; prune one to its last N days, or delete it. All disk work runs on the
// archive's own thread (a prune of a large archive takes seconds: its VACUUM rewrites the
// file) and the outcome comes back in words: what was removed, the size before and after.
class ArchiveMaintenance final : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString path;
        QString name; // the workspace's name when known, else the file's
        ArchiveStats stats;
        bool loaded = false; // stats have been read
        bool busy = false; // being read, pruned or deleted
        QString error; // the file could not be opened
    };

    explicit ArchiveMaintenance(QObject *parent = nullptr);
    // Work still running goes on; its archive is closed once it is done.
    ~ArchiveMaintenance() override;

    // Where the archives are (ArchiveLocation::directory() unless set).
    void setDirectory(const QString &directory);
    // Names of the workspaces whose archive files are known (WorkspaceSet::archivePath).
    void setNames(const QMap<QString, QString> &nameByPath);

    // Lists the archive files again and reads each one's figures.
    void refresh();
    QList<Entry> entries() const { return m_entries; }
    int indexOf(const QString &path) const;
    bool isBusy() const;

    // Removes events and runs from before the last `keepDays` days, then compacts the file.
    void prune(const QString &path, int keepDays);
    // Deletes the file (every holder in this process closes it first: ArchiveRelease).
    void remove(const QString &path);
    // The last prune's or deletion's outcome, in words; empty before the first.
    QString reportText() const { return m_report; }

signals:
    void changed();
    // A prune or deletion is done; reportText() says what it did.
    void finished(const QString &path, bool ok);

private:
    Entry *find(const QString &path);
    Archive *archive(const QString &path);
    void readStats(const QString &path);
    void keepUntilDone(const QString &path, const QFuture<void> &work);
    // fn(value) on this thread once `future` is done, unless this is gone by then. The
    // continuation's context is the application, not this: Qt 6.4 asserts when a context is
    // deleted before its future finishes, and Preferences may close in the middle of a prune.
    template<typename T, typename Fn>
    QFuture<void> whenDone(QFuture<T> future, Fn fn)
    {
        return future.then(QCoreApplication::instance(), [guard = QPointer(this), fn](const T &value) {
            if (guard)
                fn(value);
        });
    }
    QString pruneReport(const Entry &entry, const ArchivePruneResult &result, int keepDays) const;

    QString m_directory;
    QMap<QString, QString> m_names;
    QList<Entry> m_entries;
    std::map<QString, std::unique_ptr<Archive>> m_archives;
    std::map<QString, QFuture<void>> m_work; // the last thing asked of each archive
    QString m_report;
};

} // namespace brickdesk
