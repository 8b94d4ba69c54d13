#pragma once

#include "analysis/nodechartdata.h"
#include "analysis/nodetimeline.h"

#include <QPair>
#include <QWidget>

#include <functional>
#include <optional>

using namespace Qt::Literals::StringLiterals;

class QAction;
class QLabel;
class QToolButton;

namespace brickdesk {

class NodeCountChart;
class UsageSummaryPanel;

// The "Node chart" tab of a cluster: the node-count chart with its zoom presets, compare and
// export actions, and the summary of the visible window (node-hours, cost) beside it.
// Comparison data is loaded by the owner (it needs the connection): the panel only asks for
// it through compareRequested().
class NodeChartPanel final : public QWidget
{
    Q_OBJECT
public:
    enum class CompareKind {
        PreviousWindow, // the same cluster over the window just before this one
        OtherCluster,
    };
    Q_ENUM(CompareKind)

    explicit NodeChartPanel(QWidget *parent = nullptr);

    void setTimeline(const NodeTimeline &timeline, const NodeChartData &data);
    void setNodeType(const QString &nodeTypeId);
    void setCompare(const NodeChartData &data, qint64 offsetMs);
    // What the archive already knows, drawn while the full history loads (setTimeline() replaces
    // it, in the range the user zoomed the preview to, if any); ignored once full data is shown.
    void setPreview(const NodeChartData &data);
    void clear();
    // A line under the chart describing the selected event (or nothing).
    void setSelectionText(const QString &text);
    // A file name for exports without the extension, e.g. "cluster-1234-abc".
    void setExportBaseName(const QString &name) { m_exportBaseName = name; }

    NodeCountChart *chart() const { return m_chart; }
    UsageSummaryPanel *summaryPanel() const { return m_summary; }

    bool exportPng();
    bool exportSvg();
    bool exportCsv();

    // Whether the chart counts vCPUs (only offered when the cluster's events report them).
    bool countsVcpus() const;
    void setCountVcpus(bool vcpus);

signals:
    void compareRequested(brickdesk::NodeChartPanel::CompareKind kind);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void zoomToLast(qint64 spanMs);
    void showData(bool keepRange);
    void showCompare();
    bool exportWith(const QString &caption, const QString &extension, const QString &filter,
        const std::function<bool(const QString &)> &write);

    NodeCountChart *m_chart = nullptr;
    UsageSummaryPanel *m_summary = nullptr;
    QLabel *m_selection = nullptr;
    QAction *m_clearCompare = nullptr;
    QToolButton *m_vcpus = nullptr;
    // As loaded, in workers with the vCPU series beside; the chart gets them in the chosen unit.
    NodeChartData m_data;
    NodeChartData m_compare;
    qint64 m_compareOffset = 0;
    // The range the preview was shown in: another one when the full data comes is the user's.
    std::optional<QPair<qint64, qint64>> m_previewRange;
    QString m_exportBaseName = u"cluster"_s;
};

} // namespace brickdesk
