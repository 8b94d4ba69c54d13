#include "services/archivesearchservice.h"

#include "api/connection.h"
#include "archive/archive.h"
#include "archive/archiverelease.h"
#include "common/thenlater.h"
#include "models/archivesearchmodel.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

constexpr qint64 kDayMs = 86'400'000;

} // namespace

ArchiveSearchService::ArchiveSearchService(QObject *parent)
    : QObject(parent)
    , m_model(new ArchiveSearchModel(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setObjectName(u"archiveSearchDebounce"_s);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ArchiveSearchService::searchNow);
    // Preferences deletes an archive: let go of the file, then show that it is gone.
    const auto mine = [this](const QString &path) {
        return !m_path.isEmpty()
            && QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath();
    };
    connect(ArchiveRelease::instance(), &ArchiveRelease::releaseRequested, this,
        [this, mine](const QString &path) {
            if (mine(path)) {
                closeArchive();
                m_model->clear();
            }
        });
    connect(ArchiveRelease::instance(), &ArchiveRelease::released, this, [this, mine](const QString &path) {
        if (mine(path))
            refresh();
    });
}

ArchiveSearchService::~ArchiveSearchService()
{
    // The sync writes to the archive: it goes first.
    closeArchive();
}

void ArchiveSearchService::setArchivePath(const QString &path)
{
    if (path == m_path)
        return;
    closeArchive();
    m_path = path;
    m_model->clear();
    wantedChanged();
    searchNow();
}

void ArchiveSearchService::setConnection(Connection *connection)
{
    if (connection == m_connection)
        return;
    cancelSync();
    m_connection = connection;
    emit syncChanged();
}

void ArchiveSearchService::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    wantedChanged();
}

void ArchiveSearchService::setSinceDays(int days)
{
    if (days == m_sinceDays)
        return;
    m_sinceDays = days;
    wantedChanged();
    searchNow();
}

void ArchiveSearchService::setKinds(ArchiveSearchRequest::Kinds kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    wantedChanged();
    searchNow();
}

void ArchiveSearchService::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

ArchiveSearchRequest ArchiveSearchService::request() const
{
    ArchiveSearchRequest r;
    r.text = m_text;
    r.limit = m_limit;
    r.kinds = m_kinds;
    r.prefixLastWord = true;
    r.matchStart = QString(ArchiveSearchModel::MatchStart);
    r.matchEnd = QString(ArchiveSearchModel::MatchEnd);
    if (m_sinceDays > 0)
        r.sinceMs = QDateTime::currentMSecsSinceEpoch() - m_sinceDays * kDayMs;
    return r;
}

// What is wanted changed: every answer to what was wanted before is stale from now on.
void ArchiveSearchService::wantedChanged()
{
    ++m_version;
    m_debounce->stop();
    if (!openArchive()) {
        m_model->clear();
        setState(m_openError.isEmpty() ? State::NoArchive : State::Failed);
        return;
    }
    if (m_text.trimmed().isEmpty()) {
        m_model->clear();
        setState(m_empty ? State::NoArchive : State::Idle);
        return;
    }
    setState(State::Searching);
    m_debounce->start();
}

bool ArchiveSearchService::openArchive()
{
    if (m_archive)
        return m_openError.isEmpty();
    // Looking never creates an archive: only a sync does.
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return false;
    createArchive();
    readContents();
    return true;
}

void ArchiveSearchService::createArchive()
{
    m_archive = std::make_unique<Archive>(m_path);
    m_openError.clear();
    const quint64 epoch = ++m_epoch;
    thenLater(m_archive->open(), this, [this, epoch](const ArchiveOpenResult &result) {
        if (epoch != m_epoch)
            return;
        if (!result.ok()) {
            m_openError = result.message.isEmpty() ? tr("The archive could not be opened.") : result.message;
            m_model->clear();
            setState(State::Failed);
            return;
        }
        // A damaged file moved aside, or a migration: worth saying.
        m_notice = result.message;
    });
}

