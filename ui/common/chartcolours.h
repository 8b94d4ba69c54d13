#pragma once

#include <QColor>

#include <array>

class QPalette;

namespace brickdesk {

// Every colour the charts and painted views use, chosen from the palette they are shown in: the
// one home for them, so that a dark palette gives dark charts whose lines stay readable and a
// light palette gives what it always did. What the palette names (background, text, tooltip)
// comes from it; the series keep their hues (the captions and legends name them) in a lighter
// shade on a dark background, and every line or marker is nudged until it stands out at least
// 3:1 (WCAG's ratio for graphics) against the background, whatever palette a user has.
struct ChartColours
{
    static ChartColours fromPalette(const QPalette &palette);

    bool dark = false;
    QColor background; // the chart's own, the palette's Base as item views have
    QColor text; // axis labels and titles, the legend
    QColor grid;
    QColor axisLine;

    // The node-count chart.
    QColor actual;
    QColor target;
    QColor compare;
    QColor autoscaleLine;
    QColor autoscaleFill;
    QColor downFill;
    QColor archivedHatch;
    QColor archivedNote;
    std::array<QColor, 4> markers; // nodes lost, restarts, edits, terminations
    QColor selectionFill;
    QColor selectionBorder;
    QColor crosshair;
    QColor readoutBackground; // the crosshair's box: the palette's tooltip colours
    QColor readoutText;
    QColor readoutBorder;

    // The cost and utilisation chart.
    QColor cost;
    QColor cpu;
    QColor memory;
    QColor idleFill;

    // Painted views (task timeline): a selected row, and the "now" line.
    QColor selectedRow;
    QColor now;

    // Whether a background reads as dark (its relative luminance is under a half's worth).
    static bool isDark(const QColor &background);
    // WCAG contrast ratio of two opaque colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    // `colour` made lighter (on a dark background) or darker until its contrast with `background`
    // reaches `ratio`, hue and alpha kept.
    static QColor readable(const QColor &colour, const QColor &background, double ratio = 3.0);
    // `a` laid over `b` at `amount` (0: b, 1: a), opaque.
    static QColor mix(const QColor &a, const QColor &b, double amount);
};

} // namespace brickdesk
