#include "clusters/clusterdetailwidget.h"

#include "analysis/eventsummary.h"
#include "charts/nodecountchart.h"
#include "clusters/clustereventlogwidget.h"
#include "clusters/clusterstatebadge.h"
#include "clusters/nodechartpanel.h"
#include "common/preferences.h"
#include "common/timeunits.h"
#include "cost/clustercostpanel.h"
#include "services/clusterhistoryloader.h"
#include "services/clustersservice.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString sizeText(const Cluster &cluster)
{
    if (cluster.isAutoscale()) {
        return ClusterDetailWidget::tr("autoscale %1–%2 workers")
            .arg(cluster.autoscaleMinWorkers())
            .arg(cluster.autoscaleMaxWorkers());
    }
    return ClusterDetailWidget::tr("%n worker(s)", nullptr, cluster.numWorkers());
}

} // namespace

ClusterDetailWidget::ClusterDetailWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"clusterDetail"_s);

    m_title = new QLabel;
    m_title->setObjectName(u"clusterTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText); // the name someone gave the cluster, markup included
    m_title->setWordWrap(true);
    m_state = new QLabel;
    m_state->setObjectName(u"clusterStateBadge"_s);
    m_stateMessage = new QLabel;
    m_stateMessage->setObjectName(u"clusterStateMessage"_s);
    m_stateMessage->setWordWrap(true);
    m_stateMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateMessage->setTextFormat(Qt::PlainText); // the server's words
    m_config = new QLabel;
    m_config->setObjectName(u"clusterConfig"_s);
    m_config->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_config->setWordWrap(true);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_state);
    titleRow->addWidget(m_stateMessage, 1);

    m_windowPreset = new QComboBox;
    m_windowPreset->setObjectName(u"eventWindowPreset"_s);
    m_windowPreset->addItem(tr("Last 24 hours"), int(Window::LastDay));
    m_windowPreset->addItem(tr("Last 7 days"), int(Window::LastWeek));
    m_windowPreset->addItem(tr("Last 30 days"), int(Window::LastMonth));
    m_windowPreset->addItem(tr("All available"), int(Window::AllAvailable));
    m_windowPreset->addItem(tr("Custom range"), int(Window::Custom));
    m_windowPreset->setCurrentIndex(1);
    m_from = new QDateTimeEdit;
    m_from->setObjectName(u"eventWindowFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Events from"));
    m_to = new QDateTimeEdit;
    m_to->setObjectName(u"eventWindowTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Events until"));
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addDays(-7));
    m_to->setDateTime(now);
    m_load = new QPushButton(tr("Load events"));
    m_load->setObjectName(u"loadEventsButton"_s);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(u"cancelEventsButton"_s);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"eventsProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progressLabel = new QLabel;
    m_progressLabel->setObjectName(u"eventsProgressLabel"_s);
    m_archiveNote = new QLabel;
    m_archiveNote->setObjectName(u"archiveNote"_s);
    m_archiveNote->setTextFormat(Qt::PlainText); // SQLite's words
    m_archiveNote->setWordWrap(true);
    m_archiveNote->hide();

    auto *windowRow = new QHBoxLayout;
    auto *windowLabel = new QLabel(tr("&Window:"));
    windowLabel->setBuddy(m_windowPreset);
    windowRow->addWidget(windowLabel);
    windowRow->addWidget(m_windowPreset);
    windowRow->addWidget(m_from);
    windowRow->addWidget(m_to);
    windowRow->addWidget(m_load);
    windowRow->addWidget(m_cancel);
    windowRow->addWidget(m_progress);
    windowRow->addWidget(m_progressLabel, 1);

    m_eventLog = new ClusterEventLogWidget;
    m_chartPanel = new NodeChartPanel;
    m_json = new QPlainTextEdit;
    m_json->setObjectName(u"clusterJson"_s);
    m_json->setAccessibleName(tr("Cluster configuration (JSON)"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"clusterTabs"_s);
    m_tabs->tabBar()->setAccessibleName(tr("Cluster views"));
    m_tabs->addTab(m_chartPanel, tr("Node chart"));
    m_tabs->addTab(m_eventLog, tr("Event log"));
    m_tabs->addTab(m_json, tr("Configuration (JSON)"));
    m_costPanel = new ClusterCostPanel;
    m_tabs->addTab(m_costPanel, tr("Cost and utilisation"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(titleRow);
    layout->addWidget(m_config);
    layout->addLayout(windowRow);
    layout->addWidget(m_archiveNote);
    layout->addWidget(m_tabs, 1);

    connect(m_windowPreset, &QComboBox::currentIndexChanged, this, [this] {
        updateWindowWidgets();
        if (window() != Window::Custom && m_cluster.isValid())
            loadEvents();
    });
    connect(m_load, &QPushButton::clicked, this, &ClusterDetailWidget::loadEvents);
    connect(m_cancel, &QPushButton::clicked, this, &ClusterDetailWidget::cancelLoad);
    connect(m_eventLog, &ClusterEventLogWidget::eventSelected, this, &ClusterDetailWidget::onEventSelected);
    connect(m_eventLog, &ClusterEventLogWidget::statusMessage, this, &ClusterDetailWidget::statusMessage);
    connect(m_chartPanel, &NodeChartPanel::statusMessage, this, &ClusterDetailWidget::statusMessage);
    connect(m_chartPanel->chart(), &NodeCountChart::eventActivated, this, [this](int index) {
        m_eventLog->selectEvent(index);
        onEventSelected(index);
    });
    connect(m_chartPanel->chart(), &NodeCountChart::timeActivated, this, &ClusterDetailWidget::selectEventAt);
    connect(m_chartPanel, &NodeChartPanel::compareRequested, this, [this](NodeChartPanel::CompareKind kind) {
        if (kind == NodeChartPanel::CompareKind::PreviousWindow)
            compareWithPreviousWindow();
        else
            pickCompareCluster();
    });
    updateWindowWidgets();
    clear();
}

ClusterDetailWidget::~ClusterDetailWidget() = default;

void ClusterDetailWidget::setService(ClustersService *service)
{
    cancelLoad();
    if (m_service != service) {
        if (m_service)
            m_service->disconnect(this);
        m_service = service;
        if (service) {
            // A full disk: the history is shown all the same, and the user told it is not kept,
            // for as long as the archive's writes fail.
            connect(service, &ClustersService::archiveProblemChanged, this,
                &ClusterDetailWidget::updateArchiveNote);
            connect(service, &ClustersService::connectionChanged, this, [this] {
                cancelLoad();
                clear();
            });
            // The history was read from the archive alone: the workspace has it whole.
            connect(service, &ClustersService::onlineAgain, this, [this] {
                if (m_archiveOnly && m_cluster.isValid())
                    loadEvents();
            });
            // A history still asked of the workspace would fail after the retries: from the archive.
            connect(service, &ClustersService::wentOffline, this, [this] {
                if (m_loader && !m_loader->isArchiveOnly())
                    loadEvents();
            });
        }
    }
    clear();
    updateArchiveNote();
}

void ClusterDetailWidget::updateArchiveNote()
{
    const QString problem = m_service ? m_service->archiveProblem() : QString();
    if (!problem.isEmpty()) {
        m_archiveNote->setText(
            tr("Not kept in the local archive: %1. Brickdesk works on without it.").arg(problem));
        m_archiveNote->show();
        return;
    }
    if (m_archiveNote->isHidden())
        return;
    m_archiveNote->hide();
    m_archiveNote->clear();
    // Told once: a note that stayed to say all is well would be read as a problem.
    if (m_service)
        emit statusMessage(tr("The local archive keeps what is loaded again."), 10000);
}

void ClusterDetailWidget::setCostService(CostService *service)
{
    m_costPanel->setService(service);
}

void ClusterDetailWidget::clear()
{
    m_costPanel->clear();
    if (m_loader)
        cancelLoad();
    m_cluster = {};
    m_timeline = {};
    m_eventLog->clear();
    m_chartPanel->clear();
    m_json->clear();
    m_title->setText(tr("No cluster selected"));
    m_state->clear();
    m_stateMessage->clear();
    m_config->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressLabel->clear();
    m_load->setEnabled(false);
}

void ClusterDetailWidget::setCluster(const Cluster &cluster)
{
    const bool same = cluster.id() == m_cluster.id();
    m_cluster = cluster;
    updateHeader();
    m_load->setEnabled(cluster.isValid());
    if (same && (isLoading() || !events().isEmpty()))
        return;
    const QString base = u"cluster-"_s + cluster.id();
    m_eventLog->setExportBaseName(base + u"-events"_s);
    m_chartPanel->setExportBaseName(base + u"-nodes"_s);
    m_chartPanel->setNodeType(cluster.nodeTypeId());
    if (cluster.isValid())
        loadEvents();
}

void ClusterDetailWidget::updateHeader()
{
    const Cluster &c = m_cluster;
    m_title->setText(c.name().isEmpty() ? c.id() : c.name());
    ClusterStateBadge::apply(m_state, c.state(), c.stateName());
    m_stateMessage->setText(c.stateMessage());
    const QLocale locale;
    QStringList lines;
    lines << tr("<b>ID</b> %1 · <b>Source</b> %2 · <b>Creator</b> %3")
                 .arg(c.id().toHtmlEscaped(), c.clusterSource().toHtmlEscaped(),
                     c.creatorUserName().toHtmlEscaped());
    QString size = sizeText(c);
    if (c.executorCount() >= 0)
        size += tr(" (%n running now)", nullptr, c.executorCount());
    lines << tr("<b>Size</b> %1 · <b>Workers</b> %2 · <b>Driver</b> %3 · <b>Runtime</b> %4")
                 .arg(size.toHtmlEscaped(), c.nodeTypeId().toHtmlEscaped(),
                     c.driverNodeTypeId().toHtmlEscaped(), c.sparkVersion().toHtmlEscaped());
    QString times;
    if (c.startTimeMs() > 0)
        times += tr("<b>Started</b> %1")
                     .arg(locale.toString(
                         QDateTime::fromMSecsSinceEpoch(c.startTimeMs()), QLocale::ShortFormat));
    if (c.terminatedTimeMs() > 0)
        times += tr(" · <b>Terminated</b> %1 (%2)")
                     .arg(locale.toString(
                              QDateTime::fromMSecsSinceEpoch(c.terminatedTimeMs()), QLocale::ShortFormat),
                         c.terminationCode().toHtmlEscaped());
    if (c.autoterminationMinutes() > 0)
        times += tr(" · <b>Auto-terminates</b> after %n idle minute(s)", nullptr, c.autoterminationMinutes());
    if (!times.isEmpty())
        lines << times;
    m_config->setText(lines.join(u"<br>"_s));
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(c.raw()).toJson(QJsonDocument::Indented)));
}

