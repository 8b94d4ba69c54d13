#include "clusters/clusterstatebadge.h"

#include "common/textcolours.h"

#include <QCoreApplication>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

QColor ClusterStateBadge::color(Cluster::State state)
{
    switch (state) {
    case Cluster::State::Running:
        return QColor(46, 160, 67);
    case Cluster::State::Pending:
    case Cluster::State::Restarting:
    case Cluster::State::Resizing:
        return QColor(210, 140, 0);
    case Cluster::State::Terminating:
    case Cluster::State::Terminated:
        return QColor(120, 120, 120);
    case Cluster::State::Error:
        return QColor(200, 40, 40);
    case Cluster::State::Unknown:
        break;
    }
    return QColor(90, 90, 140);
}

QString ClusterStateBadge::text(Cluster::State state, const QString &rawName)
{
    switch (state) {
    case Cluster::State::Running:
        return tr("Running");
    case Cluster::State::Pending:
        return tr("Pending");
    case Cluster::State::Restarting:
        return tr("Restarting");
    case Cluster::State::Resizing:
        return tr("Resizing");
    case Cluster::State::Terminating:
        return tr("Terminating");
    case Cluster::State::Terminated:
        return tr("Terminated");
    case Cluster::State::Error:
        return tr("Error");
    case Cluster::State::Unknown:
        break;
    }
    return rawName.isEmpty() ? tr("Unknown") : rawName;
}

void ClusterStateBadge::apply(QLabel *label, Cluster::State state, const QString &rawName)
{
    if (rawName.isEmpty() && state == Cluster::State::Unknown) {
        label->clear();
        label->setStyleSheet({});
        return;
    }
    label->setText(text(state, rawName));
    label->setStyleSheet(
        u"QLabel { color: white; background: %1; border-radius: 4px; padding: 1px 6px; }"_s.arg(
            TextColours::badgeFill(color(state)).name()));
}

} // namespace brickdesk
