#include "clusters/clusterresizedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ClusterResizeDialog::ClusterResizeDialog(const Cluster &cluster, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"clusterResizeDialog"_s);
    setWindowTitle(tr("Resize %1").arg(cluster.name()));
    m_fixed = new QRadioButton(tr("Fixed size"));
    m_fixed->setObjectName(u"resizeFixed"_s);
    m_autoscale = new QRadioButton(tr("Autoscale"));
    m_autoscale->setObjectName(u"resizeAutoscale"_s);
    auto spin = [](const QString &name) {
        auto *box = new QSpinBox;
        box->setObjectName(name);
        box->setRange(0, 10000);
        return box;
    };
    m_workers = spin(u"resizeWorkers"_s);
    m_min = spin(u"resizeMinWorkers"_s);
    m_max = spin(u"resizeMaxWorkers"_s);
    m_min->setMinimum(1);
    m_max->setMinimum(1);

    auto *form = new QFormLayout;
    form->addRow(m_fixed);
    form->addRow(tr("Workers:"), m_workers);
    form->addRow(m_autoscale);
    form->addRow(tr("Minimum workers:"), m_min);
    form->addRow(tr("Maximum workers:"), m_max);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Resize"));
    auto *layout = new QVBoxLayout(this);
    auto *note
        = new QLabel(tr("Workers are added or removed while the cluster keeps running; removing workers "
                        "loses the data cached and shuffled on them."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fixed, &QRadioButton::toggled, this, &ClusterResizeDialog::updateEnabled);
    connect(m_min, &QSpinBox::valueChanged, this, [this](int v) { m_max->setMinimum(std::max(1, v)); });

    Size size;
    size.autoscale = cluster.isAutoscale();
    size.numWorkers = std::max(0, cluster.numWorkers());
    size.minWorkers = cluster.isAutoscale() ? cluster.autoscaleMinWorkers() : 1;
    size.maxWorkers
        = cluster.isAutoscale() ? cluster.autoscaleMaxWorkers() : std::max(2, cluster.numWorkers());
    setSize(size);
}

ClusterResizeDialog::Size ClusterResizeDialog::size() const
{
    Size size;
    size.autoscale = m_autoscale->isChecked();
    size.numWorkers = m_workers->value();
    size.minWorkers = m_min->value();
    size.maxWorkers = std::max(m_min->value(), m_max->value());
    return size;
}

void ClusterResizeDialog::setSize(const Size &size)
{
    m_autoscale->setChecked(size.autoscale);
    m_fixed->setChecked(!size.autoscale);
    m_workers->setValue(size.numWorkers);
    m_min->setValue(std::max(1, size.minWorkers));
    m_max->setValue(std::max(size.minWorkers, size.maxWorkers));
    updateEnabled();
}

QString ClusterResizeDialog::describe(const Size &size)
{
    if (size.autoscale)
        return tr("autoscale %1–%2 workers").arg(size.minWorkers).arg(size.maxWorkers);
    return tr("%n worker(s)", nullptr, size.numWorkers);
}

void ClusterResizeDialog::updateEnabled()
{
    const bool fixed = m_fixed->isChecked();
    m_workers->setEnabled(fixed);
    m_min->setEnabled(!fixed);
    m_max->setEnabled(!fixed);
}

} // namespace brickdesk
