#include "watchrulesdialog.h"

#include "services/watchrules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

WatchRulesDialog::WatchRulesDialog(
    WatchRules *rules, const QList<QPair<QString, QString>> &workspaces, QWidget *parent)
    : QDialog(parent)
    , m_rules(rules)
{
    setObjectName(u"watchRulesDialog"_s);
    setWindowTitle(tr("Watch rules"));

    auto *intro
        = new QLabel(tr("Brickdesk tells you (a desktop notification where the system has them, and the "
                        "status bar) when a run matches one of these rules. Rules are kept on this "
                        "computer; nothing is set up in the workspace."));
    intro->setWordWrap(true);

    m_list = new QListWidget;
    m_list->setObjectName(u"watchRulesList"_s);
    m_list->setAccessibleName(tr("Watch rules"));
    m_list->setAccessibleDescription(tr("The rules in force; select one to remove it"));

    m_condition = new QComboBox;
    m_condition->setObjectName(u"watchConditionCombo"_s);
    m_condition->setAccessibleName(tr("When"));
    m_condition->setAccessibleDescription(tr("What a run must do for the rule to notify"));
    m_condition->addItem(tr("A run fails"), int(WatchRule::Condition::Failed));
    m_condition->addItem(tr("A run takes longer than"), int(WatchRule::Condition::LongerThan));
    m_condition->addItem(tr("A run takes longer than usual"), int(WatchRule::Condition::LongerThanUsual));
    m_condition->addItem(
        tr("A run waits in the queue longer than"), int(WatchRule::Condition::QueuedLongerThan));

    m_minutes = new QSpinBox;
    m_minutes->setObjectName(u"watchMinutesSpin"_s);
    m_minutes->setAccessibleName(tr("Minutes"));
    m_minutes->setAccessibleDescription(tr("How many minutes is too long"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));

    m_scope = new QComboBox;
    m_scope->setObjectName(u"watchScopeCombo"_s);
    m_scope->setAccessibleName(tr("Which runs"));
    m_scope->setAccessibleDescription(tr("Every job, one job, or the jobs with a tag"));
    m_scope->addItem(tr("Any job"), int(WatchRule::Scope::Workspace));
    m_scope->addItem(tr("One job"), int(WatchRule::Scope::Job));
    m_scope->addItem(tr("Jobs with a tag"), int(WatchRule::Scope::Tag));

    m_job = new QLineEdit;
    m_job->setObjectName(u"watchJobEdit"_s);
    m_job->setAccessibleName(tr("Job ID"));
    m_job->setAccessibleDescription(tr("The ID of the job to watch"));
    m_job->setPlaceholderText(tr("Job ID"));
    m_job->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{1,19}"_s), m_job));

    m_tag = new QLineEdit;
    m_tag->setObjectName(u"watchTagEdit"_s);
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setAccessibleDescription(tr("A tag key, or key:value"));
    m_tag->setPlaceholderText(tr("key or key:value"));

    m_workspace = new QComboBox;
    m_workspace->setObjectName(u"watchWorkspaceCombo"_s);
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspace->setAccessibleDescription(tr("The workspace the rule applies to"));
    m_workspace->addItem(tr("Every workspace"), QString());
    for (const auto &workspace : workspaces)
        m_workspace->addItem(workspace.second, workspace.first);

    m_add = new QPushButton(tr("&Add rule"));
    m_add->setObjectName(u"watchAddButton"_s);
    m_add->setAccessibleDescription(tr("Adds the rule described above"));
    m_remove = new QPushButton(tr("&Remove rule"));
    m_remove->setObjectName(u"watchRemoveButton"_s);
    m_remove->setAccessibleDescription(tr("Removes the selected rule"));

    auto *form = new QFormLayout;
    form->addRow(tr("&When:"), m_condition);
    form->addRow(tr("&Minutes:"), m_minutes);
    form->addRow(tr("&Which runs:"), m_scope);
    form->addRow(tr("&Job ID:"), m_job);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(tr("W&orkspace:"), m_workspace);
    auto *group = new QGroupBox(tr("New rule"));
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addLayout(form);
    groupLayout->addWidget(m_add, 0, Qt::AlignRight);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remove, 0, Qt::AlignRight);
    layout->addWidget(group);
    layout->addWidget(buttons);

    connect(m_condition, &QComboBox::currentIndexChanged, this, &WatchRulesDialog::updateForm);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &WatchRulesDialog::updateForm);
    connect(m_job, &QLineEdit::textChanged, this, &WatchRulesDialog::updateForm);
    connect(m_tag, &QLineEdit::textChanged, this, &WatchRulesDialog::updateForm);
    connect(m_list, &QListWidget::currentRowChanged, this, &WatchRulesDialog::updateForm);
    connect(m_add, &QPushButton::clicked, this, &WatchRulesDialog::addRule);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_rules->removeRule(item->data(Qt::UserRole).toString());
    });
    connect(m_rules, &WatchRules::rulesChanged, this, &WatchRulesDialog::reload);
    reload();
    resize(560, 520);
}

void WatchRulesDialog::reload()
{
    m_list->clear();
    const QVector<WatchRule> rules = m_rules->rules();
    for (const WatchRule &rule : rules) {
        auto *item = new QListWidgetItem(rule.description(), m_list);
        item->setData(Qt::UserRole, rule.id);
    }
    updateForm();
}

void WatchRulesDialog::updateForm()
{
    const auto condition = WatchRule::Condition(m_condition->currentData().toInt());
    const auto scope = WatchRule::Scope(m_scope->currentData().toInt());
    m_minutes->setEnabled(
        condition == WatchRule::Condition::LongerThan || condition == WatchRule::Condition::QueuedLongerThan);
    m_job->setEnabled(scope == WatchRule::Scope::Job);
    m_tag->setEnabled(scope == WatchRule::Scope::Tag);
    const bool complete = (scope != WatchRule::Scope::Job || m_job->text().toLongLong() > 0)
        && (scope != WatchRule::Scope::Tag || !m_tag->text().trimmed().isEmpty());
    m_add->setEnabled(complete);
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

void WatchRulesDialog::addRule()
{
    WatchRule rule;
    rule.condition = WatchRule::Condition(m_condition->currentData().toInt());
    rule.scope = WatchRule::Scope(m_scope->currentData().toInt());
    rule.minutes = m_minutes->value();
    rule.jobId = m_job->text().toLongLong();
    rule.tag = m_tag->text().trimmed();
    rule.workspaceKey = m_workspace->currentData().toString();
    rule.workspaceName = rule.workspaceKey.isEmpty() ? QString() : m_workspace->currentText();
    m_rules->addRule(rule);
}

} // namespace brickdesk