void ArchiveSearchService::readContents()
{
    const quint64 epoch = m_epoch;
    thenLater(m_archive->run([](ArchiveDatabase &db) {
        Contents c;
        c.jobs = db.jobIds().size();
        c.runs = db.runCount();
        c.syncedMs = db.meta(ArchiveSync::runsSyncedKey()).toLongLong();
        return c;
    }),
        this, [this, epoch](const Contents &c) {
            if (epoch != m_epoch)
                return;
            // Counts as "label: n", which reads right for any n without plural forms (English
            // has no translation file to give them).
            const QLocale locale;
            const QString what
                = tr("Archived jobs: %1 · runs: %2").arg(locale.toString(c.jobs), locale.toString(c.runs));
            if (c.jobs == 0 && c.runs == 0)
                m_archiveText.clear();
            else if (c.syncedMs > 0)
                m_archiveText = tr("%1 · last synced %2")
                                    .arg(what,
                                        locale.toString(QDateTime::fromMSecsSinceEpoch(c.syncedMs),
                                            QLocale::ShortFormat));
            else
                m_archiveText = tr("%1 · never synced in full").arg(what);
            if (!m_notice.isEmpty())
                m_archiveText = m_notice + u' ' + m_archiveText;
            m_empty = c.jobs == 0 && c.runs == 0;
            if (m_empty && m_state != State::Failed) {
                m_model->clear();
                setState(State::NoArchive);
            }
            emit statusChanged();
        });
}

void ArchiveSearchService::searchNow()
{
    m_debounce->stop();
    if (!m_archive || !m_openError.isEmpty() || m_text.trimmed().isEmpty())
        return;
    issue();
}

void ArchiveSearchService::issue()
{
    // One search at a time: typing faster than the archive answers asks once more, for the
    // latest text, when the running one is done.
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    m_again = false;
    ++m_sent;
    const quint64 epoch = m_epoch;
    const quint64 version = m_version;
    thenLater(m_archive->search(request()), this,
        [this, epoch, version](const ArchiveSearchResult &result) { answered(epoch, version, result); });
}

void ArchiveSearchService::answered(quint64 epoch, quint64 version, const ArchiveSearchResult &result)
{
    if (epoch != m_epoch)
        return; // from an archive closed since
    m_inFlight = false;
    if (version != m_version) {
        // Stale: the text or the filters changed while it ran.
        if (m_again)
            issue();
        return;
    }
    m_again = false;
    if (!m_openError.isEmpty())
        return;
    if (!result.ok()) {
        m_searchError = result.error.message;
        m_model->clear();
        setState(State::Failed);
        return;
    }
    m_searchError.clear();
    m_model->setHits(result.hits);
    setState(m_empty && result.hits.isEmpty() ? State::NoArchive : State::Found);
}

void ArchiveSearchService::refresh()
{
    if (m_archive && !m_openError.isEmpty() && !m_sync)
        closeArchive(); // try again: the reason may be gone
    if (!m_archive) {
        wantedChanged(); // the file may exist now
        searchNow();
        return;
    }
    readContents();
    if (m_text.trimmed().isEmpty())
        return;
    // Quietly: the answer replaces the results only if it differs.
    ++m_version;
    issue();
}

void ArchiveSearchService::setState(State state)
{
    m_state = state;
    emit statusChanged();
}

QString ArchiveSearchService::statusText() const
{
    switch (m_state) {
    case State::NoArchive:
        return tr("No archive for this workspace yet — run a sync.");
    case State::Idle:
        return tr("Type words to find in archived jobs (names, tags, paths, parameters, cluster settings) "
                  "and run errors.");
    case State::Searching:
        return tr("Searching…");
    case State::Found: {
        const int n = m_model->rowCount();
        if (n == 0)
            return tr("No results.");
        const QString count = QLocale().toString(n);
        if (n >= m_limit)
            return tr("The best %1 results; add words to narrow the search.").arg(count);
        return n == 1 ? tr("1 result") : tr("%1 results").arg(count);
    }
    case State::Failed:
        return m_openError.isEmpty() ? m_searchError : m_openError;
    }
    return {};
}

