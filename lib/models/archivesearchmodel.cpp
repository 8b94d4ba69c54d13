#include "archivesearchmodel.h"

#include "common/plaintexttooltip.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

using Kind = ArchiveSearchHit::Kind;

// A snippet spans lines of an error (a stack trace): one line in the table.
QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    text.replace(u'\t', u' ');
    return text.simplified();
}

QString unmarked(QString text)
{
    text.remove(ArchiveSearchModel::MatchStart);
    text.remove(ArchiveSearchModel::MatchEnd);
    return text;
}

} // namespace

QList<ArchiveSearchModel::Segment> ArchiveSearchModel::matchSegments(const QString &marked)
{
    QList<Segment> segments;
    Segment current;
    for (const QChar c : marked) {
        if (c == MatchStart || c == MatchEnd) {
            if (!current.text.isEmpty())
                segments.append(current);
            current = Segment {QString(), c == MatchStart};
            continue;
        }
        current.text.append(c);
    }
    if (!current.text.isEmpty())
        segments.append(current);
    return segments;
}

ArchiveSearchModel::ArchiveSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ArchiveSearchModel::setHits(const QList<ArchiveSearchHit> &hits)
{
    // The same answer again (a refresh) keeps the selection and the scroll position.
    const auto same = [](const ArchiveSearchHit &a, const ArchiveSearchHit &b) {
        return a.kind == b.kind && a.id == b.id && a.jobId == b.jobId && a.timeMs == b.timeMs
            && a.title == b.title && a.snippet == b.snippet;
    };
    if (std::equal(hits.cbegin(), hits.cend(), m_hits.cbegin(), m_hits.cend(), same))
        return;
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int ArchiveSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int ArchiveSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArchiveSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArchiveSearchHit &hit = m_hits.at(index.row());
    const bool job = hit.kind == Kind::Job;
    switch (role) {
    case KindRole:
        return int(hit.kind);
    case IdRole:
        return hit.id;
    case JobIdRole:
        return hit.jobId;
    case TimeRole:
        return hit.timeMs;
    case MarkedMatchRole:
        return oneLine(hit.snippet);
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case KindColumn:
            return job ? tr("Job") : tr("Run error");
        case NameColumn:
            if (!hit.title.isEmpty())
                return hit.title;
            return job ? tr("Job %1").arg(hit.id) : tr("Run %1").arg(hit.id);
        case MatchColumn:
            return unmarked(oneLine(hit.snippet));
        case WhenColumn:
            if (role == SortRole)
                return hit.timeMs;
            return hit.timeMs > 0
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(hit.timeMs), QLocale::ShortFormat)
                : QString();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn:
        case NameColumn:
            return plainTextToolTip(job ? tr("Job %1 (its settings as last seen)").arg(hit.id)
                                        : tr("Run %1 of job %2").arg(hit.id).arg(hit.jobId));
        case MatchColumn:
            return plainTextToolTip(unmarked(hit.snippet));
        case WhenColumn:
            return job ? tr("When these settings were last seen") : tr("When the run started");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ArchiveSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case MatchColumn:
        return tr("Where it matched");
    case WhenColumn:
        return tr("When");
    }
    return {};
}

} // namespace brickdesk
