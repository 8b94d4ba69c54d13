#include "joblistactions.h"

#include "common/workspaceactiongate.h"
#include "domain/jobsettings.h"
#include "joboverview.h"
#include "jobspage.h"
#include "services/joblistservice.h"

#include <QAction>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

JobListActions::JobListActions(JobsPage *page, QToolBar *toolbar)
{
    auto make = [page](const QString &text, const QString &name, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, page);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(action, &QAction::triggered, page, slot);
        page->addAction(action);
        return action;
    };
    m_newAction = make(JobsPage::tr("&New job…"), u"newJobAction"_s, QKeySequence::New, &JobsPage::newJob);
    m_editAction = make(
        JobsPage::tr("&Edit…"), u"editJobAction"_s, QKeySequence(Qt::CTRL | Qt::Key_E), &JobsPage::editJob);
    m_cloneAction = make(JobsPage::tr("C&lone…"), u"cloneJobAction"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &JobsPage::cloneJob);
    m_runNowAction = make(JobsPage::tr("&Run now…"), u"runNowAction"_s,
        QKeySequence(Qt::CTRL | Qt::Key_Return), &JobsPage::runNow);
    m_cancelRunsAction = make(JobsPage::tr("&Cancel active runs…"), u"cancelRunsAction"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), &JobsPage::cancelActiveRuns);
    m_pauseAction = make(JobsPage::tr("&Pause schedule"), u"pauseScheduleAction"_s,
        QKeySequence(Qt::CTRL | Qt::Key_P), &JobsPage::pauseSchedules);
    m_resumeAction = make(JobsPage::tr("Res&ume schedule"), u"resumeScheduleAction"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &JobsPage::resumeSchedules);
    m_deleteAction
        = make(JobsPage::tr("&Delete…"), u"deleteJobAction"_s, QKeySequence::Delete, &JobsPage::deleteJobs);
    // Delete acts on the list that has the focus (a run's detail below has its own Delete).
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_browserAction = make(JobsPage::tr("Open in &browser"), u"openJobInBrowserAction"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &JobsPage::openInBrowser);
    m_saveJsonAction = make(
        JobsPage::tr("&Save as JSON…"), u"saveJobJsonAction"_s, QKeySequence::Save, &JobsPage::saveJobAsJson);
    m_compareAction = make(JobsPage::tr("Compare with &workspace…"), u"compareJobAction"_s,
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W), &JobsPage::compareWithWorkspace);
    make(JobsPage::tr("&Find"), u"findJobsAction"_s, QKeySequence::Find, [page] {
        page->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        page->filterEdit()->selectAll();
    });
    for (QAction *action : {m_newAction, m_editAction, m_cloneAction, m_runNowAction, m_cancelRunsAction,
             m_pauseAction, m_resumeAction, m_deleteAction, m_compareAction})
        WorkspaceActionGate::needsWorkspace(action);
    make(JobsPage::tr("Stop loading"), u"stopLoadingAction"_s, QKeySequence(Qt::Key_Escape),
        [page] { page->service()->cancel(); });
    // The list's own shortcuts work while the list has focus; the detail panes have theirs.
    for (QAction *action : {m_deleteAction, m_runNowAction})
        page->view()->addAction(action);

    toolbar->addAction(m_newAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_cloneAction);
    toolbar->addSeparator();
    toolbar->addAction(m_runNowAction);
    toolbar->addAction(m_cancelRunsAction);
    toolbar->addAction(m_pauseAction);
    toolbar->addAction(m_resumeAction);
    toolbar->addSeparator();
    toolbar->addAction(m_deleteAction);
    toolbar->addAction(m_browserAction);

    QObject::connect(
        page->view(), &QTableView::customContextMenuRequested, page, [this, page](const QPoint &pos) {
            QMenu menu(page);
            menu.setObjectName(u"jobsContextMenu"_s);
            menu.addAction(m_runNowAction);
            menu.addAction(m_cancelRunsAction);
            menu.addSeparator();
            menu.addAction(m_pauseAction);
            menu.addAction(m_resumeAction);
            menu.addSeparator();
            menu.addAction(m_editAction);
            menu.addAction(m_cloneAction);
            menu.addAction(m_saveJsonAction);
            menu.addAction(m_browserAction);
            menu.addAction(m_compareAction);
            menu.addSeparator();
            menu.addAction(m_deleteAction);
            menu.exec(page->view()->viewport()->mapToGlobal(pos));
        });
}

void JobListActions::update(bool connected, const QList<Job> &selected, bool canCompare)
{
    const bool one = selected.size() == 1;
    const bool any = !selected.isEmpty();
    m_newAction->setEnabled(connected);
    m_editAction->setEnabled(one);
    m_cloneAction->setEnabled(one);
    m_runNowAction->setEnabled(any);
    m_cancelRunsAction->setEnabled(any);
    m_deleteAction->setEnabled(any);
    m_browserAction->setEnabled(one);
    m_saveJsonAction->setEnabled(one);
    m_compareAction->setEnabled(one && canCompare);
    bool pausable = false;
    bool resumable = false;
    for (const Job &job : selected) {
        const QMap<QString, bool> states = job.settings().pauseStates();
        for (const bool paused : states)
            (paused ? resumable : pausable) = true;
    }
    // Jobs deployed from a bundle are locked in the UI, as in the web UI: nothing here changes
    // their settings (the bundle is their source); running and cancelling stay available.
    bool locked = false;
    for (const Job &job : selected)
        locked = locked || job.settings().isUiLocked();
    const QString lockedTip = locked ? JobOverview::lockedReason() : QString();
    for (QAction *action : {m_editAction, m_deleteAction, m_pauseAction, m_resumeAction}) {
        if (!action->property("defaultToolTip").isValid())
            action->setProperty("defaultToolTip", action->toolTip());
        action->setToolTip(locked ? action->text().remove(u'&') + u" — "_s + lockedTip
                                  : action->property("defaultToolTip").toString());
    }
    m_editAction->setEnabled(one && !locked);
    m_deleteAction->setEnabled(any && !locked);
    m_pauseAction->setEnabled(pausable && !locked);
    m_resumeAction->setEnabled(resumable && !locked);
    m_runNowAction->setText(selected.size() > 1
            ? JobsPage::tr("&Run %n jobs now", nullptr, int(selected.size()))
            : JobsPage::tr("&Run now…"));
    m_deleteAction->setText(selected.size() > 1
            ? JobsPage::tr("&Delete %n jobs…", nullptr, int(selected.size()))
            : JobsPage::tr("&Delete…"));
}

} // namespace brickdesk
