#include "archivesearchpage.h"

#include "archive/matchhighlightdelegate.h"
#include "common/viewstatesaver.h"
#include "common/workspaceactiongate.h"
#include "models/archivesearchmodel.h"
#include "services/archivesearchservice.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

using Kinds = ArchiveSearchRequest::Kinds;
using State = ArchiveSearchService::State;

QLabel *plainLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Wrapped to whatever width the page has: a long sentence must not widen the window.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

QToolButton *button(QAction *action)
{
    auto *b = new QToolButton;
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAccessibleName(action->text().remove(u'&'));
    return b;
}

} // namespace

ArchiveSearchPage::ArchiveSearchPage(QWidget *parent)
    : WorkspacePage(parent)
    , m_service(new ArchiveSearchService(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"archiveSearchPage"_s);
    setAccessibleName(tr("Archive search"));
    m_proxy->setSourceModel(m_service->model());
    m_proxy->setSortRole(ArchiveSearchModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *heading = new QLabel(tr("Search the archive"));
    heading->setObjectName(u"archiveSearchHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_archiveLabel = plainLabel(u"archiveSearchContents"_s);
    m_syncLabel = plainLabel(u"archiveSyncStatus"_s);
    m_status = plainLabel(u"archiveSearchStatus"_s);

    const auto make = [this](const QString &text, const QString &name, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_sync = make(tr("S&ync now"), u"archiveSyncAction"_s,
        tr("Archive every job's settings and the runs since the last sync, from the workspace"));
    WorkspaceActionGate::needsWorkspace(m_sync);
    m_cancelSync = make(
        tr("Cancel sync"), u"archiveCancelSyncAction"_s, tr("Stop the sync; what was fetched is kept"));
    m_open = make(tr("&Open"), u"archiveOpenHitAction"_s, tr("Open the selected job or run"));
    m_openJob = make(tr("Open &job"), u"archiveOpenJobAction"_s, tr("Open the job of the selected result"));
    m_openJob->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_sync, &QAction::triggered, m_service, &ArchiveSearchService::startSync);
    connect(m_cancelSync, &QAction::triggered, m_service, &ArchiveSearchService::cancelSync);
    connect(m_open, &QAction::triggered, this, [this] { open(m_view->currentIndex(), false); });
    connect(m_openJob, &QAction::triggered, this, [this] { open(m_view->currentIndex(), true); });

    m_syncBusy = new QProgressBar;
    m_syncBusy->setObjectName(u"archiveSyncBusy"_s);
    m_syncBusy->setAccessibleName(tr("Sync in progress"));
    m_syncBusy->setRange(0, 0);
    m_syncBusy->setMaximumWidth(120);
    m_syncBusy->setTextVisible(false);

    auto *syncRow = new QHBoxLayout;
    syncRow->addWidget(m_archiveLabel, 1);
    syncRow->addWidget(m_syncBusy);
    syncRow->addWidget(button(m_sync));
    m_cancelButton = button(m_cancelSync);
    syncRow->addWidget(m_cancelButton);

    m_input = new QLineEdit;
    m_input->setObjectName(u"archiveSearchInput"_s);
    m_input->setAccessibleName(tr("Search text"));
    m_input->setAccessibleDescription(
        tr("Every word must match; a path matches as a whole; the last word may be the start of a word"));
    m_input->setPlaceholderText(
        tr("A path, a parameter, a tag, an error… e.g. /Repos/etl/ingest or OutOfMemoryError"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::textChanged, m_service, &ArchiveSearchService::setText);
    connect(m_input, &QLineEdit::returnPressed, m_service, &ArchiveSearchService::searchNow);
    auto *inputLabel = new QLabel(tr("S&earch:"));
    inputLabel->setBuddy(m_input);

    m_kinds = new QComboBox;
    m_kinds->setObjectName(u"archiveSearchKinds"_s);
    m_kinds->setAccessibleName(tr("What to find"));
    m_kinds->addItem(tr("Jobs and run errors"), int(Kinds::All));
    m_kinds->addItem(tr("Jobs only"), int(Kinds::Jobs));
    m_kinds->addItem(tr("Run errors only"), int(Kinds::RunErrors));
    auto *kindsLabel = new QLabel(tr("F&ind:"));
    kindsLabel->setBuddy(m_kinds);

    m_since = new QComboBox;
    m_since->setObjectName(u"archiveSearchSince"_s);
    m_since->setAccessibleName(tr("Run errors from"));
    m_since->setAccessibleDescription(tr("Only errors of runs that started in this window"));
    m_since->addItem(tr("Any time"), 0);
    m_since->addItem(tr("Last 7 days"), 7);
    m_since->addItem(tr("Last 30 days"), 30);
    m_since->addItem(tr("Last 90 days"), 90);
    auto *sinceLabel = new QLabel(tr("&Run errors from:"));
    sinceLabel->setBuddy(m_since);
    connect(m_kinds, &QComboBox::activated, this, [this] {
        m_service->setKinds(Kinds(m_kinds->currentData().toInt()));
        updateActions();
    });
    connect(m_since, &QComboBox::activated, this,
        [this] { m_service->setSinceDays(m_since->currentData().toInt()); });

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(inputLabel);
    queryRow->addWidget(m_input, 1);
    queryRow->addWidget(kindsLabel);
    queryRow->addWidget(m_kinds);
    queryRow->addWidget(sinceLabel);
    queryRow->addWidget(m_since);

    m_view = new QTableView;
    m_view->setObjectName(u"archiveSearchResults"_s);
    m_view->setAccessibleName(tr("Search results"));
    m_view->setAccessibleDescription(tr("Archived jobs and run errors that match, best first"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_open, m_openJob});
    m_view->setItemDelegateForColumn(ArchiveSearchModel::MatchColumn, new MatchHighlightDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ArchiveSearchModel::MatchColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ArchiveSearchModel::KindColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ArchiveSearchModel::NameColumn, 280);
    header->resizeSection(ArchiveSearchModel::WhenColumn, 150);
    // Best first until the person sorts by a column.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    ViewStateSaver::attach(header, u"archiveSearch/table"_s);
    connect(m_view, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { open(index, false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ArchiveSearchPage::updateActions);

    m_empty = plainLabel(u"archiveSearchEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(syncRow);
    layout->addWidget(m_syncLabel);
    layout->addLayout(queryRow);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    connect(m_service, &ArchiveSearchService::statusChanged, this, &ArchiveSearchPage::updateStatus);
    connect(m_service, &ArchiveSearchService::syncChanged, this, &ArchiveSearchPage::updateSync);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ArchiveSearchPage::updateActions);
    updateStatus();
    updateSync();
    updateActions();
}

ArchiveSearchPage::~ArchiveSearchPage()
{
    // The service (a child, deleted after this part of the page) may still say it stopped a sync.
    m_service->disconnect(this);
}

void ArchiveSearchPage::setConnection(Connection *connection)
{
    m_service->setConnection(connection);
}

void ArchiveSearchPage::setArchivePath(const QString &path)
{
    m_service->setArchivePath(path);
}

void ArchiveSearchPage::refresh()
{
    m_service->refresh();
}

void ArchiveSearchPage::focusSearch()
{
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
}

bool ArchiveSearchPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box goes to the results, as in a browser's find-as-you-type list.
    if (watched == m_input && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, ArchiveSearchModel::NameColumn));
        return true;
    }
    return WorkspacePage::eventFilter(watched, event);
}

void ArchiveSearchPage::open(const QModelIndex &index, bool jobOnly)
{
    if (!index.isValid())
        return;
    const ArchiveSearchHit hit = m_service->model()->hit(m_proxy->mapToSource(index).row());
    if (hit.kind == ArchiveSearchHit::Kind::RunError && !jobOnly)
        emit openRunRequested(hit.id);
    else if (hit.jobId > 0)
        emit openJobRequested(hit.jobId);
}

void ArchiveSearchPage::updateStatus()
{
    const QString archive = m_service->archiveText();
    m_archiveLabel->setText(archive.isEmpty() ? tr("Nothing archived yet.") : archive);
    const QString status = m_service->statusText();
    m_status->setText(status);
    const State state = m_service->state();
    if (m_service->model()->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        m_status->show();
        return;
    }
    m_status->hide(); // said in the middle of the page instead
    QString hint;
    switch (state) {
    case State::NoArchive:
        hint = tr("Sync now archives this workspace's jobs and runs; “brickdesk sync” also archives "
                  "its clusters' events, and can run every hour while Brickdesk is closed.");
        break;
    case State::Found:
        hint = tr("Every word must match. A path matches as a whole (/Repos/etl/ingest); the last word "
                  "also matches longer words (OutOfMem finds OutOfMemoryError). Run errors are the messages "
                  "runs ended with, from the chosen window.");
        break;
    case State::Idle:
        hint = tr("For example: /Repos/etl/ingest, a parameter's value, a tag, a node type, or an error "
                  "such as SPOT_INSTANCE_TERMINATION.");
        break;
    case State::Searching:
    case State::Failed:
        break;
    }
    m_empty->setText(hint.isEmpty() ? status : status + u"\n\n"_s + hint);
    m_stack->setCurrentWidget(m_empty);
}

void ArchiveSearchPage::updateSync()
{
    const bool syncing = m_service->isSyncing();
    m_sync->setEnabled(m_service->canSync());
    m_cancelSync->setEnabled(syncing);
    m_cancelButton->setVisible(syncing);
    m_syncBusy->setVisible(syncing);
    m_syncLabel->setText(m_service->syncText());
    m_syncLabel->setVisible(!m_service->syncText().isEmpty());
}

void ArchiveSearchPage::updateActions()
{
    const bool selected = m_view->currentIndex().isValid();
    m_open->setEnabled(selected);
    m_openJob->setEnabled(selected);
    m_since->setEnabled(m_kinds->currentData().toInt() != int(Kinds::Jobs));
}

} // namespace brickdesk
