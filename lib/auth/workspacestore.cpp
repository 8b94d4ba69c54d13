#include "auth/workspacestore.h"

#include <QFile>
#include <QSettings>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
const QString group = u"workspaces"_s;
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
    entry.name = m_settings->value(u"name"_s).toString();
    entry.host = m_settings->value(u"host"_s).toString();
    entry.authMethod = WorkspaceEntry::authMethodFromName(m_settings->value(u"auth"_s).toString());
    entry.profile = m_settings->value(u"profile"_s).toString();
    entry.clientId = m_settings->value(u"client_id"_s).toString();
    entry.confirmedSignInHosts = m_settings->value(u"confirmed_sign_in_hosts"_s).toStringList();
    entry.sessionOnlySecret = m_settings->value(u"session_only_secret"_s, false).toBool();
    entry.lastUsed = m_settings->value(u"last_used"_s).toDateTime();
    m_settings->endGroup();
    return entry;
}

WorkspaceEntry WorkspaceStore::save(WorkspaceEntry entry)
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->remove(group + u'/' + entry.id);
    m_settings->beginGroup(group + u'/' + entry.id);
    m_settings->setValue(u"name"_s, entry.name);
    m_settings->setValue(u"host"_s, entry.host);
    m_settings->setValue(u"auth"_s, WorkspaceEntry::authMethodName(entry.authMethod));
    if (!entry.profile.isEmpty())
        m_settings->setValue(u"profile"_s, entry.profile);
    if (!entry.clientId.isEmpty())
        m_settings->setValue(u"client_id"_s, entry.clientId);
    if (!entry.confirmedSignInHosts.isEmpty())
        m_settings->setValue(u"confirmed_sign_in_hosts"_s, entry.confirmedSignInHosts);
    if (entry.sessionOnlySecret)
        m_settings->setValue(u"session_only_secret"_s, true);
    if (entry.lastUsed.isValid())
        m_settings->setValue(u"last_used"_s, entry.lastUsed);
    m_settings->endGroup();
    sync();
    emit changed();
    return entry;
}

void WorkspaceStore::remove(const QString &id)
{
    m_settings->remove(group + u'/' + id);
    QStringList open = openWorkspaceIds();
    if (open.removeAll(id) > 0)
        m_settings->setValue(u"session/open"_s, open);
    if (lastUsedId() == id)
        m_settings->remove(u"session/last_used"_s);
    sync();
    emit changed();
}

void WorkspaceStore::markUsed(const QString &id)
{
    if (contains(id))
        m_settings->setValue(group + u'/' + id + u"/last_used"_s, QDateTime::currentDateTimeUtc());
    m_settings->setValue(u"session/last_used"_s, id);
    sync();
}

QString WorkspaceStore::lastUsedId() const
{
    return m_settings->value(u"session/last_used"_s).toString();
}

QStringList WorkspaceStore::openWorkspaceIds() const
{
    return m_settings->value(u"session/open"_s).toStringList();
}

void WorkspaceStore::setOpenWorkspaceIds(const QStringList &ids)
{
    m_settings->setValue(u"session/open"_s, ids);
    sync();
}

QString WorkspaceStore::settingsFileName() const
{
    return m_settings->fileName();
}

void WorkspaceStore::sync()
{
    m_settings->sync();
    const QString file = m_settings->fileName();
    if (QFile::exists(file))
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace brickdesk
