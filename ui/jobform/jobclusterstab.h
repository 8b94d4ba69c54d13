#pragma once

#include "jobform/jobclusterform.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace brickdesk {

class JobFormController;
class JobFormFieldErrors;

// The job form's "Job clusters" tab: shared clusters the tasks can run on.
class JobClustersTab final : public QWidget
{
    Q_OBJECT

public:
    JobClustersTab(JobFormController *controller, JobFormFieldErrors *errors, QWidget *parent = nullptr);

    void populate(); // after the form was replaced: the first cluster is selected
    // The cluster `index` becomes the list's current row and the editor shows it.
    void selectCluster(int index);
    int currentIndex() const { return m_current; }
    // The workspace's node types and Spark versions arrived.
    void refreshWorkspaceLists();

signals:
    void currentChanged(int index);
    void clusterKeysChanged(); // added, removed or renamed: the tasks' pickers list them

private:
    void showCluster(int index); // the list's current row changed
    JobClusterForm *cluster();
    void edit(const std::function<void(JobClusterForm &)> &apply);
    void refreshList();
    void populateEditor();

    JobFormController *m_controller;
    int m_current = -1;
    bool m_populating = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_editor = nullptr;
    QLabel *m_unreadableNote = nullptr; // the current entry could not be read, and why
    QLineEdit *m_key = nullptr;
    QComboBox *m_sparkVersion = nullptr;
    QComboBox *m_nodeType = nullptr;
    QCheckBox *m_autoscale = nullptr;
    QSpinBox *m_numWorkers = nullptr;
    QSpinBox *m_minWorkers = nullptr;
    QSpinBox *m_maxWorkers = nullptr;
    QPlainTextEdit *m_sparkConf = nullptr;
    QPlainTextEdit *m_tags = nullptr;
};

} // namespace brickdesk
