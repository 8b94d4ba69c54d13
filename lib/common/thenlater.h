#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <utility>

namespace brickdesk {

// fn(result) on context's thread, always from its event loop, never inside this call; nothing
// is called once context is gone, whether it goes before or after the future finishes.
//
// Not future.then(context, fn), for two reasons. Qt 6.4 calls that fn at once, inside the call
// that attaches it, when the future has already finished (a fast archive query often has): code
// that asks, then changes what it wants before returning to the event loop, would take that
// early answer for the latest one. And Qt 6.4 asserts when context is gone before the future
// finishes (an object closed while the archive still writes what it asked for).
template<typename T, typename Fn>
void thenLater(QFuture<T> future, QObject *context, Fn fn)
{
    future.then(QtFuture::Launch::Sync,
        [context = QPointer<QObject>(context), fn = std::move(fn)](const T &result) mutable {
            if (QObject *alive = context.data())
                QMetaObject::invokeMethod(
                    alive, [fn = std::move(fn), result]() mutable { fn(result); }, Qt::QueuedConnection);
        });
}

} // namespace brickdesk
