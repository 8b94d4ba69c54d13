#include "clusterspage.h"

namespace brickdesk {

ClustersPage::ClustersPage(QWidget *parent)
    : WorkspacePage(parent)
{
}

void ClustersPage::setConnection(Connection *) { }

void ClustersPage::refresh() { }

void ClustersPage::showCluster(const QString &) { }

} // namespace brickdesk
