#pragma once

#include "analysis/failuredigest.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace brickdesk {

// The failure inbox as a two-level tree: one row per job (across every connected workspace)
// that failed inside the window, newest failure first; under it, its failed, timed-out and
// cancelled runs. Each row says which workspace it is from. Seen runs are remembered here;
// the service persists them.
class FailureInboxModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, // the job (group) or the run's start time (run)
        WorkspaceColumn,
        WhenColumn, // when the latest failure / this run started
        ResultColumn,
        TaskColumn, // the first failing task
        ErrorColumn, // its error, one line
        StreakColumn, // how many runs in a row failed, since when
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        WorkspaceKeyRole = Qt::UserRole + 1,
        JobIdRole, // qint64
        RunIdRole, // qint64, 0 on a job row
        TaskRunIdRole, // qint64, the failing task's run id (for its output)
        TaskKeyRole,
        IsGroupRole, // bool
        UnseenRole, // run: bool; job: how many of its failures are unseen
        StreakRole, // int, on job rows
        TimeRole, // qint64 epoch ms: latest failure / run start
        SortRole,
    };
    Q_ENUM(Roles)

    explicit FailureInboxModel(QObject *parent = nullptr);

    // Replaces what the inbox shows of one workspace.
    void setWorkspace(const QString &key, const QString &name, const QVector<FailureGroup> &groups);
    void removeWorkspace(const QString &key);
    QStringList workspaceKeys() const;

    void setSeen(const QString &key, qint64 runId, bool seen = true);
    bool isSeen(const QString &key, qint64 runId) const { return m_seen.value(key).contains(runId); }
    QSet<qint64> seenRuns(const QString &key) const { return m_seen.value(key); }
    void setSeenRuns(const QString &key, const QSet<qint64> &runIds);
    // Every failure of `key` (all workspaces when empty).
    QList<qint64> failureRunIds(const QString &key) const;
    int unseenCount(const QString &key = {}) const;
    int failureCount(const QString &key = {}) const;
    QModelIndex indexOfRun(const QString &key, qint64 runId) const;
    FailureItem failure(const QModelIndex &index) const; // a run row; empty otherwise

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countsChanged();

private:
    struct Row
    {
        QString key;
        QString workspace;
        FailureGroup group;
    };
    QVariant groupData(const Row &row, int column, int role) const;
    QVariant failureData(const Row &row, const FailureItem &item, int column, int role) const;
    int unseenIn(const Row &row) const;
    void rebuild();

    QHash<QString, QString> m_names;
    QHash<QString, QVector<FailureGroup>> m_groups;
    QStringList m_order; // workspaces, as added
    QVector<Row> m_rows;
    QHash<QString, QSet<qint64>> m_seen;
};

} // namespace brickdesk
