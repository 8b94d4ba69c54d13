#include "cost/clustercostpanel.h"

#include "analysis/whatif.h"
#include "charts/utilisationchart.h"
#include "common/prompts.h"

#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // quotes the server's words
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ClusterCostPanel::ClusterCostPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(plainLabel(u"costSummary"_s, this))
    , m_start(new QPushButton(tr("Start the SQL warehouse…"), this))
    , m_chart(new UtilisationChart(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_findings(plainLabel(u"costFindings"_s, this))
    , m_min(new QSpinBox(this))
    , m_max(new QSpinBox(this))
    , m_autoTermination(new QSpinBox(this))
    , m_whatIf(plainLabel(u"whatIfResult"_s, this))
    , m_assumptions(plainLabel(u"whatIfAssumptions"_s, this))
{
    m_start->setObjectName(u"costStartWarehouse"_s);
    m_start->hide();
    m_threshold->setObjectName(u"idleThreshold"_s);
    m_threshold->setRange(1, 90);
    m_threshold->setValue(10);
    m_threshold->setSuffix(u" %"_s);
    m_min->setObjectName(u"whatIfMin"_s);
    m_max->setObjectName(u"whatIfMax"_s);
    m_autoTermination->setObjectName(u"whatIfAutoTermination"_s);
    for (QSpinBox *box : {m_min, m_max})
        box->setRange(0, 1000);
    m_autoTermination->setRange(0, 10'000);
    m_autoTermination->setSuffix(tr(" min"));
    // Secondary text; the palette's Mid would all but vanish on a dark background.
    m_assumptions->setForegroundRole(QPalette::PlaceholderText);

    auto *idleRow = new QHBoxLayout;
    auto *idleLabel = new QLabel(tr("&Idle when the workers' CPU is under"), this);
    idleLabel->setBuddy(m_threshold);
    idleRow->addWidget(idleLabel);
    idleRow->addWidget(m_threshold);
    idleRow->addStretch(1);

    auto *whatIf = new QGroupBox(tr("What if"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Minimum workers"), m_min);
    form->addRow(tr("Maximum workers"), m_max);
    form->addRow(tr("Auto-termination"), m_autoTermination);
    auto *whatIfLayout = new QVBoxLayout(whatIf);
    whatIfLayout->addLayout(form);
    whatIfLayout->addWidget(m_whatIf);
    whatIfLayout->addWidget(m_assumptions);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_start, 0, Qt::AlignLeft);
    layout->addWidget(m_chart, 1);
    layout->addLayout(idleRow);
    layout->addWidget(m_findings);
    layout->addWidget(whatIf);

    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this] { recompute(); });
    for (QSpinBox *box : {m_min, m_max, m_autoTermination})
        connect(box, &QSpinBox::valueChanged, this, [this] { replay(); });
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!m_service)
            return;
        if (!Prompts::confirm(this, tr("Start the SQL warehouse"),
                tr("Starting “%1” costs money while it runs (it stops by itself after %2 minutes idle).")
                    .arg(m_service->warehouse().name())
                    .arg(m_service->warehouse().autoStopMinutes()),
                tr("Start")))
            return;
        m_service->startWarehouse().then(this, [this](const ApiResult<Done> &result) {
            if (!result.ok()) {
                m_summary->setText(result.error().userMessage());
                return;
            }
            m_start->hide();
            if (m_service) {
                m_service->refreshWarehouses();
                // The statement waits while the warehouse starts (the client polls).
                m_summary->setText(tr("Starting the SQL warehouse, then reading billed cost…"));
                m_service->loadCluster(m_clusterId, m_fromMs, m_toMs);
            }
        });
    });
    clear();
}

void ClusterCostPanel::setService(CostService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (service)
        connect(service, &CostService::clusterCostReady, this, &ClusterCostPanel::onCost);
}

void ClusterCostPanel::clear()
{
    m_clusterId.clear();
    m_data = {};
    m_requested = false;
    m_minutes.clear();
    m_chart->clear();
    m_summary->setText(tr("Open a cluster's history to see what it was billed."));
    m_findings->clear();
    m_whatIf->clear();
    m_assumptions->clear();
}

void ClusterCostPanel::setCluster(const QString &clusterId, const NodeTimeline &timeline,
    const QVector<LostNodes> &lost, int autoTerminationMinutes, qint64 fromMs, qint64 toMs,
    double estimateRatePerNodeHour, const QString &currency)
{
    m_clusterId = clusterId;
    m_timeline = timeline;
    m_lost = lost;
    m_currentAutoTermination = autoTerminationMinutes;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_rate = estimateRatePerNodeHour;
    m_currency = currency;
    m_data = {};
    {
        const QSignalBlocker a(m_min), b(m_max), c(m_autoTermination);
        m_min->setValue(std::max(0, timeline.minWorkersAt(toMs - 1)));
        m_max->setValue(std::max(0,
            timeline.maxWorkersAt(toMs - 1) >= 0 ? timeline.maxWorkersAt(toMs - 1)
                                                 : timeline.actualAt(toMs - 1)));
        m_autoTermination->setValue(autoTerminationMinutes);
    }
    m_requested = false;
    recompute();
    if (isVisible())
        request();
}

void ClusterCostPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_requested && !m_clusterId.isEmpty())
        request();
}

void ClusterCostPanel::request()
{
    if (!m_service)
        return;
    m_requested = true;
    const SqlWarehouse warehouse = m_service->warehouse();
    if (warehouse.isStopped()) {
        m_summary->setText(
            tr("The SQL warehouse “%1” is stopped; billed cost is read through it, and starting it "
               "costs money. Until then: %2")
                .arg(warehouse.name(), m_summary->text()));
        m_start->show();
        return;
    }
    m_summary->setText(tr("Reading billed cost and utilisation from the SQL warehouse…"));
    m_service->loadCluster(m_clusterId, m_fromMs, m_toMs);
}

void ClusterCostPanel::onCost(const ClusterCostData &data)
{
    if (data.clusterId != m_clusterId || data.fromMs != m_fromMs || data.toMs != m_toMs)
        return;
    m_data = data;
    m_start->hide();
    recompute();
}

void ClusterCostPanel::recompute()
{
    if (m_clusterId.isEmpty())
        return;
    const QLocale locale;
    const double nodeHours = m_timeline.nodeHours(m_fromMs, m_toMs, true);
    const QString estimate = tr("Node-hour estimate: %1 node-hours (driver included), %2 %3 at your rate.")
                                 .arg(locale.toString(nodeHours, 'f', 1),
                                     locale.toString(nodeHours * m_rate, 'f', 2), m_currency);
    const UtilisationSummary summary = summarizeUtilisation(m_data.utilisation, m_threshold->value());
    m_minutes = clusterMinutes(m_timeline, m_data.utilisation, m_fromMs, m_toMs);
    if (!m_data.billedAvailable) {
        m_summary->setText(
            m_data.fallbackReason.isEmpty() ? estimate : m_data.fallbackReason + u' ' + estimate);
    } else {
        const BilledCost &b = m_data.billed;
        QString text = tr("Billed %1 %2 for %3 DBUs in this window. %4")
                           .arg(locale.toString(b.totalCost, 'f', 2), b.currency,
                               locale.toString(b.totalDbus, 'f', 1), estimate);
        if (b.isPartial() && b.billedThroughMs > 0)
            text += u' '
                + tr("Billing is recorded up to about 12 hours late: usage after %1 is not billed yet, so "
                     "the billed "
                     "figure covers less than the estimate.")
                      .arg(locale.toString(
                          QDateTime::fromMSecsSinceEpoch(b.billedThroughMs), QLocale::ShortFormat));
        if (summary.workerMinutes > 0)
            text += u' '
                + tr("Workers' average CPU %1%; %2% of worker time idle (about %3 %4).")
                      .arg(qRound(summary.averageCpuPercent))
                      .arg(qRound(summary.idleShare() * 100))
                      .arg(locale.toString(b.totalCost * summary.idleShare(), 'f', 2), b.currency);
        m_summary->setText(text);
    }
    m_chart->setData(m_data.billed, m_data.utilisation, summary, m_fromMs, m_toMs);
    FindingThresholds thresholds;
    thresholds.idleCpuPercent = m_threshold->value();
    QStringList lines;
    for (const CostFinding &f : findCostIssues(m_minutes, m_lost, thresholds))
        lines.append(u"• "_s + f.text);
    m_findings->setText(lines.isEmpty() && !m_data.utilisation.isEmpty()
            ? tr("Nothing stands out in this window.")
            : lines.join(u'\n'));
    replay();
}

void ClusterCostPanel::replay()
{
    if (m_minutes.isEmpty()) {
        m_whatIf->clear();
        m_assumptions->clear();
        return;
    }
    WhatIfScenario s;
    s.minWorkers = m_min->value();
    s.maxWorkers = m_max->value();
    s.autoTerminationMinutes = m_autoTermination->value();
    s.currentAutoTerminationMinutes = m_currentAutoTermination;
    s.idleCpuPercent = m_threshold->value();
    s.currency = m_data.billedAvailable ? m_data.billed.currency : m_currency;
    const double billedNodeHours = m_data.billedAvailable && m_data.billed.billedThroughMs > m_fromMs
        ? m_timeline.nodeHours(m_fromMs, std::min(m_toMs, m_data.billed.billedThroughMs), true)
        : 0;
    s.costPerNodeHour = billedNodeHours > 0 ? m_data.billed.totalCost / billedNodeHours : m_rate;
    const WhatIfResult r = replayWhatIf(m_minutes, s);
    m_whatIf->setText(r.summary);
    m_assumptions->setText(r.assumptions.join(u'\n'));
}

} // namespace brickdesk
