#pragma once

#include "common/workspacepage.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace brickdesk {

class ArchiveSearchService;

// Search a workspace's archive: words typed find archived jobs (by name, tag, task kind,
// notebook or file path, parameter, cluster setting) and the errors of archived runs, best
// first, as the person types. Opening a job hit shows the job, a run hit the run. Sync now
// brings the archive's jobs and runs up to date first, with a running count and Cancel.
class ArchiveSearchPage final : public WorkspacePage
{
    Q_OBJECT
public:
    explicit ArchiveSearchPage(QWidget *parent = nullptr);
    ~ArchiveSearchPage() override;

    // Where Sync now fetches from.
    void setConnection(Connection *connection) override;
    // The workspace's archive file (WorkspaceSet::archivePath).
    void setArchivePath(const QString &path);
    void refresh() override;
    // Puts the cursor in the search box, its text selected.
    void focusSearch();

    ArchiveSearchService *service() const { return m_service; }
    QLineEdit *searchInput() const { return m_input; }
    QComboBox *kindsCombo() const { return m_kinds; }
    QComboBox *sinceCombo() const { return m_since; }
    QTableView *resultsView() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *emptyLabel() const { return m_empty; }
    QAction *syncAction() const { return m_sync; }
    QAction *cancelSyncAction() const { return m_cancelSync; }
    QAction *openAction() const { return m_open; }
    QAction *openJobAction() const { return m_openJob; }

signals:
    void openRunRequested(qint64 runId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(const QModelIndex &index, bool jobOnly);
    void updateStatus();
    void updateSync();
    void updateActions();

    ArchiveSearchService *m_service;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_input = nullptr;
    QComboBox *m_kinds = nullptr;
    QComboBox *m_since = nullptr;
    QLabel *m_archiveLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncBusy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_cancelSync = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openJob = nullptr;
    QWidget *m_cancelButton = nullptr;
};

} // namespace brickdesk
