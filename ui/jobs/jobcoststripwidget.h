#pragma once

#include "analysis/jobcost.h"

#include <QWidget>

namespace brickdesk {

// A job's billed cost over time: one bar per UTC day, oldest on the left, scaled to the most
// expensive day. Hover names the day, its cost and its runs.
class JobCostStripWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit JobCostStripWidget(QWidget *parent = nullptr);

    void setDays(const QVector<DayCost> &days, const QString &currency);
    void clear() { setDays({}, {}); }
    int dayCount() const { return int(m_days.size()); }
    // The text hovering over day `index` shows.
    QString dayText(int index) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int indexAt(const QPoint &pos) const;
    QRectF barArea() const;

    QVector<DayCost> m_days;
    QString m_currency;
    double m_max = 0;
};

} // namespace brickdesk
