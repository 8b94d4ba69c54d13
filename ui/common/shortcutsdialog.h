#pragma once

#include "common/keyhelp.h"

#include <QDialog>

class QAction;
class QTableWidget;

namespace brickdesk {

// Help ▸ Keyboard shortcuts: every action given that has a shortcut, with its keys and where it
// works, and the keys widgets handle themselves (`keys`: the chart's, the palette's).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(
        const QList<QAction *> &actions, const QList<KeyHelp> &keys = {}, QWidget *parent = nullptr);

    // The screen an action's shortcut works on: "Everywhere" for the window's own, else the
    // accessible name of the screen that holds it ("Jobs", "Run", "Failure inbox"...).
    static QString whereOf(const QAction *action);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace brickdesk
