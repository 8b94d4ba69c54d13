#include "models/jobsmodel.h"

#include "api/connection.h"
#include "api/pagination.h"
#include "common/plaintexttooltip.h"
#include "domain/run.h"
#include "jobform/scheduletext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

JobsModel::JobsModel(QObject *parent)
    : ApiListModel(parent)
{ }

PageFetcher *JobsModel::createFetcher(Connection *connection)
{
    JobsListParams params;
    params.limit = m_pageSize;
    params.name = m_nameFilter;
    params.expandTasks = m_expandTasks;
    return PageFetcher::jobs(connection, params, this);
}

QString JobsModel::itemsKey() const
{
    return u"jobs"_s;
}

QString JobsModel::keyOf(const QJsonObject &item) const
{
    const qint64 id = item.value(u"job_id"_s).toInteger();
    return id > 0 ? QString::number(id) : QString();
}

JobsModel::Row JobsModel::Row::of(const QJsonObject &item)
{
    Row row;
    row.job = Job::fromJson(item);
    const JobSettings settings = row.job.settings();
    row.name = settings.name();
    row.sortName = row.name.toLower();
    row.owner = row.job.creatorUserName();
    row.runAs = row.job.runAsUserName();
    row.schedule = ScheduleText::describe(settings.toJson());
    const QMap<QString, QString> tags = settings.tags();
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        row.tags.append(it.value().isEmpty() ? it.key() : it.key() + u':' + it.value());
    row.tagsText = row.tags.join(u", "_s);
    row.searchText
        = QStringList {row.name, QString::number(row.job.id()), row.owner, row.runAs, row.tags.join(u'\n')}
              .join(u'\n')
              .toLower();
    row.taskCount = settings.taskCount();
    row.scheduled = settings.isScheduled();
    return row;
}

bool JobsModel::replaceAt(int row, const QJsonObject &item)
{
    if (m_rows.at(row).job.raw() == item)
        return false;
    m_rows[row] = Row::of(item);
    // Settings changed: the cached last run is still right (runs are not settings), keep it.
    return true;
}

void JobsModel::showArchived(
    const QVector<QJsonObject> &jobs, const QHash<qint64, qint64> &lastSeenMs, qint64 asOfMs)
{
    m_archived = true;
    m_archivedAsOfMs = asOfMs;
    m_archivedSeenMs = lastSeenMs;
    replaceAllItems(jobs);
}

void JobsModel::afterPage()
{
    // The API answers again: its rows replace the archived ones in place, and their last runs
    // are asked for again as they are shown.
    if (m_archived) {
        m_lastRuns.clear();
        m_lastRunQueue.clear();
        m_lastRunQueued.clear();
    }
    m_archived = false;
    m_archivedAsOfMs = 0;
    m_archivedSeenMs.clear();
}

void JobsModel::appendItems(const QVector<QJsonObject> &items)
{
    // No reserve(size + n): growing exactly per page would copy every row on every page.
    for (const QJsonObject &item : items)
        m_rows.append(Row::of(item));
}

void JobsModel::removeItems(int first, int last)
{
    m_rows.remove(first, last - first + 1);
}

