#pragma once

#include "archive/archivetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace brickdesk {

// The answers of an archive search, best first: what kind of thing matched (a job's settings
// or a run's error), its name, where the words matched (a snippet, matches in [brackets]) and
// when (a job: when its settings were last seen; a run: when it started). Everything is text
// as the server gave it; the view shows it as plain text.
class ArchiveSearchModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, MatchColumn, WhenColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        KindRole = Qt::UserRole + 1, // ArchiveSearchHit::Kind as int
        IdRole, // qint64: the job id or the run id
        JobIdRole, // qint64
        TimeRole, // qint64 epoch ms
        SortRole,
    };
    Q_ENUM(Roles)

    explicit ArchiveSearchModel(QObject *parent = nullptr);

    void setHits(const QList<ArchiveSearchHit> &hits);
    void clear() { setHits({}); }
    const QList<ArchiveSearchHit> &hits() const { return m_hits; }
    ArchiveSearchHit hit(int row) const { return m_hits.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ArchiveSearchHit> m_hits;
};

} // namespace brickdesk
