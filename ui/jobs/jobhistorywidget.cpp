#include "jobhistorywidget.h"

#include "common/prompts.h"
#include "jsondiffview.h"
#include "services/jobhistoryservice.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}
} // namespace

JobHistoryWidget::JobHistoryWidget(JobHistoryService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"jobHistory"_s);
    m_status = new QLabel;
    m_status->setObjectName(u"historyStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_versions = new QTableWidget(0, 4);
    m_versions->setObjectName(u"historyVersions"_s);
    m_versions->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_versions->setAccessibleName(tr("Versions of the job"));
    m_versions->setAccessibleDescription(
        tr("Each version of the settings the archive has seen; select one to compare"));
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("First seen"), tr("Last seen"), tr("Note")});
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_versions->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &JobHistoryWidget::showSelected);

    m_diffView = new JsonDiffView;
    m_diffView->setCaption(tr("Changes from the selected version to the current settings:"));
    m_diffView->setSideTitles(tr("Selected version"), tr("Current settings"));
    m_diff = m_diffView->differencesView();
    m_diff->setObjectName(u"historyDiff"_s);
    m_version = m_diffView->leftView();
    m_version->setObjectName(u"historyVersionJson"_s);
    m_current = m_diffView->rightView();
    m_current->setObjectName(u"historyCurrentJson"_s);

    m_restoreButton = new QPushButton(tr("&Restore this version…"));
    m_restoreButton->setObjectName(u"historyRestore"_s);
    connect(m_restoreButton, &QPushButton::clicked, this, &JobHistoryWidget::confirmRestore);
    m_restoreStatus = new QLabel;
    m_restoreStatus->setObjectName(u"historyRestoreStatus"_s);
    m_restoreStatus->setTextFormat(Qt::PlainText);
    m_restoreStatus->setWordWrap(true);
    m_restoreStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *restoreRow = new QHBoxLayout;
    restoreRow->setContentsMargins(0, 0, 0, 0);
    restoreRow->addWidget(m_restoreButton, 0, Qt::AlignTop);
    restoreRow->addWidget(m_restoreStatus, 1);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_versions, 1);
    topLayout->addLayout(restoreRow);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(m_diffView);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_service, &JobHistoryService::versionsChanged, this, &JobHistoryWidget::showVersions);
    connect(m_service, &JobHistoryService::restoreStarted, this, &JobHistoryWidget::showRestoreState);
    connect(m_service, &JobHistoryService::restoreFinished, this, &JobHistoryWidget::showRestoreState);
    showVersions();
}

void JobHistoryWidget::showVersions()
{
    const int selected = m_versions->currentRow();
    const int oldCount = m_versions->rowCount();
    const int count = m_service->versionCount();
    {
        const QSignalBlocker blocker(m_versions);
        m_versions->setRowCount(count);
        for (int row = 0; row < count; ++row) {
            auto set = [this, row](int column, const QString &text) {
                auto *item = new QTableWidgetItem(text);
                m_versions->setItem(row, column, item);
            };
            set(0, QString::number(m_service->versionNumber(row)));
            set(1, when(m_service->firstSeenMs(row)));
            set(2, when(m_service->lastSeenMs(row)));
            set(3, m_service->isCurrent(row) ? tr("current") : QString());
        }
        // Newest first: after a new version arrives the same version is one row further down.
        int row = selected < 0 ? 0 : selected + (count - oldCount);
        if (count > 0)
            m_versions->selectRow(qBound(0, row, count - 1));
    }
    if (!m_service->errorText().isEmpty())
        m_status->setText(tr("The history could not be read: %1").arg(m_service->errorText()));
    else if (m_service->archivePath().isEmpty())
        m_status->setText(tr("No archive for this workspace."));
    else if (m_service->isLoading())
        m_status->setText(tr("Loading the history…"));
    else
        m_status->setText(tr("%n version(s) of this job's settings in the archive.", nullptr, count));
    showSelected();
}

void JobHistoryWidget::showSelected()
{
    const int row = m_versions->currentRow();
    m_current->setPlainText(m_service->currentSettingsText());
    if (m_service->knowsCurrent() || m_service->versionCount() == 0) {
        m_diffView->setCaption(tr("Changes from the selected version to the current settings:"));
        m_diffView->setSideTitles(tr("Selected version"), tr("Current settings"));
    } else {
        m_diffView->setCaption(
            tr("Changes from the selected version to the newest in the archive (the job itself "
               "could not be read):"));
        m_diffView->setSideTitles(tr("Selected version"), tr("Newest in the archive"));
    }
    showRestoreState();
    if (row < 0 || row >= m_service->versionCount()) {
        m_diff->clear();
        m_version->clear();
        return;
    }
    m_version->setPlainText(m_service->settingsText(row));
    const QStringList changes = m_service->differences(row);
    m_diffView->setDifferences(changes, tr("No changes: this version is the current settings."));
}

void JobHistoryWidget::showRestoreState()
{
    QString why;
    m_restoreButton->setEnabled(m_service->canRestore(m_versions->currentRow(), &why));
    m_restoreButton->setToolTip(why.isEmpty()
            ? tr("Save this version as the job's settings, after checking that nobody changed the job since "
                 "it was shown here.")
            : why);
    QStringList lines {m_service->restoreText()};
    const QStringList details = m_service->restoreDetails();
    constexpr int kShown = 8;
    lines += details.mid(0, kShown);
    if (details.size() > kShown)
        lines << tr("…and %1 more.").arg(details.size() - kShown);
    m_restoreStatus->setText(lines.join(u'\n').trimmed());
}

void JobHistoryWidget::confirmRestore()
{
    const int row = m_versions->currentRow();
    if (!m_service->canRestore(row))
        return;
    const int version = m_service->versionNumber(row);
    // The diff shown is from this version to the current settings; a restore goes the other way.
    const QStringList changes = m_service->restoreChanges(row);
    constexpr int kListed = 12;
    QString text = tr("Restore version %1 of this job's settings?\n\nThe settings on the server are replaced "
                      "by this version's, through the same save as the job form: if the job changed since it "
                      "was shown here, nothing is written.")
                       .arg(version);
    if (!changes.isEmpty()) {
        text += u"\n\n"_s + tr("What changes:") + u'\n' + changes.mid(0, kListed).join(u'\n');
        if (changes.size() > kListed)
            text += u'\n' + tr("…and %1 more.").arg(changes.size() - kListed);
    }
    if (!Prompts::confirm(this, tr("Restore version"), text, tr("Restore")))
        return;
    m_service->restore(row);
}

} // namespace brickdesk
