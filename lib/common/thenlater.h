#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>

#include <utility>

namespace brickdesk {

// fn(result) on context's thread, always from its event loop, never inside this call.
//
// Qt 6.4's future.then(context, fn) calls fn at once, inside the call that attaches it, when the
// future has already finished (a fast archive query often has). Code that asks, then changes what
// it wants before returning to the event loop, would take that early answer for the latest one.
// Like then(context), nothing is called once context is gone; unlike it, context must outlive
// the future's work (Qt 6.4 asserts otherwise).
template<typename T, typename Fn>
void thenLater(QFuture<T> future, QObject *context, Fn fn)
{
    future.then(context, [context, fn = std::move(fn)](const T &result) mutable {
        QMetaObject::invokeMethod(
            context, [fn = std::move(fn), result]() mutable { fn(result); }, Qt::QueuedConnection);
    });
}

} // namespace brickdesk
