#include "clusters/nodechartpanel.h"

#include "analysis/nodechartbuilder.h"
#include "charts/nodecountchart.h"
#include "clusters/clusterprompts.h"
#include "clusters/usagesummarypanel.h"
#include "common/timeunits.h"
#include "common/viewstatesaver.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QToolButton *toolButton(const QString &text, const QString &objectName, const QString &toolTip = {})
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

NodeChartPanel::NodeChartPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"nodeChartPanel"_s);
    m_chart = new NodeCountChart;
    m_summary = new UsageSummaryPanel;

    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    auto *zoomLabel = new QLabel(tr("Show:"));
    bar->addWidget(zoomLabel);
    QToolButton *all = toolButton(tr("Whole window"), u"chartZoomAll"_s);
    QToolButton *day = toolButton(tr("Last 24 h"), u"chartZoomDay"_s);
    QToolButton *week = toolButton(tr("Last 7 days"), u"chartZoomWeek"_s);
    QToolButton *zoomIn = toolButton(tr("Zoom in"), u"chartZoomIn"_s, tr("Zoom in (+)"));
    QToolButton *zoomOut = toolButton(tr("Zoom out"), u"chartZoomOut"_s, tr("Zoom out (−)"));
    for (QToolButton *b : {all, day, week, zoomIn, zoomOut})
        bar->addWidget(b);
    connect(all, &QToolButton::clicked, m_chart, &NodeCountChart::resetZoom);
    connect(day, &QToolButton::clicked, this, [this] { zoomToLast(kDay); });
    connect(week, &QToolButton::clicked, this, [this] { zoomToLast(7 * kDay); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_chart->zoomBy(2); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_chart->zoomBy(0.5); });
    bar->addSpacing(16);

    QToolButton *compare = toolButton(
        tr("Compare"), u"chartCompareButton"_s, tr("Overlay the previous window or another cluster"));
    compare->setPopupMode(QToolButton::InstantPopup);
    auto *compareMenu = new QMenu(compare);
    QAction *previous = compareMenu->addAction(tr("With the previous window"));
    previous->setObjectName(u"compareWithPreviousAction"_s);
    QAction *other = compareMenu->addAction(tr("With another cluster…"));
    other->setObjectName(u"compareWithClusterAction"_s);
    compareMenu->addSeparator();
    m_clearCompare = compareMenu->addAction(tr("Clear comparison"));
    m_clearCompare->setObjectName(u"clearCompareAction"_s);
    m_clearCompare->setEnabled(false);
    compare->setMenu(compareMenu);
    bar->addWidget(compare);
    connect(
        previous, &QAction::triggered, this, [this] { emit compareRequested(CompareKind::PreviousWindow); });
    connect(other, &QAction::triggered, this, [this] { emit compareRequested(CompareKind::OtherCluster); });
    connect(m_clearCompare, &QAction::triggered, this, [this] {
        m_compare = {};
        m_chart->clearCompare();
        m_clearCompare->setEnabled(false);
    });

    m_vcpus = toolButton(tr("vCPUs"), u"chartVcpusButton"_s);
    m_vcpus->setCheckable(true);
    m_vcpus->setEnabled(false);
    bar->addWidget(m_vcpus);
    connect(m_vcpus, &QToolButton::toggled, this, [this] { showData(true); });

    QToolButton *exportButton = toolButton(tr("Export"), u"chartExportButton"_s);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    QAction *png = exportMenu->addAction(tr("Chart as PNG…"), this, &NodeChartPanel::exportPng);
    png->setObjectName(u"exportChartPngAction"_s);
    QAction *svg = exportMenu->addAction(tr("Chart as SVG…"), this, &NodeChartPanel::exportSvg);
    svg->setObjectName(u"exportChartSvgAction"_s);
    QAction *csv = exportMenu->addAction(tr("Series as CSV…"), this, &NodeChartPanel::exportCsv);
    csv->setObjectName(u"exportChartCsvAction"_s);
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);
    auto *hint = new QLabel(tr("Wheel or drag: zoom · Shift+drag: pan · right-click: zoom out"));
    hint->setObjectName(u"chartHint"_s);
    hint->setEnabled(false);
    hint->setToolTip(hint->text());
    // A hint may be cut short on a narrow screen (it must not make the window wider than one):
    // its end then, never its beginning.
    hint->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(hint, 1);

    m_selection = new QLabel;
    m_selection->setObjectName(u"chartSelectionLabel"_s);
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selection->setWordWrap(true);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_chart, 1);
    leftLayout->addWidget(m_selection);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"nodeChartSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 300});
    ViewStateSaver::attach(splitter, u"clusters/nodeChartSplitter"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_chart, &NodeCountChart::visibleRangeChanged, m_summary, &UsageSummaryPanel::setWindow);
}

