#pragma once

#include "common/workspacepage.h"

namespace brickdesk {

// Placeholder until the clusters screen lands.
class ClustersPage final : public WorkspacePage
{
    Q_OBJECT
public:
    explicit ClustersPage(QWidget *parent = nullptr);
    void setConnection(Connection *connection) override;
    void refresh() override;
    void showCluster(const QString &clusterId);
};

} // namespace brickdesk
