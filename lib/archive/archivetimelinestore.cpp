#include "archive/archivetimelinestore.h"

#include "analysis/nodetimelinecodec.h"
#include "archive/archiveclusterstore.h"
#include "archive/archiveconnection.h"
#include "domain/clusterevent.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ArchiveTimelineStore::ArchiveTimelineStore(ArchiveConnection &connection, ArchiveClusterStore &clusters)
    : m_db(connection)
    , m_clusters(clusters)
{ }

std::optional<NodeTimeline> ArchiveTimelineStore::timeline(const QString &clusterId, Missing missing)
{
    if (!m_db.isOpen())
        return std::nullopt;
    std::optional<NodeTimeline> result;
    // One transaction: no event can be written between reading the stored timeline, reading
    // the events after it and storing the result.
    const ArchiveWriteResult written
        = m_db.write(1, tr("The node timeline could not be archived"), [&](int &changed) {
              QSqlQuery &find = m_db.statement(u"SELECT t.timeline FROM node_timelines t JOIN clusters c"
                                               " ON c.id = t.cluster WHERE c.cluster_id = ?"_s);
              find.addBindValue(clusterId);
              if (!m_db.run(find))
                  return false;
              NodeTimeline stored;
              bool found = find.next() && NodeTimelineCodec::decode(find.value(0).toByteArray(), &stored);
              find.finish();
              if (!found && missing == Missing::Skip)
                  return true;
              // What the stored timeline lacks: the events after it, or all of them.
              const auto eventsFrom = [&](qint64 fromMs) {
                  // The timeline reads decoded fields only: no raw JSON kept.
                  return m_clusters.decodedEvents(clusterId, fromMs, std::numeric_limits<qint64>::max());
              };
              QVector<ClusterEvent> events
                  = eventsFrom(found ? stored.state().lastEventMs + 1 : std::numeric_limits<qint64>::min());
              if (found && events.isEmpty()) {
                  result = std::move(stored);
                  return true;
              }
              if (found && !stored.canExtendWith(events)) {
                  // Its start is not settled yet (no CREATING or EDITED): built again.
                  if (missing == Missing::Skip)
                      return true;
                  found = false;
                  events = eventsFrom(std::numeric_limits<qint64>::min());
              }
              if (found)
                  stored.extend(events);
              else
                  stored = buildNodeTimeline(events);
              if (stored.isEmpty())
                  return true;
              QSqlQuery &store
                  = m_db.statement(u"INSERT OR REPLACE INTO node_timelines(cluster, newest, timeline)"
                                   " SELECT id, ?, ? FROM clusters WHERE cluster_id = ?"_s);
              store.addBindValue(stored.state().lastEventMs);
              store.addBindValue(NodeTimelineCodec::encode(stored));
              store.addBindValue(clusterId);
              if (!m_db.run(store))
                  return false;
              changed = 1;
              result = std::move(stored);
              return true;
          });
    if (!written.ok())
        return std::nullopt;
    return result;
}

} // namespace brickdesk
