#include "models/clustereventsmodel.h"

#include "analysis/eventsummary.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

bool byTime(const ClusterEvent &a, const ClusterEvent &b)
{
    return a.timestamp() < b.timestamp();
}

} // namespace

ClusterEventsModel::ClusterEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ClusterEventsModel::~ClusterEventsModel() = default;

void ClusterEventsModel::appendEvents(const QVector<ClusterEvent> &incoming)
{
    if (incoming.isEmpty())
        return;
    QVector<ClusterEvent> batch = incoming;
    if (!std::is_sorted(batch.cbegin(), batch.cend(), byTime))
        std::stable_sort(batch.begin(), batch.end(), byTime);

    // Common case: everything is newer than what we hold. One insertion, after dropping
    // duplicates of the events sharing the newest timestamp (shard or refresh edges).
    const auto isKnown = [this](const ClusterEvent &e) {
        auto it = std::lower_bound(m_events.cbegin(), m_events.cend(), e, byTime);
        for (; it != m_events.cend() && it->timestamp() == e.timestamp(); ++it) {
            if (*it == e)
                return true;
        }
        return false;
    };
    if (m_events.isEmpty() || batch.constFirst().timestamp() >= m_events.constLast().timestamp()) {
        QVector<ClusterEvent> fresh;
        fresh.reserve(batch.size());
        const qint64 newest
            = m_events.isEmpty() ? std::numeric_limits<qint64>::min() : m_events.constLast().timestamp();
        for (const ClusterEvent &e : std::as_const(batch)) {
            if (e.timestamp() == newest && isKnown(e))
                continue;
            if (!fresh.isEmpty() && fresh.constLast().timestamp() == e.timestamp()
                && std::find(fresh.cbegin(), fresh.cend(), e) != fresh.cend())
                continue;
            fresh.append(e);
        }
        if (fresh.isEmpty())
            return;
        const int first = int(m_events.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_events += fresh;
        endInsertRows();
        return;
    }
    // Older events (out of order input): insert each at its place.
    for (const ClusterEvent &e : std::as_const(batch)) {
        if (isKnown(e))
            continue;
        const auto it = std::upper_bound(m_events.cbegin(), m_events.cend(), e, byTime);
        const int row = int(it - m_events.cbegin());
        beginInsertRows({}, row, row);
        m_events.insert(row, e);
        endInsertRows();
    }
}

void ClusterEventsModel::clear()
{
    if (m_events.isEmpty())
        return;
    beginResetModel();
    m_events.clear();
    endResetModel();
}

int ClusterEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ClusterEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ClusterEventsModel::previousWorkers(int row) const
{
    // The last sample before this row, looking back a bounded distance (summaries are per row).
    for (int r = row - 1; r >= 0 && r >= row - 500; --r) {
        if (m_events.at(r).hasCurrentWorkers())
            return m_events.at(r).currentWorkers();
    }
    return -1;
}

QVariant ClusterEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterEvent &e = m_events.at(index.row());
    const auto workers = [&e]() -> QString {
        if (e.hasCurrentWorkers() && e.hasTargetWorkers())
            return tr("%1 / %2").arg(e.currentWorkers()).arg(e.targetWorkers());
        if (e.hasCurrentWorkers())
            return QString::number(e.currentWorkers());
        if (e.hasTargetWorkers())
            return tr("→ %1").arg(e.targetWorkers());
        return {};
    };
    switch (role) {
    case IdRole:
        return QString(QString::number(e.timestamp()) + u':' + e.typeName());
    case RawJsonRole:
        return e.raw();
    case StateRole:
        return int(e.type());
    case EventRole:
        return QVariant::fromValue(e);
    case TypeNameRole:
        return e.typeName();
    case TimestampRole:
        return e.timestamp();
    case CurrentWorkersRole:
        return e.currentWorkers();
    case TargetWorkersRole:
        return e.targetWorkers();
    case SummaryRole:
        return EventSummary::summary(
            e, e.type() == ClusterEvent::Type::NodesLost ? previousWorkers(index.row()) : -1);
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case TimeColumn:
            if (role == SortRole)
                return e.timestamp();
            return QLocale().toString(e.dateTime().toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        case TypeColumn:
            return EventSummary::typeLabel(e);
        case SummaryColumn:
            return data(index, SummaryRole);
        case WorkersColumn:
            if (role == SortRole)
                return e.currentWorkers();
            return workers();
        case CauseColumn:
            return EventSummary::causeText(e);
        case UserColumn:
            return e.user();
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ClusterEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Event");
    case SummaryColumn:
        return tr("Details");
    case WorkersColumn:
        return tr("Workers");
    case CauseColumn:
        return tr("Cause");
    case UserColumn:
        return tr("User");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ClusterEventsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "eventId");
    names.insert(RawJsonRole, "rawJson");
    names.insert(StateRole, "type");
    names.insert(SortRole, "sortValue");
    names.insert(EventRole, "event");
    names.insert(TypeNameRole, "typeName");
    names.insert(TimestampRole, "timestamp");
    names.insert(CurrentWorkersRole, "currentWorkers");
    names.insert(TargetWorkersRole, "targetWorkers");
    names.insert(SummaryRole, "summary");
    return names;
}

} // namespace brickdesk
