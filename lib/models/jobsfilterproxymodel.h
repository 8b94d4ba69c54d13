#pragma once

#include <QSortFilterProxyModel>

namespace brickdesk {

// Sorts a JobsModel by its SortRole and filters it by text (name, id, tag, owner; every word
// must match somewhere, case-insensitive) and flags: scheduled only, failed last run only,
// mine only (creator == currentUser).
class JobsFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JobsFilterProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    void setScheduledOnly(bool on);
    void setFailedLastRunOnly(bool on);
    void setMineOnly(bool on);
    void setCurrentUser(const QString &userName);
    bool scheduledOnly() const { return m_scheduled; }
    bool failedLastRunOnly() const { return m_failed; }
    bool mineOnly() const { return m_mine; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    QString m_user;
    bool m_scheduled = false;
    bool m_failed = false;
    bool m_mine = false;
};

} // namespace brickdesk
