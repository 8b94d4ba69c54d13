#include "jobform/jobgeneraltab.h"

#include "jobform/jobformcontroller.h"
#include "jobform/jobformfielderrors.h"
#include "jobform/jobformwidgets.h"
#include "jobform/keyvaluerows.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

using namespace jobformwidgets;

JobGeneralTab::JobGeneralTab(JobFormController *controller, JobFormFieldErrors *errors, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *form = new QFormLayout(this);
    m_name = lineEdit(u"jobName"_s);
    form->addRow(tr("&Name:"), errors->wrap(m_name, u"name"_s));
    m_description = smallTextEdit(u"jobDescription"_s, {}, 70);
    form->addRow(tr("&Description:"), errors->wrap(m_description, u"description"_s));
    m_tags = smallTextEdit(u"jobTags"_s, tr("key=value, one per line"));
    form->addRow(tr("&Tags:"), errors->wrap(m_tags, u"tags"_s));
    m_parameters = smallTextEdit(u"jobParameters"_s, tr("name=default, one per line"));
    form->addRow(tr("&Parameters:"), errors->wrap(m_parameters, u"parameters"_s));
    m_emailStart = lineEdit(u"emailOnStart"_s, tr("addresses, separated by commas"));
    m_emailSuccess = lineEdit(u"emailOnSuccess"_s, tr("addresses, separated by commas"));
    m_emailFailure = lineEdit(u"emailOnFailure"_s, tr("addresses, separated by commas"));
    form->addRow(tr("E-mail on &start:"), errors->wrap(m_emailStart, u"email_notifications.on_start"_s));
    form->addRow(
        tr("E-mail on s&uccess:"), errors->wrap(m_emailSuccess, u"email_notifications.on_success"_s));
    form->addRow(
        tr("E-mail on &failure:"), errors->wrap(m_emailFailure, u"email_notifications.on_failure"_s));
    m_maxConcurrent = optionalSpin(-1, 1000, tr("Default (1)"), u"maxConcurrentRuns"_s);
    form->addRow(tr("Max concurrent &runs:"), errors->wrap(m_maxConcurrent, u"max_concurrent_runs"_s));
    m_jobTimeout = optionalSpin(-1, 7 * 24 * 3600, tr("No timeout"), u"jobTimeout"_s);
    m_jobTimeout->setSuffix(tr(" s"));
    form->addRow(tr("T&imeout:"), errors->wrap(m_jobTimeout, u"timeout_seconds"_s));
    m_queue = new QComboBox;
    m_queue->setObjectName(u"queue"_s);
    m_queue->addItem(tr("Server default"));
    m_queue->addItem(tr("Queue runs when limits are reached"));
    m_queue->addItem(tr("Skip runs when limits are reached"));
    form->addRow(tr("&Queueing:"), m_queue);
    m_performanceTarget = new QComboBox;
    m_performanceTarget->setObjectName(u"performanceTarget"_s);
    m_performanceTarget->addItem(tr("Server default"), QString());
    m_performanceTarget->addItem(tr("Standard (serverless, lower cost)"), u"STANDARD"_s);
    m_performanceTarget->addItem(
        tr("Performance optimized (serverless, faster start)"), u"PERFORMANCE_OPTIMIZED"_s);
    form->addRow(tr("Pe&rformance target:"), m_performanceTarget);
    m_budgetPolicy = lineEdit(u"budgetPolicyId"_s, tr("budget policy ID"));
    form->addRow(tr("&Budget policy:"), m_budgetPolicy);
    m_usagePolicy = lineEdit(u"usagePolicyId"_s, tr("usage policy ID"));
    form->addRow(tr("Usa&ge policy:"), m_usagePolicy);
    m_environments
        = smallTextEdit(u"environments"_s, tr("key=environment version, one per line (serverless)"));
    form->addRow(tr("&Environments:"), errors->wrap(m_environments, u"environments"_s));

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_controller->form().name = text;
        edited();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_populating)
            return;
        m_controller->form().description = m_description->toPlainText();
        edited();
    });
    connect(m_tags, &QPlainTextEdit::textChanged, this, [this] {
        if (m_populating)
            return;
        const keyvaluerows::Parsed tags = keyvaluerows::parse(m_tags->toPlainText());
        m_controller->form().tags = tags.map;
        keyvaluerows::remember(m_controller->form().repeatedRows, u"tags"_s, tags.repeated);
        edited();
    });
    connect(m_parameters, &QPlainTextEdit::textChanged, this, [this] {
        if (m_populating)
            return;
        QList<JobSettingsForm::Parameter> &parameters = m_controller->form().parameters;
        parameters.clear();
        const QStringList lines = m_parameters->toPlainText().split(u'\n');
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            const qsizetype equals = line.indexOf(u'=');
            parameters.append({equals < 0 ? line.trimmed() : line.left(equals).trimmed(),
                equals < 0 ? QString() : line.mid(equals + 1).trimmed()});
        }
        edited();
    });
    const std::pair<QLineEdit *, QStringList JobSettingsForm::*> emails[] = {
        {m_emailStart, &JobSettingsForm::emailOnStart},
        {m_emailSuccess, &JobSettingsForm::emailOnSuccess},
        {m_emailFailure, &JobSettingsForm::emailOnFailure},
    };
    for (const auto &[edit, member] : emails) {
        connect(edit, &QLineEdit::textEdited, this, [this, member = member](const QString &text) {
            m_controller->form().*member = parseAddresses(text);
            edited();
        });
    }
    connect(m_maxConcurrent, &QSpinBox::valueChanged, this, [this] {
        if (m_populating)
            return;
        m_controller->form().maxConcurrentRuns = optionalOf(m_maxConcurrent);
        edited();
    });
    connect(m_jobTimeout, &QSpinBox::valueChanged, this, [this] {
        if (m_populating)
            return;
        m_controller->form().timeoutSeconds = optionalOf(m_jobTimeout);
        edited();
    });
    connect(m_queue, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_populating)
            return;
        m_controller->form().queueEnabled = index == 0 ? std::nullopt : std::optional<bool>(index == 1);
        edited();
    });
    connect(m_performanceTarget, &QComboBox::currentIndexChanged, this, [this] {
        if (m_populating)
            return;
        m_controller->form().performanceTarget = m_performanceTarget->currentData().toString();
        edited();
    });
    connect(m_budgetPolicy, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_controller->form().budgetPolicyId = text.trimmed();
        edited();
    });
    connect(m_usagePolicy, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_controller->form().usagePolicyId = text.trimmed();
        edited();
    });
    connect(m_environments, &QPlainTextEdit::textChanged, this, [this] {
        if (m_populating)
            return;
        QList<JobSettingsForm::Environment> &environments = m_controller->form().environments;
        environments.clear();
        const QStringList lines = parseLines(m_environments->toPlainText());
        for (const QString &line : lines) {
            const qsizetype equals = line.indexOf(u'=');
            environments.append({equals < 0 ? line : line.left(equals).trimmed(),
                equals < 0 ? QString() : line.mid(equals + 1).trimmed()});
        }
        edited();
    });
}

