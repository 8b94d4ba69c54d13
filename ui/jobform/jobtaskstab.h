#pragma once

#include <QSet>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace brickdesk {

class JobFormController;
class JobFormFieldErrors;
class JobTaskEditor;

// The job form's "Tasks" tab: the list of tasks (add, remove, reorder) and the editor of the
// selected one.
class JobTasksTab final : public QWidget
{
    Q_OBJECT

public:
    JobTasksTab(JobFormController *controller, JobFormFieldErrors *errors, QWidget *parent = nullptr);

    // Show the controller's form (after it was replaced): the first task is selected.
    void populate();
    // The task `index` becomes the list's current row and the editor shows it (an error or a
    // link chose it): the list and the editor always agree.
    void selectTask(int index);
    int currentIndex() const { return m_current; }
    // Tasks drawn in the error colour.
    void markTasksWithIssues(const QSet<int> &indexes);
    void refreshClusterPickers();

signals:
    void currentChanged(int index);

private:
    void showTask(int index); // the list's current row changed
    void refreshList();
    void updateButtons();
    void move(int delta);

    JobFormController *m_controller;
    int m_current = -1;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    JobTaskEditor *m_editor = nullptr;
    QSet<int> m_withIssues;
};

} // namespace brickdesk
