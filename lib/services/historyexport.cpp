#include "services/historyexport.h"

#include "api/connection.h"
#include "api/runsrangefetcher.h"
#include "common/compactjson.h"
#include "domain/clusterevent.h"
#include "services/clusterhistoryloader.h"
#include "services/csvformat.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// Runs are deleted after 60 days: "all available" needs no wider window.
constexpr qint64 RunRetentionMs = 60LL * 24 * 3600 * 1000;

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QString number(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

} // namespace

HistoryExport::HistoryExport(
    Connection *connection, const Request &request, QIODevice *output, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_request(request)
    , m_output(output)
{ }

HistoryExport::~HistoryExport()
{
    if (m_loader)
        m_loader->disconnect(this);
    if (m_runs)
        m_runs->disconnect(this);
}

QStringList HistoryExport::eventCsvHeader()
{
    return {u"timestamp"_s, u"time"_s, u"cluster_id"_s, u"type"_s, u"cause"_s, u"current_num_workers"_s,
        u"target_num_workers"_s, u"current_num_vcpus"_s, u"target_num_vcpus"_s, u"user"_s, u"reason_code"_s,
        u"reason_type"_s, u"did_not_expand_reason"_s, u"details"_s};
}

QStringList HistoryExport::eventCsvCells(const ClusterEvent &event)
{
    const QJsonObject details = event.details();
    const auto optional = [](bool has, int value) { return has ? QString::number(value) : QString(); };
    return {QString::number(event.timestamp()), isoTime(event.timestamp()), event.clusterId(),
        event.typeName(), event.causeName(), optional(event.hasCurrentWorkers(), event.currentWorkers()),
        optional(event.hasTargetWorkers(), event.targetWorkers()),
        number(details.value(u"current_num_vcpus"_s)), number(details.value(u"target_num_vcpus"_s)),
        event.user(), event.reasonCode(), event.reasonType(),
        details.value(u"did_not_expand_reason"_s).toString(), compactJson(details)};
}

QStringList HistoryExport::runCsvHeader()
{
    return {u"run_id"_s, u"job_id"_s, u"run_name"_s, u"start_time"_s, u"end_time"_s, u"life_cycle_state"_s,
        u"result_state"_s, u"trigger"_s, u"run_page_url"_s, u"run"_s};
}

QStringList HistoryExport::runCsvCells(const QJsonObject &run)
{
    const QJsonObject state = run.value(u"state"_s).toObject();
    return {number(run.value(u"run_id"_s)), number(run.value(u"job_id"_s)),
        run.value(u"run_name"_s).toString(), isoTime(run.value(u"start_time"_s).toInteger()),
        isoTime(run.value(u"end_time"_s).toInteger()), state.value(u"life_cycle_state"_s).toString(),
        state.value(u"result_state"_s).toString(), run.value(u"trigger"_s).toString(),
        run.value(u"run_page_url"_s).toString(), compactJson(run)};
}

void HistoryExport::start()
{
    if (m_running)
        return;
    if (!m_connection) {
        fail(tr("Not connected to a workspace."));
        return;
    }
    m_running = true;
    if (m_request.what == What::Events)
        startEvents();
    else
        startRuns();
}

void HistoryExport::startEvents()
{
    if (m_request.format == Format::Csv && !write(CsvFormat::row(eventCsvHeader()).toUtf8()))
        return;
    m_loader
        = new ClusterHistoryLoader(m_connection, m_request.clusterId, m_request.fromMs, m_request.toMs, this);
    m_loader->setEventsOnly(true);
    m_loader->setKeepEvents(false);
    connect(m_loader, &ClusterHistoryLoader::eventsReady, this, [this](const QVector<ClusterEvent> &events) {
        QByteArray bytes;
        for (const ClusterEvent &event : events) {
            if (m_request.format == Format::Jsonl)
                bytes += event.rawJson() + '\n';
            else
                bytes += CsvFormat::row(eventCsvCells(event)).toUtf8();
        }
        if (!write(bytes))
            return;
        m_written += events.size();
    });
    connect(m_loader, &ClusterHistoryLoader::progress, this, [this](qint64, qint64 covered, qint64 window) {
        emit progress(m_written, m_loader->reachedMs(), window > 0 ? int(covered * 100 / window) : -1);
    });
    connect(m_loader, &ClusterHistoryLoader::loaded, this, [this] {
        emit progress(m_written, m_loader->toMs(), 100);
        finish();
    });
    connect(m_loader, &ClusterHistoryLoader::failed, this, [this](const ApiError &error) {
        fail(tr("Could not fetch the events of %1: %2").arg(m_request.clusterId, error.userMessage()));
    });
    m_loader->start();
}

void HistoryExport::startRuns()
{
    RunsListParams params;
    params.jobId = m_request.jobId;
    const qint64 to = m_request.toMs > 0 ? m_request.toMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 from = m_request.fromMs > 0 ? m_request.fromMs : to - RunRetentionMs;
    m_runs = new RunsRangeFetcher(m_connection, params, from, to, this);
    connect(m_runs, &RunsRangeFetcher::runsReady, this,
        [this](const QVector<QJsonObject> &runs) { m_heldRuns += runs; });
    connect(m_runs, &RunsRangeFetcher::progress, this, [this](qint64 soFar, qint64 total) {
        emit progress(soFar, 0, total > 0 ? int(soFar * 100 / total) : -1);
    });
    connect(m_runs, &RunsRangeFetcher::finished, this, [this] {
        std::stable_sort(
            m_heldRuns.begin(), m_heldRuns.end(), [](const QJsonObject &a, const QJsonObject &b) {
                const qint64 ta = a.value(u"start_time"_s).toInteger();
                const qint64 tb = b.value(u"start_time"_s).toInteger();
                return ta != tb ? ta < tb
                                : a.value(u"run_id"_s).toInteger() < b.value(u"run_id"_s).toInteger();
            });
        QByteArray bytes;
        if (m_request.format == Format::Csv)
            bytes += CsvFormat::row(runCsvHeader()).toUtf8();
        for (const QJsonObject &run : std::as_const(m_heldRuns)) {
            if (m_request.format == Format::Jsonl)
                bytes += QJsonDocument(run).toJson(QJsonDocument::Compact) + '\n';
            else
                bytes += CsvFormat::row(runCsvCells(run)).toUtf8();
        }
        if (!write(bytes))
            return;
        m_written = m_heldRuns.size();
        emit progress(m_written, 0, 100);
        finish();
    });
    connect(m_runs, &RunsRangeFetcher::failed, this, [this](const ApiError &error) {
        fail(tr("Could not fetch the runs of job %1: %2").arg(m_request.jobId).arg(error.userMessage()));
    });
    m_runs->start();
}

bool HistoryExport::write(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    if (m_output->write(bytes) != bytes.size()) {
        const QString reason = m_output->errorString();
        cancel();
        fail(tr("Could not write the export: %1").arg(reason));
        return false;
    }
    return true;
}

void HistoryExport::cancel()
{
    if (m_loader) {
        m_loader->disconnect(this);
        m_loader->cancel();
    }
    if (m_runs) {
        m_runs->disconnect(this);
        m_runs->cancel();
    }
}

void HistoryExport::finish()
{
    if (!m_running)
        return;
    m_running = false;
    emit finished();
}

void HistoryExport::fail(const QString &message)
{
    if (!m_running && (m_loader || m_runs))
        return;
    m_running = false;
    emit failed(message);
}

} // namespace brickdesk
