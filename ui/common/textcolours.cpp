#include "common/textcolours.h"

#include "common/chartcolours.h"

#include <QApplication>
#include <QEvent>
#include <QObject>
#include <QVariant>
#include <QWidget>

namespace brickdesk {

namespace {

constexpr double textRatio = 4.5;
constexpr char roleProperty[] = "brickdeskTextRole";

// Lives on the widget it keeps coloured: on each palette change, the role's colour for the
// Window the widget now inherits. Setting the same colour again sends no further change.
class RoleKeeper final : public QObject
{
public:
    explicit RoleKeeper(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }

    static void apply(QWidget *widget)
    {
        const auto role = TextColours::Role(widget->property(roleProperty).toInt());
        // The colours the widget would have without its own text colour: its parent's (the
        // Window it shows is inherited from there), or the application's for a window.
        QWidget *parent = widget->parentWidget();
        const QPalette around = parent ? parent->palette() : QApplication::palette(widget);
        const TextColours colours = TextColours::fromPalette(around);
        const QColor colour = colours.color(role);
        // Notices fill their own background; other text keeps the one around it (inherited, so
        // that any change of it reaches the widget).
        const bool fills = role == TextColours::Role::Notice || role == TextColours::Role::Warning;
        widget->setAutoFillBackground(fills);
        QPalette palette = widget->palette();
        if (palette.color(QPalette::WindowText) == colour && palette.color(QPalette::Text) == colour
            && (!fills || palette.color(QPalette::Window) == colours.backgroundColor(role)))
            return;
        palette.setColor(QPalette::WindowText, colour);
        palette.setColor(QPalette::Text, colour);
        if (fills)
            palette.setColor(QPalette::Window, colours.backgroundColor(role));
        widget->setPalette(palette);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange && watched->isWidgetType())
            apply(static_cast<QWidget *>(watched));
        return false;
    }
};

class PaletteWatcher final : public QObject
{
public:
    PaletteWatcher(QWidget *widget, std::function<void()> then)
        : QObject(widget)
        , m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            m_then();
        return false;
    }

private:
    std::function<void()> m_then;
};

} // namespace

TextColours TextColours::fromPalette(const QPalette &palette, QPalette::ColorRole on)
{
    TextColours c;
    c.background = palette.color(on);
    c.text = palette.color(on == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    const bool dark = ChartColours::isDark(c.background);
    const auto readable = [](const QColor &colour, const QColor &background) {
        return ChartColours::readable(colour, background, textRatio);
    };
    c.dim = readable(ChartColours::mix(c.text, c.background, 0.7), c.background);
    // Material's error red and success green; a lighter shade of each on a dark background.
    c.error = readable(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20), c.background);
    c.success = readable(dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20), c.background);
    c.trace = readable(dark ? QColor(0xbc, 0xaa, 0xa4) : QColor(0x6d, 0x4c, 0x41), c.background);
    c.noticeBackground = ChartColours::mix(QColor(0xff, 0xa0, 0x00), c.background, dark ? 0.22 : 0.14);
    c.noticeText = readable(c.text, c.noticeBackground);
    c.warningBackground = ChartColours::mix(QColor(0xe5, 0x39, 0x35), c.background, dark ? 0.25 : 0.12);
    c.warningText = readable(c.text, c.warningBackground);
    c.headerBackground = ChartColours::mix(c.text, c.background, dark ? 0.16 : 0.08);
    c.headerText = readable(c.text, c.headerBackground);
    return c;
}

QColor TextColours::color(Role role) const
{
    switch (role) {
    case Role::Error:
        return error;
    case Role::Success:
        return success;
    case Role::Notice:
        return noticeText;
    case Role::Warning:
        return warningText;
    case Role::Dim:
        break;
    }
    return dim;
}

QColor TextColours::backgroundColor(Role role) const
{
    if (role == Role::Notice)
        return noticeBackground;
    if (role == Role::Warning)
        return warningBackground;
    return background;
}

QColor TextColours::badgeFill(const QColor &colour)
{
    return ChartColours::readable(colour, Qt::white, textRatio);
}

QColor TextColours::textOn(const QColor &colour, const QColor &background)
{
    return ChartColours::readable(colour, background, textRatio);
}

QString TextColours::css(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

void TextColours::whenPaletteChanges(QWidget *widget, std::function<void()> then)
{
    new PaletteWatcher(widget, std::move(then));
}

void TextColours::follow(QWidget *widget, Role role)
{
    const bool kept = widget->property(roleProperty).isValid();
    widget->setProperty(roleProperty, int(role));
    if (!kept)
        new RoleKeeper(widget);
    RoleKeeper::apply(widget);
}

} // namespace brickdesk
