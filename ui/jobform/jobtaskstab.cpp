#include "jobform/jobtaskstab.h"

#include "common/textcolours.h"
#include "jobform/jobformcontroller.h"
#include "jobform/jobformfielderrors.h"
#include "jobform/jobtaskeditor.h"

#include <QBrush>
#include <QColor>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

JobTasksTab::JobTasksTab(JobFormController *controller, JobFormFieldErrors *errors, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter;
    splitter->setObjectName(u"tasksSplitter"_s);
    layout->addWidget(splitter);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget;
    m_list->setObjectName(u"taskList"_s);
    // The marks of tasks with issues are coloured for the list's palette.
    TextColours::whenPaletteChanges(m_list, [this] { markTasksWithIssues(m_withIssues); });
    m_list->setAccessibleName(tr("Tasks"));
    leftLayout->addWidget(errors->wrap(m_list, u"tasks"_s), 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(u"addTask"_s);
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(u"removeTask"_s);
    m_moveUp = new QPushButton(tr("Up"));
    m_moveUp->setObjectName(u"moveTaskUp"_s);
    m_moveDown = new QPushButton(tr("Down"));
    m_moveDown->setObjectName(u"moveTaskDown"_s);
    for (QPushButton *button : {add, m_remove, m_moveUp, m_moveDown})
        buttons->addWidget(button);
    leftLayout->addLayout(buttons);
    splitter->addWidget(left);

    m_editor = new JobTaskEditor(controller, errors);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, &JobTasksTab::showTask);
    connect(m_editor, &JobTaskEditor::listTextChanged, this, &JobTasksTab::refreshList);
    connect(add, &QPushButton::clicked, this, [this] {
        QList<JobTaskForm> &tasks = m_controller->form().tasks;
        JobTaskForm task;
        int n = int(tasks.size()) + 1;
        QStringList keys;
        for (const JobTaskForm &existing : std::as_const(tasks))
            keys << existing.key;
        while (keys.contains(u"task_%1"_s.arg(n)))
            ++n;
        task.key = u"task_%1"_s.arg(n);
        task.type = JobTaskForm::Type::Notebook;
        task.compute = JobTaskForm::Compute::Serverless;
        if (!tasks.isEmpty())
            task.dependsOn = {tasks.last().key};
        tasks.append(task);
        refreshList();
        m_list->setCurrentRow(int(tasks.size()) - 1);
        m_controller->formEdited();
        m_editor->focusKey();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<JobTaskForm> &tasks = m_controller->form().tasks;
        if (m_current < 0 || m_current >= tasks.size())
            return;
        const QString removed = tasks.at(m_current).key;
        tasks.removeAt(m_current);
        for (JobTaskForm &task : tasks)
            task.dependsOn.removeAll(removed);
        const int next = std::min(m_current, int(tasks.size()) - 1);
        m_current = -1;
        refreshList();
        m_list->setCurrentRow(next);
        m_controller->formEdited();
    });
    connect(m_moveUp, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { move(1); });
}

void JobTasksTab::move(int delta)
{
    QList<JobTaskForm> &tasks = m_controller->form().tasks;
    const int from = m_current;
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= tasks.size())
        return;
    tasks.move(from, to);
    m_current = -1;
    refreshList();
    m_list->setCurrentRow(to);
    m_controller->formEdited();
}

void JobTasksTab::populate()
{
    m_current = -1;
    refreshList();
    m_list->setCurrentRow(m_controller->form().tasks.isEmpty() ? -1 : 0);
    m_editor->setTaskIndex(m_current);
    updateButtons();
}

void JobTasksTab::selectTask(int index)
{
    // The list's row drives the editor, so the highlight, the editor and the row the arrow keys
    // move from stay the same; the keyboard focus stays where it is.
    if (index < 0 || index >= m_list->count())
        index = -1;
    if (m_list->currentRow() != index)
        m_list->setCurrentRow(index);
    else
        showTask(index);
}

void JobTasksTab::showTask(int index)
{
    m_current = index;
    m_editor->setTaskIndex(index);
    updateButtons();
    emit currentChanged(index);
}

void JobTasksTab::updateButtons()
{
    const int count = int(m_controller->form().tasks.size());
    const bool has = m_current >= 0 && m_current < count;
    m_remove->setEnabled(has);
    m_moveUp->setEnabled(has && m_current > 0);
    m_moveDown->setEnabled(has && m_current + 1 < count);
}

void JobTasksTab::refreshList()
{
    const QSignalBlocker blocker(m_list);
    const int row = m_current;
    m_list->clear();
    for (const JobTaskForm &task : std::as_const(m_controller->form().tasks)) {
        const QString typeText = task.type == JobTaskForm::Type::Other && !task.otherTypeKey().isEmpty()
            ? task.otherTypeKey()
            : JobTaskForm::typeName(task.type);
        QString text = u"%1 — %2"_s.arg(task.key.isEmpty() ? tr("(no key)") : task.key,
            task.isKeptAsSent() ? tr("could not be read, kept as sent") : typeText);
        if (task.disabled)
            text += u' ' + tr("(disabled)");
        m_list->addItem(text);
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    markTasksWithIssues(m_withIssues);
}

void JobTasksTab::markTasksWithIssues(const QSet<int> &indexes)
{
    m_withIssues = indexes;
    const QColor error = TextColours::fromPalette(m_list->palette(), QPalette::Base).error;
    // No foreground at all for the others (an invalid colour would draw black, even on dark).
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setData(
            Qt::ForegroundRole, indexes.contains(i) ? QVariant(QBrush(error)) : QVariant());
}

void JobTasksTab::refreshClusterPickers()
{
    m_editor->refreshClusterPickers();
}

} // namespace brickdesk
