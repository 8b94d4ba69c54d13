#pragma once

#include <QIODevice>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVector>

namespace brickdesk {

class ClusterEvent;
class ClusterHistoryLoader;
class Connection;
class RunsRangeFetcher;

// Writes a cluster's events or a job's runs in a time window to a device, oldest first, with
// the same fetchers the GUI uses (ClusterHistoryLoader for events, RunsRangeFetcher for runs):
// the engine of `brickdesk export`.
//
// JSONL: each item as the API returned it (all its fields, compact JSON), one per line.
// CSV: a header row, the common fields flattened, and the item's details (events) or the whole
// run as JSON in the last column; cells neutralised against spreadsheet formulas (CsvFormat).
// Events are written as they arrive (in time order); runs once all have arrived (runs/list
// hands them out newest first).
//
// Ends with exactly one finished() or failed(message).
class HistoryExport final : public QObject
{
    Q_OBJECT
public:
    enum class What {
        Events,
        Runs,
    };
    enum class Format {
        Jsonl,
        Csv,
    };
    struct Request
    {
        What what = What::Events;
        QString clusterId; // events
        qint64 jobId = 0; // runs
        qint64 fromMs = 0; // <= 0: all the API still keeps
        qint64 toMs = 0;
        Format format = Format::Jsonl;
    };

    HistoryExport(
        Connection *connection, const Request &request, QIODevice *output, QObject *parent = nullptr);
    ~HistoryExport() override;

    void start();
    void cancel();

    qint64 written() const { return m_written; }

    // The CSV header and one row of an event (for tests and for the export).
    static QStringList eventCsvHeader();
    static QStringList eventCsvCells(const ClusterEvent &event);
    static QStringList runCsvHeader();
    static QStringList runCsvCells(const QJsonObject &run);

signals:
    // Items written; `reachedMs` how far the window is covered (events: everything up to
    // it is written; runs: 0); `percent` of the window's time fetched, -1 when unknown.
    void progress(qint64 written, qint64 reachedMs, int percent);
    void finished();
    void failed(const QString &message);

private:
    void startEvents();
    void startRuns();
    bool write(const QByteArray &bytes);
    void finish();
    void fail(const QString &message);

    QPointer<Connection> m_connection;
    Request m_request;
    QIODevice *m_output;
    ClusterHistoryLoader *m_loader = nullptr;
    RunsRangeFetcher *m_runs = nullptr;
    QVector<QJsonObject> m_heldRuns;
    qint64 m_written = 0;
    bool m_running = false;
};

} // namespace brickdesk
