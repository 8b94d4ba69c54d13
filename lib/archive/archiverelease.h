#pragma once

#include <QObject>
#include <QString>

namespace brickdesk {

// Lets a workspace's archive file be deleted while parts of this process hold it open (the
// job history, the archive search): before deleting it, the deleter asks everyone to close
// it, and says when it is gone so that they start again from nothing. Deleting a SQLite file
// that a connection of this process still has open would leave that connection writing to a
// file nobody can see.
class ArchiveRelease final : public QObject
{
    Q_OBJECT
public:
    static ArchiveRelease *instance();

    // Emitted in this order by the deleter, on the GUI thread; holders connect directly.
    void requestRelease(const QString &path) { emit releaseRequested(path); }
    void announceReleased(const QString &path) { emit released(path); }

signals:
    // Close the file now (finishing what was asked of it): it is about to be deleted.
    void releaseRequested(const QString &path);
    // The file is gone (or deleting it failed); open it again when it is needed.
    void released(const QString &path);

private:
    ArchiveRelease() = default;
};

} // namespace brickdesk
