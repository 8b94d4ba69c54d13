#include "clusters/clustereventlogwidget.h"

#include "analysis/eventsummary.h"
#include "clusters/clusterprompts.h"
#include "common/viewstatesaver.h"
#include "models/clustereventsfilterproxymodel.h"
#include "models/clustereventsmodel.h"
#include "services/csvformat.h"

#include <QAction>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ClusterEventLogWidget::ClusterEventLogWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"clusterEventLog"_s);
    m_model = new ClusterEventsModel(this);
    m_proxy = new ClusterEventsFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_typeButton = new QToolButton;
    m_typeButton->setObjectName(u"eventTypeFilter"_s);
    m_typeButton->setText(tr("All types"));
    m_typeButton->setPopupMode(QToolButton::InstantPopup);
    m_typeButton->setAccessibleName(tr("Event types shown"));
    m_typeMenu = new QMenu(m_typeButton);
    m_typeButton->setMenu(m_typeMenu);
    m_text = new QLineEdit;
    m_text->setObjectName(u"eventTextFilter"_s);
    m_text->setPlaceholderText(tr("Filter events…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter events"));
    m_text->setAccessibleDescription(tr("Shows the events whose type, summary or details contain the text"));
    m_count = new QLabel;
    m_count->setObjectName(u"eventCountLabel"_s);
    auto *csv = new QToolButton;
    csv->setObjectName(u"exportEventsCsv"_s);
    csv->setText(tr("Export CSV…"));
    auto *json = new QToolButton;
    json->setObjectName(u"exportEventsJson"_s);
    json->setText(tr("Export JSON…"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Types:")));
    bar->addWidget(m_typeButton);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_count);
    bar->addWidget(csv);
    bar->addWidget(json);

    m_table = new QTableView;
    m_table->setObjectName(u"eventTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_table->setAccessibleName(tr("Events"));
    m_table->setAccessibleDescription(tr("Every event of the cluster in the window, oldest first"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Uniform rows keep 100,000 events cheap to lay out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ClusterEventsModel::TimeColumn, 170);
    m_table->setColumnWidth(ClusterEventsModel::TypeColumn, 170);
    // The readable summary is what people read the log for: room for "Resizing 4 → 10 workers
    // (autoscale)" and "2 nodes lost: spot preemption" without eliding.
    m_table->setColumnWidth(ClusterEventsModel::SummaryColumn, 420);
    ViewStateSaver::attach(m_table->horizontalHeader(), u"clusters/eventLog"_s);

    m_details = new QPlainTextEdit;
    m_details->setObjectName(u"eventDetails"_s);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Event details"));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an event to see its full details."));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"eventLogSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    ViewStateSaver::attach(splitter, u"clusters/eventLogSplitter"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(csv, &QToolButton::clicked, this, &ClusterEventLogWidget::exportCsv);
    connect(json, &QToolButton::clicked, this, &ClusterEventLogWidget::exportJson);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        if (!m_updatingSelection)
            emit eventSelected(selectedEvent());
    });
    rebuildTypeMenu();
    updateCount();
}

ClusterEventLogWidget::~ClusterEventLogWidget() = default;

void ClusterEventLogWidget::clear()
{
    m_model->clear();
    m_knownTypes.clear();
    m_details->clear();
    rebuildTypeMenu();
    updateCount();
}

void ClusterEventLogWidget::appendEvents(const QVector<ClusterEvent> &events)
{
    m_model->appendEvents(events);
    bool newType = false;
    for (const ClusterEvent &event : events) {
        const QString name = event.typeName();
        if (!m_knownTypes.contains(name)) {
            m_knownTypes.insert(name);
            newType = true;
        }
    }
    if (newType)
        rebuildTypeMenu();
    updateCount();
}

int ClusterEventLogWidget::eventCount() const
{
    return m_model->rowCount();
}

const QVector<ClusterEvent> &ClusterEventLogWidget::events() const
{
    return m_model->events();
}

int ClusterEventLogWidget::visibleCount() const
{
    return m_proxy->rowCount();
}

void ClusterEventLogWidget::rebuildTypeMenu()
{
    const QStringList checked = typeFilter();
    m_typeMenu->clear();
    QAction *all = m_typeMenu->addAction(tr("All types"));
    all->setObjectName(u"eventTypeAll"_s);
    connect(all, &QAction::triggered, this, [this] { setTypeFilter({}); });
    m_typeMenu->addSeparator();
    QStringList names(m_knownTypes.cbegin(), m_knownTypes.cend());
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return EventSummary::typeLabel(ClusterEvent::typeFromName(a))
                   .localeAwareCompare(EventSummary::typeLabel(ClusterEvent::typeFromName(b)))
            < 0;
    });
    for (const QString &name : std::as_const(names)) {
        const ClusterEvent::Type type = ClusterEvent::typeFromName(name);
        const QString label = type == ClusterEvent::Type::Unknown ? name : EventSummary::typeLabel(type);
        QAction *action = m_typeMenu->addAction(label);
        action->setObjectName(u"eventType_"_s + name);
        action->setData(name);
        action->setCheckable(true);
        action->setChecked(checked.contains(name));
        connect(action, &QAction::toggled, this, &ClusterEventLogWidget::applyTypeFilter);
    }
}

