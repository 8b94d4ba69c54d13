#pragma once

#include "analysis/jobcost.h"
#include "api/jobsparams.h"
#include "domain/run.h"
#include "models/apilistmodel.h"

namespace brickdesk {

// Runs (jobs/runs/list, paged in the background): all runs, or one job's with setJobId().
// Can load on demand (setFetchBatchSize): a job's history as far back as the user scrolls.
class RunsModel final : public ApiListModel
{
    Q_OBJECT

public:
    enum Column {
        RunColumn,
        IdColumn,
        JobIdColumn,
        StateColumn,
        StartColumn,
        DurationColumn,
        TriggerColumn,
        CreatorColumn,
        CostColumn, // billed cost of the run, once setRunCosts() has them
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 run_id
        RawJsonRole,
        StateRole, // int RunDisplayState::Category
        SortRole,
        RunRole, // QVariant<Run>
        JobIdRole, // qint64
        StateNameRole, // raw state / outcome text
        IsActiveRole, // bool
        StartTimeRole, // qint64 ms
    };
    Q_ENUM(Roles)

    explicit RunsModel(QObject *parent = nullptr);

    // runs/list parameters for the next load (job, active/completed only, time window...).
    void setParams(const RunsListParams &params) { m_params = params; }
    RunsListParams params() const { return m_params; }
    void setJobId(qint64 jobId) { m_params.jobId = jobId; }

    Run run(int row) const { return m_runs.value(row); }

    // The billed cost of runs by run id; a run without one shows "—" and `missingNote` as its
    // tooltip (why there is no cost: not billed to the job, not billed yet, no access...).
    void setRunCosts(
        const QHash<qint64, RunCost> &costs, const QString &currency, const QString &missingNote);
    void clearRunCosts()
    {
        setRunCosts({}, {}, {});
        setNodeEstimate({});
    }
    // Without billed cost: runs without one show node-hours instead, their duration x `nodes`.
    void setNodeEstimate(NodeRange nodes);
    int rowOfRun(qint64 runId) const { return rowOfKey(QString::number(runId)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "1 h 02 min", "45 s", "—" for unknown.
    static QString durationText(qint64 ms);

protected:
    PageFetcher *createFetcher(Connection *connection) override;
    PageFetcher *createContinuationFetcher(Connection *connection, const QString &pageToken) override;
    QString itemsKey() const override;
    QString keyOf(const QJsonObject &item) const override;
    int itemCount() const override { return int(m_runs.size()); }
    QString keyAt(int row) const override { return QString::number(m_runs.at(row).id()); }
    bool replaceAt(int row, const QJsonObject &item) override;
    void appendItems(const QVector<QJsonObject> &items) override;
    void removeItems(int first, int last) override;
    void clearItems() override { m_runs.clear(); }

private:
    QString nodeHoursText(const Run &run) const;

    RunsListParams m_params;
    QVector<Run> m_runs;
    QHash<qint64, RunCost> m_costs;
    QString m_currency;
    QString m_missingCostNote;
    NodeRange m_nodes;
};

} // namespace brickdesk
