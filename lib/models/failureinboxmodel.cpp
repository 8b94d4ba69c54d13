#include "models/failureinboxmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
constexpr quintptr groupId = 0; // internalId of job rows; run rows carry their job row + 1

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
} // namespace

FailureInboxModel::FailureInboxModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void FailureInboxModel::setWorkspace(
    const QString &key, const QString &name, const QVector<FailureGroup> &groups)
{
    if (!m_order.contains(key))
        m_order.append(key);
    m_names.insert(key, name);
    m_groups.insert(key, groups);
    rebuild();
}

void FailureInboxModel::removeWorkspace(const QString &key)
{
    if (!m_order.removeOne(key))
        return;
    m_names.remove(key);
    m_groups.remove(key);
    rebuild();
}

QStringList FailureInboxModel::workspaceKeys() const
{
    return m_order;
}

void FailureInboxModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const QString &key : std::as_const(m_order)) {
        const QVector<FailureGroup> groups = m_groups.value(key);
        for (const FailureGroup &group : groups)
            m_rows.append({key, m_names.value(key), group});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
        [](const Row &a, const Row &b) { return a.group.latestMs() > b.group.latestMs(); });
    endResetModel();
    emit countsChanged();
}

void FailureInboxModel::setSeen(const QString &key, qint64 runId, bool seen)
{
    QSet<qint64> &set = m_seen[key];
    if (set.contains(runId) == seen)
        return;
    if (seen)
        set.insert(runId);
    else
        set.remove(runId);
    const QModelIndex run = indexOfRun(key, runId);
    if (run.isValid()) {
        emit dataChanged(index(run.row(), 0, run.parent()), index(run.row(), ColumnCount - 1, run.parent()));
        const QModelIndex group = run.parent();
        emit dataChanged(group.siblingAtColumn(0), group.siblingAtColumn(ColumnCount - 1));
    }
    emit countsChanged();
}

void FailureInboxModel::setSeenRuns(const QString &key, const QSet<qint64> &runIds)
{
    beginResetModel();
    m_seen.insert(key, runIds);
    endResetModel();
    emit countsChanged();
}

QList<qint64> FailureInboxModel::failureRunIds(const QString &key) const
{
    QList<qint64> ids;
    for (const Row &row : m_rows) {
        if (!key.isEmpty() && row.key != key)
            continue;
        for (const FailureItem &item : row.group.failures)
            ids.append(item.run.id());
    }
    return ids;
}

int FailureInboxModel::unseenIn(const Row &row) const
{
    const QSet<qint64> seen = m_seen.value(row.key);
    int count = 0;
    for (const FailureItem &item : row.group.failures)
        count += seen.contains(item.run.id()) ? 0 : 1;
    return count;
}

int FailureInboxModel::unseenCount(const QString &key) const
{
    int count = 0;
    for (const Row &row : m_rows) {
        if (key.isEmpty() || row.key == key)
            count += unseenIn(row);
    }
    return count;
}

int FailureInboxModel::failureCount(const QString &key) const
{
    int count = 0;
    for (const Row &row : m_rows) {
        if (key.isEmpty() || row.key == key)
            count += int(row.group.failures.size());
    }
    return count;
}

QModelIndex FailureInboxModel::indexOfRun(const QString &key, qint64 runId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).key != key)
            continue;
        const QVector<FailureItem> &failures = m_rows.at(r).group.failures;
        for (int c = 0; c < failures.size(); ++c) {
            if (failures.at(c).run.id() == runId)
                return createIndex(c, 0, quintptr(r + 1));
        }
    }
    return {};
}

FailureItem FailureInboxModel::failure(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == groupId || index.model() != this)
        return {};
    const Row &row = m_rows.at(int(index.internalId() - 1));
    return row.group.failures.value(index.row());
}

