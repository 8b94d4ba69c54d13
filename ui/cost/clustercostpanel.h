#pragma once

#include "analysis/clusterminutes.h"
#include "analysis/costfindings.h"
#include "analysis/nodetimeline.h"
#include "services/costservice.h"

#include <QPointer>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace brickdesk {

class UtilisationChart;

// Beside a cluster's scaling chart: what the window was billed (from the system tables, or the
// node-hour estimate with the reason when they cannot be read), the workers' utilisation with
// idle capacity shaded, findings in words, and a what-if replay of other autoscale bounds and
// auto-termination.
class ClusterCostPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterCostPanel(QWidget *parent = nullptr);

    void setService(CostService *service);
    // The cluster's history for the window; asks the service for the billed side.
    void setCluster(const QString &clusterId, const NodeTimeline &timeline, const QVector<LostNodes> &lost,
        int autoTerminationMinutes, qint64 fromMs, qint64 toMs, double estimateRatePerNodeHour,
        const QString &currency);
    void clear();

    QLabel *summary() const { return m_summary; }
    QLabel *findings() const { return m_findings; }
    QLabel *whatIfResult() const { return m_whatIf; }
    QSpinBox *whatIfMin() const { return m_min; }
    QSpinBox *whatIfMax() const { return m_max; }
    QSpinBox *whatIfAutoTermination() const { return m_autoTermination; }
    QDoubleSpinBox *idleThreshold() const { return m_threshold; }
    UtilisationChart *chart() const { return m_chart; }
    bool hasBilledData() const { return m_data.billedAvailable; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Runs the statements once the panel is seen: never for a hidden tab, and never on a
    // stopped warehouse (a statement would start it, and that costs money: the user is asked).
    void request();
    void onCost(const ClusterCostData &data);
    void recompute();
    void replay();

    QPointer<CostService> m_service;
    QString m_clusterId;
    NodeTimeline m_timeline;
    QVector<LostNodes> m_lost;
    int m_currentAutoTermination = 0;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    double m_rate = 0;
    QString m_currency;
    ClusterCostData m_data;
    QVector<ClusterMinute> m_minutes;
    bool m_requested = false;

    QLabel *m_summary;
    QPushButton *m_start;
    UtilisationChart *m_chart;
    QDoubleSpinBox *m_threshold;
    QLabel *m_findings;
    QSpinBox *m_min;
    QSpinBox *m_max;
    QSpinBox *m_autoTermination;
    QLabel *m_whatIf;
    QLabel *m_assumptions;
};

} // namespace brickdesk
