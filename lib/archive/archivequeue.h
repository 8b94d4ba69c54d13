#pragma once

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace brickdesk {

// The archive's work, run one task at a time in the order it was posted, on two threads:
//  - Main, at normal priority: what somebody waits for (reads, opening, small writes);
//  - Bulk, at the lowest priority the system has (Linux: SCHED_IDLE): work nobody waits for
//    yet, such as the events a sync writes page after page, which then never takes a core
//    from the fetch that feeds it, nor from anything else the user runs.
// A Bulk task is run by the Main thread instead as soon as a Main task is queued behind it:
// somebody waits for it then, and must not wait for an idle-priority thread on a busy machine.
// So a task learns which thread runs it (each has its own SQLite connection).
//
// Tasks never overlap, so each sees everything every earlier task did, whichever thread ran
// it. `releaseBulk` runs on the Bulk thread after it ran tasks and before the next Main task
// (and before the threads stop): the archive closes the Bulk thread's connection there, so
// that what a Main task does to the file (close it, delete it, move a damaged one aside) meets
// no other connection of this process.
class ArchiveQueue final
{
public:
    enum class Lane { Main, Bulk };
    using Task = std::function<void(Lane ranBy)>;

    explicit ArchiveQueue(const QString &name, std::function<void()> releaseBulk = {});
    ~ArchiveQueue(); // runs every task posted, then stops the threads
    ArchiveQueue(const ArchiveQueue &) = delete;
    ArchiveQueue &operator=(const ArchiveQueue &) = delete;

    // From any thread.
    void post(Lane lane, Task task);

private:
    struct Posted
    {
        Lane lane;
        Task task;
    };
    enum class Next { Wait, Run, Release, Stop };

    void loop(Lane thread);
    Next next(Lane thread) const; // m_mutex held
    void wakeNext();

    std::mutex m_mutex;
    std::condition_variable m_wake[2]; // by thread
    std::deque<Posted> m_tasks;
    int m_mainQueued = 0; // Main tasks in m_tasks
    std::function<void()> m_releaseBulk;
    bool m_busy = false; // a task (or the release) is running
    bool m_bulkHolds = false; // the Bulk thread ran tasks since its last release
    bool m_stopping = false;
    std::unique_ptr<QThread> m_threads[2];
};

} // namespace brickdesk
