#pragma once

#include "services/costqueries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace brickdesk {

// What the fleet view shows of a cluster besides its cost (from the clusters list).
struct FleetClusterInfo
{
    QString name;
    QString creator;
    QString source; // cluster_source: UI, API, JOB, ...
    QString tags; // "key=value, ..." for filtering
};

// Every cluster's billed cost and utilisation in a window: one row per cluster. DisplayRole is
// formatted text; SortRole the raw value (numbers sort as numbers).
class FleetCostModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Kind,
        Creator,
        Cost,
        Dbus,
        WorkerHours,
        AverageCpu,
        IdleShare,
        IdleCost,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        ClusterIdRole,
        SourceRole,
        SearchTextRole,
        JobIdRole, // qint64: the job a job cluster ran for (0: not known)
        ListedRole, // bool: the cluster is in the clusters list (a job run's cluster soon is not)
    };

    explicit FleetCostModel(QObject *parent = nullptr);

    void setRows(const QVector<FleetCostRow> &rows, const QHash<QString, FleetClusterInfo> &clusters);
    const FleetCostRow &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows of `model` (this model or a proxy over it) in its order as CSV: a header, raw
    // values, every cell neutralised against formula injection (CsvFormat).
    static QString toCsv(const QAbstractItemModel &model);

private:
    // Text columns worked out once per reset: sorting asks for them thousands of times.
    struct Texts
    {
        QString name;
        QString kind;
        QString creator;
        QString source;
        QString search;
        bool listed = false;
    };

    QVector<FleetCostRow> m_rows;
    QVector<Texts> m_texts;
};

} // namespace brickdesk