void ClusterDetailWidget::updateWindowWidgets()
{
    const bool custom = window() == Window::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

void ClusterDetailWidget::setWindow(Window window)
{
    m_windowPreset->setCurrentIndex(m_windowPreset->findData(int(window)));
}

ClusterDetailWidget::Window ClusterDetailWidget::window() const
{
    return Window(m_windowPreset->currentData().toInt());
}

void ClusterDetailWidget::setCustomWindow(qint64 fromMs, qint64 toMs)
{
    const QSignalBlocker blocker(m_windowPreset);
    m_windowPreset->setCurrentIndex(m_windowPreset->findData(int(Window::Custom)));
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
    updateWindowWidgets();
}

QPair<qint64, qint64> ClusterDetailWidget::windowRange() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (window()) {
    case Window::LastDay:
        return {now - kDay, now};
    case Window::LastWeek:
        return {now - 7 * kDay, now};
    case Window::LastMonth:
        return {now - 30 * kDay, now};
    case Window::AllAvailable:
        return {0, now};
    case Window::Custom:
        return {m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch()};
    }
    return {now - 7 * kDay, now};
}

void ClusterDetailWidget::loadEvents()
{
    if (!m_cluster.isValid() || !m_service || !m_service->isConnected())
        return;
    if (m_loader)
        cancelLoad();
    const auto [from, to] = windowRange();
    if (to <= from) {
        emit statusMessage(tr("The window's end must be after its start."), 6000);
        return;
    }
    m_timeline = {};
    m_eventLog->clear();
    m_chartPanel->clear();
    m_chartPanel->setNodeType(m_cluster.nodeTypeId());
    m_loader = m_service->historyLoader(m_cluster.id(), from, to, this);
    ClusterEvent::Size known;
    if (m_cluster.isAutoscale()) {
        known.minWorkers = m_cluster.autoscaleMinWorkers();
        known.maxWorkers = m_cluster.autoscaleMaxWorkers();
    } else {
        known.numWorkers = m_cluster.numWorkers();
    }
    m_loader->setKnownSize(known);
    m_loader->setLabel(m_cluster.name());
    connect(m_loader, &ClusterHistoryLoader::eventsReady, this,
        [this](const QVector<ClusterEvent> &events) { m_eventLog->appendEvents(events); });
    connect(m_loader, &ClusterHistoryLoader::progress, this, &ClusterDetailWidget::setProgress);
    connect(m_loader, &ClusterHistoryLoader::previewReady, this,
        [this, loader = m_loader] { m_chartPanel->setPreview(loader->previewData()); });
    connect(m_loader, &ClusterHistoryLoader::fetched, this, [this] {
        m_progressLabel->setText(
            tr("%1 events · building the chart…").arg(QLocale().toString(events().size())));
    });
    connect(m_loader, &ClusterHistoryLoader::loaded, this, &ClusterDetailWidget::onLoaded);
    connect(m_loader, &ClusterHistoryLoader::failed, this, &ClusterDetailWidget::onFailed);
    m_progress->setRange(0, 0);
    m_progressLabel->setText(tr("Loading events…"));
    m_cancel->setEnabled(true);
    emit loadingChanged(true);
    m_loader->start();
}

