#include "jobhistorywidget.h"

#include "services/jobhistoryservice.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
QPlainTextEdit *readOnlyText(const QString &objectName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

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
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("First seen"), tr("Last seen"), tr("Note")});
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_versions->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &JobHistoryWidget::showSelected);

    m_diff = readOnlyText(u"historyDiff"_s);
    m_version = readOnlyText(u"historyVersionJson"_s);
    m_current = readOnlyText(u"historyCurrentJson"_s);

    auto *diffBox = new QWidget;
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(new QLabel(tr("Changes from the selected version to the current settings:")));
    diffLayout->addWidget(m_diff);

    auto *sideBySide = new QSplitter(Qt::Horizontal);
    auto addSide = [sideBySide](const QString &title, QPlainTextEdit *edit) {
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new QLabel(title));
        layout->addWidget(edit);
        sideBySide->addWidget(box);
    };
    addSide(tr("Selected version"), m_version);
    addSide(tr("Current settings"), m_current);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_versions);
    split->addWidget(diffBox);
    split->addWidget(sideBySide);
    split->setStretchFactor(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_service, &JobHistoryService::versionsChanged, this, &JobHistoryWidget::showVersions);
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
    if (row < 0 || row >= m_service->versionCount()) {
        m_diff->clear();
        m_version->clear();
        return;
    }
    m_version->setPlainText(m_service->settingsText(row));
    const QStringList changes = m_service->differences(row);
    m_diff->setPlainText(
        changes.isEmpty() ? tr("No changes: this version is the current settings.") : changes.join(u'\n'));
}

} // namespace brickdesk
