#include "commandpalette.h"

#include <QAction>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"commandPalette"_s);
    setWindowTitle(tr("Go to"));
    m_model = new CommandPaletteModel(this);

    m_input = new QLineEdit;
    m_input->setObjectName(u"paletteInput"_s);
    m_input->setPlaceholderText(tr("Job, run, cluster or action, by name or ID"));
    m_input->setAccessibleName(tr("Go to"));
    m_input->setAccessibleDescription(
        tr("Type part of a name or an ID; Up and Down choose, Enter opens, Escape closes"));
    m_input->installEventFilter(this);
    QFont font = m_input->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_input->setFont(font);

    m_list = new QListView;
    m_list->setObjectName(u"paletteList"_s);
    m_list->setAccessibleName(tr("Matches"));
    m_list->setAccessibleDescription(tr("What the typed text matches, best first"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the input
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *hint = new QLabel(tr("↑ ↓ choose · Enter open · Esc close"));
    hint->setObjectName(u"paletteHint"_s);
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);

    connect(m_input, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        m_list->setCurrentIndex(m_model->index(0));
    });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { activate(m_list->currentIndex().row()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { activate(index.row()); });
    resize(640, 420);
}

QVector<PaletteEntry> CommandPalette::actionEntries(
    const QList<QAction *> &actions, const QString &workspaceKey, const QString &workspaceName)
{
    QVector<PaletteEntry> entries;
    for (const QAction *action : actions) {
        if (action->menu() || action->isSeparator() || action->objectName().isEmpty() || !action->isEnabled())
            continue;
        QString text = action->text();
        text.remove(u'&');
        entries.append({PaletteEntry::Kind::Action, workspaceKey, workspaceName, text, action->objectName()});
    }
    return entries;
}

void CommandPalette::setEntries(const QVector<PaletteEntry> &entries)
{
    m_model->setEntries(entries);
    m_list->setCurrentIndex(m_model->index(0));
}

void CommandPalette::popUp()
{
    m_input->clear();
    m_model->setQuery({});
    m_list->setCurrentIndex(m_model->index(0));
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const QRect area = window->geometry();
        move(area.x() + (area.width() - width()) / 2, area.y() + area.height() / 8);
    }
    show();
    raise();
    activateWindow();
    m_input->setFocus();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // The palette's keys are its own, whatever shortcuts the window behind it has for them.
    if (watched == m_input && event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown || key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        int row = m_list->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Escape:
            reject();
            return true;
        case Qt::Key_Down:
            row = rows > 0 ? (row + 1) % rows : -1;
            break;
        case Qt::Key_Up:
            row = rows > 0 ? (row - 1 + rows) % rows : -1;
            break;
        case Qt::Key_PageDown:
            row = std::min(rows - 1, row + 10);
            break;
        case Qt::Key_PageUp:
            row = std::max(0, row - 10);
            break;
        default:
            return QDialog::eventFilter(watched, event);
        }
        m_list->setCurrentIndex(m_model->index(row));
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QList<KeyHelp> CommandPalette::keyboardHelp()
{
    const QString where = tr("Go to");
    const auto keys
        = [](QKeyCombination key) { return QKeySequence(key).toString(QKeySequence::NativeText); };
    return {{where, tr("Next match"), keys(Qt::Key_Down)}, {where, tr("Previous match"), keys(Qt::Key_Up)},
        {where, tr("Ten matches down"), keys(Qt::Key_PageDown)},
        {where, tr("Ten matches up"), keys(Qt::Key_PageUp)},
        {where, tr("Go to the chosen match"), keys(Qt::Key_Return)},
        {where, tr("Close"), keys(Qt::Key_Escape)}};
}

void CommandPalette::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const PaletteEntry entry = m_model->entry(row);
    hide();
    emit entryActivated(entry);
}

} // namespace brickdesk
