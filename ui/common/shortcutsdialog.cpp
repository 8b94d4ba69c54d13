#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, const QList<KeyHelp> &keys, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setAccessibleDescription(tr("Every action that has a shortcut, its keys, and where it works"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the Close button

    // One row per action, screen and keys: the same action on every workspace's screen is
    // one row, two actions of the same words on different screens are two.
    QList<KeyHelp> rows;
    QSet<QString> seen;
    const auto add = [&](const KeyHelp &row) {
        const QString id = row.where + u'\n' + row.what + u'\n' + row.keys;
        if (!seen.contains(id)) {
            seen.insert(id);
            rows.append(row);
        }
    };
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QString text = action->text();
        text.remove(u'&');
        add({whereOf(action), text, action->shortcut().toString(QKeySequence::NativeText)});
    }
    for (const KeyHelp &row : keys)
        add(row);
    // The window's own first, then by screen and words.
    const QString everywhere = tr("Everywhere");
    std::stable_sort(rows.begin(), rows.end(), [&](const KeyHelp &a, const KeyHelp &b) {
        if ((a.where == everywhere) != (b.where == everywhere))
            return a.where == everywhere;
        return std::tie(a.where, a.what) < std::tie(b.where, b.what);
    });
    for (const KeyHelp &row : std::as_const(rows)) {
        const int at = m_table->rowCount();
        m_table->insertRow(at);
        m_table->setItem(at, 0, new QTableWidgetItem(row.what));
        m_table->setItem(at, 1, new QTableWidgetItem(row.keys));
        m_table->setItem(at, 2, new QTableWidgetItem(row.where));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 600);
}

QString ShortcutsDialog::whereOf(const QAction *action)
{
    if (action->shortcutContext() == Qt::WindowShortcut
        || action->shortcutContext() == Qt::ApplicationShortcut)
        return tr("Everywhere");
    for (const QObject *object = action->parent(); object; object = object->parent()) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        if (widget && !widget->accessibleName().isEmpty())
            return widget->accessibleName();
    }
    return tr("Everywhere");
}

} // namespace brickdesk
