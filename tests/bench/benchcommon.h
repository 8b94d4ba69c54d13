#pragma once

// Small helpers shared by the API benchmarks (header-only, included by bench_*.cpp).

#include "emulator/emulatorthread.h"
#include "emulator/workspaceemulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <malloc.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::bench {

inline void setLatency(emulator::EmulatorThread &thread, int ms)
{
    QMetaObject::invokeMethod(
        thread.emulator(), [emu = thread.emulator(), ms] { emu->setLatency(ms); },
        Qt::BlockingQueuedConnection);
}

// Resident set size of this process in bytes (Linux).
inline qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

// Heap bytes in use (malloc'd, including large mmap'd blocks): steadier than RSS, which
// does not shrink when memory is freed and reused.
inline qint64 heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

// Runs the event loop until done() is true or the timeout passes, asleep while there is
// nothing to do. (processEvents(flags, maxTime) never sleeps: it drops WaitForMoreEvents, and
// a loop around it keeps a core busy that the emulator and the code measured need.)
inline bool spinUntil(const std::function<bool()> &done, int timeoutMs = 600'000)
{
    QElapsedTimer clock;
    clock.start();
    QTimer wake; // the wait ends at least this often to look at the clock
    wake.start(50);
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// One request with a bare QNetworkAccessManager, as a hand-written loop would do it.
inline QJsonObject bareRequest(QNetworkAccessManager &network, const QUrl &url, const QString &token,
    const QByteArray &postBody = {}, qint64 *bytes = nullptr)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = nullptr;
    if (postBody.isNull()) {
        reply = network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = network.post(request, postBody);
    }
    spinUntil([reply] { return reply->isFinished(); });
    const QByteArray body = reply->readAll();
    if (bytes)
        *bytes += body.size();
    if (reply->error() != QNetworkReply::NoError)
        std::fprintf(stderr, "bare request failed: %s\n", qPrintable(reply->errorString()));
    reply->deleteLater();
    return QJsonDocument::fromJson(body).object();
}

inline void line(const char *format, auto... args)
{
    std::printf(format, args...);
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace brickdesk::bench
