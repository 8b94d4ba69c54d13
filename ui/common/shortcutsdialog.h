#pragma once

#include <QDialog>

class QAction;

namespace brickdesk {

// Help ▸ Keyboard shortcuts: every action given that has a shortcut, with its keys.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace brickdesk
