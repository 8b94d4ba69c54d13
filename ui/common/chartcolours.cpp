#include "common/chartcolours.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace brickdesk {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

bool ChartColours::isDark(const QColor &background)
{
    // Where black and white text would read equally well (WCAG): below it, white reads better.
    return luminance(background) < 0.179;
}

double ChartColours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ChartColours::readable(const QColor &colour, const QColor &background, double ratio)
{
    const bool lighten = isDark(background);
    QColor result = colour;
    float h = 0, s = 0, l = 0, a = 0;
    result.getHslF(&h, &s, &l, &a);
    for (int step = 0; step < 50 && contrast(result, background) < ratio; ++step) {
        l = std::clamp(l + (lighten ? 0.02f : -0.02f), 0.0f, 1.0f);
        result = QColor::fromHslF(h, s, l, a);
    }
    return result;
}

QColor ChartColours::mix(const QColor &a, const QColor &b, double amount)
{
    const auto blend = [amount](double x, double y) { return amount * x + (1 - amount) * y; };
    return QColor::fromRgbF(float(blend(a.redF(), b.redF())), float(blend(a.greenF(), b.greenF())),
        float(blend(a.blueF(), b.blueF())));
}

ChartColours ChartColours::fromPalette(const QPalette &palette)
{
    ChartColours c;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.dark = isDark(c.background);
    c.grid = mix(c.text, c.background, c.dark ? 0.22 : 0.15);
    c.axisLine = mix(c.text, c.background, 0.45);

    // The light shades are the ones the charts always had (Tableau's palette); on a dark
    // background the same hues a step lighter.
    const auto pick
        = [&c](QColor light, QColor dark) { return readable(c.dark ? dark : light, c.background); };
    c.actual = pick(QColor(31, 119, 180), QColor(93, 165, 232));
    c.target = pick(QColor(255, 127, 14), QColor(255, 160, 71));
    c.compare = pick(QColor(148, 103, 189), QColor(196, 163, 230));
    const QColor autoscale = pick(QColor(46, 160, 67), QColor(86, 200, 106));
    c.autoscaleLine = withAlpha(autoscale, 110);
    c.autoscaleFill = withAlpha(autoscale, c.dark ? 55 : 45);
    c.downFill = withAlpha(mix(c.text, c.background, 0.5), 70);
    c.archivedHatch = withAlpha(pick(QColor(70, 130, 200), QColor(110, 160, 230)), c.dark ? 130 : 90);
    c.archivedNote = readable(c.dark ? QColor(130, 180, 235) : QColor(40, 90, 150), c.background, 4.5);
    c.markers
        = {pick(QColor(214, 39, 40), QColor(255, 105, 97)), pick(QColor(148, 0, 211), QColor(205, 125, 255)),
            pick(QColor(23, 190, 207), QColor(60, 215, 230)), readable(c.text, c.background)};
    c.selectionFill = QColor(255, 215, 0, 90);
    c.selectionBorder = pick(QColor(200, 120, 0), QColor(255, 200, 60));
    c.crosshair = mix(c.text, c.background, 0.6);
    c.readoutBackground = withAlpha(palette.color(QPalette::ToolTipBase), 230);
    c.readoutText = palette.color(QPalette::ToolTipText);
    c.readoutBorder = mix(c.readoutText, c.readoutBackground, 0.35);

    c.cost = pick(QColor(40, 110, 200), QColor(93, 165, 232));
    c.cpu = pick(QColor(60, 160, 60), QColor(100, 210, 100));
    c.memory = pick(QColor(150, 110, 190), QColor(196, 163, 230));
    c.idleFill = QColor(230, 160, 60, c.dark ? 60 : 70);

    // A tint of the highlight that the palette's text still reads on.
    c.selectedRow = mix(palette.color(QPalette::Highlight), c.background, 0.3);
    c.now = withAlpha(pick(QColor(198, 40, 40), QColor(255, 105, 97)), 160);
    return c;
}

} // namespace brickdesk
