#pragma once

#include "domain/job.h"
#include "services/otherworkspace.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QWidget;

namespace brickdesk {

class Connection;
class JobDriftService;
class JobsFilterProxyModel;
class JsonDiffView;
class WorkspaceSet;

// "Compare with workspace…": a job against the same job in another workspace (dev against
// prod). The person picks the workspace (every configured one but this); the job of the same
// name there is found and the differences of their settings listed, both settings side by
// side. With none or several of that name, that workspace's jobs are listed, searchable, to
// choose from. Not modal: it can stay open beside the main window; closing it stops its work.
class JobDriftDialog final : public QDialog
{
    Q_OBJECT
public:
    // `here` is the connection of workspace `hereKey` of `set`; neither is owned and both must
    // outlive the dialog (or the set closes the workspace, which the dialog notices).
    JobDriftDialog(WorkspaceSet *set, const QString &hereKey, Connection *here, const Job &job,
        QWidget *parent = nullptr);
    ~JobDriftDialog() override;

    JobDriftService *service() const { return m_service; }
    QComboBox *workspaceBox() const { return m_workspaces; }
    QPushButton *compareButton() const { return m_compare; }
    QCheckBox *ignoreIdsBox() const { return m_ignoreIds; }
    QLabel *statusLabel() const { return m_status; }
    QWidget *choicePanel() const { return m_choice; }
    QLineEdit *choiceFilter() const { return m_filter; }
    QTableView *choiceView() const { return m_choiceView; }
    QPushButton *chooseButton() const { return m_choose; }
    JsonDiffView *diffView() const { return m_diff; }

    // Compares with the workspace of that key, as choosing it and pressing Compare does.
    bool compareWith(const QString &workspaceKey);

private:
    void compareSelected();
    void chooseSelected();
    void showState();

    JobDriftService *m_service = nullptr;
    QString m_hereName;
    QComboBox *m_workspaces = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_stop = nullptr;
    QCheckBox *m_ignoreIds = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_choice = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_choiceView = nullptr;
    QLabel *m_choiceStatus = nullptr;
    QPushButton *m_choose = nullptr;
    JobsFilterProxyModel *m_proxy = nullptr;
    JsonDiffView *m_diff = nullptr;
    QList<OtherWorkspace::Target> m_targets;
};

} // namespace brickdesk
