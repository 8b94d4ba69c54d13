#include "auth/workspacestore.h"

#include <QSettings>
#include <QUuid>

namespace brickdesk {

namespace {
const QString group = QStringLiteral("workspaces");
}

WorkspaceStore::WorkspaceStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{ }

WorkspaceStore::~WorkspaceStore() = default;

QList<WorkspaceEntry> WorkspaceStore::workspaces() const
{
    QList<WorkspaceEntry> out;
    m_settings->beginGroup(group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids)
        out.append(workspace(id));
    std::sort(out.begin(), out.end(), [](const WorkspaceEntry &a, const WorkspaceEntry &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

bool WorkspaceStore::contains(const QString &id) const
{
    m_settings->beginGroup(group);
    const bool found = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return found;
}

WorkspaceEntry WorkspaceStore::workspace(const QString &id) const
{
    WorkspaceEntry entry;
    if (!contains(id))
        return entry;
    m_settings->beginGroup(group + u'/' + id);
    entry.id = id;
    entry.name = m_settings->value(QStringLiteral("name")).toString();
    entry.host = m_settings->value(QStringLiteral("host")).toString();
    entry.authMethod
        = WorkspaceEntry::authMethodFromName(m_settings->value(QStringLiteral("auth")).toString());
    entry.profile = m_settings->value(QStringLiteral("profile")).toString();
    entry.clientId = m_settings->value(QStringLiteral("client_id")).toString();
    entry.sessionOnlySecret = m_settings->value(QStringLiteral("session_only_secret"), false).toBool();
    entry.lastUsed = m_settings->value(QStringLiteral("last_used")).toDateTime();
    m_settings->endGroup();
    return entry;
}

WorkspaceEntry WorkspaceStore::save(WorkspaceEntry entry)
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->remove(group + u'/' + entry.id);
    m_settings->beginGroup(group + u'/' + entry.id);
    m_settings->setValue(QStringLiteral("name"), entry.name);
    m_settings->setValue(QStringLiteral("host"), entry.host);
    m_settings->setValue(QStringLiteral("auth"), WorkspaceEntry::authMethodName(entry.authMethod));
    if (!entry.profile.isEmpty())
        m_settings->setValue(QStringLiteral("profile"), entry.profile);
    if (!entry.clientId.isEmpty())
        m_settings->setValue(QStringLiteral("client_id"), entry.clientId);
    if (entry.sessionOnlySecret)
        m_settings->setValue(QStringLiteral("session_only_secret"), true);
    if (entry.lastUsed.isValid())
        m_settings->setValue(QStringLiteral("last_used"), entry.lastUsed);
    m_settings->endGroup();
    m_settings->sync();
    emit changed();
    return entry;
}

void WorkspaceStore::remove(const QString &id)
{
    m_settings->remove(group + u'/' + id);
    QStringList open = openWorkspaceIds();
    if (open.removeAll(id) > 0)
        m_settings->setValue(QStringLiteral("session/open"), open);
    if (lastUsedId() == id)
        m_settings->remove(QStringLiteral("session/last_used"));
    m_settings->sync();
    emit changed();
}

void WorkspaceStore::markUsed(const QString &id)
{
    if (contains(id))
        m_settings->setValue(
            group + u'/' + id + QLatin1String("/last_used"), QDateTime::currentDateTimeUtc());
    m_settings->setValue(QStringLiteral("session/last_used"), id);
    m_settings->sync();
}

QString WorkspaceStore::lastUsedId() const
{
    return m_settings->value(QStringLiteral("session/last_used")).toString();
}

QStringList WorkspaceStore::openWorkspaceIds() const
{
    return m_settings->value(QStringLiteral("session/open")).toStringList();
}

void WorkspaceStore::setOpenWorkspaceIds(const QStringList &ids)
{
    m_settings->setValue(QStringLiteral("session/open"), ids);
    m_settings->sync();
}

QString WorkspaceStore::settingsFileName() const
{
    return m_settings->fileName();
}

void WorkspaceStore::sync()
{
    m_settings->sync();
}

} // namespace brickdesk