void JobGeneralTab::edited()
{
    if (!m_populating)
        m_controller->formEdited();
}

void JobGeneralTab::populate()
{
    const JobSettingsForm &form = m_controller->form();
    m_populating = true;
    m_name->setText(form.name);
    m_description->setPlainText(form.description);
    m_tags->setPlainText(keyvaluerows::format(form.tags, form.repeatedRows.value(u"tags"_s)));
    QStringList parameterLines;
    for (const JobSettingsForm::Parameter &parameter : std::as_const(form.parameters))
        parameterLines << parameter.name + u'=' + parameter.defaultValue;
    m_parameters->setPlainText(parameterLines.join(u'\n'));
    m_emailStart->setText(form.emailOnStart.join(u", "));
    m_emailSuccess->setText(form.emailOnSuccess.join(u", "));
    m_emailFailure->setText(form.emailOnFailure.join(u", "));
    setOptional(m_maxConcurrent, form.maxConcurrentRuns);
    setOptional(m_jobTimeout, form.timeoutSeconds);
    m_queue->setCurrentIndex(!form.queueEnabled ? 0 : *form.queueEnabled ? 1 : 2);
    showEnumValue(m_performanceTarget, form.performanceTarget);
    m_budgetPolicy->setText(form.budgetPolicyId);
    m_usagePolicy->setText(form.usagePolicyId);
    QStringList environmentLines;
    for (const JobSettingsForm::Environment &environment : std::as_const(form.environments))
        environmentLines << (environment.version.isEmpty() ? environment.key
                                                           : environment.key + u'=' + environment.version);
    m_environments->setPlainText(environmentLines.join(u'\n'));
    m_populating = false;
}

} // namespace brickdesk
