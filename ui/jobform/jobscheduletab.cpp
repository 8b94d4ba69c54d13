#include "jobform/jobscheduletab.h"

#include "cron/quartzcron.h"
#include "jobform/jobformcontroller.h"
#include "jobform/jobformfielderrors.h"
#include "jobform/jobformwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

using namespace jobformwidgets;

JobScheduleTab::JobScheduleTab(JobFormController *controller, JobFormFieldErrors *errors, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    using Kind = JobSettingsForm::TriggerKind;
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_kind = new QComboBox;
    m_kind->setObjectName(u"triggerKind"_s);
    m_kind->addItem(tr("Manual only"), int(Kind::Manual));
    m_kind->addItem(tr("Schedule (Quartz cron)"), int(Kind::Schedule));
    m_kind->addItem(tr("File arrival"), int(Kind::FileArrival));
    m_kind->addItem(tr("Periodic"), int(Kind::Periodic));
    m_kind->addItem(tr("Continuous"), int(Kind::Continuous));
    m_kind->addItem(tr("Table update"), int(Kind::TableUpdate));
    m_kind->addItem(tr("Model (Unity Catalog)"), int(Kind::Model));
    m_kind->addItem(tr("SQL condition"), int(Kind::SqlCondition));
    m_kind->addItem(tr("Other (kept as is)"), int(Kind::Other));
    top->addRow(tr("&Trigger:"), m_kind);
    m_paused = new QCheckBox(tr("&Paused"));
    m_paused->setObjectName(u"paused"_s);
    top->addRow(QString(), m_paused);
    layout->addLayout(top);

    m_pages = new QStackedWidget;
    m_pages->addWidget(new QLabel(tr("The job runs only when started by hand or through the API.")));
    auto *schedule = new QWidget;
    auto *scheduleForm = new QFormLayout(schedule);
    m_cron = lineEdit(u"cronExpression"_s, u"0 0 2 * * ?"_s);
    scheduleForm->addRow(tr("&Cron:"), errors->wrap(m_cron, u"schedule.quartz_cron_expression"_s));
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(u"timeZone"_s);
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    scheduleForm->addRow(tr("Time &zone:"), errors->wrap(m_timeZone, u"schedule.timezone_id"_s));
    m_cronPreview = new QLabel;
    m_cronPreview->setObjectName(u"cronPreview"_s);
    m_cronPreview->setTextFormat(Qt::PlainText);
    m_cronPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scheduleForm->addRow(tr("Next runs:"), m_cronPreview);
    m_pages->addWidget(schedule);
    auto *file = new QWidget;
    auto *fileForm = new QFormLayout(file);
    m_fileUrl = lineEdit(u"fileArrivalUrl"_s, tr("/Volumes/… or s3://bucket/path/"));
    fileForm->addRow(tr("&Location:"), errors->wrap(m_fileUrl, u"trigger.file_arrival.url"_s));
    m_fileMinBetween = optionalSpin(-1, 7 * 24 * 3600, tr("Default"), u"fileMinBetween"_s);
    m_fileMinBetween->setSuffix(tr(" s"));
    fileForm->addRow(tr("Min time between triggers:"),
        errors->wrap(m_fileMinBetween, u"trigger.file_arrival.min_time_between_triggers_seconds"_s));
    m_fileWaitAfter = optionalSpin(-1, 7 * 24 * 3600, tr("Default"), u"fileWaitAfter"_s);
    m_fileWaitAfter->setSuffix(tr(" s"));
    fileForm->addRow(tr("Wait after last change:"),
        errors->wrap(m_fileWaitAfter, u"trigger.file_arrival.wait_after_last_change_seconds"_s));
    m_pages->addWidget(file);
    auto *periodic = new QWidget;
    auto *periodicForm = new QFormLayout(periodic);
    m_periodicInterval = new QSpinBox;
    m_periodicInterval->setObjectName(u"periodicInterval"_s);
    m_periodicInterval->setRange(0, 100000);
    periodicForm->addRow(tr("&Every:"), errors->wrap(m_periodicInterval, u"trigger.periodic.interval"_s));
    m_periodicUnit = new QComboBox;
    m_periodicUnit->setObjectName(u"periodicUnit"_s);
    m_periodicUnit->addItem(tr("minutes"), u"MINUTES"_s);
    m_periodicUnit->addItem(tr("hours"), u"HOURS"_s);
    m_periodicUnit->addItem(tr("days"), u"DAYS"_s);
    m_periodicUnit->addItem(tr("weeks"), u"WEEKS"_s);
    periodicForm->addRow(tr("&Unit:"), m_periodicUnit);
    m_pages->addWidget(periodic);
    m_pages->addWidget(new QLabel(tr("A new run starts as soon as the previous one ends (continuous).")));
    auto enumCombo
        = [](const QString &name, const std::initializer_list<std::pair<QString, QString>> &items) {
              auto *combo = new QComboBox;
              combo->setObjectName(name);
              combo->addItem(tr("(not set)"), QString());
              for (const auto &[value, text] : items)
                  combo->addItem(text, value);
              return combo;
          };
    auto seconds = [](const QString &name) {
        QSpinBox *spin = optionalSpin(-1, 7 * 24 * 3600, tr("Default"), name);
        spin->setSuffix(tr(" s"));
        return spin;
    };
    auto *table = new QWidget;
    auto *tableForm = new QFormLayout(table);
    m_tableNames = smallTextEdit(u"tableNames"_s, tr("catalog.schema.table, one per line"), 80);
    tableForm->addRow(tr("&Tables:"), errors->wrap(m_tableNames, u"trigger.table_update.table_names"_s));
    m_tableCondition = enumCombo(u"tableCondition"_s,
        {{u"ANY_UPDATED"_s, tr("when any of them is updated")},
            {u"ALL_UPDATED"_s, tr("when all of them are updated")}});
    tableForm->addRow(tr("&Start:"), m_tableCondition);
    m_tableMinBetween = seconds(u"tableMinBetween"_s);
    tableForm->addRow(tr("Min time between triggers:"), m_tableMinBetween);
    m_tableWaitAfter = seconds(u"tableWaitAfter"_s);
    tableForm->addRow(tr("Wait after last change:"), m_tableWaitAfter);
    m_pages->addWidget(table);
    auto *model = new QWidget;
    auto *modelForm = new QFormLayout(model);
    m_modelCondition = enumCombo(u"modelCondition"_s,
        {{u"MODEL_CREATED"_s, tr("a model is created")},
            {u"MODEL_VERSION_READY"_s, tr("a model version is ready")},
            {u"MODEL_ALIAS_SET"_s, tr("an alias is set")}});
    modelForm->addRow(tr("&When:"), errors->wrap(m_modelCondition, u"trigger.model.condition"_s));
    m_modelSecurable
        = lineEdit(u"modelSecurableName"_s, tr("catalog.schema.model, or a schema for all its models"));
    modelForm->addRow(tr("&Model:"), m_modelSecurable);
    m_modelAliases = lineEdit(u"modelAliases"_s, tr("aliases, separated by commas"));
    modelForm->addRow(tr("&Aliases:"), m_modelAliases);
    m_modelMinBetween = seconds(u"modelMinBetween"_s);
    modelForm->addRow(tr("Min time between triggers:"), m_modelMinBetween);
    m_modelWaitAfter = seconds(u"modelWaitAfter"_s);
    modelForm->addRow(tr("Wait after last change:"), m_modelWaitAfter);
    m_pages->addWidget(model);
    auto *sql = new QWidget;
    auto *sqlForm = new QFormLayout(sql);
    m_sqlWarehouse = lineEdit(u"sqlConditionWarehouseId"_s);
    sqlForm->addRow(
        tr("&Warehouse ID:"), errors->wrap(m_sqlWarehouse, u"trigger.sql_condition.warehouse_id"_s));
    m_sqlQuery = lineEdit(u"sqlConditionQueryId"_s);
    sqlForm->addRow(tr("&Query ID:"), errors->wrap(m_sqlQuery, u"trigger.sql_condition.sql_query_id"_s));
    m_sqlMode = enumCombo(u"sqlConditionMode"_s,
        {{u"QUERY_RETURNS_ROWS"_s, tr("when the query returns rows")},
            {u"RESULT_VALUE_CHANGES"_s, tr("when the result changes")}});
    sqlForm->addRow(tr("&Start:"), m_sqlMode);
    m_pages->addWidget(sql);
    auto *other = new QWidget;
    auto *otherLayout = new QVBoxLayout(other);
    auto *otherText
        = new QLabel(tr("This job uses a trigger the form does not edit. It is kept exactly as it "
                        "is; pick another trigger to replace it."));
    otherText->setWordWrap(true);
    otherLayout->addWidget(otherText);
    m_otherJson = smallTextEdit(u"otherTriggerJson"_s, {}, 200);
    m_otherJson->setReadOnly(true);
    m_otherJson->setAccessibleName(tr("The trigger as JSON"));
    otherLayout->addWidget(m_otherJson);
    m_pages->addWidget(other);
    layout->addWidget(m_pages);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_pages->setCurrentIndex(m_kind->currentIndex());
        if (m_populating)
            return;
        JobSettingsForm &form = m_controller->form();
        form.triggerKind = JobSettingsForm::TriggerKind(m_kind->currentData().toInt());
        if (form.triggerKind == JobSettingsForm::TriggerKind::Schedule && form.cronExpression.isEmpty()) {
            form.cronExpression = u"0 0 2 * * ?"_s;
            m_populating = true;
            m_cron->setText(form.cronExpression);
            m_populating = false;
        }
        edited();
    });
    connect(m_paused, &QCheckBox::toggled, this, [this](bool paused) {
        if (m_populating)
            return;
        m_controller->form().paused = paused;
        edited();
    });
    connect(m_cron, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_controller->form().cronExpression = text;
        edited();
    });
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (m_populating)
            return;
        m_controller->form().timeZoneId = text.trimmed();
        edited();
    });
    connect(m_fileUrl, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_controller->form().fileArrivalUrl = text.trimmed();
        edited();
    });
    connect(m_fileMinBetween, &QSpinBox::valueChanged, this, [this] {
        if (m_populating)
            return;
        m_controller->form().fileArrivalMinSecondsBetween = optionalOf(m_fileMinBetween);
        edited();
    });
    connect(m_fileWaitAfter, &QSpinBox::valueChanged, this, [this] {
        if (m_populating)
            return;
        m_controller->form().fileArrivalWaitAfterLastChange = optionalOf(m_fileWaitAfter);
        edited();
    });
    connect(m_periodicInterval, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_populating)
            return;
        m_controller->form().periodicInterval = value;
        edited();
    });
    connect(m_periodicUnit, &QComboBox::currentIndexChanged, this, [this] {
        if (m_populating)
            return;
        m_controller->form().periodicUnit = m_periodicUnit->currentData().toString();
        edited();
    });
    connect(m_tableNames, &QPlainTextEdit::textChanged, this, [this] {
        editDetails([this](JobTriggerForm &d) { d.tableNames = parseLines(m_tableNames->toPlainText()); });
    });
    auto combo = [this](QComboBox *box, QString JobTriggerForm::*member) {
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, member] {
            editDetails([box, member](JobTriggerForm &d) { d.*member = box->currentData().toString(); });
        });
    };
    auto spin = [this](QSpinBox *box, std::optional<int> JobTriggerForm::*member) {
        connect(box, &QSpinBox::valueChanged, this, [this, box, member] {
            editDetails([box, member](JobTriggerForm &d) { d.*member = optionalOf(box); });
        });
    };
    auto text = [this](QLineEdit *edit, QString JobTriggerForm::*member) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit, member] {
            editDetails([edit, member](JobTriggerForm &d) { d.*member = edit->text().trimmed(); });
        });
    };
    combo(m_tableCondition, &JobTriggerForm::tableCondition);
    spin(m_tableMinBetween, &JobTriggerForm::tableMinSecondsBetween);
    spin(m_tableWaitAfter, &JobTriggerForm::tableWaitAfterLastChange);
    combo(m_modelCondition, &JobTriggerForm::modelCondition);
    text(m_modelSecurable, &JobTriggerForm::modelSecurableName);
    connect(m_modelAliases, &QLineEdit::textEdited, this, [this] {
        editDetails([this](JobTriggerForm &d) { d.modelAliases = parseAddresses(m_modelAliases->text()); });
    });
    spin(m_modelMinBetween, &JobTriggerForm::modelMinSecondsBetween);
    spin(m_modelWaitAfter, &JobTriggerForm::modelWaitAfterLastChange);
    text(m_sqlWarehouse, &JobTriggerForm::sqlWarehouseId);
    text(m_sqlQuery, &JobTriggerForm::sqlQueryId);
    combo(m_sqlMode, &JobTriggerForm::sqlTriggerMode);
}

