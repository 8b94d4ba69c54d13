// ArchiveQueue: tasks of both lanes run one at a time in the order posted; Bulk tasks run at
// idle priority unless a Main task waits behind them, then the Main thread runs them; the
// Bulk thread lets go (releaseBulk) before a Main task and before it stops.
#include "archive/archivequeue.h"

#include <QFuture>
#include <QPromise>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

#ifdef Q_OS_LINUX
#include <sched.h>
#endif

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

using Lane = ArchiveQueue::Lane;

namespace {

// What ran, in order: "M3" (task 3, run by the Main thread), "B4", "release".
class Journal
{
public:
    void add(const QString &entry)
    {
        const std::lock_guard lock(m_mutex);
        m_entries.append(entry);
    }
    QStringList entries() const
    {
        const std::lock_guard lock(m_mutex);
        return m_entries;
    }

private:
    mutable std::mutex m_mutex;
    QStringList m_entries;
};

QString ran(int task, Lane thread)
{
    return (thread == Lane::Main ? u"M"_s : u"B"_s) + QString::number(task);
}

// A future that a task of `lane` finishes with what fn() returns there.
template<typename Fn>
auto posted(ArchiveQueue &queue, Lane lane, Fn fn)
{
    using T = std::invoke_result_t<Fn, Lane>;
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    queue.post(lane, [promise, fn](Lane thread) {
        promise->addResult(fn(thread));
        promise->finish();
    });
    return future;
}

} // namespace

class TestArchiveQueue final : public QObject
{
    Q_OBJECT

private slots:
    void tasksRunOneAtATimeInTheOrderPosted();
    void bulkTasksRunAtIdlePriorityOnTheirOwnThread();
    void aMainTaskBehindBulkTasksHasTheMainThreadRunThem();
    void bulkThreadLetsGoBeforeAMainTaskAndBeforeItStops();
    void everyTaskPostedRunsBeforeTheQueueIsGone();
};

void TestArchiveQueue::tasksRunOneAtATimeInTheOrderPosted()
{
    std::vector<int> order;
    std::atomic<int> running = 0;
    std::atomic<int> overlaps = 0;
    constexpr int Tasks = 2000;
    {
        ArchiveQueue queue(u"t"_s);
        QRandomGenerator random(7);
        for (int i = 0; i < Tasks; ++i) {
            // Several threads posting in turn would not say which order was meant: one does.
            const Lane lane = random.bounded(3) == 0 ? Lane::Main : Lane::Bulk;
            queue.post(lane, [&, i](Lane) {
                if (running.fetch_add(1) != 0)
                    ++overlaps;
                order.push_back(i); // unguarded on purpose: tasks never overlap
                if (i % 97 == 0)
                    QThread::usleep(200); // let posts pile up behind a slow task
                running.fetch_sub(1);
            });
        }
    }
    QCOMPARE(overlaps.load(), 0);
    QCOMPARE(int(order.size()), Tasks);
    for (int i = 0; i < Tasks; ++i)
        QCOMPARE(order[size_t(i)], i);
}

void TestArchiveQueue::bulkTasksRunAtIdlePriorityOnTheirOwnThread()
{
    ArchiveQueue queue(u"prio"_s);
    struct Where
    {
        QThread *thread = nullptr;
        QString name;
        Lane ranBy = Lane::Main;
        int policy = -1;
    };
    const auto where = [](Lane thread) {
        Where w;
        w.thread = QThread::currentThread();
        w.name = w.thread->objectName();
        w.ranBy = thread;
#ifdef Q_OS_LINUX
        w.policy = sched_getscheduler(0);
#endif
        return w;
    };
    // Waited for one by one: a Main task posted behind a Bulk one would take it over.
    const Where bulk = posted(queue, Lane::Bulk, where).result();
    const Where main = posted(queue, Lane::Main, where).result();
    QCOMPARE(bulk.ranBy, Lane::Bulk);
    QCOMPARE(main.ranBy, Lane::Main);
    QVERIFY(bulk.thread != main.thread);
    QVERIFY(bulk.thread != QThread::currentThread() && main.thread != QThread::currentThread());
    QCOMPARE(main.name, u"prio"_s);
    QCOMPARE(bulk.name, u"prio-bulk"_s);
#ifdef Q_OS_LINUX
    QCOMPARE(bulk.policy, SCHED_IDLE);
    QCOMPARE(main.policy, SCHED_OTHER);
#endif
}

void TestArchiveQueue::aMainTaskBehindBulkTasksHasTheMainThreadRunThem()
{
    Journal journal;
    QSemaphore started;
    QSemaphore proceed;
    ArchiveQueue queue(u"steal"_s);
    queue.post(Lane::Bulk, [&](Lane thread) {
        journal.add(ran(1, thread));
        started.release();
        proceed.acquire();
    });
    QVERIFY(started.tryAcquire(1, 10'000)); // task 1 runs on the Bulk thread, nobody waiting
    for (int task = 2; task <= 4; ++task)
        queue.post(Lane::Bulk, [&, task](Lane thread) { journal.add(ran(task, thread)); });
    QFuture<bool> waited = posted(queue, Lane::Main, [&](Lane thread) {
        journal.add(ran(5, thread));
        return true;
    });
    proceed.release();
    QVERIFY(waited.result());
    // Task 1 was already running; 2 to 4 had a Main task behind them.
    QCOMPARE(journal.entries(), (QStringList {u"B1"_s, u"M2"_s, u"M3"_s, u"M4"_s, u"M5"_s}));

    // With nobody waiting again, Bulk tasks go back to the Bulk thread.
    QCOMPARE(posted(queue, Lane::Bulk, [](Lane thread) { return thread; }).result(), Lane::Bulk);
}

void TestArchiveQueue::bulkThreadLetsGoBeforeAMainTaskAndBeforeItStops()
{
    Journal journal;
    std::atomic<QThread *> releasedOn = nullptr;
    std::atomic<QThread *> bulkThread = nullptr;
    {
        ArchiveQueue queue(u"rel"_s, [&] {
            releasedOn = QThread::currentThread();
            journal.add(u"release"_s);
        });
        posted(queue, Lane::Bulk, [&](Lane thread) {
            bulkThread = QThread::currentThread();
            journal.add(ran(1, thread));
            return true;
        }).waitForFinished();
        QVERIFY(journal.entries().size() == 1); // idle: holding on is fine until a Main task comes
        posted(queue, Lane::Main, [&](Lane thread) {
            journal.add(ran(2, thread));
            return true;
        }).waitForFinished();
        posted(queue, Lane::Main, [&](Lane thread) {
            journal.add(ran(3, thread)); // nothing to let go of since the last time
            return true;
        }).waitForFinished();
        posted(queue, Lane::Bulk, [&](Lane thread) {
            journal.add(ran(4, thread));
            return true;
        }).waitForFinished();
    }
    QCOMPARE(
        journal.entries(), (QStringList {u"B1"_s, u"release"_s, u"M2"_s, u"M3"_s, u"B4"_s, u"release"_s}));
    QCOMPARE(releasedOn.load(), bulkThread.load());
}

void TestArchiveQueue::everyTaskPostedRunsBeforeTheQueueIsGone()
{
    std::atomic<int> done = 0;
    {
        ArchiveQueue queue(u"end"_s);
        for (int i = 0; i < 100; ++i) {
            queue.post(i % 2 ? Lane::Main : Lane::Bulk, [&](Lane) {
                QThread::usleep(100);
                ++done;
            });
        }
    }
    QCOMPARE(done.load(), 100);
}

QTEST_GUILESS_MAIN(TestArchiveQueue)
#include "tst_archive_queue.moc"
