#include "services/costanswercache.h"

#include "archive/archive.h"
#include "archive/archiverelease.h"
#include "common/thenlater.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimer>

namespace brickdesk {

namespace {
constexpr int kMemoryEntries = 64;
} // namespace

CostAnswerCache::CostAnswerCache(QObject *context)
    : m_context(context)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    // Preferences deletes the archive: let go of it, and of what came from it; the next answer
    // kept opens a new one.
    QObject::connect(
        ArchiveRelease::instance(), &ArchiveRelease::releaseRequested, context, [this](const QString &path) {
            if (m_archivePath.isEmpty()
                || QFileInfo(path).absoluteFilePath() != QFileInfo(m_archivePath).absoluteFilePath())
                return;
            m_archive.reset();
            m_memory.clear();
        });
}

CostAnswerCache::~CostAnswerCache() = default;

void CostAnswerCache::setArchivePath(const QString &path)
{
    if (path == m_archivePath)
        return;
    m_archivePath = path;
    m_archive.reset();
    m_memory.clear();
}

void CostAnswerCache::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
}

bool CostAnswerCache::isUsable(qint64 windowEndMs, qint64 fetchedAtMs, qint64 nowMs)
{
    return windowEndMs <= fetchedAtMs - kSettledAfterMs || nowMs - fetchedAtMs < kFreshForMs;
}

Archive *CostAnswerCache::archive()
{
    if (m_archivePath.isEmpty())
        return nullptr;
    if (!m_archive) {
        m_archive = std::make_unique<Archive>(m_archivePath);
        // Calls run in order: every read and write below queues behind the open. A file that
        // cannot be opened answers reads with nothing, so the warehouse is asked instead.
        m_archive->open();
    }
    return m_archive.get();
}

void CostAnswerCache::keep(const QString &key, qint64 windowEndMs, const QString &payload)
{
    const qint64 now = m_now();
    if (m_memory.size() >= kMemoryEntries)
        m_memory.erase(m_memory.begin());
    m_memory.insert(key, {now, windowEndMs, payload});
    if (Archive *a = archive())
        a->storeCachedResult(key, now, windowEndMs, payload);
}

void CostAnswerCache::lookUp(const QString &key, qint64 windowEndMs, const Answer &answer, const Fetch &fetch)
{
    const auto fetchAndKeep = [this, key, windowEndMs, answer, fetch] {
        fetch([this, key, windowEndMs, answer](const QString &payload) {
            keep(key, windowEndMs, payload);
            answer(payload, CostAnswerSource::Warehouse);
        });
    };
    if (const auto it = m_memory.constFind(key);
        it != m_memory.constEnd() && isUsable(it->windowEndMs, it->fetchedAtMs, m_now())) {
        const QString payload = it->payload;
        QTimer::singleShot(0, m_context, [answer, payload] { answer(payload, CostAnswerSource::Memory); });
        return;
    }
    Archive *a = archive();
    if (!a) {
        fetchAndKeep();
        return;
    }
    thenLater(
        a->cachedResult(key), m_context, [this, key, answer, fetchAndKeep](const ArchiveCachedResult &kept) {
            if (kept.found && isUsable(kept.windowEndMs, kept.fetchedAtMs, m_now())) {
                m_memory.insert(key, {kept.fetchedAtMs, kept.windowEndMs, kept.payload});
                answer(kept.payload, CostAnswerSource::Archive);
                return;
            }
            fetchAndKeep();
        });
}

} // namespace brickdesk
