#include "models/runsmodel.h"

#include "api/pagination.h"
#include "common/plaintexttooltip.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

RunsModel::RunsModel(QObject *parent)
    : ApiListModel(parent)
{ }

PageFetcher *RunsModel::createFetcher(Connection *connection)
{
    return PageFetcher::runs(connection, m_params, this);
}

PageFetcher *RunsModel::createContinuationFetcher(Connection *connection, const QString &pageToken)
{
    RunsListParams params = m_params;
    params.pageToken = pageToken;
    return PageFetcher::runs(connection, params, this);
}

QString RunsModel::itemsKey() const
{
    return u"runs"_s;
}

QString RunsModel::keyOf(const QJsonObject &item) const
{
    const qint64 id = item.value(u"run_id"_s).toInteger();
    return id > 0 ? QString::number(id) : QString();
}

bool RunsModel::replaceAt(int row, const QJsonObject &item)
{
    if (m_runs.at(row).raw() == item)
        return false;
    m_runs[row] = Run::fromJson(item);
    return true;
}

void RunsModel::appendItems(const QVector<QJsonObject> &items)
{
    // No reserve(size + n): growing exactly per page would copy every row on every page.
    for (const QJsonObject &item : items)
        m_runs.append(Run::fromJson(item));
}

void RunsModel::removeItems(int first, int last)
{
    m_runs.remove(first, last - first + 1);
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunsModel::durationText(qint64 ms)
{
    if (ms < 0)
        return u"—"_s;
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar(u'0'));
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Run &run = m_runs.at(index.row());
    const RunDisplayState state = run.displayState();
    switch (role) {
    case IdRole:
        return run.id();
    case RawJsonRole:
        return run.raw();
    case StateRole:
        return int(state.category());
    case RunRole:
        return QVariant::fromValue(run);
    case JobIdRole:
        return run.jobId();
    case StateNameRole:
        return state.outcomeName().isEmpty() ? state.stateName() : state.outcomeName();
    case IsActiveRole:
        return state.isActive();
    case StartTimeRole:
        return run.startTimeMs();
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !state.message().isEmpty())
            return plainTextToolTip(state.message());
        break;
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case RunColumn:
            return role == SortRole ? QVariant(run.runName().toLower()) : QVariant(run.runName());
        case IdColumn:
            return role == SortRole ? QVariant(run.id()) : QVariant(QString::number(run.id()));
        case JobIdColumn:
            return role == SortRole ? QVariant(run.jobId()) : QVariant(QString::number(run.jobId()));
        case StateColumn:
            return role == SortRole ? QVariant(int(state.category())) : QVariant(state.text());
        case StartColumn:
            if (role == SortRole)
                return run.startTimeMs();
            return run.startTimeMs() > 0
                ? QLocale().toString(run.startTime().toLocalTime(), QLocale::ShortFormat)
                : QString();
        case DurationColumn: {
            qint64 ms = run.durationMs();
            if (ms <= 0 && state.isActive() && run.startTimeMs() > 0) // still running: so far
                ms = QDateTime::currentMSecsSinceEpoch() - run.startTimeMs();
            return role == SortRole ? QVariant(ms) : QVariant(durationText(ms));
        }
        case TriggerColumn:
            return run.trigger();
        case CreatorColumn:
            return run.creatorUserName();
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RunColumn:
        return tr("Run");
    case IdColumn:
        return tr("Run ID");
    case JobIdColumn:
        return tr("Job ID");
    case StateColumn:
        return tr("State");
    case StartColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case TriggerColumn:
        return tr("Trigger");
    case CreatorColumn:
        return tr("Launched by");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> RunsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "runId");
    names.insert(RawJsonRole, "rawJson");
    names.insert(StateRole, "state");
    names.insert(SortRole, "sortValue");
    names.insert(RunRole, "run");
    names.insert(JobIdRole, "jobId");
    names.insert(StateNameRole, "stateName");
    names.insert(IsActiveRole, "active");
    names.insert(StartTimeRole, "startTime");
    return names;
}

} // namespace brickdesk
