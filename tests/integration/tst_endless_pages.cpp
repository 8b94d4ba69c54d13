// Pagination against a server that never reaches an end, over real loopback sockets: pages
// with nothing on them, each naming a fresh page token, forever. The walk stops with a clear
// error after a bounded number of requests, and the items that did arrive are all delivered.
#include "api/apireply.h"
#include "api/connection.h"
#include "api/jobsapi.h"
#include "api/pagetokenguard.h"
#include "api/pagination.h"
#include "auth/statictokenprovider.h"
#include "eventqueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

using namespace brickdesk;
using Kind = ApiError::Kind;

namespace {

// Answers GET jobs/list and jobs/get. The first `fullPages` pages carry one job (or task)
// each; after them every page is empty. Every page but the `lastPage`-th names a fresh,
// never repeated page token (lastPage <= 0: there is no last page).
class EndlessPagesServer final : public QTcpServer
{
public:
    EndlessPagesServer(int fullPages, int lastPage)
        : m_fullPages(fullPages)
        , m_lastPage(lastPage)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
    int requests = 0;
    QStringList tokensReceived;

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &head = m_heads[socket];
        head += socket->readAll();
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray requestLine = head.left(head.indexOf("\r\n"));
        head.remove(0, end + 4);
        const QUrl target(QString::fromLatin1(requestLine.split(' ').value(1)));
        const QString token = QUrlQuery(target).queryItemValue(u"page_token"_s);
        if (!token.isEmpty())
            tokensReceived.append(token);
        const int page = ++requests;
        const bool full = page <= m_fullPages;
        QJsonObject body;
        if (target.path().endsWith(u"/jobs/get"_s)) {
            QJsonArray tasks;
            if (full)
                tasks.append(QJsonObject {{u"task_key"_s, u"t%1"_s.arg(page)}});
            body
                = {{u"job_id"_s, 7}, {u"settings"_s, QJsonObject {{u"name"_s, u"j"_s}, {u"tasks"_s, tasks}}}};
        } else {
            QJsonArray jobs;
            if (full)
                jobs.append(QJsonObject {{u"job_id"_s, page}});
            body = {{u"jobs"_s, jobs}};
        }
        if (page != m_lastPage)
            body.insert(u"next_page_token"_s, u"fresh-%1"_s.arg(page));
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(bytes.size()) + "\r\n\r\n" + bytes);
    }

    int m_fullPages;
    int m_lastPage;
    QHash<QTcpSocket *, QByteArray> m_heads;
};

} // namespace

class TestEndlessPages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void emptyPagesWithFreshTokensStopWithAnError();
    void someEmptyPagesInARowAreStillFollowed();
    void jobArraysPagedWithoutEndFail();

private:
    std::shared_ptr<StaticTokenProvider> m_provider = std::make_shared<StaticTokenProvider>(u"t"_s);
};

void TestEndlessPages::emptyPagesWithFreshTokensStopWithAnError()
{
    EndlessPagesServer server(3, 0);
    QVERIFY(server.isListening());
    Connection connection(server.url(), m_provider);
    std::unique_ptr<PageFetcher> fetcher(PageFetcher::jobs(&connection, {}));
    QList<qint64> jobIds;
    connect(fetcher.get(), &PageFetcher::page, this, [&jobIds](const QJsonObject &page) {
        for (const QJsonValue &job : page.value(u"jobs"_s).toArray())
            jobIds.append(job.toObject().value(u"job_id"_s).toInteger());
    });
    QSignalSpy failed(fetcher.get(), &PageFetcher::failed);
    QSignalSpy finished(fetcher.get(), &PageFetcher::finished);
    fetcher->start();
    QVERIFY(failed.wait(20'000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind(), Kind::BadResponse);
    QVERIFY2(error.userMessage().contains(u"empty pages"_s), qPrintable(error.userMessage()));
    QCOMPARE(finished.count(), 0);
    // Nothing lost: every job the server did send was delivered.
    QCOMPARE(jobIds, (QList<qint64> {1, 2, 3}));
    // Bounded: the three pages with a job, then the empty ones up to the bound.
    QCOMPARE(server.requests, 3 + PageTokenGuard::kMaxEmptyPagesInARow + 1);
    QCOMPARE(fetcher->itemCount(), 3);
    // Nothing more is asked for once it failed.
    QVERIFY(test::drainEventQueue());
    QCOMPARE(server.requests, 3 + PageTokenGuard::kMaxEmptyPagesInARow + 1);
}

void TestEndlessPages::someEmptyPagesInARowAreStillFollowed()
{
    // One job, then as many empty pages as the bound allows, then the last page.
    const int last = 1 + PageTokenGuard::kMaxEmptyPagesInARow + 1;
    EndlessPagesServer server(1, last);
    Connection connection(server.url(), m_provider);
    std::unique_ptr<PageFetcher> fetcher(PageFetcher::jobs(&connection, {}));
    QSignalSpy failed(fetcher.get(), &PageFetcher::failed);
    QSignalSpy finished(fetcher.get(), &PageFetcher::finished);
    fetcher->start();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(fetcher->isComplete());
    QCOMPARE(server.requests, last);
    QCOMPARE(fetcher->itemCount(), 1);
}

void TestEndlessPages::jobArraysPagedWithoutEndFail()
{
    // jobs/get pages a job's tasks (2.2): two pages with a task, then empty ones forever.
    EndlessPagesServer server(2, 0);
    Connection connection(server.url(), m_provider);
    ApiReply *reply = connection.jobs().getComplete(7);
    reply->setAutoDelete(false);
    QSignalSpy done(reply, &ApiReply::finished);
    QVERIFY(done.wait(20'000));
    QVERIFY(reply->hasError());
    QCOMPARE(reply->error().kind(), Kind::BadResponse);
    QCOMPARE(server.requests, 2 + PageTokenGuard::kMaxEmptyPagesInARow + 1);
    delete reply;
}

QTEST_GUILESS_MAIN(TestEndlessPages)
#include "tst_endless_pages.moc"
