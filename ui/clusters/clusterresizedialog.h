#pragma once

#include "domain/cluster.h"

#include <QDialog>

class QRadioButton;
class QSpinBox;

namespace brickdesk {

// Asks for a cluster's new size: a fixed number of workers or autoscale bounds.
class ClusterResizeDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Size
    {
        bool autoscale = false;
        int numWorkers = 0;
        int minWorkers = 0;
        int maxWorkers = 0;
    };

    explicit ClusterResizeDialog(const Cluster &cluster, QWidget *parent = nullptr);

    Size size() const;
    void setSize(const Size &size);
    // "8 workers" / "autoscale 2–8 workers".
    static QString describe(const Size &size);

private:
    void updateEnabled();

    QRadioButton *m_fixed = nullptr;
    QRadioButton *m_autoscale = nullptr;
    QSpinBox *m_workers = nullptr;
    QSpinBox *m_min = nullptr;
    QSpinBox *m_max = nullptr;
};

} // namespace brickdesk
