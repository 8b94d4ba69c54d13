#pragma once

#include "domain/job.h"

#include <QList>

class QAction;
class QToolBar;

namespace brickdesk {

class JobsPage;

// The Jobs screen's actions on the selected jobs (new, edit, clone, run now, cancel runs,
// pause/resume, delete, open in browser, save as JSON, compare), each with its shortcut, in the
// toolbar and the list's context menu, and enabled for what is selected. The actions belong to
// the page (their shortcuts act while it has the focus) and call its slots; their words keep
// the page's translation context.
class JobListActions final
{
public:
    JobListActions(JobsPage *page, QToolBar *toolbar);

    // `selected`: the selected jobs as the list (or the open detail) knows them, in view order.
    // Jobs deployed from a bundle are locked: nothing here changes their settings.
    void update(bool connected, const QList<Job> &selected, bool canCompare);

private:
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_cloneAction = nullptr;
    QAction *m_runNowAction = nullptr;
    QAction *m_cancelRunsAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_browserAction = nullptr;
    QAction *m_saveJsonAction = nullptr;
    QAction *m_compareAction = nullptr;
};

} // namespace brickdesk
