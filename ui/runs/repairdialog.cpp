#include "repairdialog.h"

#include "common/textcolours.h"
#include "runstyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

RepairDialog::RepairDialog(const Run &run, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"repairDialog"_s);
    m_runId = run.id();
    setWindowTitle(tr("Repair run %1").arg(m_runId));

    // The newest repair's id must accompany a second or later repair of the same run.
    m_latestRepairId = run.latestRepairId();

    auto *layout = new QVBoxLayout(this);
    m_allFailed = new QRadioButton(tr("Rerun &all failed tasks"));
    m_allFailed->setObjectName(u"repairAllFailed"_s);
    m_selected = new QRadioButton(tr("Rerun the &selected tasks"));
    m_selected->setObjectName(u"repairSelectedTasks"_s);
    layout->addWidget(m_allFailed);
    layout->addWidget(m_selected);

    m_tasks = new QTreeWidget;
    m_tasks->setObjectName(u"repairTasks"_s);
    m_tasks->setAccessibleName(tr("Tasks of the run"));
    m_tasks->setAccessibleDescription(tr("Tick the tasks to rerun"));
    m_tasks->setHeaderLabels({tr("Task"), tr("State")});
    m_tasks->setRootIsDecorated(false);
    m_tasks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QVector<RunTask> tasks = run.tasks();
    const QColor base = m_tasks->palette().color(QPalette::Base);
    for (const RunTask &task : tasks) {
        const QString key = task.taskKey();
        m_dependsOn.insert(key, task.task().dependsOn());
        const RunDisplayState state = task.displayState();
        const bool failed = state.isFailure() || state.category() == RunDisplayState::Category::Cancelled;
        if (failed && !m_failed.contains(key))
            m_failed << key;
        auto *item = new QTreeWidgetItem(m_tasks, {key, state.text()});
        item->setData(0, Qt::UserRole, key);
        item->setCheckState(0, failed ? Qt::Checked : Qt::Unchecked);
        item->setForeground(1, TextColours::textOn(RunStyle::color(state.category()), base));
    }
    layout->addWidget(m_tasks);

    m_dependents = new QCheckBox(tr("Also rerun the tasks that &depend on them"));
    m_dependents->setObjectName(u"repairDependents"_s);
    m_dependents->setChecked(true);
    layout->addWidget(m_dependents);

    m_summary = new QLabel;
    m_summary->setObjectName(u"repairSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("&Repair"));
    m_okButton->setObjectName(u"repairLaunch"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    (m_failed.isEmpty() ? m_selected : m_allFailed)->setChecked(true);
    connect(m_allFailed, &QRadioButton::toggled, this, &RepairDialog::updateState);
    connect(m_tasks, &QTreeWidget::itemChanged, this, &RepairDialog::updateState);
    connect(m_dependents, &QCheckBox::toggled, this, &RepairDialog::updateState);
    updateState();
    resize(480, 400);
}

QStringList RepairDialog::selectedTaskKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_tasks->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tasks->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            keys << item->data(0, Qt::UserRole).toString();
    }
    return keys;
}

void RepairDialog::setRerunAllFailed(bool all)
{
    (all ? m_allFailed : m_selected)->setChecked(true);
}

void RepairDialog::setTaskSelected(const QString &taskKey, bool selected)
{
    for (int i = 0; i < m_tasks->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tasks->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == taskKey)
            item->setCheckState(0, selected ? Qt::Checked : Qt::Unchecked);
    }
}

void RepairDialog::updateState()
{
    const bool all = m_allFailed->isChecked();
    m_tasks->setEnabled(!all);
    const QStringList keys = all ? m_failed : selectedTaskKeys();
    m_okButton->setEnabled(!keys.isEmpty());
    if (keys.isEmpty()) {
        m_summary->setText(all ? tr("No task of this run failed.") : tr("Tick the tasks to rerun."));
    } else {
        QString text = tr("Will rerun %n task(s): %1", nullptr, int(keys.size())).arg(keys.join(u", "_s));
        const QStringList dependents = m_dependents->isChecked() ? dependentsOf(keys) : QStringList();
        if (!dependents.isEmpty())
            text += u' ' + tr("and the tasks that depend on them: %1").arg(dependents.join(u", "_s));
        m_summary->setText(text);
    }
}

QStringList RepairDialog::dependentsOf(const QStringList &keys) const
{
    QStringList found;
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = m_dependsOn.constBegin(); it != m_dependsOn.constEnd(); ++it) {
            if (keys.contains(it.key()) || found.contains(it.key()))
                continue;
            for (const QString &upstream : it.value()) {
                if (keys.contains(upstream) || found.contains(upstream)) {
                    found << it.key();
                    grew = true;
                    break;
                }
            }
        }
    }
    found.sort();
    return found;
}

RepairRunParams RepairDialog::params() const
{
    RepairRunParams params;
    params.runId = m_runId;
    if (m_allFailed->isChecked())
        params.rerunAllFailedTasks = true;
    else
        params.rerunTasks = selectedTaskKeys();
    params.rerunDependentTasks = m_dependents->isChecked();
    if (m_latestRepairId > 0)
        params.latestRepairId = m_latestRepairId;
    return params;
}

} // namespace brickdesk
