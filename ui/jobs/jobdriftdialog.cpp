#include "jobdriftdialog.h"

#include "analysis/jobdrift.h"
#include "jsondiffview.h"
#include "models/jobsfilterproxymodel.h"
#include "models/jobsmodel.h"
#include "services/jobdriftservice.h"
#include "services/workspaceset.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
const char kLastTargetKey[] = "JobDrift/lastWorkspace";
const char kIgnoreIdsKey[] = "JobDrift/ignoreWorkspaceIds";

QLabel *plainLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Bundles deployed in development mode prefix job names with "[dev someone] ": what is left is
// the name to search for when the exact one is not there.
QString withoutDevPrefix(const QString &name)
{
    static const QRegularExpression prefix(u"^\\[[^\\]]*\\]\\s+"_s);
    return QString(name).remove(prefix);
}
} // namespace

JobDriftDialog::JobDriftDialog(
    WorkspaceSet *set, const QString &hereKey, Connection *here, const Job &job, QWidget *parent)
    : QDialog(parent)
    , m_service(new JobDriftService(set, this))
    , m_hereName(set ? set->name(hereKey) : QString())
{
    setObjectName(u"jobDriftDialog"_s);
    setWindowTitle(tr("Compare “%1” with another workspace").arg(job.name()));
    m_service->setJob(hereKey, here, job);

    auto *intro = plainLabel(u"driftIntro"_s);
    intro->setText(m_hereName.isEmpty()
            ? tr("Job %1 “%2”.").arg(job.id()).arg(job.name())
            : tr("Job %1 “%2” in “%3”.").arg(job.id()).arg(job.name(), m_hereName));

    m_workspaces = new QComboBox;
    m_workspaces->setObjectName(u"driftWorkspace"_s);
    m_workspaces->setAccessibleName(tr("Workspace to compare with"));
    m_targets = m_service->targets();
    const QString last = QSettings().value(QLatin1String(kLastTargetKey)).toString();
    for (const OtherWorkspace::Target &target : std::as_const(m_targets)) {
        const QString host = QUrl(target.host).host();
        QString text = target.name;
        if (target.open)
            text = tr("%1 (open)").arg(target.name);
        else if (!host.isEmpty() && host != target.name)
            text = tr("%1 (%2)").arg(target.name, host);
        m_workspaces->addItem(text, target.key);
        if (target.key == last)
            m_workspaces->setCurrentIndex(m_workspaces->count() - 1);
    }
    auto *workspaceLabel = new QLabel(tr("Compare &with:"));
    workspaceLabel->setBuddy(m_workspaces);
    m_compare = new QPushButton(tr("&Compare"));
    m_compare->setObjectName(u"driftCompare"_s);
    m_compare->setDefault(true);
    connect(m_compare, &QPushButton::clicked, this, &JobDriftDialog::compareSelected);
    m_stop = new QPushButton(tr("&Stop"));
    m_stop->setObjectName(u"driftStop"_s);
    connect(m_stop, &QPushButton::clicked, m_service, &JobDriftService::cancel);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(workspaceLabel);
    pickRow->addWidget(m_workspaces, 1);
    pickRow->addWidget(m_compare);
    pickRow->addWidget(m_stop);

    m_ignoreIds = new QCheckBox(
        tr("&Hide the ids of workspace objects (clusters, pools, policies, warehouses, jobs…)"));
    m_ignoreIds->setObjectName(u"driftIgnoreIds"_s);
    m_ignoreIds->setToolTip(
        tr("Clusters, pools, policies, SQL warehouses, queries, dashboards, alerts, pipelines "
           "and other jobs have another id in each workspace, so these differ even where "
           "nothing drifted; shown, they tell whether a task points at another object."));
    m_ignoreIds->setChecked(QSettings().value(QLatin1String(kIgnoreIdsKey), false).toBool());
    m_service->setIgnoreWorkspaceIds(m_ignoreIds->isChecked());
    connect(m_ignoreIds, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kIgnoreIdsKey), on);
        m_service->setIgnoreWorkspaceIds(on);
    });

    m_status = plainLabel(u"driftStatus"_s);

    // Choosing the counterpart by hand: the other workspace's jobs, filtered as on the Jobs page.
    m_proxy = new JobsFilterProxyModel(this);
    m_proxy->setSourceModel(m_service->candidates());
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"driftChoiceFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name, ID, tag or owner"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the jobs to choose from"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &JobsFilterProxyModel::setFilterText);
    m_choiceView = new QTableView;
    m_choiceView->setObjectName(u"driftChoiceList"_s);
    m_choiceView->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_choiceView->setModel(m_proxy);
    m_choiceView->setSortingEnabled(true);
    m_choiceView->sortByColumn(JobsModel::NameColumn, Qt::AscendingOrder);
    m_choiceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_choiceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_choiceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_choiceView->verticalHeader()->hide();
    m_choiceView->horizontalHeader()->setStretchLastSection(true);
    m_choiceView->horizontalHeader()->resizeSection(JobsModel::NameColumn, 320);
    // Whole ids: telling namesakes apart is what the list is for.
    m_choiceView->horizontalHeader()->resizeSection(
        JobsModel::IdColumn, m_choiceView->fontMetrics().horizontalAdvance(u"0000000000000000"_s) + 16);
    for (const int column : {int(JobsModel::TasksColumn), int(JobsModel::LastRunColumn)})
        m_choiceView->setColumnHidden(column, true);
    connect(m_choiceView, &QTableView::activated, this, &JobDriftDialog::chooseSelected);
    m_choiceStatus = plainLabel(u"driftChoiceStatus"_s);
    m_choose = new QPushButton(tr("Compare with the selected &job"));
    m_choose->setObjectName(u"driftChoose"_s);
    connect(m_choose, &QPushButton::clicked, this, &JobDriftDialog::chooseSelected);
    auto *chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_choiceStatus, 1);
    chooseRow->addWidget(m_choose);
    m_choice = new QWidget;
    m_choice->setObjectName(u"driftChoice"_s);
    auto *choiceLayout = new QVBoxLayout(m_choice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(m_filter);
    choiceLayout->addWidget(m_choiceView, 1);
    choiceLayout->addLayout(chooseRow);
    m_choice->hide();
    JobsModel *candidates = m_service->candidates();
    auto showChoiceStatus = [this, candidates] {
        const int shown = m_proxy->rowCount();
        m_choiceStatus->setText(candidates->isLoading()
                ? tr("Loading the jobs of “%1”… %2 so far")
                      .arg(m_service->targetName())
                      .arg(candidates->rowCount())
                : tr("%1 of %2 jobs").arg(shown).arg(candidates->rowCount()));
    };
    connect(candidates, &JobsModel::loadingChanged, this, showChoiceStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, showChoiceStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, showChoiceStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, showChoiceStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, showChoiceStatus);
    connect(candidates, &JobsModel::errorOccurred, this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            m_choiceStatus->setText(tr("The jobs could not be listed: %1").arg(error.userMessage()));
    });

    m_diff = new JsonDiffView;
    m_diff->setObjectName(u"driftDiffView"_s);
    m_diff->differencesView()->setObjectName(u"driftDiff"_s);
    m_diff->leftView()->setObjectName(u"driftHereJson"_s);
    m_diff->rightView()->setObjectName(u"driftThereJson"_s);

    auto *leftOut = plainLabel(u"driftLeftOut"_s);
    leftOut->setText(JobDrift::leftOutText());
    leftOut->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pickRow);
    layout->addWidget(m_ignoreIds);
    layout->addWidget(m_status);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_diff, 2);
    layout->addStretch(); // takes the room while neither the choice nor the diff is shown
    layout->addWidget(leftOut);
    layout->addWidget(buttons);

    connect(m_service, &JobDriftService::stateChanged, this, &JobDriftDialog::showState);
    if (m_targets.isEmpty()) {
        m_workspaces->setEnabled(false);
        m_compare->setEnabled(false);
    }
    showState();
    resize(1100, 760);
}

