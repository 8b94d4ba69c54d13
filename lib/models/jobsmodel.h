#pragma once

#include "domain/job.h"
#include "domain/rundisplaystate.h"
#include "models/apilistmodel.h"

#include <QHash>
#include <QSet>

namespace brickdesk {

// Jobs of a workspace (jobs/list, paged in the background), one row per job.
//
// "Last run": jobs/list does not say how a job last ran. The column is filled LAZILY: asking
// data() for it (a view painting a visible row, or a proxy filtering on it) queues a
// runs/list?job_id=…&limit=1 for that job; at most maxLastRunRequests() run at once and each
// answer emits dataChanged for that one cell. Until then the cell is empty and
// LastRunStateRole is -1. refresh() forgets the cached last runs of changed jobs only.
class JobsModel final : public ApiListModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdColumn,
        TasksColumn,
        ScheduleColumn,
        OwnerColumn,
        TagsColumn,
        CreatedColumn,
        LastRunColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 job_id
        RawJsonRole, // QJsonObject as received
        StateRole, // int: RunDisplayState::Category of the last run, -1 unknown
        SortRole, // value to sort the column by (numbers as numbers)
        JobRole, // QVariant<Job>
        NameRole,
        OwnerRole, // creator_user_name
        TagsRole, // QStringList "key:value" (and bare keys for empty values)
        ScheduledRole, // bool: unpaused schedule, continuous or trigger
        LastRunStateRole, // int RunDisplayState::Category, -1 while unknown (queues a fetch)
        LastRunIdRole, // qint64, 0 while unknown
        RunAsRole, // run_as_user_name
        SearchTextRole, // lower-case name, id, owner, run-as and tags, one per line (the filter box)
    };
    Q_ENUM(Roles)

    explicit JobsModel(QObject *parent = nullptr);

    // jobs/list parameters (name filter, page size, expand_tasks); applied by the next load.
    void setPageSize(int limit) { m_pageSize = limit; }
    void setNameFilter(const QString &name) { m_nameFilter = name; }
    // expand_tasks: list items carry their tasks (the Tasks column), at the cost of bigger pages.
    void setExpandTasks(bool expand) { m_expandTasks = expand; }

    void setLastRunFetchEnabled(bool enabled) { m_lastRunEnabled = enabled; }
    void setMaxLastRunRequests(int requests) { m_maxLastRun = std::max(1, requests); }
    int maxLastRunRequests() const { return m_maxLastRun; }

    Job job(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).job : Job(); }
    int rowOfJob(qint64 jobId) const { return rowOfKey(QString::number(jobId)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The jobs as the local archive last saw them (jobs/list items) while the workspace cannot
    // be reached: they replace the rows, their last runs are not asked for, and each says when
    // it was last seen (the name's tooltip). The next page from the API ends this.
    void showArchived(
        const QVector<QJsonObject> &jobs, const QHash<qint64, qint64> &lastSeenMs, qint64 asOfMs);
    bool isArchived() const { return m_archived; }
    // When the archive last saw the workspace (0: unknown).
    qint64 archivedAsOfMs() const { return m_archivedAsOfMs; }

    // Sets the last run of a job directly (e.g. after "Run now" or from a runs list).
    void setLastRun(qint64 jobId, const RunDisplayState &state, qint64 runId, qint64 startTimeMs);

protected:
    PageFetcher *createFetcher(Connection *connection) override;
    QString itemsKey() const override;
    QString keyOf(const QJsonObject &item) const override;
    int itemCount() const override { return int(m_rows.size()); }
    QString keyAt(int row) const override { return QString::number(m_rows.at(row).job.id()); }
    bool replaceAt(int row, const QJsonObject &item) override;
    void afterPage() override;
    void appendItems(const QVector<QJsonObject> &items) override;
    void removeItems(int first, int last) override;
    void clearItems() override;

private:
    struct LastRun
    {
        RunDisplayState state;
        qint64 runId = 0;
        qint64 startTimeMs = 0;
        bool none = false; // the job never ran
    };

    // What the view shows of a job, computed once when the job arrives: painting, sorting and
    // filtering 10,000 rows must not parse JSON or describe cron expressions again and again.
    struct Row
    {
        Job job;
        QString name;
        QString sortName; // lower case
        QString owner;
        QString runAs;
        QString schedule; // in words
        QStringList tags;
        QString tagsText;
        QString searchText;
        int taskCount = 0;
        bool scheduled = false;
        static Row of(const QJsonObject &item);
    };

    void requestLastRun(qint64 jobId) const;
    void pumpLastRuns();
    void lastRunChanged(qint64 jobId);

    QVector<Row> m_rows;
    int m_pageSize = 100;
    QString m_nameFilter;
    bool m_expandTasks = false;
    bool m_lastRunEnabled = true;
    int m_maxLastRun = 4;
    int m_lastRunInFlight = 0;
    QHash<qint64, LastRun> m_lastRuns;
    mutable QList<qint64> m_lastRunQueue;
    mutable QSet<qint64> m_lastRunQueued;
    mutable bool m_pumpScheduled = false;
    bool m_archived = false;
    qint64 m_archivedAsOfMs = 0;
    QHash<qint64, qint64> m_archivedSeenMs;
};

} // namespace brickdesk
