#include "connections/workspacelistwidget.h"

#include "auth/workspacestore.h"

#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

WorkspaceListWidget::WorkspaceListWidget(WorkspaceStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"sidebarWorkspaceList"_s);
    m_manageButton = new QPushButton(tr("&Manage workspaces…"), this);
    m_manageButton->setObjectName(u"manageWorkspacesButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_manageButton);

    connect(m_manageButton, &QPushButton::clicked, this, &WorkspaceListWidget::manageRequested);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        WorkspaceEntry entry;
        if (id == WorkspaceEntry::demoId()) {
            entry.id = id;
            entry.name = tr("Demo workspace");
            entry.authMethod = WorkspaceEntry::AuthMethod::Demo;
        } else if (m_store) {
            entry = m_store->workspace(id);
        }
        if (!entry.id.isEmpty()) {
            if (m_store)
                m_store->markUsed(entry.id);
            emit workspaceActivated(entry);
        }
    });
    if (m_store)
        connect(m_store, &WorkspaceStore::changed, this, &WorkspaceListWidget::reload);
    reload();
}

void WorkspaceListWidget::reload()
{
    const QString keep = currentId();
    m_list->clear();
    const QString lastUsed = m_store ? m_store->lastUsedId() : QString();
    auto add = [&](const QString &id, const QString &text, const QString &tooltip) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, id);
        item->setToolTip(tooltip);
        QFont font = item->font();
        font.setBold(m_open.contains(id));
        item->setFont(font);
        if (id == keep || (keep.isEmpty() && id == lastUsed))
            m_list->setCurrentItem(item);
    };
    add(WorkspaceEntry::demoId(), tr("Demo workspace"), tr("A simulated workspace on this computer"));
    if (m_store) {
        for (const WorkspaceEntry &entry : m_store->workspaces())
            add(entry.id, entry.name, entry.host);
    }
}

void WorkspaceListWidget::setOpenWorkspaces(const QStringList &ids)
{
    m_open = ids;
    reload();
}

QString WorkspaceListWidget::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace brickdesk
