#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <functional>

class QWidget;

namespace brickdesk {

// The colours of words that are not the palette's own text: errors, success, dimmed labels,
// notices and table headers, in widgets' style and in the HTML the screens build. Chosen from the
// palette they are shown in (the charts' sibling, ChartColours), each at least 4.5:1 (WCAG, text)
// against what it sits on, so that they read on a light palette, a dark one, and whatever a
// desktop theme sets; the one home for them, so no screen keeps a literal colour.
struct TextColours
{
    // `on`: what the words sit on, Window for labels in dialogs, Base for a text browser's HTML.
    static TextColours fromPalette(const QPalette &palette, QPalette::ColorRole on = QPalette::Window);

    QColor background; // what the words sit on
    QColor text; // the palette's text there
    QColor dim; // labels of a label/value table
    QColor error;
    QColor success;
    QColor trace; // a stack trace under an error: quieter than it
    QColor noticeBackground; // an amber notice ("Locked.")
    QColor noticeText;
    QColor warningBackground; // a red one (a draft that cannot be restored)
    QColor warningText;
    QColor headerBackground; // a table's header row
    QColor headerText;

    // Notice and Warning also colour the widget's background (it fills it).
    enum class Role { Error, Success, Dim, Notice, Warning };
    QColor color(Role role) const;
    QColor backgroundColor(Role role) const; // `background` but for Notice and Warning

    // A badge's fill under white text (state badges): `colour` darkened until white reads on it
    // 4.5:1, the same in every palette since the badge brings its own background.
    static QColor badgeFill(const QColor &colour);
    // `colour` (a state's) as text on `background`: its hue, made readable there.
    static QColor textOn(const QColor &colour, const QColor &background);
    // `colour` as CSS (#rrggbb) for the HTML the screens build.
    static QString css(const QColor &colour);
    // Keeps `widget`'s text (WindowText and Text) in `role`'s colour against the Window around
    // it (its parent's), or on the notice's own background, chosen again whenever its palette changes (a dark
    // palette set at run time, a desktop theme change). Called again, switches the role.
    static void follow(QWidget *widget, Role role);
    // Calls `then` each time `widget`'s own palette changes: for views whose content carries
    // colours chosen for it (HTML, item foregrounds), to build it again. The widget's own event,
    // not its parent's: children may receive the new palette after their parent.
    static void whenPaletteChanges(QWidget *widget, std::function<void()> then);
};

} // namespace brickdesk
