#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace brickdesk {

class MainWindow;
class WorkspaceSet;

// What --job, --run or --cluster asked to open: shown in the first workspace of the set that
// connects, once. A workspace connected before this exists is not waited for.
class StartupTarget final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Job, Run, Cluster };

    // `id` is a job or run id in decimal, or a cluster id (checked by CommandLineIds before).
    StartupTarget(WorkspaceSet *set, MainWindow *window, Kind kind, const QString &id);

    bool isDone() const { return m_done; }

private:
    void open(const QString &key);

    QPointer<WorkspaceSet> m_set;
    QPointer<MainWindow> m_window;
    Kind m_kind;
    QString m_id;
    bool m_done = false;
};

} // namespace brickdesk
