#include "analysis/nodechartsummary.h"

#include "analysis/nodetimeline.h"
#include "analysis/timewords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// The down periods are sorted and do not overlap (buildNodeChartData): a binary search, since
// the summary runs on every zoom and pan step over series of a million events.
bool downAt(const QVector<TimeInterval> &down, qint64 t)
{
    const auto it = std::upper_bound(down.cbegin(), down.cend(), t,
        [](qint64 value, const TimeInterval &interval) { return value < interval.startMs; });
    return it != down.cbegin() && t < std::prev(it)->endMs;
}

// The first point of a step series after `ms`.
StepSeries::const_iterator firstAfter(const StepSeries &series, qint64 ms)
{
    return std::upper_bound(series.cbegin(), series.cend(), ms,
        [](qint64 value, const StepPoint &point) { return value < point.timestampMs; });
}

// The lowest and highest known values of a step series over [from, to]; false when none is known.
bool valueRange(const StepSeries &series, qint64 from, qint64 to, int *lowest, int *highest)
{
    bool known = false;
    const auto take = [&](int value) {
        if (value < 0)
            return;
        *lowest = known ? std::min(*lowest, value) : value;
        *highest = known ? std::max(*highest, value) : value;
        known = true;
    };
    take(NodeTimeline::valueAt(series, from));
    for (auto it = firstAfter(series, from); it != series.cend() && it->timestampMs <= to; ++it)
        take(it->value);
    return known;
}

QString rangeText(NodeChartUnit unit, int lowest, int highest, qint64 from, qint64 to)
{
    const bool vcpus = unit == NodeChartUnit::Vcpus;
    if (lowest == highest) {
        const QString text = vcpus ? QCoreApplication::translate("brickdesk::NodeChartSummary",
                                 "%n vCPU(s) between %1 and %2", nullptr, lowest)
                                   : QCoreApplication::translate("brickdesk::NodeChartSummary",
                                       "%n worker(s) between %1 and %2", nullptr, lowest);
        return text.arg(timeWords(from), timeWords(to));
    }
    const QString text = vcpus
        ? QCoreApplication::translate("brickdesk::NodeChartSummary", "vCPUs from %1 to %2 between %3 and %4")
        : QCoreApplication::translate(
            "brickdesk::NodeChartSummary", "Workers from %1 to %2 between %3 and %4");
    return text.arg(QString::number(lowest), QString::number(highest), timeWords(from), timeWords(to));
}

} // namespace

NodeChartSummary summarizeNodeChart(const NodeChartData &data, qint64 fromMs, qint64 toMs)
{
    NodeChartSummary summary;
    summary.hasValues = valueRange(data.actual, fromMs, toMs, &summary.lowest, &summary.highest);
    // A resize is a new target while the cluster is up: the first target (the cluster's
    // creation) and the zero of a termination or restart are not.
    for (qsizetype i = std::max<qsizetype>(1, firstAfter(data.target, fromMs) - data.target.cbegin());
         i < data.target.size() && data.target.at(i).timestampMs <= toMs; ++i) {
        const StepPoint &point = data.target.at(i);
        if (point.value < 0 || data.target.at(i - 1).value < 0)
            continue;
        if (downAt(data.down, point.timestampMs) || downAt(data.down, point.timestampMs - 1))
            continue;
        ++summary.resizes;
    }
    for (const TimeInterval &interval : data.down) {
        const qint64 start = std::max(interval.startMs, fromMs);
        const qint64 end = std::min(interval.endMs, toMs);
        summary.downMs += std::max<qint64>(0, end - start);
    }
    summary.nodesLost
        = int(std::count_if(data.markers.cbegin(), data.markers.cend(), [&](const NodeChartMarker &m) {
              return m.kind == NodeChartMarker::Kind::NodesLost && m.timeMs >= fromMs && m.timeMs <= toMs;
          }));
    return summary;
}

QString describeNodeChart(const NodeChartData &data, const NodeChartData &compare, qint64 compareOffsetMs,
    qint64 fromMs, qint64 toMs)
{
    const NodeChartSummary summary = summarizeNodeChart(data, fromMs, toMs);
    if (!summary.hasValues)
        return QCoreApplication::translate("brickdesk::NodeChartSummary", "No node counts between %1 and %2.")
            .arg(timeWords(fromMs), timeWords(toMs));
    QStringList parts;
    parts << rangeText(data.unit, summary.lowest, summary.highest, fromMs, toMs);
    parts << QCoreApplication::translate(
        "brickdesk::NodeChartSummary", "%n resize(s)", nullptr, summary.resizes);
    if (summary.downMs > 0)
        parts << QCoreApplication::translate("brickdesk::NodeChartSummary", "down for %1")
                     .arg(durationWords(double(summary.downMs) / 60'000));
    if (summary.nodesLost > 0)
        parts << QCoreApplication::translate(
            "brickdesk::NodeChartSummary", "nodes lost %n time(s)", nullptr, summary.nodesLost);
    QString text = parts.join(u"; "_s) + u'.';
    int lowest = 0;
    int highest = 0;
    if (!compare.isEmpty()
        && valueRange(compare.actual, fromMs - compareOffsetMs, toMs - compareOffsetMs, &lowest, &highest)) {
        const QString name = compare.label.isEmpty()
            ? QCoreApplication::translate("brickdesk::NodeChartSummary", "the other series")
            : compare.label;
        text += u' '
            + (lowest == highest ? QCoreApplication::translate(
                   "brickdesk::NodeChartSummary", "Compared with %1: %2 throughout.")
                                       .arg(name, QString::number(lowest))
                                 : QCoreApplication::translate(
                                     "brickdesk::NodeChartSummary", "Compared with %1: from %2 to %3.")
                                       .arg(name, QString::number(lowest), QString::number(highest)));
    }
    // The whole window from the archive: read while the workspace could not be reached, or from
    // before all it keeps; either way no moment of it came from the workspace.
    if (data.archivedUntilMs >= toMs)
        text += u' '
            + QCoreApplication::translate(
                "brickdesk::NodeChartSummary", "The events of this window come from the local archive.");
    else if (data.archivedUntilMs > fromMs)
        text += u' '
            + QCoreApplication::translate("brickdesk::NodeChartSummary",
                "Until %1 the events come from the local archive: the workspace no longer keeps them.")
                  .arg(
                      QLocale().toString(QDateTime::fromMSecsSinceEpoch(std::min(data.archivedUntilMs, toMs)),
                          QLocale::ShortFormat));
    return text;
}

} // namespace brickdesk
