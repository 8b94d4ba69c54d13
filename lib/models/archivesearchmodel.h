#pragma once

#include "archive/archivetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace brickdesk {

// The answers of an archive search, best first: what kind of thing matched (a job's settings
// or a run's error), its name, where the words matched (a snippet) and when (a job: when its
// settings were last seen; a run: when it started). Everything is text as the server gave it;
// the view shows it as plain text. Snippets come with each match between MatchStart and
// MatchEnd (ask the archive for those markers): the display text has none, MarkedMatchRole
// keeps them for a view that shows the matches in bold (matchSegments()).
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
        MarkedMatchRole, // the snippet on one line, matches between MatchStart and MatchEnd
    };
    Q_ENUM(Roles)

    // Control characters: never in what the archive indexes, so never taken for a match.
    static constexpr QChar MatchStart = QChar(u'\x02');
    static constexpr QChar MatchEnd = QChar(u'\x03');
    struct Segment
    {
        QString text;
        bool match = false;
    };
    // A marked snippet as runs of text, each a match or not.
    static QList<Segment> matchSegments(const QString &marked);

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
