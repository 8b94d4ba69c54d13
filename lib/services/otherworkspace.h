#pragma once

#include "auth/startupworkspace.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace brickdesk {

class Connection;
class WorkspaceSession;
class WorkspaceSet;

// A connection to another workspace for a one-off look, such as comparing a job with its
// namesake in prod. A workspace open in the WorkspaceSet lends its own connection (no second
// sign-in); any other is opened here through the normal sign-in path (WorkspaceSession: the
// keychain, the ~/.databrickscfg profile, OAuth in the browser; a secret from the environment
// stays in memory), without adding it to the navigation or making it the one reopened at the
// next start. Closed with this object.
class OtherWorkspace final : public QObject
{
    Q_OBJECT
public:
    // A workspace to choose: open in the set, saved, a profile, or the environment's.
    struct Target
    {
        QString key; // the WorkspaceSet key it has or would have
        QString name;
        QString host; // normalised; empty while unknown (a workspace still opening)
        bool open = false; // in the set now
        StartupWorkspace::Choice choice; // how to open it when it is not
    };

    // `set` is not owned and may be nullptr (then only environment-free choices open).
    explicit OtherWorkspace(WorkspaceSet *set, QObject *parent = nullptr);
    ~OtherWorkspace() override;

    // Every workspace but `excludeKey`: those open in the set first, in their order, then the
    // saved ones, then the profiles of ~/.databrickscfg and the environment's workspace that are
    // neither. Each host once (the first way to reach it), and never the host of `excludeKey`:
    // comparing a job with itself tells nothing. Reads files only (no network, no keychain).
    static QList<Target> targets(const WorkspaceSet *set, const QString &excludeKey,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    // Starts connecting; emits ready() or failed() exactly once (unless close() comes first).
    void open(const Target &target);
    // Forgets the connection (a private one is destroyed); emits nothing.
    void close();

    const Target &target() const { return m_target; }
    // nullptr until ready().
    Connection *connection() const;

signals:
    void ready();
    // message: a sentence for people.
    void failed(const QString &message);
    // The set closed the workspace whose connection was lent (connection() is gone).
    void lost();

private:
    void openPrivately();
    void fail(const QString &message);

    QPointer<WorkspaceSet> m_set;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    Target m_target;
    QPointer<Connection> m_borrowed;
    QPointer<WorkspaceSession> m_session;
    std::unique_ptr<Connection> m_owned; // a secret from the environment
    quint64 m_generation = 0;
};

} // namespace brickdesk