void ClusterDetailWidget::setProgress(qint64 soFar, qint64 coveredMs, qint64 windowMs)
{
    // How much of the window's time is fetched (the service no longer says how many events
    // there are), and how far the events shown so far reach.
    const QLocale locale;
    if (windowMs > 0) {
        // QProgressBar is int-based; scale to per mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(coveredMs * 1000 / windowMs, 0, 1000)));
    } else {
        m_progress->setRange(0, 0);
    }
    const qint64 reached = m_loader ? m_loader->reachedMs() : 0;
    if (reached > 0)
        m_progressLabel->setText(
            tr("%1 events · through %2")
                .arg(locale.toString(soFar),
                    locale.toString(QDateTime::fromMSecsSinceEpoch(reached), QLocale::ShortFormat)));
    else
        m_progressLabel->setText(tr("%1 events").arg(locale.toString(soFar)));
}

QString ClusterDetailWidget::progressText() const
{
    return m_progressLabel->text();
}

void ClusterDetailWidget::onLoaded()
{
    ClusterHistoryLoader *loader = m_loader;
    m_loader = nullptr;
    m_timeline = loader->timeline();
    m_loadedFrom = loader->fromMs();
    m_loadedTo = loader->toMs();
    m_chartPanel->setTimeline(m_timeline, loader->chartData());
    {
        QVector<LostNodes> lost;
        for (const ClusterEvent &e : events()) {
            if (e.type() == ClusterEvent::Type::NodesLost && e.hasCurrentWorkers()) {
                const int before = m_timeline.actualAt(e.timestamp() - 1);
                lost.append({e.timestamp(), std::max(1, before - e.currentWorkers())});
            }
        }
        const QString nodeType = m_cluster.nodeTypeId();
        m_costPanel->setCluster(m_cluster.id(), m_timeline, lost, m_cluster.autoterminationMinutes(),
            m_loadedFrom > 0 ? m_loadedFrom : m_timeline.startMs(),
            m_loadedTo > 0 ? m_loadedTo : m_timeline.endMs(), Preferences::instance()->costRate(nodeType),
            Preferences::instance()->currency());
    }
    loader->deleteLater();
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    const QLocale locale;
    m_archiveOnly = loader->isArchiveOnly();
    if (m_archiveOnly)
        m_progressLabel->setText(tr("%1 events from the local archive (the workspace cannot be reached)")
                                     .arg(locale.toString(events().size())));
    else if (loader->archivedEventCount() > 0)
        m_progressLabel->setText(
            tr("%1 events · %2 from the archive, before %3 (past what the API keeps)")
                .arg(locale.toString(events().size()), locale.toString(loader->archivedEventCount()),
                    locale.toString(
                        QDateTime::fromMSecsSinceEpoch(loader->archivedUntilMs()), QLocale::ShortFormat)));
    else
        m_progressLabel->setText(tr("%1 events").arg(locale.toString(events().size())));
    emit statusMessage(
        tr("Loaded %1 events of %2").arg(locale.toString(events().size()), m_cluster.name()), 6000);
    emit loadingChanged(false);
    emit historyLoaded();
}

