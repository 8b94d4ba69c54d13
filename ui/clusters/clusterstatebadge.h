#pragma once

#include "domain/cluster.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QLabel;

namespace brickdesk {

// The coloured state badge of a cluster (RUNNING green, PENDING/RESIZING/RESTARTING amber,
// TERMINATING/TERMINATED grey, ERROR red), shared by the list's delegate and the detail view.
class ClusterStateBadge final
{
    Q_DECLARE_TR_FUNCTIONS(ClusterStateBadge)

public:
    static QColor color(Cluster::State state);
    static QString text(Cluster::State state, const QString &rawName);
    static void apply(QLabel *label, Cluster::State state, const QString &rawName);

private:
    ClusterStateBadge() = delete;
};

} // namespace brickdesk
