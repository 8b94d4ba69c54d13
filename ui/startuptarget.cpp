#include "startuptarget.h"

#include "mainwindow.h"
#include "services/workspaceset.h"

namespace brickdesk {

StartupTarget::StartupTarget(WorkspaceSet *set, MainWindow *window, Kind kind, const QString &id)
    : QObject(window)
    , m_set(set)
    , m_window(window)
    , m_kind(kind)
    , m_id(id)
{
    connect(set, &WorkspaceSet::stateChanged, this, [this](const QString &key, WorkspaceSet::State state) {
        if (state == WorkspaceSet::State::Connected)
            open(key);
    });
}

void StartupTarget::open(const QString &key)
{
    if (m_done || !m_window)
        return;
    m_done = true;
    switch (m_kind) {
    case Kind::Job:
        m_window->showJob(key, m_id.toLongLong());
        break;
    case Kind::Run:
        m_window->showRun(key, m_id.toLongLong());
        break;
    case Kind::Cluster:
        m_window->showCluster(key, m_id);
        break;
    }
    if (m_set)
        m_set->disconnect(this);
}

} // namespace brickdesk
