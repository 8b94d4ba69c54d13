#include "clusters/usagesummarypanel.h"

#include "common/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QLabel *valueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString settingsKey(const QString &nodeType, const QString &what)
{
    return u"ClusterCost/"_s + QString(nodeType).replace(u'/', u'_') + u'/' + what;
}

} // namespace

UsageSummaryPanel::UsageSummaryPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"usageSummaryPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *usage = new QGroupBox(tr("Visible window"));
    auto *form = new QFormLayout(usage);
    m_window = valueLabel(u"summaryWindow"_s);
    m_window->setWordWrap(true);
    m_nodeHours = valueLabel(u"summaryNodeHours"_s);
    m_average = valueLabel(u"summaryAverageWorkers"_s);
    m_peak = valueLabel(u"summaryPeakWorkers"_s);
    m_upTime = valueLabel(u"summaryUpTime"_s);
    m_atMax = valueLabel(u"summaryTimeAtMax"_s);
    m_waiting = valueLabel(u"summaryTimeWaiting"_s);
    form->addRow(m_window);
    form->addRow(tr("Node-hours:"), m_nodeHours);
    form->addRow(tr("Average workers:"), m_average);
    form->addRow(tr("Peak workers:"), m_peak);
    form->addRow(tr("Up:"), m_upTime);
    form->addRow(tr("At autoscale max:"), m_atMax);
    m_waiting->setToolTip(
        tr("Time with the target above the actual count: the autoscaler waiting for nodes."));
    form->addRow(tr("Waiting for nodes:"), m_waiting);
    layout->addWidget(usage);

    auto *cost = new QGroupBox(tr("Estimated cost"));
    auto *costForm = new QFormLayout(cost);
    m_nodeTypeLabel = valueLabel(u"summaryNodeType"_s);
    costForm->addRow(tr("Node type:"), m_nodeTypeLabel);
    m_rateMode = new QComboBox;
    m_rateMode->setObjectName(u"costRateMode"_s);
    m_rateMode->addItem(tr("Price per node-hour"));
    m_rateMode->addItem(tr("DBU rate"));
    costForm->addRow(tr("Rate:"), m_rateMode);
    const QString currency = Preferences::instance()->currency();
    auto makeSpin = [&](const QString &name, int decimals, double max, const QString &suffix) {
        auto *spin = new QDoubleSpinBox;
        spin->setObjectName(name);
        spin->setDecimals(decimals);
        spin->setRange(0, max);
        spin->setSingleStep(0.05);
        spin->setSuffix(suffix);
        spin->setKeyboardTracking(false);
        return spin;
    };
    m_nodeHourPrice = makeSpin(u"costPerNodeHour"_s, 4, 100000, u' ' + currency);
    m_dbuPerHour = makeSpin(u"dbuPerNodeHour"_s, 3, 10000, tr(" DBU"));
    m_dbuPrice = makeSpin(u"pricePerDbu"_s, 4, 10000, u' ' + currency);
    costForm->addRow(tr("Per node-hour:"), m_nodeHourPrice);
    costForm->addRow(tr("DBUs per node-hour:"), m_dbuPerHour);
    costForm->addRow(tr("Price per DBU:"), m_dbuPrice);
    m_includeDriver = new QCheckBox(tr("Count the driver node"));
    m_includeDriver->setObjectName(u"costIncludeDriver"_s);
    costForm->addRow(m_includeDriver);
    m_cost = valueLabel(u"summaryEstimatedCost"_s);
    QFont bold = m_cost->font();
    bold.setBold(true);
    m_cost->setFont(bold);
    costForm->addRow(tr("Estimate:"), m_cost);
    layout->addWidget(cost);
    layout->addStretch(1);

    const auto changed = [this] {
        updateRateWidgets();
        if (!m_loading)
            saveRates();
        recompute();
    };
    connect(m_rateMode, &QComboBox::currentIndexChanged, this, changed);
    connect(m_nodeHourPrice, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_dbuPerHour, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_dbuPrice, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_includeDriver, &QCheckBox::toggled, this, changed);
    updateRateWidgets();
    clear();
}

QString UsageSummaryPanel::formatDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours % 24);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 s").arg(seconds);
}

void UsageSummaryPanel::setNodeType(const QString &nodeTypeId)
{
    m_nodeType = nodeTypeId;
    m_nodeTypeLabel->setText(nodeTypeId.isEmpty() ? tr("unknown") : nodeTypeId);
    loadRates();
    recompute();
}

void UsageSummaryPanel::setTimeline(const NodeTimeline &timeline)
{
    m_timeline = timeline;
    recompute();
}

