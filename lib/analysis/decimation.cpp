#include "analysis/decimation.h"

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

} // namespace brickdesk
