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

void RunsModel::setRunCosts(
    const QHash<qint64, RunCost> &costs, const QString &currency, const QString &missingNote)
{
    m_costs = costs;
    m_currency = currency;
    m_missingCostNote = missingNote;
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, CostColumn), index(int(m_runs.size()) - 1, CostColumn));
}

void RunsModel::setNodeEstimate(NodeRange nodes)
{
    m_nodes = nodes;
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, CostColumn), index(int(m_runs.size()) - 1, CostColumn));
}

QString RunsModel::nodeHoursText(const Run &run) const
{
    if (!m_nodes.isValid() || run.durationMs() <= 0)
        return {};
    const double hours = double(run.durationMs()) / 3'600'000.0;
    const QLocale locale;
    if (m_nodes.min == m_nodes.max)
        return tr("≈ %1 node-h").arg(locale.toString(hours * m_nodes.min, 'f', 1));
    return tr("≈ %1–%2 node-h")
        .arg(locale.toString(hours * m_nodes.min, 'f', 1), locale.toString(hours * m_nodes.max, 'f', 1));
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
        if (index.column() == CostColumn && !m_costs.contains(run.id()) && !nodeHoursText(run).isEmpty())
            return plainTextToolTip(
                tr("An estimate: the run's duration × %1–%2 nodes (driver + workers) of the "
                   "job's cluster. No billed cost: %3")
                    .arg(m_nodes.min)
                    .arg(m_nodes.max)
                    .arg(m_missingCostNote));
        if (index.column() == CostColumn && !m_costs.contains(run.id()) && !m_missingCostNote.isEmpty())
            return plainTextToolTip(m_missingCostNote);
        if (index.column() == CostColumn && m_costs.contains(run.id()))
            return tr("%1 DBU billed").arg(QLocale().toString(m_costs.value(run.id()).dbus, 'f', 2));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CostColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
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
        case CostColumn: {
            const auto it = m_costs.constFind(run.id());
            if (role == SortRole)
                return it == m_costs.constEnd() ? -1.0 : it->cost;
            if (it == m_costs.constEnd() && !nodeHoursText(run).isEmpty())
                return nodeHoursText(run);
            return it == m_costs.constEnd()
                ? u"—"_s
                : QString(QLocale().toString(it->cost, 'f', 2) + u' ' + m_currency);
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
    case CostColumn:
        return tr("Billed cost");
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
