#pragma once

#include "analysis/jobcost.h"

#include <QAbstractTableModel>
#include <QVector>

namespace brickdesk {

// The most expensive jobs of a window, one row per job. DisplayRole is formatted text;
// SortRole the raw value (numbers sort as numbers).
class JobCostModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Cost, Dbus, Runs, CostPerRun, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, JobIdRole };

    explicit JobCostModel(QObject *parent = nullptr);

    void setRows(const QVector<JobCostRow> &rows);
    const JobCostRow &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<JobCostRow> m_rows;
};

} // namespace brickdesk
