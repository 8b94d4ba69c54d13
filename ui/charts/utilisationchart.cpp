#include "charts/utilisationchart.h"

#include "charts/chartaccessibility.h"
#include "charts/chartstyle.h"
#include "common/chartcolours.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

UtilisationChart::UtilisationChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    setObjectName(u"utilisationChart"_s);
    markAsChart(m_view);
    m_view->setAccessibleName(tr("Billed cost and utilisation over time"));
    m_view->setAccessibleDescription(tr("No cost or utilisation loaded yet."));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    // The chart's own legend does not show in every style; say what the colours are.
    auto *caption
        = new QLabel(tr("Blue: billed cost per hour (left axis). Green: workers' CPU, purple: memory "
                        "(right axis). Shaded: idle capacity."),
            this);
    caption->setObjectName(u"utilisationCaption"_s);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    setMinimumHeight(220);
    applyColours();
}

void UtilisationChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void UtilisationChart::applyColours()
{
    const ChartColours c = ChartColours::fromPalette(palette());
    applyChartStyle(m_chart, c);
    m_view->setBackgroundBrush(c.background);
    const QList<QAbstractSeries *> series = m_chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            area->setColor(c.idleFill);
            area->setBorderColor(Qt::transparent);
        } else if (auto *line = qobject_cast<QLineSeries *>(s)) {
            const QString name = line->objectName();
            if (name == u"cpuSeries"_s)
                line->setPen(QPen(c.cpu, 1.5));
            else if (name == u"memorySeries"_s)
                line->setPen(QPen(c.memory, 1.2));
            else
                line->setPen(QPen(c.cost, 2));
        }
    }
}

int UtilisationChart::seriesCount() const
{
    return int(m_chart->series().size());
}

void UtilisationChart::clear()
{
    m_chart->removeAllSeries(); // deletes them, and the idle area's outline with it
    // removeAxis() hands an axis back to the caller instead of deleting it.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_view->setAccessibleDescription(tr("No cost or utilisation loaded yet."));
}

void UtilisationChart::setData(const BilledCost &billed, const QVector<UtilisationSample> &utilisation,
    const UtilisationSummary &summary, qint64 fromMs, qint64 toMs)
{
    clear();
    auto *x = new QDateTimeAxis;
    x->setFormat(toMs - fromMs > 3 * 24 * 3'600'000LL ? u"dd MMM"_s : u"dd MMM HH:mm"_s);
    x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    auto *money = new QValueAxis;
    money->setTitleText(tr("Billed per hour (%1)").arg(billed.currency));
    money->setLabelFormat(u"%.2f"_s);
    auto *percent = new QValueAxis;
    percent->setTitleText(tr("Workers' CPU and memory (%)"));
    percent->setRange(0, 100);
    percent->setLabelFormat(u"%d"_s);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(money, Qt::AlignLeft);
    m_chart->addAxis(percent, Qt::AlignRight);

    // Idle capacity first, so the lines draw over it.
    auto *idleTop = new QLineSeries;
    for (const TimeInterval &stretch : summary.idleStretches) {
        idleTop->append(double(stretch.startMs), 0);
        idleTop->append(double(stretch.startMs), 100);
        idleTop->append(double(stretch.endMs), 100);
        idleTop->append(double(stretch.endMs), 0);
    }
    auto *idle = new QAreaSeries(idleTop);
    idleTop->setParent(idle); // an area series does not own its outline
    idle->setName(tr("Idle capacity (CPU under %1%)").arg(summary.idleThresholdPercent));
    idle->setObjectName(u"idleSeries"_s);
    m_chart->addSeries(idle);
    idle->attachAxis(x);
    idle->attachAxis(percent);

    // One point per bucket: at most ~1000 points whatever the window.
    const qint64 bucket = std::max<qint64>(60'000, (toMs - fromMs) / 1000 / 60'000 * 60'000);
    auto *cpu = new QLineSeries;
    cpu->setName(tr("CPU"));
    cpu->setObjectName(u"cpuSeries"_s);
    auto *mem = new QLineSeries;
    mem->setName(tr("Memory"));
    mem->setObjectName(u"memorySeries"_s);
    qint64 current = -1;
    double cpuSum = 0;
    double memSum = 0;
    int n = 0;
    auto flush = [&] {
        if (n > 0) {
            cpu->append(double(current), cpuSum / n);
            mem->append(double(current), memSum / n);
        }
        cpuSum = memSum = 0;
        n = 0;
    };
    for (const UtilisationSample &s : utilisation) {
        const qint64 b = s.minuteMs / bucket * bucket;
        if (b != current) {
            flush();
            current = b;
        }
        cpuSum += s.cpuPercent;
        memSum += s.memPercent;
        ++n;
    }
    flush();
    for (QLineSeries *series : {cpu, mem}) {
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(percent);
    }

    auto *cost = new QLineSeries;
    cost->setName(tr("Billed cost per hour"));
    double top = 0;
    for (const BilledHour &h : billed.hours) {
        cost->append(double(h.hourStartMs), h.cost);
        cost->append(double(h.hourStartMs + 3'600'000), h.cost);
        top = std::max(top, h.cost);
    }
    cost->setObjectName(u"costSeries"_s);
    m_chart->addSeries(cost);
    cost->attachAxis(x);
    cost->attachAxis(money);
    money->setRange(0, top > 0 ? top * 1.15 : 1);
    applyColours(); // the new axes and series

    // What the lines show, for a screen reader.
    const QLocale locale;
    QString text
        = tr("Between %1 and %2: billed %3 %4 in total, at most %5 %4 in an hour.")
              .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(fromMs), QLocale::ShortFormat),
                  locale.toString(QDateTime::fromMSecsSinceEpoch(toMs), QLocale::ShortFormat),
                  locale.toString(billed.totalCost, 'f', 2), billed.currency, locale.toString(top, 'f', 2));
    if (billed.hours.isEmpty())
        text = tr("Between %1 and %2: nothing billed.")
                   .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(fromMs), QLocale::ShortFormat),
                       locale.toString(QDateTime::fromMSecsSinceEpoch(toMs), QLocale::ShortFormat));
    if (summary.workerMinutes > 0) {
        text += u' '
            + tr("Workers' CPU averaged %1%, memory %2%; idle (CPU under %3%) %4% of worker time.")
                  .arg(qRound(summary.averageCpuPercent))
                  .arg(qRound(summary.averageMemPercent))
                  .arg(summary.idleThresholdPercent)
                  .arg(qRound(summary.idleShare() * 100));
    }
    m_view->setAccessibleDescription(text);
}

} // namespace brickdesk
