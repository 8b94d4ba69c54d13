#include "analysis/billedcost.h"

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

void mergeCurrency(QString &seen, const QString &currency)
{
    if (seen.isEmpty())
        seen = currency;
    else if (seen != currency)
        seen = u"mixed"_s;
}

BilledCost summarizeBilledCost(const QVector<BilledUsageRow> &rows, qint64 fromMs, qint64 toMs)
{
    constexpr qint64 kHour = 3'600'000;
    BilledCost out;
    out.fromMs = fromMs;
    out.toMs = toMs;
    std::map<qint64, BilledHour> hours;
    for (const BilledUsageRow &row : rows) {
        if (row.hourStartMs < fromMs || row.hourStartMs >= toMs)
            continue;
        BilledHour &h = hours[row.hourStartMs];
        h.hourStartMs = row.hourStartMs;
        h.dbus += row.dbus;
        h.cost += row.cost;
        out.totalDbus += row.dbus;
        out.totalCost += row.cost;
        mergeCurrency(out.currency, row.currency);
        out.billedThroughMs = std::max(out.billedThroughMs, row.hourStartMs + kHour);
    }
    out.hours.reserve(qsizetype(hours.size()));
    for (const auto &[start, hour] : hours)
        out.hours.append(hour);
    return out;
}

} // namespace brickdesk
