#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QRect>
#include <QStringList>
#include <QTest>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::test {

// The keyboard's way through a window: Tab pressed from a control until the focus comes back
// to it, as someone without a mouse goes through a page.
//
//   FocusWalk walk(firstControl);
//   QVERIFY2(walk.trap().isEmpty(), qPrintable(walk.trap()));
//   QVERIFY2(walk.unreached(page).isEmpty(), ...);
class FocusWalk final
{
public:
    explicit FocusWalk(QWidget *start, int maxSteps = 400)
    {
        start->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        QWidget *first = QApplication::focusWidget();
        if (!first)
            return;
        m_order << first;
        int stays = 0; // Tab moves between the links of a label before it leaves it
        for (int i = 0; i < maxSteps; ++i) {
            QWidget *before = QApplication::focusWidget();
            QTest::keyClick(before, Qt::Key_Tab);
            QCoreApplication::processEvents();
            QWidget *after = QApplication::focusWidget();
            if (after == first && after != before) {
                m_cycled = true;
                return;
            }
            if (!after || (after == before && ++stays > kMostLinks)) {
                m_trap = u"Tab does not leave %1"_s.arg(name(before));
                return;
            }
            if (after != before) {
                stays = 0;
                m_order << after;
            }
        }
        m_trap = u"no way back to %1 in %2 presses of Tab"_s.arg(name(first)).arg(maxSteps);
    }

    const QList<QWidget *> &order() const { return m_order; }
    // Empty when Tab went all the way round; else where it got stuck.
    QString trap() const { return m_cycled ? QString() : m_trap; }

    // The controls under `scope` that take focus from Tab (shown, enabled) but Tab never reached.
    QStringList unreached(const QWidget *scope) const
    {
        QStringList missed;
        const QList<QWidget *> widgets = scope->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus)
                || widget->focusProxy())
                continue;
            if (!m_order.contains(widget))
                missed << name(widget);
        }
        return missed;
    }

    // Steps under `scope` that go back up the window without moving to a column to the right:
    // reading order is down the rows of a column, each row left to right, then the next column.
    // Going round a dialog, the step from its last control to its first is one of them.
    QStringList backwardSteps(const QWidget *scope) const
    {
        QStringList steps;
        for (qsizetype i = 1; i < m_order.size(); ++i) {
            const QWidget *from = m_order.at(i - 1);
            const QWidget *to = m_order.at(i);
            if (!scope->isAncestorOf(from) || !scope->isAncestorOf(to))
                continue;
            const QRect a = globalRect(from);
            const QRect b = globalRect(to);
            const bool above = b.bottom() < a.top();
            const bool nextColumn = b.left() >= a.left() + a.width() / 2;
            if (above && !nextColumn)
                steps << u"%1 → %2"_s.arg(name(from), name(to));
        }
        return steps;
    }

    static QString name(const QWidget *widget)
    {
        if (!widget)
            return u"nothing"_s;
        QString text = QString::fromLatin1(widget->metaObject()->className());
        if (!widget->objectName().isEmpty())
            text += u'#' + widget->objectName();
        QString words = widget->accessibleName();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && words.isEmpty())
            words = button->text();
        if (!words.isEmpty())
            text += u" “"_s + words + u"”"_s;
        return text;
    }

private:
    static constexpr int kMostLinks = 20;

    static QRect globalRect(const QWidget *widget)
    {
        return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
    }

    QList<QWidget *> m_order;
    bool m_cycled = false;
    QString m_trap;
};

} // namespace brickdesk::test
