#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace brickdesk {

class ApiListModel;
class OfflineArchive;
class WorkspaceReachability;

// The one rule a list screen's service follows while its workspace cannot be reached (the
// jobs list, the clusters list): going offline, an empty or archived list is filled from the
// workspace's archive (rows the API gave are newer and stay); when the workspace answers
// again, the archive is let go and an archived or empty list is asked of it again.
//
// The owner says whether its model shows archived rows, asks the archive for its list in
// `read`, and shows the answer only while wantsArchive().
class OfflineListFallback final : public QObject
{
    Q_OBJECT
public:
    OfflineListFallback(ApiListModel *model, std::function<bool()> isArchived,
        std::function<void(OfflineArchive *)> read, QObject *parent);

    OfflineArchive *archive() const { return m_archive; }
    void setReachability(WorkspaceReachability *reachability);
    bool isOffline() const;
    // Whether an answer of the archive is still to be shown: offline, and the list empty or
    // archived (the API may have answered meanwhile).
    bool wantsArchive() const;

private:
    void reachabilityChanged();

    ApiListModel *m_model;
    std::function<bool()> m_isArchived;
    std::function<void(OfflineArchive *)> m_read;
    OfflineArchive *m_archive;
    QPointer<WorkspaceReachability> m_reachability;
    bool m_offline = false; // as last told by the reachability
};

} // namespace brickdesk
