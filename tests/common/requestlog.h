#pragma once

#include "api/apireply.h"
#include "api/connection.h"
#include "emulator/workspaceemulator.h"
#include "eventwait.h"

#include <QObject>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::test {

// What the emulator answered, in order, as "METHOD /path" — for tests that prove an action
// sent nothing (a declined confirmation, a hidden view that stopped polling) without waiting
// a fixed time and hoping a request would have arrived by then.
//
//   test::RequestLog log(fixture.emulator());
//   page->deleteAction()->trigger();            // the user declines
//   QVERIFY(log.settle(*connection));           // a later request was served, nothing is in flight
//   QCOMPARE(log.count(u"POST"_s), 0);
class RequestLog final
{
public:
    explicit RequestLog(brickdesk::emulator::WorkspaceEmulator &emulator)
    {
        QObject::connect(&emulator, &brickdesk::emulator::WorkspaceEmulator::requestServed, &m_context,
            [this](
                const QString &method, const QString &path, int) { m_entries.append(method + u' ' + path); });
    }

    QStringList entries() const { return m_entries; }
    void clear() { m_entries.clear(); }
    // Entries that start with `prefix` ("POST", "GET /api/2.1/jobs/runs/get").
    int count(const QString &prefix) const
    {
        int n = 0;
        for (const QString &entry : m_entries)
            n += entry.startsWith(prefix) ? 1 : 0;
        return n;
    }

    // Sends a marker request (GET jobs/list, limit 1) through `connection` and waits until it
    // has been answered and the connection has nothing else in flight. Whatever the code under
    // test had sent through that connection before the marker has then reached the emulator
    // and is in entries(). The marker itself is taken out of the log again.
    bool settle(brickdesk::Connection &connection, int timeoutMs = 20'000)
    {
        brickdesk::JobsListParams params;
        params.limit = 1;
        brickdesk::ApiReply *reply = connection.jobs().list(params);
        reply->setAutoDelete(false);
        const bool answered
            = reply->isFinished() || QSignalSpy(reply, &brickdesk::ApiReply::finished).wait(timeoutMs);
        const bool ok = answered && !reply->hasError();
        delete reply;
        if (!ok || !brickdesk::test::waitFor([&] { return connection.activeRequests() == 0; }, timeoutMs))
            return false;
        const qsizetype marker = m_entries.lastIndexOf(u"GET "_s + jobsListPath(connection));
        if (marker >= 0)
            m_entries.removeAt(marker);
        return true;
    }

private:
    static QString jobsListPath(const brickdesk::Connection &connection)
    {
        return connection.jobsApiVersion() == brickdesk::Connection::JobsApiVersion::V2_1
            ? u"/api/2.1/jobs/list"_s
            : u"/api/2.2/jobs/list"_s;
    }

    QObject m_context;
    QStringList m_entries;
};

} // namespace brickdesk::test
