#include "jobform/jobclusterstab.h"

#include "jobform/jobformcontroller.h"
#include "jobform/jobformfielderrors.h"
#include "jobform/jobformwidgets.h"
#include "jobform/keyvaluerows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

using namespace jobformwidgets;

namespace {

QSpinBox *workers(const QString &objectName)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(0, 100000);
    return spin;
}

// An item picked from the list carries the id; typed text is taken as is.
QString comboValue(const QComboBox *combo)
{
    const int index = combo->findText(combo->currentText());
    return index >= 0 && combo->itemData(index).isValid() ? combo->itemData(index).toString()
                                                          : combo->currentText().trimmed();
}

} // namespace

JobClustersTab::JobClustersTab(JobFormController *controller, JobFormFieldErrors *errors, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter;
    layout->addWidget(splitter);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget;
    m_list->setObjectName(u"clusterList"_s);
    m_list->setAccessibleName(tr("Job clusters"));
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(u"addCluster"_s);
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(u"removeCluster"_s);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    leftLayout->addLayout(buttons);
    splitter->addWidget(left);

    m_editor = new QWidget;
    auto *form = new QFormLayout(m_editor);
    m_unreadableNote = new QLabel;
    m_unreadableNote->setObjectName(u"unreadableClusterNote"_s);
    m_unreadableNote->setTextFormat(Qt::PlainText);
    m_unreadableNote->setWordWrap(true);
    m_unreadableNote->setVisible(false);
    form->addRow(m_unreadableNote);
    m_key = lineEdit(u"clusterKey"_s);
    form->addRow(tr("&Key:"), errors->wrap(m_key, u"cluster.job_cluster_key"_s));
    m_sparkVersion = new QComboBox;
    m_sparkVersion->setObjectName(u"sparkVersion"_s);
    m_sparkVersion->setEditable(true);
    form->addRow(tr("&Runtime:"), errors->wrap(m_sparkVersion, u"cluster.spark_version"_s));
    m_nodeType = new QComboBox;
    m_nodeType->setObjectName(u"nodeType"_s);
    m_nodeType->setEditable(true);
    form->addRow(tr("&Node type:"), errors->wrap(m_nodeType, u"cluster.node_type_id"_s));
    m_autoscale = new QCheckBox(tr("&Autoscale"));
    m_autoscale->setObjectName(u"autoscale"_s);
    form->addRow(QString(), m_autoscale);
    m_numWorkers = workers(u"numWorkers"_s);
    form->addRow(tr("&Workers:"), errors->wrap(m_numWorkers, u"cluster.num_workers"_s));
    m_minWorkers = workers(u"minWorkers"_s);
    form->addRow(tr("M&in workers:"), errors->wrap(m_minWorkers, u"cluster.min_workers"_s));
    m_maxWorkers = workers(u"maxWorkers"_s);
    form->addRow(tr("Ma&x workers:"), errors->wrap(m_maxWorkers, u"cluster.max_workers"_s));
    m_sparkConf = new QPlainTextEdit;
    m_sparkConf->setObjectName(u"sparkConf"_s);
    m_sparkConf->setTabChangesFocus(true); // one setting per line, never a tab
    m_sparkConf->setPlaceholderText(tr("spark.key=value, one per line"));
    form->addRow(tr("Spark &conf:"), errors->wrap(m_sparkConf, u"cluster.spark_conf"_s));
    m_tags = new QPlainTextEdit;
    m_tags->setObjectName(u"clusterTags"_s);
    m_tags->setTabChangesFocus(true);
    m_tags->setPlaceholderText(tr("key=value, one per line"));
    form->addRow(tr("&Tags:"), errors->wrap(m_tags, u"cluster.custom_tags"_s));
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, &JobClustersTab::showCluster);
    connect(add, &QPushButton::clicked, this, [this] {
        QList<JobClusterForm> &clusters = m_controller->form().jobClusters;
        JobClusterForm cluster;
        const int n = int(clusters.size()) + 1;
        cluster.key = n == 1 ? u"job_cluster"_s : u"job_cluster_%1"_s.arg(n);
        cluster.sparkVersion
            = m_sparkVersion->count() > 0 ? m_sparkVersion->itemData(0).toString() : QString();
        cluster.nodeTypeId = m_nodeType->count() > 0 ? m_nodeType->itemData(0).toString() : QString();
        cluster.numWorkers = 2;
        clusters.append(cluster);
        refreshList();
        m_list->setCurrentRow(int(clusters.size()) - 1);
        emit clusterKeysChanged();
        m_controller->formEdited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<JobClusterForm> &clusters = m_controller->form().jobClusters;
        if (m_current < 0 || m_current >= clusters.size())
            return;
        clusters.removeAt(m_current);
        const int next = std::min(m_current, int(clusters.size()) - 1);
        m_current = -1;
        refreshList();
        m_list->setCurrentRow(next);
        emit clusterKeysChanged();
        m_controller->formEdited();
    });
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        edit([this](JobClusterForm &cluster) {
            const QString old = cluster.key;
            cluster.key = m_key->text().trimmed();
            for (JobTaskForm &task : m_controller->form().tasks) {
                if (task.compute == JobTaskForm::Compute::JobCluster && task.jobClusterKey == old)
                    task.jobClusterKey = cluster.key;
            }
        });
        refreshList();
        emit clusterKeysChanged();
    });
    connect(m_sparkVersion, &QComboBox::currentTextChanged, this, [this] {
        edit([this](JobClusterForm &cluster) { cluster.sparkVersion = comboValue(m_sparkVersion); });
    });
    connect(m_nodeType, &QComboBox::currentTextChanged, this,
        [this] { edit([this](JobClusterForm &cluster) { cluster.nodeTypeId = comboValue(m_nodeType); }); });
    connect(m_autoscale, &QCheckBox::toggled, this, [this] {
        if (m_populating)
            return;
        edit([this](JobClusterForm &cluster) { cluster.autoscale = m_autoscale->isChecked(); });
        populateEditor();
    });
    connect(m_numWorkers, &QSpinBox::valueChanged, this,
        [this] { edit([this](JobClusterForm &cluster) { cluster.numWorkers = m_numWorkers->value(); }); });
    connect(m_minWorkers, &QSpinBox::valueChanged, this,
        [this] { edit([this](JobClusterForm &cluster) { cluster.minWorkers = m_minWorkers->value(); }); });
    connect(m_maxWorkers, &QSpinBox::valueChanged, this,
        [this] { edit([this](JobClusterForm &cluster) { cluster.maxWorkers = m_maxWorkers->value(); }); });
    const auto map
        = [this](QPlainTextEdit *text, QMap<QString, QString> JobClusterForm::*member, const QString &field) {
              connect(text, &QPlainTextEdit::textChanged, this, [this, text, member, field] {
                  edit([&](JobClusterForm &cluster) {
                      const keyvaluerows::Parsed parsed = keyvaluerows::parse(text->toPlainText());
                      cluster.*member = parsed.map;
                      keyvaluerows::remember(cluster.repeatedRows, field, parsed.repeated);
                  });
              });
          };
    map(m_sparkConf, &JobClusterForm::sparkConf, u"new_cluster.spark_conf"_s);
    map(m_tags, &JobClusterForm::customTags, u"new_cluster.custom_tags"_s);
}

