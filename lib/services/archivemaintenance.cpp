#include "services/archivemaintenance.h"

#include "archive/archive.h"
#include "archive/archivelocation.h"
#include "archive/archiverelease.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString removeFiles(const QString &path)
{
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        QFile side(path + suffix);
        if (side.exists() && !side.remove())
            return side.errorString();
    }
    QFile file(path);
    if (file.exists() && !file.remove())
        return file.errorString();
    return {};
}

} // namespace

ArchiveMaintenance::ArchiveMaintenance(QObject *parent)
    : QObject(parent)
    , m_directory(ArchiveLocation::directory())
{ }

ArchiveMaintenance::~ArchiveMaintenance()
{
    // Closing an archive waits for its work (a VACUUM can take seconds): one still busy is
    // closed once it is done, on the GUI thread's time rather than now.
    for (auto &[path, archive] : m_archives) {
        const auto work = m_work.find(path);
        if (work == m_work.end() || work->second.isFinished())
            continue;
        work->second.then(QCoreApplication::instance(), [done = archive.release()] { delete done; });
    }
}

void ArchiveMaintenance::setDirectory(const QString &directory)
{
    m_directory = directory;
}

void ArchiveMaintenance::setNames(const QMap<QString, QString> &nameByPath)
{
    m_names.clear();
    for (auto it = nameByPath.cbegin(); it != nameByPath.cend(); ++it)
        m_names.insert(QFileInfo(it.key()).absoluteFilePath(), it.value());
    for (Entry &entry : m_entries)
        entry.name = m_names.value(entry.path, QFileInfo(entry.path).completeBaseName());
    emit changed();
}

int ArchiveMaintenance::indexOf(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).path == absolute)
            return i;
    }
    return -1;
}

ArchiveMaintenance::Entry *ArchiveMaintenance::find(const QString &path)
{
    const int i = indexOf(path);
    return i < 0 ? nullptr : &m_entries[i];
}

bool ArchiveMaintenance::isBusy() const
{
    return std::any_of(m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.busy; });
}

Archive *ArchiveMaintenance::archive(const QString &path)
{
    std::unique_ptr<Archive> &archive = m_archives[path];
    if (!archive) {
        archive = std::make_unique<Archive>(path);
        // Calls run in order: whatever is asked next waits for the open.
        keepUntilDone(path, whenDone(archive->open(), [this, path](const ArchiveOpenResult &r) {
            if (Entry *entry = find(path); entry && !r.ok())
                entry->error = r.message;
        }));
    }
    return archive.get();
}

void ArchiveMaintenance::keepUntilDone(const QString &path, const QFuture<void> &work)
{
    m_work[path] = work;
}

void ArchiveMaintenance::refresh()
{
    QList<Entry> entries;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        Entry entry;
        entry.path = dir.absoluteFilePath(file);
        entry.name = m_names.value(entry.path, QFileInfo(file).completeBaseName());
        if (const Entry *known = find(entry.path)) {
            entry.stats = known->stats;
            entry.loaded = known->loaded;
            entry.busy = known->busy;
        }
        entries.append(entry);
    }
    // Archives of files that are gone are closed (none can be busy: deleting is the only way
    // a file goes here, and it closes its archive itself).
    for (auto it = m_archives.begin(); it != m_archives.end();) {
        const bool listed = std::any_of(
            entries.begin(), entries.end(), [&it](const Entry &e) { return e.path == it->first; });
        const auto work = m_work.find(it->first);
        const bool idle = work == m_work.end() || work->second.isFinished();
        it = listed || !idle ? std::next(it) : m_archives.erase(it);
    }
    m_entries = entries;
    emit changed();
    for (const Entry &entry : std::as_const(entries)) {
        if (!entry.busy)
            readStats(entry.path);
    }
}

void ArchiveMaintenance::readStats(const QString &path)
{
    Archive *a = archive(path);
    keepUntilDone(path, whenDone(a->stats(), [this, path](const ArchiveStats &stats) {
        if (Entry *entry = find(path)) {
            entry->stats = stats;
            entry->loaded = true;
            emit changed();
        }
    }));
}

void ArchiveMaintenance::prune(const QString &path, int keepDays)
{
    Entry *entry = find(path);
    if (!entry || entry->busy || keepDays < 1)
        return;
    entry->busy = true;
    m_report = tr("Pruning the archive of “%1”…").arg(entry->name);
    emit changed();
    const qint64 before = QDateTime::currentMSecsSinceEpoch() - qint64(keepDays) * 24 * 3600 * 1000;
    const QString absolute = entry->path;
    Archive *a = archive(absolute);
    keepUntilDone(absolute,
        whenDone(a->run([before](ArchiveDatabase &db) { return db.prune(before); }),
            [this, absolute, keepDays](const ArchivePruneResult &result) {
                Entry *done = find(absolute);
                if (!done)
                    return;
                done->busy = false;
                m_report = pruneReport(*done, result, keepDays);
                readStats(absolute);
                emit changed();
                emit finished(absolute, result.ok());
            }));
}

QString ArchiveMaintenance::pruneReport(
    const Entry &entry, const ArchivePruneResult &result, int keepDays) const
{
    const QLocale locale;
    if (!result.ok())
        return tr("The archive of “%1” was not pruned: %2").arg(entry.name, result.error.message);
    QString text = tr("Archive of “%1” pruned to its last %n day(s): removed %2 cluster events and %3 runs "
                      "(with %4 task runs); %5 → %6.",
        nullptr, keepDays)
                       .arg(entry.name, locale.toString(result.events), locale.toString(result.runs),
                           locale.toString(result.taskRuns), locale.formattedDataSize(result.bytesBefore),
                           locale.formattedDataSize(result.bytesAfter));
    if (!result.compactError.isEmpty())
        text += u' ' + result.compactError;
    return text;
}

void ArchiveMaintenance::remove(const QString &path)
{
    Entry *entry = find(path);
    if (!entry || entry->busy)
        return;
    entry->busy = true;
    m_report = tr("Deleting the archive of “%1”…").arg(entry->name);
    emit changed();
    const QString absolute = entry->path;
    // Everyone else in this process lets go of the file first.
    ArchiveRelease::instance()->requestRelease(absolute);
    Archive *a = archive(absolute);
    keepUntilDone(absolute,
        whenDone(a->run([absolute](ArchiveDatabase &db) {
            db.close();
            return removeFiles(absolute);
        }),
            [this, absolute](const QString &error) {
                const QString name
                    = find(absolute) ? find(absolute)->name : QFileInfo(absolute).completeBaseName();
                m_work.erase(absolute);
                m_archives.erase(absolute); // closed already: its thread is idle
                m_report = error.isEmpty()
                    ? tr("The archive of “%1” was deleted.").arg(name)
                    : tr("The archive of “%1” could not be deleted: %2").arg(name, error);
                ArchiveRelease::instance()->announceReleased(absolute);
                if (Entry *done = find(absolute))
                    done->busy = false;
                refresh();
                emit finished(absolute, error.isEmpty());
            }));
}

} // namespace brickdesk
