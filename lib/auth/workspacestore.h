#pragma once

#include "auth/workspaceentry.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QSettings;

namespace brickdesk {

// Brickdesk's own workspaces in QSettings (group "workspaces"), WITHOUT secrets, plus which
// ones were open and which was used last (reopened on start).
class WorkspaceStore final : public QObject
{
    Q_OBJECT
public:
    // settingsFile empty: the application's default QSettings.
    explicit WorkspaceStore(const QString &settingsFile = {}, QObject *parent = nullptr);
    ~WorkspaceStore() override;

    QList<WorkspaceEntry> workspaces() const;
    WorkspaceEntry workspace(const QString &id) const;
    bool contains(const QString &id) const;

    // Adds or replaces (by id; a new id is generated when empty). Returns the stored entry.
    WorkspaceEntry save(WorkspaceEntry entry);
    void remove(const QString &id);

    void markUsed(const QString &id);
    QString lastUsedId() const;
    QStringList openWorkspaceIds() const;
    void setOpenWorkspaceIds(const QStringList &ids);

    QString settingsFileName() const;
    // Writes the settings out. The file names the user's workspaces, their hosts and client
    // ids: it is kept readable by the user only (a rewrite keeps the file's permissions).
    void sync();

signals:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace brickdesk
