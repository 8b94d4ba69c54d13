#include "archivepreferencespanel.h"

#include "common/prompts.h"
#include "services/archivemaintenance.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

enum Column { Workspace, Size, Events, Runs, Versions, Oldest, ColumnCount };

QString oldestText(const ArchiveStats &stats)
{
    qint64 oldest = -1;
    for (const qint64 ms : {stats.oldestEventMs, stats.oldestRunMs}) {
        if (ms > 0 && (oldest < 0 || ms < oldest))
            oldest = ms;
    }
    return oldest > 0
        ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(oldest).date(), QLocale::ShortFormat)
        : QString();
}

} // namespace

ArchivePreferencesPanel::ArchivePreferencesPanel(QWidget *parent)
    : QWidget(parent)
    , m_maintenance(new ArchiveMaintenance(this))
{
    setObjectName(u"archivePreferences"_s);
    auto *note
        = new QLabel(tr("Each workspace's archive on this computer: the history Brickdesk keeps of its "
                        "jobs, runs and cluster events. Pruning and deleting happen at once, not on OK, "
                        "and cannot be undone."));
    note->setObjectName(u"archivePreferencesNote"_s);
    note->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(u"archivesTable"_s);
    m_table->setAccessibleName(tr("Workspace archives"));
    m_table->setHorizontalHeaderLabels(
        {tr("Workspace"), tr("Size"), tr("Cluster events"), tr("Runs"), tr("Job versions"), tr("Oldest")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Workspace, QHeaderView::Stretch);
    for (int column = Size; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ArchivePreferencesPanel::updateButtons);

    m_keepDays = new QSpinBox;
    m_keepDays->setObjectName(u"archiveKeepDays"_s);
    m_keepDays->setRange(1, 3650);
    m_keepDays->setValue(90);
    m_keepDays->setSuffix(tr(" days"));
    auto *keepLabel = new QLabel(tr("&Keep cluster events and runs of the last:"));
    keepLabel->setBuddy(m_keepDays);
    m_prune = new QPushButton(tr("&Prune…"));
    m_prune->setObjectName(u"archivePrune"_s);
    m_prune->setToolTip(
        tr("Removes older cluster events and runs from the selected archive and gives the space "
           "back to the disk. Every version of every job's settings is kept."));
    connect(m_prune, &QPushButton::clicked, this, &ArchivePreferencesPanel::confirmPrune);
    m_delete = new QPushButton(tr("&Delete archive…"));
    m_delete->setObjectName(u"archiveDelete"_s);
    connect(m_delete, &QPushButton::clicked, this, &ArchivePreferencesPanel::confirmDelete);
    auto *actions = new QHBoxLayout;
    actions->addWidget(keepLabel);
    actions->addWidget(m_keepDays);
    actions->addWidget(m_prune);
    actions->addStretch(1);
    actions->addWidget(m_delete);

    m_report = new QLabel;
    m_report->setObjectName(u"archiveReport"_s);
    m_report->setTextFormat(Qt::PlainText);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_report);

    connect(m_maintenance, &ArchiveMaintenance::changed, this, &ArchivePreferencesPanel::showEntries);
    showEntries();
}

void ArchivePreferencesPanel::setWorkspaceNames(const QMap<QString, QString> &nameByPath)
{
    m_maintenance->setNames(nameByPath);
}

void ArchivePreferencesPanel::showEvent(QShowEvent *event)
{
    // Reading every archive's figures costs a little disk work: only once it is looked at.
    if (!std::exchange(m_listed, true))
        m_maintenance->refresh();
    QWidget::showEvent(event);
}

void ArchivePreferencesPanel::showEntries()
{
    const QString selected = selectedPath();
    const QList<ArchiveMaintenance::Entry> entries = m_maintenance->entries();
    const QLocale locale;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const ArchiveMaintenance::Entry &entry = entries.at(row);
        const auto set = [this, row](int column, const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip);
            if (column != Workspace)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        set(Workspace, entry.name, entry.error.isEmpty() ? entry.path : entry.error);
        m_table->item(row, Workspace)->setData(Qt::UserRole, entry.path);
        const bool known = entry.loaded && entry.error.isEmpty();
        set(Size, entry.loaded ? locale.formattedDataSize(entry.stats.fileBytes) : tr("…"));
        set(Events, known ? locale.toString(entry.stats.events) : QString());
        set(Runs, known ? locale.toString(entry.stats.runs) : QString());
        set(Versions, known ? locale.toString(entry.stats.jobVersions) : QString());
        set(Oldest, known ? oldestText(entry.stats) : QString());
        if (entry.path == selected || (selected.isEmpty() && row == 0))
            m_table->selectRow(row);
    }
    QString report = m_maintenance->reportText();
    if (entries.isEmpty())
        report = tr("No workspace has an archive on this computer yet.")
            + (report.isEmpty() ? QString() : u'\n' + report);
    m_report->setText(report);
    updateButtons();
}

QString ArchivePreferencesPanel::selectedPath() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, Workspace) : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ArchivePreferencesPanel::updateButtons()
{
    const int index = m_maintenance->indexOf(selectedPath());
    const bool idle = index >= 0 && !m_maintenance->entries().at(index).busy;
    m_prune->setEnabled(idle);
    m_delete->setEnabled(idle);
}

void ArchivePreferencesPanel::confirmPrune()
{
    const int index = m_maintenance->indexOf(selectedPath());
    if (index < 0)
        return;
    const ArchiveMaintenance::Entry entry = m_maintenance->entries().at(index);
    const int days = m_keepDays->value();
    const QDate from = QDate::currentDate().addDays(-days);
    if (!Prompts::confirm(this, tr("Prune archive"),
            tr("Remove the cluster events and runs from before %1 from the archive of “%2”?\n\nThe versions "
               "of every job's settings are kept. What is removed cannot be fetched again once the "
               "workspace has forgotten it.")
                .arg(QLocale().toString(from, QLocale::LongFormat), entry.name),
            tr("Prune")))
        return;
    m_maintenance->prune(entry.path, days);
}

void ArchivePreferencesPanel::confirmDelete()
{
    const int index = m_maintenance->indexOf(selectedPath());
    if (index < 0)
        return;
    const ArchiveMaintenance::Entry entry = m_maintenance->entries().at(index);
    if (!Prompts::confirm(this, tr("Delete archive"),
            tr("Delete the archive of “%1” (%2)?\n\nEverything Brickdesk kept of this workspace goes: job "
               "versions, runs and cluster events, including what the workspace itself no longer keeps. "
               "A new archive starts the next time a job is opened or synced.")
                .arg(entry.name, QLocale().formattedDataSize(entry.stats.fileBytes)),
            tr("Delete")))
        return;
    m_maintenance->remove(entry.path);
}

} // namespace brickdesk