void UsageSummaryPanel::setWindow(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    recompute();
}

void UsageSummaryPanel::clear()
{
    m_timeline = {};
    m_fromMs = m_toMs = 0;
    recompute();
}

double UsageSummaryPanel::pricePerNodeHour() const
{
    if (m_rateMode->currentIndex() == 1)
        return m_dbuPerHour->value() * m_dbuPrice->value();
    return m_nodeHourPrice->value();
}

void UsageSummaryPanel::setPricePerNodeHour(double price)
{
    m_rateMode->setCurrentIndex(0);
    m_nodeHourPrice->setValue(price);
}

void UsageSummaryPanel::updateRateWidgets()
{
    const bool dbu = m_rateMode->currentIndex() == 1;
    m_nodeHourPrice->setEnabled(!dbu);
    m_dbuPerHour->setEnabled(dbu);
    m_dbuPrice->setEnabled(dbu);
}

void UsageSummaryPanel::loadRates()
{
    m_loading = true;
    QSettings settings;
    m_rateMode->setCurrentIndex(settings.value(settingsKey(m_nodeType, u"mode"_s), 0).toInt());
    m_dbuPerHour->setValue(settings.value(settingsKey(m_nodeType, u"dbuPerNodeHour"_s), 0).toDouble());
    m_dbuPrice->setValue(settings.value(settingsKey(m_nodeType, u"pricePerDbu"_s), 0).toDouble());
    m_includeDriver->setChecked(settings.value(u"ClusterCost/includeDriver"_s, false).toBool());
    m_nodeHourPrice->setValue(m_nodeType.isEmpty() ? 0 : Preferences::instance()->costRate(m_nodeType));
    updateRateWidgets();
    m_loading = false;
}

void UsageSummaryPanel::saveRates()
{
    QSettings settings;
    settings.setValue(u"ClusterCost/includeDriver"_s, m_includeDriver->isChecked());
    if (m_nodeType.isEmpty())
        return;
    settings.setValue(settingsKey(m_nodeType, u"mode"_s), m_rateMode->currentIndex());
    settings.setValue(settingsKey(m_nodeType, u"dbuPerNodeHour"_s), m_dbuPerHour->value());
    settings.setValue(settingsKey(m_nodeType, u"pricePerDbu"_s), m_dbuPrice->value());
    // The node-hour price in force is what other views (and the next session) use.
    QMap<QString, double> rates = Preferences::instance()->costRates();
    rates.insert(m_nodeType, pricePerNodeHour());
    Preferences::instance()->setCostRates(rates);
}

void UsageSummaryPanel::recompute()
{
    const QLocale locale;
    if (m_timeline.isEmpty() || m_toMs <= m_fromMs) {
        m_summary = {};
        const QString none = tr("—");
        m_window->setText(tr("No data yet."));
        for (QLabel *label : {m_nodeHours, m_average, m_peak, m_upTime, m_atMax, m_waiting, m_cost})
            label->setText(none);
        emit summaryChanged();
        return;
    }
    m_summary
        = summarizeUsage(m_timeline, m_fromMs, m_toMs, pricePerNodeHour(), m_includeDriver->isChecked());
    m_window->setText(
        tr("%1 – %2").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_fromMs), QLocale::ShortFormat),
            locale.toString(QDateTime::fromMSecsSinceEpoch(m_toMs), QLocale::ShortFormat)));
    m_nodeHours->setText(locale.toString(m_summary.nodeHours, 'f', 1));
    m_average->setText(tr("%1 (%2 while up)")
                           .arg(locale.toString(m_summary.averageWorkers, 'f', 1),
                               locale.toString(m_summary.averageWorkersWhileUp, 'f', 1)));
    m_peak->setText(tr("%1 (for %2)").arg(m_summary.peakWorkers).arg(formatDuration(m_summary.timeAtPeakMs)));
    m_upTime->setText(formatDuration(m_summary.upMs));
    m_atMax->setText(formatDuration(m_summary.timeAtMaxMs));
    m_waiting->setText(formatDuration(m_summary.timeTargetAboveActualMs));
    if (pricePerNodeHour() > 0) {
        // The amount and the ISO code, as in the rate boxes above: QLocale::toCurrencyString()
        // takes the code for a symbol and glues it on ("USD806.36").
        //: Estimated cost: amount, then currency code, e.g. "806.36 USD"
        m_cost->setText(tr("%1 %2").arg(
            locale.toString(m_summary.estimatedCost, 'f', 2), Preferences::instance()->currency()));
    } else {
        m_cost->setText(tr("enter a rate"));
    }
    emit summaryChanged();
}

} // namespace brickdesk
