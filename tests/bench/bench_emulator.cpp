// How fast the emulator serves pages on loopback, so client benchmarks can tell server time
// from client time. The emulator runs in its own thread (EmulatorThread); a plain
// QNetworkAccessManager on the main thread fetches sequentially, one request in flight.
//
//   bench_emulator [--jobs N] [--events N]
// Prints pages per second for jobs/list (limit 100) and clusters/events (page_size 500,
// following next_page_token), and, as the baseline measured in the same run, requests per second for a
// trivial authenticated endpoint (clusters/spark-versions).
#include "emulator/emulatorthread.h"
#include "emulator/workspaceemulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

using brickdesk::emulator::EmulatorOptions;
using brickdesk::emulator::EmulatorThread;

namespace {

struct Client
{
    QNetworkAccessManager manager;
    QUrl base;
    QByteArray auth;

    QJsonObject call(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
        const QJsonObject &body = {})
    {
        QUrl url = base;
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", auth);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = method == "GET"
            ? manager.get(request)
            : manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError)
            std::fprintf(stderr, "request failed: %s\n", qPrintable(reply->errorString()));
        reply->deleteLater();
        return out;
    }
};

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"brickdesk.*.debug=false"_s);
    const QStringList args = app.arguments();
    EmulatorOptions options;
    options.jobs = argValue(args, u"--jobs"_s, 10000);
    options.runsPerJob = 2;
    options.clusters = 1;
    options.eventsPerCluster = argValue(args, u"--events"_s, 100000);
    options.historyDays = 30;
    QElapsedTimer seedTimer;
    seedTimer.start();
    EmulatorThread server(options);
    if (!server.start()) {
        std::fprintf(stderr, "cannot start the emulator: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("seeded %d jobs and 1 cluster with %d events, listening after %lld ms\n", options.jobs,
        options.eventsPerCluster, seedTimer.elapsed());

    Client client;
    client.base = server.url();
    client.auth = "Bearer " + server.token().toUtf8();

    // Baseline: a small authenticated response.
    constexpr int baselineRequests = 300;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < baselineRequests; ++i)
        client.call("GET", u"/api/2.1/clusters/spark-versions"_s);
    const double baselinePerSecond = baselineRequests * 1000.0 / double(std::max<qint64>(1, timer.elapsed()));
    std::printf("baseline   spark-versions : %8.1f requests/s\n", baselinePerSecond);

    // jobs/list, 100 per page, to the end.
    timer.restart();
    int pages = 0;
    int jobs = 0;
    QString token;
    do {
        QUrlQuery q {{u"limit"_s, u"100"_s}};
        if (!token.isEmpty())
            q.addQueryItem(u"page_token"_s, token);
        const QJsonObject page = client.call("GET", u"/api/2.2/jobs/list"_s, q);
        jobs += int(page.value(u"jobs").toArray().size());
        token = page.value(u"next_page_token").toString();
        ++pages;
    } while (!token.isEmpty());
    const double jobPagesPerSecond = pages * 1000.0 / double(std::max<qint64>(1, timer.elapsed()));
    std::printf(
        "jobs/list       (100/page): %8.1f pages/s  (%d pages, %d jobs, %.2fx baseline time per request)\n",
        jobPagesPerSecond, pages, jobs, baselinePerSecond / jobPagesPerSecond);

    // clusters/events, 500 per page, following next_page_token. The first request generates the
    // cluster's history; it is timed separately.
    const QJsonObject list = client.call("GET", u"/api/2.1/clusters/list"_s);
    const QString id = list.value(u"clusters").toArray().first().toObject().value(u"cluster_id").toString();
    timer.restart();
    const QJsonObject body {{u"cluster_id"_s, id}, {u"order"_s, u"ASC"_s}, {u"page_size"_s, 500}};
    QJsonObject page = client.call("POST", u"/api/2.1/clusters/events"_s, {}, body);
    const qint64 firstMs = timer.elapsed();
    int events = int(page.value(u"events").toArray().size());
    pages = 1;
    timer.restart();
    while (!page.value(u"next_page_token").toString().isEmpty()) {
        QJsonObject next = body;
        next.insert(u"page_token"_s, page.value(u"next_page_token").toString());
        page = client.call("POST", u"/api/2.1/clusters/events"_s, {}, next);
        events += int(page.value(u"events").toArray().size());
        ++pages;
    }
    const double eventPagesPerSecond = (pages - 1) * 1000.0 / double(std::max<qint64>(1, timer.elapsed()));
    std::printf("clusters/events (500/page): %8.1f pages/s  (%d pages, %d events, first page incl. "
                "generation %lld ms, "
                "%.2fx baseline time per request)\n",
        eventPagesPerSecond, pages, events, firstMs, baselinePerSecond / eventPagesPerSecond);
    return 0;
}
