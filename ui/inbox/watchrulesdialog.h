#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace brickdesk {

class WatchRules;

// Settings ▸ Watch rules…: the rules that notify about runs (failed, longer than N minutes or
// than usual, queued longer than N minutes), per job, tag or workspace. Changes apply at once.
class WatchRulesDialog final : public QDialog
{
    Q_OBJECT
public:
    // `workspaces`: key and name of each open workspace. `rules` is not owned.
    WatchRulesDialog(
        WatchRules *rules, const QList<QPair<QString, QString>> &workspaces, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QComboBox *conditionCombo() const { return m_condition; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *workspaceCombo() const { return m_workspace; }
    QSpinBox *minutesSpin() const { return m_minutes; }
    QLineEdit *jobEdit() const { return m_job; }
    QLineEdit *tagEdit() const { return m_tag; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void reload();
    void updateForm();
    void addRule();

    WatchRules *m_rules;
    QListWidget *m_list = nullptr;
    QComboBox *m_condition = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_workspace = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_job = nullptr;
    QLineEdit *m_tag = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace brickdesk
