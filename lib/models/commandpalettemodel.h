#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QVector>

namespace brickdesk {

// Something the command palette can jump to or do, in any connected workspace.
struct PaletteEntry
{
    enum class Kind { Job, Run, Cluster, Action };
    Kind kind = Kind::Action;
    QString workspaceKey; // empty for actions that are not about one workspace
    QString workspaceName;
    QString title; // job or cluster name, run label, action text
    QString id; // job id, run id, cluster id, or the action's name
};

// The command palette's list: every entry whose title or id matches the typed text, best match
// first. Matching is fuzzy (the typed characters in order, not necessarily together), with
// extra weight for the start of words, characters in a row and an id typed exactly.
class CommandPaletteModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        KindRole = Qt::UserRole + 1, // int PaletteEntry::Kind
        WorkspaceKeyRole,
        IdRole,
        ScoreRole,
    };

    explicit CommandPaletteModel(QObject *parent = nullptr);

    void setEntries(const QVector<PaletteEntry> &entries);
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    void setMaximumRows(int rows) { m_maximum = rows; }
    PaletteEntry entry(int row) const;

    // How well `query` matches `text`; -1 when it does not (the characters are not all there,
    // in order). Case is ignored.
    static int fuzzyScore(const QString &query, const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void apply();

    QVector<PaletteEntry> m_entries;
    QVector<int> m_shown; // indices into m_entries, best first
    QVector<int> m_scores;
    QString m_query;
    int m_maximum = 200;
};

} // namespace brickdesk