void ClusterDetailWidget::onFailed(const ApiError &error)
{
    if (m_loader) {
        m_loader->deleteLater();
        m_loader = nullptr;
    }
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    const QLocale locale;
    if (error.kind() == ApiError::Kind::Cancelled) {
        m_progressLabel->setText(tr("Cancelled after %1 events").arg(locale.toString(events().size())));
        emit statusMessage(tr("Loading events cancelled."), 4000);
    } else {
        m_progressLabel->setText(tr("Failed after %1 events").arg(locale.toString(events().size())));
        emit statusMessage(
            tr("Could not load the events of %1: %2").arg(m_cluster.name(), error.userMessage()), 10000);
    }
    emit loadingChanged(false);
}

void ClusterDetailWidget::cancelLoad()
{
    if (m_compareLoader) {
        m_compareLoader->disconnect(this);
        m_compareLoader->cancel();
        m_compareLoader->deleteLater();
        m_compareLoader = nullptr;
    }
    if (m_loader)
        m_loader->cancel(); // -> onFailed(Cancelled)
}

bool ClusterDetailWidget::isLoading() const
{
    return m_loader != nullptr;
}

const QVector<ClusterEvent> &ClusterDetailWidget::events() const
{
    return m_eventLog->events();
}

const NodeTimeline &ClusterDetailWidget::timeline() const
{
    return m_timeline;
}

