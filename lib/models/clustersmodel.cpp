#include "models/clustersmodel.h"

#include "api/pagination.h"
#include "common/plaintexttooltip.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ClustersModel::ClustersModel(QObject *parent)
    : ApiListModel(parent)
{ }

void ClustersModel::showArchived(
    const QVector<QJsonObject> &clusters, const QHash<QString, qint64> &lastSeenMs, qint64 asOfMs)
{
    m_archived = true;
    m_archivedAsOfMs = asOfMs;
    m_archivedSeenMs = lastSeenMs;
    replaceAllItems(clusters);
}

void ClustersModel::afterPage()
{
    // The API answers again: its rows replace the archived ones in place.
    m_archived = false;
    m_archivedAsOfMs = 0;
    m_archivedSeenMs.clear();
}

PageFetcher *ClustersModel::createFetcher(Connection *connection)
{
    return PageFetcher::clusters(connection, m_params, this);
}

QString ClustersModel::itemsKey() const
{
    return u"clusters"_s;
}
QString ClustersModel::keyOf(const QJsonObject &item) const
{
    return item.value(u"cluster_id"_s).toString();
}

bool ClustersModel::replaceAt(int row, const QJsonObject &item)
{
    if (m_clusters.at(row).raw() == item)
        return false;
    m_clusters[row] = Cluster::fromJson(item);
    return true;
}

void ClustersModel::appendItems(const QVector<QJsonObject> &items)
{
    // No reserve(size + n): growing exactly per page would copy every row on every page.
    for (const QJsonObject &item : items)
        m_clusters.append(Cluster::fromJson(item));
}

void ClustersModel::removeItems(int first, int last)
{
    m_clusters.remove(first, last - first + 1);
}

int ClustersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClustersModel::workersText(const Cluster &c)
{
    const QString configured = c.isAutoscale()
        ? tr("%1–%2 (autoscale)").arg(c.autoscaleMinWorkers()).arg(c.autoscaleMaxWorkers())
        : QString::number(c.numWorkers());
    if (c.isActive() && c.executorCount() >= 0)
        return tr("%1 / %2").arg(c.executorCount()).arg(configured);
    return configured;
}

qint64 ClustersModel::uptimeMs(const Cluster &c, qint64 nowMs)
{
    if (!c.isActive())
        return -1;
    const qint64 since = std::max(c.startTimeMs(), c.lastRestartedTimeMs());
    return since > 0 ? std::max<qint64>(0, nowMs - since) : -1;
}

QString ClustersModel::uptimeText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    const qint64 hours = minutes / 60;
    if (hours >= 24)
        return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

namespace {

QStringList tagList(const Cluster &c)
{
    QStringList tags;
    const QMap<QString, QString> map = c.customTags();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        tags.append(it.value().isEmpty() ? it.key() : it.key() + u':' + it.value());
    return tags;
}

} // namespace

QVariant ClustersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cluster &c = m_clusters.at(index.row());
    switch (role) {
    case IdRole:
        return c.id();
    case RawJsonRole:
        return c.raw();
    case StateRole:
        return int(c.state());
    case ClusterRole:
        return QVariant::fromValue(c);
    case StateNameRole:
        return c.stateName();
    case IsActiveRole:
        return c.isActive();
    case OwnerRole:
        return c.creatorUserName();
    case TagsRole:
        return tagList(c);
    case Qt::ToolTipRole:
        if (m_archived)
            return plainTextToolTip(
                tr("From the local archive: as last seen on %1.")
                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_archivedSeenMs.value(c.id())),
                        QLocale::ShortFormat)));
        if (index.column() == StateColumn && !c.stateMessage().isEmpty())
            return plainTextToolTip(c.stateMessage());
        break;
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn:
            return role == SortRole ? QVariant(c.name().toLower()) : QVariant(c.name());
        case StateColumn:
            return role == SortRole ? QVariant(int(c.state())) : QVariant(c.stateName());
        case WorkersColumn:
            if (role == SortRole)
                return c.executorCount() >= 0 ? c.executorCount() : c.numWorkers();
            return workersText(c);
        case NodeTypeColumn:
            return c.nodeTypeId();
        case SparkVersionColumn:
            return c.sparkVersion();
        case CreatorColumn:
            return c.creatorUserName();
        case SourceColumn:
            return c.clusterSource();
        case IdColumn:
            return c.id();
        case UptimeColumn: {
            const qint64 up = uptimeMs(c, QDateTime::currentMSecsSinceEpoch());
            if (role == SortRole)
                return up;
            return up < 0 ? QString() : uptimeText(up);
        }
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ClustersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case WorkersColumn:
        return tr("Workers");
    case NodeTypeColumn:
        return tr("Node type");
    case SparkVersionColumn:
        return tr("Runtime");
    case CreatorColumn:
        return tr("Creator");
    case SourceColumn:
        return tr("Source");
    case IdColumn:
        return tr("Cluster ID");
    case UptimeColumn:
        return tr("Uptime");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ClustersModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "clusterId");
    names.insert(RawJsonRole, "rawJson");
    names.insert(StateRole, "state");
    names.insert(SortRole, "sortValue");
    names.insert(ClusterRole, "cluster");
    names.insert(StateNameRole, "stateName");
    names.insert(IsActiveRole, "active");
    names.insert(OwnerRole, "owner");
    names.insert(TagsRole, "tags");
    return names;
}

} // namespace brickdesk
