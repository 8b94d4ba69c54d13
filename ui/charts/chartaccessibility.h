#pragma once

#include <QString>

class QWidget;

namespace brickdesk {

// Tells assistive technology that `widget` draws a chart: a screen reader then says "chart",
// its accessible name, and its accessible description, which each chart keeps current with what
// it shows in words (a picture alone says nothing to someone who cannot see it). Call it in
// the chart's constructor, before anything asks for the widget's accessibility interface.
void markAsChart(QWidget *widget);

// A chart widget whose words cost too much to compute on every frame of a zoom or pan inherits
// this too: assistive technology that asks for the description gets it computed then, and the
// chart sets its accessibleDescription (which tells listeners it changed) once the view settles.
class DescribedChart
{
public:
    virtual ~DescribedChart() = default;
    virtual QString currentDescription() const = 0;
};

} // namespace brickdesk