JobDriftDialog::~JobDriftDialog()
{
    // The service stops its work when destroyed, which signals the lambdas above: it goes while
    // this dialog and its widgets still exist, not among QWidget's children afterwards.
    delete m_service;
}

bool JobDriftDialog::compareWith(const QString &workspaceKey)
{
    const int index = m_workspaces->findData(workspaceKey);
    if (index < 0)
        return false;
    m_workspaces->setCurrentIndex(index);
    compareSelected();
    return true;
}

void JobDriftDialog::compareSelected()
{
    const int index = m_workspaces->currentIndex();
    if (index < 0 || index >= m_targets.size())
        return;
    const OtherWorkspace::Target &target = m_targets.at(index);
    QSettings().setValue(QLatin1String(kLastTargetKey), target.key);
    m_choice->hide();
    m_filter->clear();
    m_service->compareWith(target);
}

void JobDriftDialog::chooseSelected()
{
    const QModelIndex index = m_choiceView->currentIndex();
    if (index.isValid())
        m_service->compareWithJob(index.data(JobsModel::IdRole).toLongLong());
}

void JobDriftDialog::showState()
{
    using State = JobDriftService::State;
    const State state = m_service->state();
    const bool busy = m_service->isBusy();
    m_stop->setEnabled(busy || state == State::Choosing);
    m_compare->setEnabled(!m_targets.isEmpty());
    if (m_targets.isEmpty())
        m_status->setText(tr("No other workspace is configured: add one with File ▸ Workspaces…, or "
                             "as a profile in ~/.databrickscfg."));
    else if (state == State::Idle && m_service->statusText().isEmpty())
        m_status->setText(tr("Choose the workspace to compare with."));
    else
        m_status->setText(m_service->statusText());

    if (state == State::Choosing && m_choice->isHidden()) {
        const QString name = m_service->job().name();
        const QString stripped = withoutDevPrefix(name);
        m_filter->setText(m_service->nameMatches() > 1 ? name : (stripped != name ? stripped : QString()));
        m_choice->show();
    }
    m_choose->setEnabled(state == State::Choosing || state == State::Compared);

    const Job &there = m_service->there();
    m_diff->setVisible(state == State::Compared);
    if (state != State::Compared) {
        m_diff->clear();
        m_diff->setCaption(QString());
        m_diff->setSideTitles(QString(), QString());
        return;
    }
    const QString thereName = m_service->targetName();
    const QString hereName = m_hereName.isEmpty() ? tr("this workspace") : m_hereName;
    m_diff->setCaption(m_service->here().name() == there.name()
            ? tr("From here to “%1”:").arg(thereName)
            : tr("From “%1” here to “%2” in “%3”:").arg(m_service->here().name(), there.name(), thereName));
    m_diff->setSideTitles(tr("Here (%1), job %2").arg(hereName).arg(m_service->here().id()),
        tr("%1, job %2").arg(thereName).arg(there.id()));
    m_diff->setDifferences(m_service->result().differences, tr("No differences."));
    m_diff->setSides(m_service->result().hereText, m_service->result().thereText);
}

} // namespace brickdesk