bool ArchiveSearchService::canSync() const
{
    return m_connection && !m_path.isEmpty() && !m_sync;
}

void ArchiveSearchService::startSync()
{
    if (!canSync())
        return;
    if (!m_archive)
        createArchive(); // the first sync creates the file
    ArchiveSync::Options options;
    options.clusters = false; // events are per cluster and many: `brickdesk sync` or the cluster's own view
    options.jobs = true;
    m_sync = new ArchiveSync(m_connection, m_archive.get(), options, this);
    connect(m_sync, &ArchiveSync::counted, this, [this](qint64 jobs, qint64 runs) {
        const QLocale locale;
        m_syncText = tr("Syncing… fetched so far: jobs %1 · runs %2")
                         .arg(locale.toString(jobs), locale.toString(runs));
        emit syncChanged();
    });
    connect(m_sync, &ArchiveSync::finished, this, &ArchiveSearchService::syncFinished);
    m_syncText = tr("Syncing jobs and runs…");
    emit syncChanged();
    // After the open (calls run in order): a file that cannot be opened is said so once, not
    // as one error per page.
    const quint64 epoch = m_epoch;
    thenLater(
        m_archive->run([](ArchiveDatabase &db) { return db.isOpen(); }), this, [this, epoch](bool open) {
            if (epoch != m_epoch || !m_sync)
                return;
            if (open) {
                m_sync->start();
                return;
            }
            if (m_openError.isEmpty()) // said by the open's answer, which came first
                m_openError = tr("The archive could not be opened.");
            ArchiveSync::Summary failed;
            failed.errors.append(m_openError);
            syncFinished(failed);
        });
}

void ArchiveSearchService::cancelSync()
{
    if (!m_sync)
        return;
    if (m_sync->isRunning()) {
        m_sync->cancel(); // finished(), with what was fetched kept
        return;
    }
    // Not started yet (the archive is still opening): nothing was fetched.
    ArchiveSync::Summary cancelled;
    cancelled.cancelled = true;
    syncFinished(cancelled);
}

void ArchiveSearchService::syncFinished(const ArchiveSync::Summary &summary)
{
    const QLocale locale;
    if (summary.cancelled)
        m_syncText = tr("Sync cancelled; what was fetched is kept.");
    else if (!summary.errors.isEmpty())
        m_syncText = tr("The sync did not complete: %1").arg(summary.errors.join(u"; "_s));
    else
        m_syncText = tr("Synced jobs: %1 (new versions of settings: %2) · runs: %3 (new: %4)")
                         .arg(locale.toString(summary.jobsSeen), locale.toString(summary.jobVersionsAdded),
                             locale.toString(summary.runsSeen), locale.toString(summary.runsAdded));
    // Not deleted here (this runs inside its finished() signal), nor before the archive has
    // answered the writes it asked for: calls run in order, so after this one.
    ArchiveSync *done = std::exchange(m_sync, nullptr);
    done->disconnect(this);
    if (m_archive)
        thenLater(
            m_archive->run([](ArchiveDatabase &) { return true; }), this, [done](bool) { delete done; });
    else
        done->deleteLater();
    emit syncChanged();
    if (!m_archive)
        return;
    if (m_openError.isEmpty())
        readContents();
    wantedChanged();
    searchNow();
}

void ArchiveSearchService::closeArchive()
{
    ArchiveSync *sync = std::exchange(m_sync, nullptr);
    if (sync) {
        sync->disconnect(this);
        sync->cancel();
    }
    // Waits for what was asked of the archive, the sync's writes too (it is still there to be
    // answered); only then the sync goes.
    m_archive.reset();
    delete sync;
    if (sync) {
        m_syncText.clear();
        emit syncChanged();
    }
    ++m_epoch;
    m_inFlight = false;
    m_again = false;
    m_empty = false;
    m_openError.clear();
    m_searchError.clear();
    m_notice.clear();
    m_archiveText.clear();
}

} // namespace brickdesk
