#pragma once

class QString;
class QToolBar;
class QWidget;

namespace brickdesk {

// Names a tool bar for assistive technology, and its overflow button ("»", shown when the
// actions do not fit), which Qt leaves unnamed.
void nameToolBar(QToolBar *toolbar, const QString &name);

// Names the fields of a form after their labels. Qt does it for a field beside its label, but
// not for one in a container (a field with its error line: the label's buddy is the container,
// so its mnemonic also misses the field), a list or a table, or an editable combo box's text.
// For each label under `root` with a buddy: a container's focus proxy becomes the buddy, and the
// field (and a combo box's text) without an accessible name takes the label's words ("&Cron:" →
// "Cron"). Call it once the form is built; the labels' words must not change afterwards.
void nameFieldsAfterLabels(QWidget *root);

} // namespace brickdesk
