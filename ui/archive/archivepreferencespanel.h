#pragma once

#include <QMap>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace brickdesk {

class ArchiveMaintenance;

// Preferences ▸ Local archive: each workspace's archive file with its size, what it holds and
// since when; prune the selected one to its last N days, or delete it, each after a
// confirmation. The work runs on the archive's thread; the panel says what was removed.
class ArchivePreferencesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ArchivePreferencesPanel(QWidget *parent = nullptr);

    // Names of the open workspaces' archive files (WorkspaceSet::archivePath → name).
    void setWorkspaceNames(const QMap<QString, QString> &nameByPath);
    ArchiveMaintenance *maintenance() const { return m_maintenance; }

    QTableWidget *table() const { return m_table; }
    QSpinBox *keepDaysSpin() const { return m_keepDays; }
    QPushButton *pruneButton() const { return m_prune; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *reportLabel() const { return m_report; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showEntries();
    void updateButtons();
    QString selectedPath() const;
    void confirmPrune();
    void confirmDelete();

    ArchiveMaintenance *m_maintenance;
    QTableWidget *m_table = nullptr;
    QSpinBox *m_keepDays = nullptr;
    QPushButton *m_prune = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_report = nullptr;
    bool m_listed = false;
};

} // namespace brickdesk
