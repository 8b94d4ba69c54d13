#pragma once

#include "analysis/nodetimeline.h"
#include "analysis/usagesummary.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace brickdesk {

// Summary of the chart's visible window: node-hours, average and peak workers, time at the
// autoscale max, time with the target above the actual (the autoscaler waiting for nodes),
// and an estimated cost from a rate the user enters for the cluster's node type, either per
// node-hour or as DBUs per node-hour times a price per DBU. Rates persist per node type
// (node-hour rates in Preferences, the DBU inputs in QSettings group "ClusterCost").
class UsageSummaryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit UsageSummaryPanel(QWidget *parent = nullptr);

    // The node type whose rate applies; loads its stored rate.
    void setNodeType(const QString &nodeTypeId);
    QString nodeType() const { return m_nodeType; }
    void setTimeline(const NodeTimeline &timeline);
    void setWindow(qint64 fromMs, qint64 toMs);
    void clear();

    const UsageSummary &summary() const { return m_summary; }
    // The price of one node-hour in force (entered directly or derived from the DBU inputs).
    double pricePerNodeHour() const;
    void setPricePerNodeHour(double price);

    // "3 h 20 min", "2 d 4 h", "45 s".
    static QString formatDuration(qint64 ms);

signals:
    void summaryChanged();

private:
    void recompute();
    void saveRates();
    void loadRates();
    void updateRateWidgets();

    NodeTimeline m_timeline;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QString m_nodeType;
    UsageSummary m_summary;
    bool m_loading = false;

    QLabel *m_window = nullptr;
    QLabel *m_nodeHours = nullptr;
    QLabel *m_average = nullptr;
    QLabel *m_peak = nullptr;
    QLabel *m_upTime = nullptr;
    QLabel *m_atMax = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_nodeTypeLabel = nullptr;
    QComboBox *m_rateMode = nullptr;
    QDoubleSpinBox *m_nodeHourPrice = nullptr;
    QDoubleSpinBox *m_dbuPerHour = nullptr;
    QDoubleSpinBox *m_dbuPrice = nullptr;
    QCheckBox *m_includeDriver = nullptr;
};

} // namespace brickdesk
