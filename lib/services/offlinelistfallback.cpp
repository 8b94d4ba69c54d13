#include "services/offlinelistfallback.h"

#include "models/apilistmodel.h"
#include "services/offlinearchive.h"
#include "services/workspacereachability.h"

namespace brickdesk {

OfflineListFallback::OfflineListFallback(ApiListModel *model, std::function<bool()> isArchived,
    std::function<void(OfflineArchive *)> read, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_isArchived(std::move(isArchived))
    , m_read(std::move(read))
    , m_archive(new OfflineArchive(this))
{ }

void OfflineListFallback::setReachability(WorkspaceReachability *reachability)
{
    if (m_reachability == reachability)
        return;
    if (m_reachability)
        m_reachability->disconnect(this);
    m_reachability = reachability;
    if (reachability)
        connect(
            reachability, &WorkspaceReachability::changed, this, &OfflineListFallback::reachabilityChanged);
    reachabilityChanged();
}

bool OfflineListFallback::isOffline() const
{
    return m_reachability && m_reachability->isOffline();
}

bool OfflineListFallback::wantsArchive() const
{
    return isOffline() && (m_model->rowCount() == 0 || m_isArchived());
}

void OfflineListFallback::reachabilityChanged()
{
    const bool offline = isOffline();
    if (offline == m_offline)
        return; // only the words changed
    m_offline = offline;
    if (offline) {
        // Rows the API gave are newer than the archive's: only an empty (or archived) list is filled.
        if (wantsArchive()) {
            m_archive->setPath(m_reachability->archivePath());
            m_read(m_archive);
        }
        return;
    }
    m_archive->close();
    if (m_model->connection() && (m_isArchived() || m_model->rowCount() == 0))
        m_model->refresh();
}

} // namespace brickdesk