QModelIndex FailureInboxModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, groupId) : QModelIndex();
    if (parent.internalId() != groupId || parent.row() >= m_rows.size())
        return {};
    if (row >= m_rows.at(parent.row()).group.failures.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FailureInboxModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int FailureInboxModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != groupId || parent.column() != 0)
        return 0;
    return int(m_rows.at(parent.row()).group.failures.size());
}

int FailureInboxModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant FailureInboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == groupId)
        return groupData(m_rows.at(index.row()), index.column(), role);
    const Row &row = m_rows.at(int(index.internalId() - 1));
    return failureData(row, row.group.failures.at(index.row()), index.column(), role);
}

QVariant FailureInboxModel::groupData(const Row &row, int column, int role) const
{
    const FailureGroup &group = row.group;
    const FailureItem latest = group.failures.value(0);
    switch (role) {
    case WorkspaceKeyRole:
        return row.key;
    case JobIdRole:
        return group.jobId;
    case RunIdRole:
        return qint64(0);
    case TaskRunIdRole:
        return latest.taskRunId;
    case TaskKeyRole:
        return latest.taskKey;
    case IsGroupRole:
        return true;
    case UnseenRole:
        return unseenIn(row);
    case StreakRole:
        return group.streak;
    case TimeRole:
        return group.latestMs();
    case SortRole:
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn: {
        const int unseen = unseenIn(row);
        if (role == SortRole)
            return group.name.toLower();
        if (role == Qt::DisplayRole && unseen > 0)
            return tr("%1 (%2 new)").arg(group.name).arg(unseen);
        return group.name;
    }
    case WorkspaceColumn:
        return row.workspace;
    case WhenColumn:
        return role == SortRole ? QVariant(group.latestMs()) : QVariant(timeText(group.latestMs()));
    case ResultColumn:
        return latest.run.displayState().text();
    case TaskColumn:
        return latest.taskKey;
    case ErrorColumn:
        return latest.error;
    case StreakColumn:
        if (role == SortRole)
            return group.streak;
        if (group.streak == 0)
            return tr("Last run succeeded");
        if (group.streakReachesWindowStart)
            return tr("%n or more in a row, since at least %1", nullptr, group.streak)
                .arg(timeText(group.streakSinceMs));
        return tr("%n in a row, since %1", nullptr, group.streak).arg(timeText(group.streakSinceMs));
    default:
        return {};
    }
}

QVariant FailureInboxModel::failureData(const Row &row, const FailureItem &item, int column, int role) const
{
    const bool unseen = !m_seen.value(row.key).contains(item.run.id());
    switch (role) {
    case WorkspaceKeyRole:
        return row.key;
    case JobIdRole:
        return item.run.jobId();
    case RunIdRole:
        return item.run.id();
    case TaskRunIdRole:
        return item.taskRunId;
    case TaskKeyRole:
        return item.taskKey;
    case IsGroupRole:
        return false;
    case UnseenRole:
        return unseen;
    case StreakRole:
        return 0;
    case TimeRole:
        return item.run.startTimeMs();
    case SortRole:
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        if (role == SortRole)
            return item.run.startTimeMs();
        return tr("Run %1").arg(item.run.id());
    case WorkspaceColumn:
        return row.workspace;
    case WhenColumn:
        return role == SortRole ? QVariant(item.run.startTimeMs())
                                : QVariant(timeText(item.run.startTimeMs()));
    case ResultColumn:
        return item.run.displayState().text();
    case TaskColumn:
        return item.taskKey;
    case ErrorColumn:
        return item.error;
    default:
        return {};
    }
}

QVariant FailureInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Job");
    case WorkspaceColumn:
        return tr("Workspace");
    case WhenColumn:
        return tr("Started");
    case ResultColumn:
        return tr("Result");
    case TaskColumn:
        return tr("Failing task");
    case ErrorColumn:
        return tr("Error");
    case StreakColumn:
        return tr("In a row");
    default:
        return {};
    }
}

} // namespace brickdesk
