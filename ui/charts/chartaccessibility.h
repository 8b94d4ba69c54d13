#pragma once

class QWidget;

namespace brickdesk {

// Tells assistive technology that `widget` draws a chart: a screen reader then says "chart",
// its accessible name, and its accessible description, which each chart keeps current with what
// it shows in words (a picture alone says nothing to someone who cannot see it). Call it in
// the chart's constructor, before anything asks for the widget's accessibility interface.
void markAsChart(QWidget *widget);

} // namespace brickdesk