JobClusterForm *JobClustersTab::cluster()
{
    QList<JobClusterForm> &clusters = m_controller->form().jobClusters;
    if (m_current < 0 || m_current >= clusters.size())
        return nullptr;
    return &clusters[m_current];
}

void JobClustersTab::edit(const std::function<void(JobClusterForm &)> &apply)
{
    if (m_populating)
        return;
    if (JobClusterForm *current = cluster()) {
        const bool wasKeptAsSent = current->isKeptAsSent();
        apply(*current);
        m_controller->formEdited();
        // An unreadable cluster edited here is no longer kept as sent: its list text says so.
        if (wasKeptAsSent != current->isKeptAsSent())
            refreshList();
    }
}

void JobClustersTab::populate()
{
    m_current = -1;
    refreshList();
    m_list->setCurrentRow(m_controller->form().jobClusters.isEmpty() ? -1 : 0);
    populateEditor();
}

void JobClustersTab::selectCluster(int index)
{
    // As for tasks: the list's row drives the editor, so the two never disagree.
    if (index < 0 || index >= m_list->count())
        index = -1;
    if (m_list->currentRow() != index)
        m_list->setCurrentRow(index);
    else
        showCluster(index);
}

void JobClustersTab::showCluster(int index)
{
    m_current = index;
    populateEditor();
    emit currentChanged(index);
}

