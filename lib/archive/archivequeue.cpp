#include "archivequeue.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

int index(ArchiveQueue::Lane lane)
{
    return lane == ArchiveQueue::Lane::Main ? 0 : 1;
}

} // namespace

ArchiveQueue::ArchiveQueue(const QString &name, std::function<void()> releaseBulk)
    : m_releaseBulk(std::move(releaseBulk))
{
    for (const Lane lane : {Lane::Main, Lane::Bulk}) {
        auto &thread = m_threads[index(lane)];
        thread.reset(QThread::create([this, lane] { loop(lane); }));
        thread->setObjectName(lane == Lane::Main ? name : name + u"-bulk"_s);
        thread->start(lane == Lane::Main ? QThread::InheritPriority : QThread::IdlePriority);
    }
}

ArchiveQueue::~ArchiveQueue()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        wakeNext();
    }
    for (const auto &thread : m_threads)
        thread->wait();
}

void ArchiveQueue::post(Lane lane, Task task)
{
    const std::lock_guard lock(m_mutex);
    m_tasks.push_back({lane, std::move(task)});
    if (lane == Lane::Main)
        ++m_mainQueued;
    wakeNext();
}

ArchiveQueue::Next ArchiveQueue::next(Lane thread) const
{
    if (m_busy)
        return Next::Wait;
    if (m_tasks.empty()) {
        if (!m_stopping)
            return Next::Wait;
        if (thread == Lane::Bulk && m_bulkHolds)
            return Next::Release;
        return Next::Stop;
    }
    const Lane front = m_tasks.front().lane;
    if (thread == Lane::Main) {
        // A Main task once the Bulk thread has let go; a Bulk task that a Main task waits for.
        if (front == Lane::Main)
            return m_bulkHolds ? Next::Wait : Next::Run;
        return m_mainQueued > 0 ? Next::Run : Next::Wait;
    }
    if (front == Lane::Main)
        return m_bulkHolds ? Next::Release : Next::Wait;
    return m_mainQueued == 0 ? Next::Run : Next::Wait;
}

void ArchiveQueue::wakeNext()
{
    for (const Lane thread : {Lane::Main, Lane::Bulk}) {
        if (next(thread) != Next::Wait)
            m_wake[index(thread)].notify_one();
    }
}

void ArchiveQueue::loop(Lane thread)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        Next what = Next::Wait;
        m_wake[index(thread)].wait(lock, [&] { return (what = next(thread)) != Next::Wait; });
        if (what == Next::Stop)
            return;
        Task task;
        if (what == Next::Run) {
            if (m_tasks.front().lane == Lane::Main)
                --m_mainQueued;
            task = std::move(m_tasks.front().task);
            m_tasks.pop_front();
        }
        m_busy = true;
        lock.unlock();
        if (what == Next::Run)
            task(thread);
        else if (m_releaseBulk)
            m_releaseBulk();
        task = nullptr; // what it captured goes before the next task starts
        lock.lock();
        m_busy = false;
        if (thread == Lane::Bulk)
            m_bulkHolds = what == Next::Run;
        wakeNext();
    }
}

} // namespace brickdesk
