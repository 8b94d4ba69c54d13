#include "common/accessiblenames.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

void nameToolBar(QToolBar *toolbar, const QString &name)
{
    toolbar->setAccessibleName(name);
    // Qt's own name for the button, stable since Qt 4.
    if (auto *more = toolbar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s))
        more->setAccessibleName(QCoreApplication::translate("brickdesk::AccessibleNames", "More actions"));
}

void nameFieldsAfterLabels(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *buddy = label->buddy();
        if (!buddy)
            continue;
        QWidget *field = buddy->focusProxy() ? buddy->focusProxy() : buddy;
        label->setBuddy(field);
        QString words = label->text();
        words.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
        while (words.endsWith(u':') || words.endsWith(u' '))
            words.chop(1);
        // Qt names a widget after a label beside it, but neither a list or table (they say
        // only their own name) nor the text field of an editable combo box.
        if (field->accessibleName().isEmpty())
            field->setAccessibleName(words);
        auto *combo = qobject_cast<QComboBox *>(field);
        if (combo && combo->lineEdit() && combo->lineEdit()->accessibleName().isEmpty())
            combo->lineEdit()->setAccessibleName(words);
    }
}

} // namespace brickdesk
