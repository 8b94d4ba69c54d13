// thenLater: an answer that is ready before anyone listens still arrives from the event loop.
#include "common/thenlater.h"
#include "eventwait.h"

#include <QPromise>
#include <QTest>

#include <memory>

using namespace brickdesk;

class TestThenLater final : public QObject
{
    Q_OBJECT

private slots:
    void aFinishedFutureAnswersFromTheEventLoop()
    {
        QObject context;
        int answer = 0;
        thenLater(QtFuture::makeReadyFuture(42), &context, [&answer](int v) { answer = v; });
        QCOMPARE(answer, 0); // not inside the call
        QTRY_COMPARE(answer, 42);
    }

    void aPendingFutureAnswersOnceWhenItFinishes()
    {
        QObject context;
        QPromise<int> promise;
        promise.start();
        int calls = 0;
        int answer = 0;
        thenLater(promise.future(), &context, [&](int v) {
            ++calls;
            answer = v;
        });
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
        promise.addResult(7);
        promise.finish();
        QTRY_COMPARE(answer, 7);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 1);
    }

    void nothingIsCalledOnceTheContextIsGone()
    {
        auto context = std::make_unique<QObject>();
        bool called = false;
        thenLater(QtFuture::makeReadyFuture(1), context.get(), [&called](int) { called = true; });
        context.reset(); // the queued answer goes with it
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void aContextGoneBeforeTheFutureFinishesIsNotCalled()
    {
        auto context = std::make_unique<QObject>();
        QPromise<int> promise;
        promise.start();
        bool called = false;
        thenLater(promise.future(), context.get(), [&called](int) { called = true; });
        context.reset(); // as an object closed while the archive still works for it
        promise.addResult(3);
        promise.finish(); // Qt 6.4's then(context) asserts here
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestThenLater)
#include "tst_then_later.moc"