void NodeChartPanel::setTimeline(const NodeTimeline &timeline, const NodeChartData &data)
{
    m_summary->setTimeline(timeline);
    m_data = data;
    m_vcpus->setEnabled(data.hasVcpus());
    m_vcpus->setToolTip(data.hasVcpus()
            ? tr("Count capacity in vCPUs, as this cluster's autoscaler reports it")
            : tr("This cluster's events report workers only"));
    {
        const QSignalBlocker blocker(m_vcpus);
        m_vcpus->setChecked(m_vcpus->isChecked() && data.hasVcpus());
    }
    // A zoom made while the preview was up is kept: the user is looking at it.
    const bool zoomedPreview = m_previewRange && m_chart->visibleRange() != *m_previewRange;
    m_previewRange.reset();
    showData(zoomedPreview);
    const auto range = m_chart->visibleRange();
    m_summary->setWindow(range.first, range.second);
}

void NodeChartPanel::setPreview(const NodeChartData &data)
{
    if (!m_data.isEmpty())
        return;
    m_chart->setData(data);
    m_previewRange = m_chart->visibleRange();
}

void NodeChartPanel::setNodeType(const QString &nodeTypeId)
{
    m_summary->setNodeType(nodeTypeId);
}

void NodeChartPanel::setCompare(const NodeChartData &data, qint64 offsetMs)
{
    m_compare = data;
    m_compareOffset = offsetMs;
    m_clearCompare->setEnabled(true);
    showCompare();
}

bool NodeChartPanel::countsVcpus() const
{
    return m_vcpus->isChecked();
}

void NodeChartPanel::setCountVcpus(bool vcpus)
{
    m_vcpus->setChecked(vcpus && m_vcpus->isEnabled());
}

void NodeChartPanel::showData(bool keepRange)
{
    const auto range = m_chart->visibleRange();
    const int selected = m_chart->selectedEvent();
    const qint64 selectedTime = m_chart->selectedTime();
    m_chart->setData(countsVcpus() ? inVcpus(m_data) : m_data);
    if (!m_compare.isEmpty())
        showCompare();
    if (!keepRange)
        return;
    m_chart->setVisibleRange(range.first, range.second);
    if (selected >= 0)
        m_chart->selectEvent(
            selected, selectedTime, std::max(0, NodeTimeline::valueAt(m_chart->data().actual, selectedTime)));
}

void NodeChartPanel::showCompare()
{
    if (!countsVcpus()) {
        m_chart->setCompareData(m_compare, m_compareOffset);
        return;
    }
    // Workers and vCPUs on one axis would mislead: a comparison without vCPUs waits for workers.
    if (m_compare.hasVcpus()) {
        m_chart->setCompareData(inVcpus(m_compare), m_compareOffset);
    } else {
        m_chart->clearCompare();
        emit statusMessage(
            tr("%1 reports no vCPUs: shown again when counting workers").arg(m_compare.label), 8000);
    }
}

void NodeChartPanel::clear()
{
    m_data = {};
    m_compare = {};
    m_previewRange.reset();
    m_chart->clearCompare();
    m_chart->setData({});
    m_summary->clear();
    m_selection->clear();
    m_clearCompare->setEnabled(false);
    m_vcpus->setEnabled(false);
}

void NodeChartPanel::setSelectionText(const QString &text)
{
    m_selection->setText(text);
}

void NodeChartPanel::zoomToLast(qint64 spanMs)
{
    const qint64 end = m_chart->data().endMs;
    m_chart->setVisibleRange(end - spanMs, end);
}

bool NodeChartPanel::exportWith(const QString &caption, const QString &extension, const QString &filter,
    const std::function<bool(const QString &)> &write)
{
    const QString fileName
        = clusterprompts::saveFileName(this, caption, m_exportBaseName + u'.' + extension, filter);
    if (fileName.isEmpty())
        return false;
    const bool ok = write(fileName);
    emit statusMessage(ok ? tr("Saved %1").arg(QDir::toNativeSeparators(fileName))
                          : tr("Could not write %1").arg(QDir::toNativeSeparators(fileName)),
        6000);
    return ok;
}

bool NodeChartPanel::exportPng()
{
    return exportWith(tr("Export chart as PNG"), u"png"_s, tr("PNG images (*.png)"),
        [this](const QString &f) { return m_chart->exportPng(f); });
}

bool NodeChartPanel::exportSvg()
{
    return exportWith(tr("Export chart as SVG"), u"svg"_s, tr("SVG images (*.svg)"),
        [this](const QString &f) { return m_chart->exportSvg(f); });
}

bool NodeChartPanel::exportCsv()
{
    return exportWith(tr("Export node counts as CSV"), u"csv"_s, tr("CSV files (*.csv)"),
        [this](const QString &f) { return m_chart->exportCsv(f); });
}

} // namespace brickdesk
