#pragma once

#include "analysis/steppoint.h"

#include <QString>
#include <QVector>

namespace brickdesk {

// What the node-count chart draws for one cluster (or one window of it). Free of QtCharts:
// lib builds it (nodechartbuilder.h, services/clusterhistoryloader.h) and ui/charts draws it.
//
// Step series as in the node timeline (analysis/steppoint.h): sorted change points, each value
// holding until the next point. A value below zero means "unknown / not applicable" (e.g. no
// autoscale bounds on a fixed-size cluster). Copying NodeTimeline's series here is free
// (implicitly shared).
struct NodeChartMarker
{
    enum class Kind {
        NodesLost,
        Restart,
        Edit,
        Termination,
    };
    qint64 timeMs = 0;
    double value = 0; // where the marker sits on the y axis (workers at that moment)
    Kind kind = Kind::NodesLost;
    QString tooltip;
    int eventIndex = -1; // index into the caller's event list, for selection sync
};

// What the chart's values count. Workers always; vCPUs where the cluster's events report them.
enum class NodeChartUnit {
    Workers,
    Vcpus,
};

struct NodeChartData
{
    QString label; // legend text for comparisons, e.g. the cluster name
    NodeChartUnit unit = NodeChartUnit::Workers;
    StepSeries actual;
    StepSeries target;
    StepSeries autoscaleMin;
    StepSeries autoscaleMax;
    QVector<TimeInterval> down; // when the cluster was down
    QVector<NodeChartMarker> markers;
    qint64 startMs = 0; // the window the data covers
    qint64 endMs = 0;
    // Before this time the events came from the local archive, past the API's retention
    // (0: none did).
    qint64 archivedUntilMs = 0;
    // Capacity in vCPUs as the events report it (current_num_vcpus, target_num_vcpus); empty
    // for clusters whose autoscaler reports workers only. inVcpus() (nodechartbuilder.h) makes
    // them the drawn series.
    StepSeries actualVcpus;
    StepSeries targetVcpus;

    bool isEmpty() const { return actual.isEmpty() && target.isEmpty(); }
    bool hasVcpus() const { return !actualVcpus.isEmpty() || !targetVcpus.isEmpty(); }
};

} // namespace brickdesk