void JobClustersTab::refreshList()
{
    const QSignalBlocker blocker(m_list);
    const int row = m_current;
    m_list->clear();
    for (const JobClusterForm &entry : std::as_const(m_controller->form().jobClusters)) {
        const QString size = entry.autoscale
            ? tr("%1–%2 workers").arg(entry.minWorkers).arg(entry.maxWorkers)
            : (entry.numWorkers == 1 ? tr("1 worker") : tr("%1 workers").arg(entry.numWorkers));
        m_list->addItem(u"%1 — %2"_s.arg(entry.key.isEmpty() ? tr("(no key)") : entry.key,
            entry.isKeptAsSent() ? tr("could not be read, kept as sent") : size));
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
}

void JobClustersTab::refreshWorkspaceLists()
{
    const bool wasPopulating = m_populating;
    m_populating = true;
    m_nodeType->clear();
    for (const NodeType &nodeType : m_controller->nodeTypes())
        m_nodeType->addItem(nodeType.id(), nodeType.id());
    m_sparkVersion->clear();
    for (const SparkVersion &version : m_controller->sparkVersions()) {
        m_sparkVersion->addItem(version.key(), version.key());
        m_sparkVersion->setItemData(m_sparkVersion->count() - 1, version.name(), Qt::ToolTipRole);
    }
    m_populating = wasPopulating;
    populateEditor();
}

void JobClustersTab::populateEditor()
{
    const JobClusterForm *current = cluster();
    m_editor->setEnabled(current != nullptr);
    m_remove->setEnabled(current != nullptr);
    m_unreadableNote->setVisible(current && current->isUnreadable());
    if (!current)
        return;
    if (current->isUnreadable())
        m_unreadableNote->setText(current->hasNoClusterSettings()
                ? tr("This job cluster could not be read: the workspace sent no cluster settings "
                     "(new_cluster) for it. The form shows it empty and keeps it exactly as sent until "
                     "you edit it here (see the JSON tab).")
                : tr("This job cluster could not be read: the workspace sent its settings as something "
                     "other than a JSON object. The form shows it empty and keeps it exactly as sent "
                     "until you edit it here (see the JSON tab)."));
    const bool wasPopulating = m_populating;
    m_populating = true;
    m_key->setText(current->key);
    const int versionIndex = m_sparkVersion->findData(current->sparkVersion);
    if (versionIndex >= 0)
        m_sparkVersion->setCurrentIndex(versionIndex);
    else
        m_sparkVersion->setCurrentText(current->sparkVersion);
    const int nodeIndex = m_nodeType->findData(current->nodeTypeId);
    if (nodeIndex >= 0)
        m_nodeType->setCurrentIndex(nodeIndex);
    else
        m_nodeType->setCurrentText(current->nodeTypeId);
    m_autoscale->setChecked(current->autoscale);
    m_numWorkers->setValue(current->numWorkers);
    m_minWorkers->setValue(current->minWorkers);
    m_maxWorkers->setValue(current->maxWorkers);
    m_numWorkers->setEnabled(!current->autoscale);
    m_minWorkers->setEnabled(current->autoscale);
    m_maxWorkers->setEnabled(current->autoscale);
    m_sparkConf->setPlainText(
        keyvaluerows::format(current->sparkConf, current->repeatedRows.value(u"new_cluster.spark_conf"_s)));
    m_tags->setPlainText(
        keyvaluerows::format(current->customTags, current->repeatedRows.value(u"new_cluster.custom_tags"_s)));
    m_populating = wasPopulating;
}

} // namespace brickdesk
