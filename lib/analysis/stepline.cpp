#include "analysis/stepline.h"

#include <algorithm>

namespace brickdesk {

QVector<QPointF> stepLine(const StepSeries &series, qint64 endMs, qint64 offsetMs, int floor)
{
    QVector<QPointF> line;
    if (series.isEmpty())
        return line;
    line.reserve(series.size() * 2 + 1);
    const auto y = [floor](int value) { return double(std::max(value, floor)); };
    line.append(QPointF(double(series.constFirst().timestampMs + offsetMs), y(series.constFirst().value)));
    for (qsizetype i = 1; i < series.size(); ++i) {
        const double x = double(series.at(i).timestampMs + offsetMs);
        const double value = y(series.at(i).value);
        if (value != line.constLast().y())
            line.append(QPointF(x, line.constLast().y()));
        line.append(QPointF(x, value));
    }
    if (double(endMs) > line.constLast().x())
        line.append(QPointF(double(endMs), line.constLast().y()));
    return line;
}

} // namespace brickdesk
