#include "models/jobcostmodel.h"

#include "common/plaintexttooltip.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

JobCostModel::JobCostModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JobCostModel::setRows(const QVector<JobCostRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int JobCostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobCostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobCostModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobCostRow &r = m_rows.at(index.row());
    const QLocale locale;
    const auto money
        = [&](double value) { return QString(locale.toString(value, 'f', 2) + u' ' + r.currency); };
    switch (role) {
    case JobIdRole:
        return r.jobId;
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return index.column() == Name ? QVariant(plainTextToolTip(tr("Job %1").arg(r.jobId))) : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return r.name.isEmpty() ? tr("Job %1 (not found)").arg(r.jobId) : r.name;
        case Cost:
            return money(r.cost);
        case Dbus:
            return locale.toString(r.dbus, 'f', 1);
        case Runs:
            return locale.toString(r.runs);
        case CostPerRun:
            return money(r.costPerRun());
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case Name:
            return r.name.toLower();
        case Cost:
            return r.cost;
        case Dbus:
            return r.dbus;
        case Runs:
            return r.runs;
        case CostPerRun:
            return r.costPerRun();
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant JobCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Job");
    case Cost:
        return tr("Billed cost");
    case Dbus:
        return tr("DBUs");
    case Runs:
        return tr("Runs billed");
    case CostPerRun:
        return tr("Cost per run");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace brickdesk
