#include "runnowdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace brickdesk {

namespace {
enum Column { NameColumn, DefaultColumn, ValueColumn };
}

RunNowDialog::RunNowDialog(const QJsonObject &job, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("runNowDialog"));
    m_jobId = job.value(QLatin1String("job_id")).toInteger();
    const QJsonObject settings = job.value(QLatin1String("settings")).toObject();
    const QString name = settings.value(QLatin1String("name")).toString();
    setWindowTitle(tr("Run “%1” now").arg(name));

    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("runNowHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("runNowParametersTable"));
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Default"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table);

    auto *addButton = new QPushButton(tr("&Add parameter"));
    addButton->setObjectName(QStringLiteral("runNowAddParameter"));
    connect(addButton, &QPushButton::clicked, this, [this] {
        addParameterRow(QString(), QString(), true);
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    layout->addWidget(addButton, 0, Qt::AlignLeft);

    auto *pythonLabel = new QLabel(tr("Python parameters (one per line):"));
    m_pythonParams = new QPlainTextEdit;
    m_pythonParams->setObjectName(QStringLiteral("runNowPythonParams"));
    m_pythonParams->setMaximumHeight(90);
    layout->addWidget(pythonLabel);
    layout->addWidget(m_pythonParams);

    const QJsonArray parameters = settings.value(QLatin1String("parameters")).toArray();
    if (!parameters.isEmpty()) {
        m_mode = Mode::JobParameters;
        for (const QJsonValue &value : parameters) {
            const QJsonObject parameter = value.toObject();
            addParameterRow(parameter.value(QLatin1String("name")).toString(),
                parameter.value(QLatin1String("default")).toVariant().toString(), false);
        }
        m_hint->setText(
            tr("Job parameters, prefilled with their defaults. Edit any value before launching."));
    } else {
        // Older jobs: per-task-type parameter maps (guide §1.3 RunNow, deprecated but accepted).
        QStringList seen;
        QStringList pythonParams;
        for (const QJsonValue &value : settings.value(QLatin1String("tasks")).toArray()) {
            const QJsonObject task = value.toObject();
            const QJsonObject notebook = task.value(QLatin1String("notebook_task")).toObject();
            const QJsonObject base = notebook.value(QLatin1String("base_parameters")).toObject();
            for (auto it = base.begin(); it != base.end(); ++it) {
                if (seen.contains(it.key()))
                    continue;
                seen << it.key();
                addParameterRow(it.key(), it.value().toVariant().toString(), false);
                m_hasNotebookParams = true;
            }
            const QJsonObject python = task.value(QLatin1String("spark_python_task")).toObject();
            if (pythonParams.isEmpty() && python.contains(QLatin1String("parameters"))) {
                for (const QJsonValue &p : python.value(QLatin1String("parameters")).toArray())
                    pythonParams << p.toString();
                m_hasPythonParams = true;
            }
        }
        m_mode = m_hasNotebookParams || m_hasPythonParams ? Mode::TaskParameters : Mode::NoParameters;
        m_pythonParams->setPlainText(pythonParams.join(QLatin1Char('\n')));
        m_hint->setText(m_mode == Mode::TaskParameters
                ? tr("This job has no job-level parameters; these are its tasks' parameters "
                     "(notebook parameters and Python parameters).")
                : tr("This job defines no parameters. You may add notebook parameters below."));
    }
    pythonLabel->setVisible(m_hasPythonParams);
    m_pythonParams->setVisible(m_hasPythonParams);
    addButton->setVisible(m_mode != Mode::JobParameters);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("runNowButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run now"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("runNowLaunch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 380);
}

void RunNowDialog::addParameterRow(const QString &name, const QString &defaultValue, bool nameEditable)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    if (!nameEditable)
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
    auto *defaultItem = new QTableWidgetItem(defaultValue);
    defaultItem->setFlags(defaultItem->flags() & ~Qt::ItemIsEditable);
    defaultItem->setForeground(palette().color(QPalette::PlaceholderText));
    m_table->setItem(row, NameColumn, nameItem);
    m_table->setItem(row, DefaultColumn, defaultItem);
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(defaultValue));
}

QStringList RunNowDialog::parameterNames() const
{
    QStringList names;
    for (int row = 0; row < m_table->rowCount(); ++row)
        names << m_table->item(row, NameColumn)->text();
    return names;
}

bool RunNowDialog::setParameterValue(const QString &name, const QString &value)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == name) {
            m_table->item(row, ValueColumn)->setText(value);
            return true;
        }
    }
    return false;
}

QString RunNowDialog::parameterValue(const QString &name) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == name)
            return m_table->item(row, ValueColumn)->text();
    }
    return {};
}

RunNowParams RunNowDialog::params() const
{
    RunNowParams params;
    params.jobId = m_jobId;
    QJsonObject values;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn)->text().trimmed();
        if (name.isEmpty())
            continue;
        const QString value = m_table->item(row, ValueColumn)->text();
        if (m_mode == Mode::JobParameters && value == m_table->item(row, DefaultColumn)->text())
            continue;
        values.insert(name, value);
    }
    if (m_mode == Mode::JobParameters) {
        params.jobParameters = values;
    } else {
        if (!values.isEmpty())
            params.extra.insert(QStringLiteral("notebook_params"), values);
        if (m_hasPythonParams) {
            QJsonArray python;
            const QStringList lines = m_pythonParams->toPlainText().split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                if (!line.isEmpty())
                    python.append(line);
            }
            params.extra.insert(QStringLiteral("python_params"), python);
        }
    }
    return params;
}

} // namespace brickdesk
