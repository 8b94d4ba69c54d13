#pragma once

#include <QLineEdit>
#include <QTest>

namespace brickdesk::test {

// Replaces a line edit's text the way a person does: select all, erase, type (each key sends
// textEdited, which the screens listen to).
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace brickdesk::test
