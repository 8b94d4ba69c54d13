#include "models/commandpalettemodel.h"

#include "common/plaintexttooltip.h"

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

CommandPaletteModel::CommandPaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void CommandPaletteModel::setEntries(const QVector<PaletteEntry> &entries)
{
    m_entries = entries;
    apply();
}

void CommandPaletteModel::setQuery(const QString &query)
{
    m_query = query.trimmed();
    apply();
}

PaletteEntry CommandPaletteModel::entry(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_entries.at(m_shown.at(row)) : PaletteEntry();
}

int CommandPaletteModel::fuzzyScore(const QString &query, const QString &text)
{
    if (query.isEmpty())
        return 0;
    const QString q = query.toLower();
    const QString t = text.toLower();
    int score = 0;
    int at = 0;
    int run = 0;
    for (const QChar c : q) {
        if (c.isSpace())
            continue;
        const qsizetype found = t.indexOf(c, at);
        if (found < 0)
            return -1;
        const bool wordStart = found == 0 || !t.at(found - 1).isLetterOrNumber();
        run = found == at && at > 0 ? run + 1 : 0;
        score += 1 + (wordStart ? 8 : 0) + run * 4 - int(std::min<qsizetype>(found - at, 10));
        at = int(found + 1);
    }
    // The whole text typed as one piece weighs most, at its start more.
    const qsizetype substring = t.indexOf(q);
    if (substring == 0)
        score += 40;
    else if (substring > 0)
        score += 20;
    // Shorter texts first among equal matches.
    return std::max(1, score * 4 - int(std::min<qsizetype>(t.size(), 60)) / 4);
}

void CommandPaletteModel::apply()
{
    beginResetModel();
    m_shown.clear();
    m_scores.clear();
    QVector<QPair<int, int>> scored; // score, index
    for (int i = 0; i < m_entries.size(); ++i) {
        const PaletteEntry &entry = m_entries.at(i);
        int score = 0;
        if (!m_query.isEmpty()) {
            score = fuzzyScore(m_query, entry.title);
            // An id typed exactly (a job or run id pasted from a log) is what was meant.
            if (entry.kind != PaletteEntry::Kind::Action && entry.id == m_query)
                score = std::max(score, 1000);
            else if (entry.kind != PaletteEntry::Kind::Action && entry.id.startsWith(m_query)
                && m_query.size() >= 3)
                score = std::max(score, 300);
            if (score < 0)
                continue;
        }
        scored.append({score, i});
    }
    std::stable_sort(
        scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[score, index] : std::as_const(scored)) {
        if (m_shown.size() >= m_maximum)
            break;
        m_shown.append(index);
        m_scores.append(score);
    }
    endResetModel();
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const PaletteEntry &entry = m_entries.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole: {
        QString kind;
        switch (entry.kind) {
        case PaletteEntry::Kind::Job:
            kind = tr("Job");
            break;
        case PaletteEntry::Kind::Run:
            kind = tr("Run");
            break;
        case PaletteEntry::Kind::Cluster:
            kind = tr("Cluster");
            break;
        case PaletteEntry::Kind::Action:
            kind = tr("Action");
            break;
        }
        if (entry.workspaceName.isEmpty())
            return tr("%1: %2").arg(kind, entry.title);
        return tr("%1: %2 — %3").arg(kind, entry.title, entry.workspaceName);
    }
    case Qt::ToolTipRole:
        return plainTextToolTip(entry.kind == PaletteEntry::Kind::Action
                ? entry.title
                : tr("%1 (ID %2)").arg(entry.title, entry.id));
    case KindRole:
        return int(entry.kind);
    case WorkspaceKeyRole:
        return entry.workspaceKey;
    case IdRole:
        return entry.id;
    case ScoreRole:
        return m_scores.at(index.row());
    default:
        return {};
    }
}

} // namespace brickdesk