void JobScheduleTab::editDetails(const std::function<void(JobTriggerForm &)> &apply)
{
    if (m_populating)
        return;
    apply(m_controller->form().triggerDetails);
    m_controller->formEdited();
}

void JobScheduleTab::edited()
{
    if (!m_populating)
        m_controller->formEdited();
}

void JobScheduleTab::populate()
{
    const JobSettingsForm &form = m_controller->form();
    m_populating = true;
    m_kind->setCurrentIndex(m_kind->findData(int(form.triggerKind)));
    m_pages->setCurrentIndex(m_kind->currentIndex());
    m_paused->setChecked(form.paused);
    m_cron->setText(form.cronExpression);
    m_timeZone->setCurrentText(form.timeZoneId);
    m_fileUrl->setText(form.fileArrivalUrl);
    setOptional(m_fileMinBetween, form.fileArrivalMinSecondsBetween);
    setOptional(m_fileWaitAfter, form.fileArrivalWaitAfterLastChange);
    m_periodicInterval->setValue(form.periodicInterval);
    m_periodicUnit->setCurrentIndex(std::max(0, m_periodicUnit->findData(form.periodicUnit)));
    const JobTriggerForm &d = form.triggerDetails;
    m_tableNames->setPlainText(d.tableNames.join(u'\n'));
    showEnumValue(m_tableCondition, d.tableCondition);
    setOptional(m_tableMinBetween, d.tableMinSecondsBetween);
    setOptional(m_tableWaitAfter, d.tableWaitAfterLastChange);
    showEnumValue(m_modelCondition, d.modelCondition);
    m_modelSecurable->setText(d.modelSecurableName);
    m_modelAliases->setText(d.modelAliases.join(u", "));
    setOptional(m_modelMinBetween, d.modelMinSecondsBetween);
    setOptional(m_modelWaitAfter, d.modelWaitAfterLastChange);
    m_sqlWarehouse->setText(d.sqlWarehouseId);
    m_sqlQuery->setText(d.sqlQueryId);
    showEnumValue(m_sqlMode, d.sqlTriggerMode);
    // Shown as it comes: the preview list, or a trigger kind this version does not know.
    m_otherJson->setPlainText(form.originalTriggersJson());
    m_populating = false;

    refreshCronPreview();
}

void JobScheduleTab::refreshCronPreview()
{
    const JobSettingsForm &form = m_controller->form();
    if (form.triggerKind != JobSettingsForm::TriggerKind::Schedule) {
        m_cronPreview->clear();
        return;
    }
    const QuartzCron cron = QuartzCron::parse(form.cronExpression);
    const QTimeZone zone(form.timeZoneId.toUtf8());
    if (!cron.isValid() || !zone.isValid()) {
        m_cronPreview->setText(tr("—"));
        return;
    }
    QStringList lines {cron.description(form.timeZoneId)};
    const QList<QDateTime> next = cron.nextFireTimes(QDateTime::currentDateTimeUtc(), zone, 5);
    for (const QDateTime &time : next)
        lines << QLocale().toString(time, QLocale::LongFormat); // weekday, date, time and zone
    if (next.isEmpty())
        lines << tr("This schedule never fires.");
    m_cronPreview->setText(lines.join(u'\n'));
}

} // namespace brickdesk
