#pragma once

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace brickdesk {

class Archive;

// Where an answer came from: the warehouse just now, or a cache.
enum class CostAnswerSource { Warehouse, Memory, Archive, None };

// Answers of statements on a SQL warehouse (as text payloads), kept in memory and, with an
// archive path, in the workspace's archive, so that reopening a view runs no statement, also
// after a restart. The rule for when a kept answer is stale (billing records arrive up to
// about 12 hours late):
// - a window that had ended a day or more before the answer was fetched is settled: its
//   answer is kept for good;
// - any other answer is reused for an hour after it was fetched, then asked again.
// Callers align windows (to the hour) so that the same window, and key, comes back.
class CostAnswerCache final
{
public:
    static constexpr qint64 kSettledAfterMs = 24 * 3'600'000LL;
    static constexpr qint64 kFreshForMs = 3'600'000LL;

    using Answer = std::function<void(const QString &payload, CostAnswerSource source)>;
    using Keep = std::function<void(const QString &payload)>;
    using Fetch = std::function<void(const Keep &keep)>;

    // Answers are given on `context`'s thread, from its event loop.
    explicit CostAnswerCache(QObject *context);
    ~CostAnswerCache();
    CostAnswerCache(const CostAnswerCache &) = delete;
    CostAnswerCache &operator=(const CostAnswerCache &) = delete;

    // The workspace's archive file; empty: answers are kept in memory only.
    void setArchivePath(const QString &path);
    QString archivePath() const { return m_archivePath; }
    // For tests: what "now" is (ms since the epoch).
    void setClock(std::function<qint64()> now);
    qint64 now() const { return m_now(); }

    static bool isUsable(qint64 windowEndMs, qint64 fetchedAtMs, qint64 nowMs);

    // answer(payload, source) with a usable kept answer for `key`; else fetch(keep), and what
    // the fetch keeps is kept and answered. A fetch that fails answers on its own (nothing kept).
    void lookUp(const QString &key, qint64 windowEndMs, const Answer &answer, const Fetch &fetch);

private:
    struct Kept
    {
        qint64 fetchedAtMs = 0;
        qint64 windowEndMs = 0;
        QString payload;
    };

    void keep(const QString &key, qint64 windowEndMs, const QString &payload);
    Archive *archive();

    QObject *m_context;
    std::function<qint64()> m_now;
    QString m_archivePath;
    std::unique_ptr<Archive> m_archive;
    QHash<QString, Kept> m_memory;
};

} // namespace brickdesk
