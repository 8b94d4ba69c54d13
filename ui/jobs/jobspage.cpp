#include "jobspage.h"

namespace brickdesk {

JobsPage::JobsPage(QWidget *parent)
    : WorkspacePage(parent)
{
}

void JobsPage::setConnection(Connection *) { }

void JobsPage::refresh() { }

void JobsPage::showJob(qint64) { }

} // namespace brickdesk
