#pragma once

#include "common/keyhelp.h"
#include "models/commandpalettemodel.h"

#include <QDialog>

class QAction;
class QLineEdit;
class QListView;

namespace brickdesk {

// Ctrl+K: type part of a name or an id and jump to any job, run, cluster or action of any
// connected workspace. Keyboard only: typing filters, Up/Down choose, Enter goes, Esc closes.
class CommandPalette final : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *parent = nullptr);

    // What can be reached; the window rebuilds the list each time the palette opens.
    void setEntries(const QVector<PaletteEntry> &entries);
    // The actions among these that the palette can trigger: named, enabled, not a menu or a
    // separator; `workspaceKey` empty for the window's own.
    static QVector<PaletteEntry> actionEntries(
        const QList<QAction *> &actions, const QString &workspaceKey = {}, const QString &workspaceName = {});
    // Its own keys, for Help ▸ Keyboard shortcuts.
    static QList<KeyHelp> keyboardHelp();
    // Clears the text and shows the palette with the focus in it.
    void popUp();

    QLineEdit *input() const { return m_input; }
    QListView *list() const { return m_list; }
    CommandPaletteModel *model() const { return m_model; }

signals:
    void entryActivated(const brickdesk::PaletteEntry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(int row);

    CommandPaletteModel *m_model = nullptr;
    QLineEdit *m_input = nullptr;
    QListView *m_list = nullptr;
};

} // namespace brickdesk
