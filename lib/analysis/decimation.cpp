#include "analysis/decimation.h"

#include "analysis/stepline.h"

#include <algorithm>

namespace brickdesk {

StepSeries decimateSteps(const StepSeries &series, qint64 fromMs, qint64 toMs, int columns)
{
    StepSeries out;
    if (series.isEmpty() || toMs < fromMs)
        return out;
    columns = std::max(columns, 1);

    // The point in force at fromMs, moved to fromMs so the chart starts at the window's edge.
    auto it = std::upper_bound(series.cbegin(), series.cend(), fromMs,
        [](qint64 value, const StepPoint &point) { return value < point.timestampMs; });
    if (it != series.cbegin())
        out.append({fromMs, std::prev(it)->value});
    const auto end = std::upper_bound(it, series.cend(), toMs,
        [](qint64 value, const StepPoint &point) { return value < point.timestampMs; });
    if (end - it <= 4 * qsizetype(columns)) {
        out.append(StepSeries(it, end));
        return out;
    }

    const double span = double(std::max<qint64>(toMs - fromMs, 1));
    const auto columnOf
        = [&](qint64 ms) { return std::min(columns - 1, int(double(ms - fromMs) * columns / span)); };
    while (it != end) {
        const int column = columnOf(it->timestampMs);
        auto last = it;
        auto low = it;
        auto high = it;
        auto next = it;
        for (; next != end && columnOf(next->timestampMs) == column; ++next) {
            last = next;
            if (next->value < low->value)
                low = next;
            if (next->value > high->value)
                high = next;
        }
        // Emit in time order without repeats: first, then min/max by time, then last.
        auto a = std::min(low, high);
        auto b = std::max(low, high);
        for (auto p : {it, a, b, last}) {
            if (out.isEmpty() || out.constLast().timestampMs != p->timestampMs
                || out.constLast().value != p->value)
                if (out.isEmpty() || out.constLast().timestampMs <= p->timestampMs)
                    out.append(*p);
        }
        it = next;
    }
    return out;
}

QVector<QPointF> columnStepLine(const StepSeries &series, qint64 fromMs, qint64 toMs, int columns,
    qint64 endMs, qint64 offsetMs, int floor)
{
    QVector<QPointF> line;
    if (series.isEmpty() || toMs < fromMs)
        return line;
    columns = std::max(columns, 1);
    const auto after = [](qint64 value, const StepPoint &point) { return value < point.timestampMs; };
    auto it = std::upper_bound(series.cbegin(), series.cend(), fromMs, after);
    const auto end = std::upper_bound(it, series.cend(), toMs, after);
    const qint64 holdUntil = std::min(endMs, toMs);
    if (end - it <= 2 * qsizetype(columns)) {
        StepSeries visible;
        visible.reserve(end - it + 1);
        if (it != series.cbegin())
            visible.append({fromMs, std::prev(it)->value});
        visible.append(StepSeries(it, end));
        return stepLine(visible, holdUntil + offsetMs, offsetMs, floor);
    }

    const auto y = [floor](int value) { return double(std::max(value, floor)); };
    const auto add = [&line](double x, double value) {
        if (line.isEmpty() || line.constLast() != QPointF(x, value))
            line.append(QPointF(x, value));
    };
    const double span = double(std::max<qint64>(toMs - fromMs, 1));
    const auto columnOf
        = [&](qint64 ms) { return std::min(columns - 1, int(double(ms - fromMs) * columns / span)); };
    bool started = it != series.cbegin();
    int held = started ? std::prev(it)->value : 0;
    if (started)
        line.append(QPointF(double(fromMs + offsetMs), y(held)));
    line.reserve(4 * columns + 2);
    while (it != end) {
        const int column = columnOf(it->timestampMs);
        const double x = double(it->timestampMs + offsetMs);
        int low = started ? held : it->value;
        int high = low;
        int last = low;
        for (; it != end && columnOf(it->timestampMs) == column; ++it) {
            low = std::min(low, it->value);
            high = std::max(high, it->value);
            last = it->value;
        }
        if (started)
            add(x, y(held)); // where the held value's horizontal stroke ends
        // Down to the lowest and up to the highest (or the other way), ending nearer the last value.
        const bool endHigh = high - last < last - low;
        add(x, y(endHigh ? low : high));
        add(x, y(endHigh ? high : low));
        add(x, y(last));
        held = last;
        started = true;
    }
    if (!line.isEmpty() && double(holdUntil + offsetMs) > line.constLast().x())
        line.append(QPointF(double(holdUntil + offsetMs), line.constLast().y()));
    return line;
}

} // namespace brickdesk
