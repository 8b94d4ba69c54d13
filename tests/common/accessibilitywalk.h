#pragma once

#include <QAccessible>
#include <QApplication>
#include <QSet>
#include <QStringList>
#include <QTabWidget>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::test {

// What a screen reader meets on the windows shown, walked through the accessibility tree
// (QAccessible) as a screen reader walks it: every interactive control, and those it could not
// name.
//
//   AccessibilityWalk walk;
//   walk.visitShownWindows();
//   QVERIFY2(walk.unnamed().isEmpty(), qPrintable(walk.report()));
class AccessibilityWalk final
{
public:
    // Every visible top-level window (main window, dialogs, the palette, the fleet view), and
    // every tab of every tab widget in them, one after the other (nested tabs too).
    void visitShownWindows()
    {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (window->isVisible())
                visit(window);
        }
    }

    // `root` as it shows now, then each page of each of its tab widgets.
    void visit(QWidget *root)
    {
        walk(QAccessible::queryAccessibleInterface(root), 0);
        const QList<QTabWidget *> tabWidgets = root->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            if (!tabs->isVisible() || m_tabWidgetsDone.contains(tabs))
                continue;
            m_tabWidgetsDone.insert(tabs);
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i) || i == current)
                    continue;
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                visit(tabs->widget(i));
            }
            tabs->setCurrentIndex(current);
        }
    }

    // "Window#name > … > QLineEdit#filter (role)" of each control without a name, or of each
    // chart without a name or a description: the path says where to fix it.
    QStringList unnamed() const { return m_unnamed; }
    // How many controls were checked, and their object names (to see that a page was reached).
    int controlCount() const { return m_controls; }
    bool met(const QString &objectName) const { return m_names.contains(objectName); }
    int chartCount() const { return m_charts; }
    QString report() const
    {
        return u"%1 of %2 controls have no accessible name:\n  %3"_s.arg(m_unnamed.size())
            .arg(m_controls)
            .arg(m_unnamed.join(u"\n  "_s));
    }

    static QString objectPath(const QObject *object)
    {
        QStringList parts;
        for (; object; object = object->parent()) {
            QString part = QString::fromLatin1(object->metaObject()->className());
            if (!object->objectName().isEmpty())
                part += u'#' + object->objectName();
            parts.prepend(part);
        }
        return parts.join(u" > "_s);
    }

private:
    void walk(QAccessibleInterface *node, int depth)
    {
        if (!node || !node->isValid() || depth > 60 || node->state().invisible)
            return;
        const QAccessible::Role role = node->role();
        QObject *object = node->object();
        if (isControl(role)) {
            ++m_controls;
            if (object && !object->objectName().isEmpty())
                m_names.insert(object->objectName());
            const bool chart = role == QAccessible::Chart;
            m_charts += chart ? 1 : 0;
            const bool noName = node->text(QAccessible::Name).trimmed().isEmpty();
            const bool noDescription = chart && node->text(QAccessible::Description).trimmed().isEmpty();
            if (noName || noDescription) {
                const QString what = noName ? u"no name"_s : u"no description"_s;
                const QString entry = u"%1 (%2, %3)"_s.arg(
                    object ? objectPath(object) : u"an object-less element"_s, roleName(role), what);
                if (!m_unnamed.contains(entry))
                    m_unnamed.append(entry);
            }
        }
        // Items of views are named by their text; the view itself is what needs a name.
        if (role == QAccessible::List || role == QAccessible::Tree || role == QAccessible::Table
            || role == QAccessible::Chart)
            return;
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), depth + 1);
    }

    static bool isControl(QAccessible::Role role)
    {
        static const QSet<QAccessible::Role> controls {QAccessible::PushButton, QAccessible::ButtonMenu,
            QAccessible::ButtonDropDown, QAccessible::CheckBox, QAccessible::RadioButton,
            QAccessible::ComboBox, QAccessible::EditableText, QAccessible::SpinBox, QAccessible::Slider,
            QAccessible::Dial, QAccessible::List, QAccessible::Tree, QAccessible::Table,
            QAccessible::PageTabList, QAccessible::ToolBar, QAccessible::Chart};
        return controls.contains(role);
    }

    static QString roleName(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::PushButton:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
            return u"button"_s;
        case QAccessible::CheckBox:
            return u"check box"_s;
        case QAccessible::RadioButton:
            return u"radio button"_s;
        case QAccessible::ComboBox:
            return u"combo box"_s;
        case QAccessible::EditableText:
            return u"text"_s;
        case QAccessible::SpinBox:
            return u"spin box"_s;
        case QAccessible::List:
            return u"list"_s;
        case QAccessible::Tree:
            return u"tree"_s;
        case QAccessible::Table:
            return u"table"_s;
        case QAccessible::PageTabList:
            return u"tab bar"_s;
        case QAccessible::ToolBar:
            return u"tool bar"_s;
        case QAccessible::Chart:
            return u"chart"_s;
        default:
            return u"role %1"_s.arg(int(role));
        }
    }

    QStringList m_unnamed;
    QSet<QString> m_names;
    QSet<QTabWidget *> m_tabWidgetsDone;
    int m_controls = 0;
    int m_charts = 0;
};

} // namespace brickdesk::test