void ClusterDetailWidget::onEventSelected(int index)
{
    NodeCountChart *chart = m_chartPanel->chart();
    if (index < 0 || index >= events().size()) {
        chart->selectEvent(-1, 0, 0);
        m_chartPanel->setSelectionText({});
        return;
    }
    const ClusterEvent &event = events().at(index);
    const int before = m_timeline.isEmpty() ? -1 : m_timeline.actualAt(event.timestamp() - 1);
    const int after = m_timeline.isEmpty() ? 0 : m_timeline.actualAt(event.timestamp());
    chart->selectEvent(index, event.timestamp(), std::max({before, after, 0}));
    m_chartPanel->setSelectionText(
        tr("Selected: %1 · %2 · %3")
            .arg(QLocale().toString(event.dateTime().toLocalTime(), QLocale::ShortFormat),
                EventSummary::typeLabel(event), EventSummary::summary(event, before)));
}

void ClusterDetailWidget::selectEventAt(qint64 timeMs)
{
    const QVector<ClusterEvent> &all = events();
    if (all.isEmpty())
        return;
    // The last event at or before the click (the one whose effect is on screen there).
    const auto it = std::upper_bound(
        all.cbegin(), all.cend(), timeMs, [](qint64 t, const ClusterEvent &e) { return t < e.timestamp(); });
    const int index = it == all.cbegin() ? 0 : int(it - all.cbegin()) - 1;
    m_eventLog->selectEvent(index);
    onEventSelected(index);
}

