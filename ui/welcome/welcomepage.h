#pragma once

#include "auth/reachableworkspaces.h"

#include <QList>
#include <QProcessEnvironment>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace brickdesk {

// The first thing a newcomer sees (and Help ▸ Welcome later): what Brickdesk is, one click to
// the demo workspace, and the workspaces this machine can already reach (~/.databrickscfg
// profiles, DATABRICKS_HOST), each with a Connect button, plus "Add a workspace" for the rest.
// Shows names, hosts and how each signs in; never a secret. Opening is the caller's job: the
// page only says what the person asked for.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Reads the profiles and the environment again.
    void reload();
    QList<ReachableWorkspace> workspaces() const { return m_workspaces; }

signals:
    void demoRequested();
    void connectRequested(const brickdesk::ReachableWorkspace &workspace);
    void addWorkspaceRequested();

private:
    void buildUi();
    QWidget *createRow(const ReachableWorkspace &workspace);

    QProcessEnvironment m_env;
    QList<ReachableWorkspace> m_workspaces;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_noWorkspaces = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace brickdesk