void JobsModel::clearItems()
{
    m_rows.clear();
    m_lastRuns.clear();
    m_lastRunQueue.clear();
    m_lastRunQueued.clear();
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Job &job = row.job;
    const auto lastRun = [&]() -> const LastRun * {
        const auto it = m_lastRuns.constFind(job.id());
        if (it != m_lastRuns.constEnd())
            return &it.value();
        requestLastRun(job.id());
        return nullptr;
    };

    switch (role) {
    case IdRole:
        return job.id();
    case RawJsonRole:
        return job.raw();
    case JobRole:
        return QVariant::fromValue(job);
    case NameRole:
        return row.name;
    case OwnerRole:
        return row.owner;
    case RunAsRole:
        return row.runAs;
    case TagsRole:
        return row.tags;
    case SearchTextRole:
        return row.searchText;
    case ScheduledRole:
        return row.scheduled;
    case StateRole:
    case LastRunStateRole: {
        const LastRun *run = lastRun();
        return run && !run->none ? int(run->state.category()) : -1;
    }
    case LastRunIdRole: {
        const LastRun *run = lastRun();
        return run ? run->runId : 0;
    }
    case Qt::ToolTipRole:
        if (m_archived) {
            const QString seen = tr("From the local archive: as last seen on %1.")
                                     .arg(QLocale().toString(
                                         QDateTime::fromMSecsSinceEpoch(m_archivedSeenMs.value(job.id())),
                                         QLocale::ShortFormat));
            return job.settings().description().isEmpty()
                ? plainTextToolTip(seen)
                : plainTextToolTip(seen + u"\n\n"_s + job.settings().description());
        }
        if (index.column() == NameColumn)
            return job.settings().description().isEmpty() ? QVariant()
                                                          : plainTextToolTip(job.settings().description());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == TasksColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn:
            return role == SortRole ? QVariant(row.sortName) : QVariant(row.name);
        case IdColumn:
            return role == SortRole ? QVariant(job.id()) : QVariant(QString::number(job.id()));
        case TasksColumn:
            return row.taskCount;
        case ScheduleColumn:
            return row.schedule;
        case OwnerColumn:
            return row.owner;
        case TagsColumn:
            return row.tagsText;
        case CreatedColumn:
            if (role == SortRole)
                return job.createdTimeMs();
            return QLocale().toString(job.createdTime().toLocalTime(), QLocale::ShortFormat);
        case LastRunColumn: {
            const LastRun *run = lastRun();
            if (role == SortRole)
                return run ? run->startTimeMs : qint64(-1);
            if (!run)
                return {};
            return run->none ? tr("Never run") : run->state.text();
        }
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("Job ID");
    case TasksColumn:
        return tr("Tasks");
    case ScheduleColumn:
        return tr("Schedule");
    case OwnerColumn:
        return tr("Owner");
    case TagsColumn:
        return tr("Tags");
    case CreatedColumn:
        return tr("Created");
    case LastRunColumn:
        return tr("Last run");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> JobsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "jobId");
    names.insert(RawJsonRole, "rawJson");
    names.insert(StateRole, "state");
    names.insert(SortRole, "sortValue");
    names.insert(JobRole, "job");
    names.insert(NameRole, "name");
    names.insert(OwnerRole, "owner");
    names.insert(TagsRole, "tags");
    names.insert(ScheduledRole, "scheduled");
    names.insert(LastRunStateRole, "lastRunState");
    names.insert(LastRunIdRole, "lastRunId");
    names.insert(RunAsRole, "runAs");
    names.insert(SearchTextRole, "searchText");
    return names;
}

void JobsModel::setLastRun(qint64 jobId, const RunDisplayState &state, qint64 runId, qint64 startTimeMs)
{
    LastRun &run = m_lastRuns[jobId];
    run.state = state;
    run.runId = runId;
    run.startTimeMs = startTimeMs;
    run.none = false;
    lastRunChanged(jobId);
}

void JobsModel::requestLastRun(qint64 jobId) const
{
    // Archived rows: the workspace cannot be reached, so their last runs are not asked for.
    if (!m_lastRunEnabled || m_archived || !connection() || m_lastRunQueued.contains(jobId))
        return;
    m_lastRunQueued.insert(jobId);
    m_lastRunQueue.append(jobId);
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        // data() is const and may be called while a view paints: fetch from the event loop.
        QTimer::singleShot(0, const_cast<JobsModel *>(this), &JobsModel::pumpLastRuns);
    }
}

void JobsModel::pumpLastRuns()
{
    m_pumpScheduled = false;
    Connection *conn = connection();
    if (!conn)
        return;
    while (m_lastRunInFlight < m_maxLastRun && !m_lastRunQueue.isEmpty()) {
        const qint64 jobId = m_lastRunQueue.takeFirst();
        if (rowOfJob(jobId) < 0 || m_lastRuns.contains(jobId))
            continue;
        RunsListParams params;
        params.jobId = jobId;
        params.limit = 1;
        const ApiCall<RunsPage> call = conn->jobs().listRunsPage(params);
        ++m_lastRunInFlight;
        call.then(this, [this, jobId](const ApiResult<RunsPage> &page) {
            --m_lastRunInFlight;
            if (!page.ok() && page.error().kind() == ApiError::Kind::Cancelled) {
                // The user stopped the calls that waited to be retried (rate limited): send
                // none of the rest either. They stay queued, so only reload() asks again.
                m_lastRunQueue.clear();
                return;
            }
            if (page.ok()) {
                LastRun last;
                if (page.value().runs.isEmpty()) {
                    last.none = true;
                } else {
                    const Run &run = page.value().runs.first();
                    last.state = run.displayState();
                    last.runId = run.id();
                    last.startTimeMs = run.startTimeMs();
                }
                m_lastRuns.insert(jobId, last);
                lastRunChanged(jobId);
            }
            // On error the cell stays empty; the job stays queued so painting does not retry in a
            // loop (reload() clears it).
            pumpLastRuns();
        });
    }
}

void JobsModel::lastRunChanged(qint64 jobId)
{
    // Only the Last run cell: a whole-row dataChanged would make a proxy sorted by any column
    // re-sort (a layoutChanged over 10,000 rows) for every answer. Proxies re-filter the row
    // whatever the column.
    const int row = rowOfJob(jobId);
    if (row >= 0)
        emit dataChanged(index(row, LastRunColumn), index(row, LastRunColumn));
}

} // namespace brickdesk