void ClusterDetailWidget::compareWithPreviousWindow()
{
    if (!m_service || !m_service->isConnected() || !m_cluster.isValid() || m_timeline.isEmpty())
        return;
    const qint64 from = m_timeline.startMs();
    const qint64 to = m_timeline.endMs();
    const qint64 span = to - from;
    auto *loader = m_service->historyLoader(m_cluster.id(), from - span, from, this);
    const QLocale locale;
    loader->setLabel(
        tr("Previous window (%1)")
            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(from - span).date(), QLocale::ShortFormat)));
    startCompare(loader, span);
}

void ClusterDetailWidget::compareWithCluster(const QString &clusterId, const QString &label)
{
    if (!m_service || !m_service->isConnected() || m_timeline.isEmpty())
        return;
    auto *loader = m_service->historyLoader(clusterId, m_timeline.startMs(), m_timeline.endMs(), this);
    loader->setLabel(label.isEmpty() ? clusterId : label);
    startCompare(loader, 0);
}

void ClusterDetailWidget::startCompare(ClusterHistoryLoader *loader, qint64 offsetMs)
{
    if (m_compareLoader) {
        m_compareLoader->disconnect(this);
        m_compareLoader->cancel();
        m_compareLoader->deleteLater();
    }
    m_compareLoader = loader;
    connect(loader, &ClusterHistoryLoader::progress, this, [this](qint64 soFar, qint64, qint64) {
        emit statusMessage(tr("Loading the comparison: %1 events").arg(QLocale().toString(soFar)), 2000);
    });
    connect(loader, &ClusterHistoryLoader::loaded, this, [this, loader, offsetMs] {
        m_chartPanel->setCompare(loader->chartData(), offsetMs);
        emit statusMessage(tr("Comparing with %1").arg(loader->chartData().label), 6000);
        m_compareLoader = nullptr;
        loader->deleteLater();
        emit compareLoaded();
    });
    connect(loader, &ClusterHistoryLoader::failed, this, [this, loader](const ApiError &error) {
        emit statusMessage(tr("Could not load the comparison: %1").arg(error.userMessage()), 10000);
        m_compareLoader = nullptr;
        loader->deleteLater();
    });
    loader->start();
}

bool ClusterDetailWidget::isComparing() const
{
    return m_chartPanel->chart()->hasCompare();
}

void ClusterDetailWidget::pickCompareCluster()
{
    QStringList names;
    for (const auto &[id, name] : std::as_const(m_candidates)) {
        if (id != m_cluster.id())
            names << tr("%1 (%2)").arg(name, id);
    }
    if (names.isEmpty()) {
        emit statusMessage(tr("No other cluster to compare with."), 4000);
        return;
    }
    bool ok = false;
    const QString choice
        = QInputDialog::getItem(this, tr("Compare with a cluster"), tr("Cluster:"), names, 0, false, &ok);
    if (!ok)
        return;
    for (const auto &[id, name] : std::as_const(m_candidates)) {
        if (choice == tr("%1 (%2)").arg(name, id)) {
            compareWithCluster(id, name);
            return;
        }
    }
}

} // namespace brickdesk