QStringList ClusterEventLogWidget::typeFilter() const
{
    QStringList names;
    const QList<QAction *> actions = m_typeMenu->actions();
    for (const QAction *action : actions) {
        if (action->isCheckable() && action->isChecked())
            names << action->data().toString();
    }
    return names;
}

void ClusterEventLogWidget::setTypeFilter(const QStringList &typeNames)
{
    for (const QString &name : typeNames) {
        if (!m_knownTypes.contains(name)) {
            m_knownTypes.insert(name);
            rebuildTypeMenu();
        }
    }
    const QList<QAction *> actions = m_typeMenu->actions();
    for (QAction *action : actions) {
        if (!action->isCheckable())
            continue;
        const QSignalBlocker blocker(action);
        action->setChecked(typeNames.contains(action->data().toString()));
    }
    applyTypeFilter();
}

void ClusterEventLogWidget::applyTypeFilter()
{
    const QStringList names = typeFilter();
    m_proxy->setTypeNames(QSet<QString>(names.cbegin(), names.cend()));
    m_typeButton->setText(names.isEmpty() ? tr("All types") : tr("%n type(s)", nullptr, int(names.size())));
    updateCount();
}

void ClusterEventLogWidget::setTextFilter(const QString &text)
{
    m_text->setText(text);
}

void ClusterEventLogWidget::updateCount()
{
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total
            ? tr("%1 events").arg(locale.toString(total))
            : tr("%1 of %2 events").arg(locale.toString(shown), locale.toString(total)));
}

void ClusterEventLogWidget::selectEvent(int index)
{
    const QScopedValueRollback<bool> guard(m_updatingSelection, true);
    if (index < 0 || index >= m_model->rowCount()) {
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
        return;
    }
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(index, 0));
    if (!proxyIndex.isValid()) {
        // Hidden by a filter: show everything rather than select nothing.
        m_text->clear();
        setTypeFilter({});
        proxyIndex = m_proxy->mapFromSource(m_model->index(index, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
    showDetails();
}

int ClusterEventLogWidget::selectedEvent() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

void ClusterEventLogWidget::showDetails()
{
    const int row = selectedEvent();
    if (row < 0) {
        m_details->clear();
        return;
    }
    const ClusterEvent event = m_model->eventAt(row);
    m_details->setPlainText(QString::fromUtf8(QJsonDocument(event.raw()).toJson(QJsonDocument::Indented)));
}

QString ClusterEventLogWidget::detailsText() const
{
    return m_details->toPlainText();
}

QList<int> ClusterEventLogWidget::visibleSourceRows() const
{
    QList<int> rows;
    const int count = m_proxy->rowCount();
    rows.reserve(count);
    for (int i = 0; i < count; ++i)
        rows.append(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
    return rows;
}

QByteArray ClusterEventLogWidget::toCsv() const
{
    // Types, summaries and details come from the server: CsvFormat neutralises any cell a
    // spreadsheet would run as a formula.
    QString out = CsvFormat::row({u"time_utc"_s, u"epoch_ms"_s, u"type"_s, u"summary"_s, u"details"_s});
    const QList<int> rows = visibleSourceRows();
    for (int row : rows) {
        const ClusterEvent event = m_model->eventAt(row);
        const QString summary = m_model->index(row, ClusterEventsModel::SummaryColumn).data().toString();
        out += CsvFormat::row({event.dateTime().toString(Qt::ISODateWithMs),
            QString::number(event.timestamp()), event.typeName(), summary,
            QString::fromUtf8(QJsonDocument(event.details()).toJson(QJsonDocument::Compact))});
    }
    return out.toUtf8();
}

QByteArray ClusterEventLogWidget::toJson() const
{
    // Built as text: a QJsonArray of 100,000 objects would cost far more memory.
    QByteArray out = "[\n";
    const QList<int> rows = visibleSourceRows();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        out += m_model->eventAt(rows.at(i)).rawJson();
        out += i + 1 < rows.size() ? ",\n" : "\n";
    }
    out += "]\n";
    return out;
}

bool ClusterEventLogWidget::exportWith(
    const QString &caption, const QString &extension, const QString &filter, const QByteArray &content)
{
    const QString fileName
        = clusterprompts::saveFileName(this, caption, m_exportBaseName + u'.' + extension, filter);
    if (fileName.isEmpty())
        return false;
    QSaveFile file(fileName);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
    emit statusMessage(ok
            ? tr("Saved %n event(s) to %1", nullptr, visibleCount()).arg(QDir::toNativeSeparators(fileName))
            : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()),
        6000);
    return ok;
}

bool ClusterEventLogWidget::exportCsv()
{
    return exportWith(tr("Export events as CSV"), u"csv"_s, tr("CSV files (*.csv)"), toCsv());
}

bool ClusterEventLogWidget::exportJson()
{
    return exportWith(tr("Export events as JSON"), u"json"_s, tr("JSON files (*.json)"), toJson());
}

} // namespace brickdesk
