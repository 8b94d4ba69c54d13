#include "models/fleetcostmodel.h"

#include "common/plaintexttooltip.h"
#include "services/csvformat.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

FleetCostModel::FleetCostModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FleetCostModel::setRows(
    const QVector<FleetCostRow> &rows, const QHash<QString, FleetClusterInfo> &clusters)
{
    beginResetModel();
    m_rows = rows;
    m_texts.clear();
    m_texts.reserve(rows.size());
    const QString job = tr("Job");
    const QString allPurpose = tr("All-purpose");
    for (const FleetCostRow &r : rows) {
        const FleetClusterInfo info = clusters.value(r.clusterId);
        // A job run's cluster is gone from the clusters list soon after the run; its usage
        // still names the job.
        const QString source = info.source.isEmpty() && r.jobId != 0 ? u"JOB"_s : info.source;
        const QString name = !info.name.isEmpty() ? info.name
            : r.jobId != 0                        ? tr("A run's cluster of job %1").arg(r.jobId)
                                                  : r.clusterId;
        m_texts.append({name, source == u"JOB"_s ? job : allPurpose, info.creator, source,
            QStringList {name, r.clusterId, info.creator, info.tags}.join(u' '),
            clusters.contains(r.clusterId)});
    }
    endResetModel();
}

int FleetCostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetCostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetCostModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FleetCostRow &r = m_rows.at(index.row());
    const Texts &texts = m_texts.at(index.row());
    switch (role) {
    case ClusterIdRole:
        return r.clusterId;
    case JobIdRole:
        return r.jobId;
    case ListedRole:
        return texts.listed;
    case SourceRole:
        return texts.source;
    case SearchTextRole:
        return texts.search;
    case Qt::TextAlignmentRole:
        return index.column() >= Cost ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Name ? QVariant(plainTextToolTip(r.clusterId)) : QVariant();
    case SortRole:
    case Qt::DisplayRole: {
        const bool raw = role == SortRole;
        const QLocale locale;
        switch (Column(index.column())) {
        case Name:
            return texts.name;
        case Kind:
            return texts.kind;
        case Creator:
            return texts.creator;
        case Cost:
            return raw ? QVariant(r.cost)
                       : QVariant(u"%1 %2"_s.arg(locale.toString(r.cost, 'f', 2), r.currency));
        case Dbus:
            return raw ? QVariant(r.dbus) : QVariant(locale.toString(r.dbus, 'f', 1));
        case WorkerHours:
            return raw ? QVariant(double(r.workerMinutes) / 60.0)
                       : QVariant(locale.toString(double(r.workerMinutes) / 60.0, 'f', 1));
        case AverageCpu:
            if (r.averageCpuPercent < 0)
                return raw ? QVariant(-1.0) : QVariant(tr("n/a"));
            return raw ? QVariant(r.averageCpuPercent) : QVariant(tr("%1%").arg(qRound(r.averageCpuPercent)));
        case IdleShare:
            return raw ? QVariant(r.idleShare()) : QVariant(tr("%1%").arg(qRound(r.idleShare() * 100)));
        case IdleCost:
            return raw ? QVariant(r.idleCost())
                       : QVariant(u"%1 %2"_s.arg(locale.toString(r.idleCost(), 'f', 2), r.currency));
        case ColumnCount:
            break;
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant FleetCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Cluster");
    case Kind:
        return tr("Kind");
    case Creator:
        return tr("Creator");
    case Cost:
        return tr("Billed cost");
    case Dbus:
        return tr("DBUs");
    case WorkerHours:
        return tr("Worker-hours");
    case AverageCpu:
        return tr("Average CPU");
    case IdleShare:
        return tr("Idle share");
    case IdleCost:
        return tr("Cost of idle capacity");
    case ColumnCount:
        break;
    }
    return {};
}

QString FleetCostModel::toCsv(const QAbstractItemModel &model)
{
    QStringList header {u"cluster_id"_s};
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(model.headerData(c, Qt::Horizontal).toString());
    QString out = CsvFormat::row(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells {model.index(r, 0).data(ClusterIdRole).toString()};
        for (int c = 0; c < model.columnCount(); ++c) {
            const QVariant v = model.index(r, c).data(SortRole);
            cells.append(
                v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 4) : v.toString());
        }
        out += CsvFormat::row(cells);
    }
    return out;
}

} // namespace brickdesk
