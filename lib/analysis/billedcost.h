#pragma once

#include <QString>
#include <QVector>

namespace brickdesk {

// One row of billed usage: what system.billing.usage x system.billing.list_prices gives for
// one hour (and SKU) of one cluster.
struct BilledUsageRow
{
    qint64 hourStartMs = 0;
    QString sku;
    double dbus = 0;
    double cost = 0; // dbus x the list price valid at that time
    QString currency; // e.g. "USD"
};

struct BilledHour
{
    qint64 hourStartMs = 0;
    double dbus = 0;
    double cost = 0;
};

// Billed cost of a window: per hour (SKUs summed) and in total.
struct BilledCost
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QVector<BilledHour> hours; // ascending, only hours with usage
    double totalDbus = 0;
    double totalCost = 0;
    QString currency; // "" when there is no usage; "mixed" if rows disagree
    qint64 billedThroughMs = 0; // end of the last billed hour (0: nothing billed)
    // The window reaches past what is billed yet (billing lags up to about 12 hours).
    bool isPartial() const { return billedThroughMs < toMs; }
};

// The currency of rows seen so far after one more row in `currency`: the first one's, or "mixed".
void mergeCurrency(QString &seen, const QString &currency);

// Pure: rows outside [fromMs, toMs) are ignored; rows of one hour are summed.
BilledCost summarizeBilledCost(const QVector<BilledUsageRow> &rows, qint64 fromMs, qint64 toMs);

} // namespace brickdesk
