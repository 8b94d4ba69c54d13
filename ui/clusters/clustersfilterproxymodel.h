#pragma once

#include "domain/cluster.h"

#include <QSortFilterProxyModel>

namespace brickdesk {

class ClustersModel;

// Filters the clusters list by text (name, id, creator, node type, runtime), by state group
// and by kind (all-purpose vs job clusters); sorts by the model's sort role.
class ClustersFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StateFilter {
        All,
        Active, // pending, running, resizing, restarting
        Running,
        Terminated, // terminating, terminated, error
    };
    Q_ENUM(StateFilter)
    enum class KindFilter {
        All,
        AllPurpose, // created from the UI or the API
        Job, // cluster_source JOB
    };
    Q_ENUM(KindFilter)

    explicit ClustersFilterProxyModel(QObject *parent = nullptr);

    void setClustersModel(ClustersModel *model);
    void setText(const QString &text);
    void setStateFilter(StateFilter filter);
    void setKindFilter(KindFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ClustersModel *m_model = nullptr;
    QString m_text;
    StateFilter m_state = StateFilter::All;
    KindFilter m_kind = KindFilter::All;
};

} // namespace brickdesk
