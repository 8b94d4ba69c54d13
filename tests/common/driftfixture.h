#pragma once

#include "api/connection.h"
#include "auth/memorysecretstore.h"
#include "auth/statictokenprovider.h"
#include "auth/workspacestore.h"
#include "emulatorfixture.h"
#include "services/workspaceset.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace brickdesk::test {

// Two emulated workspaces, "dev" and "prod", seeded alike, where one job has the same name in
// both (under different ids, so that only the name can match them) and differs in prod in
// exactly three ways: a task's notebook path, a parameter's default and a field Brickdesk does
// not know. What always differs between workspaces differs too (a bundle's deployment-state
// path) and must not be reported; an empty email_notifications in dev neither. Both are open
// in a WorkspaceSet (keys devKey() and prodKey()) whose saved workspaces live in a file of a
// temporary folder and whose keychain is in memory.
class DriftFixture final
{
public:
    DriftFixture()
    {
        // Jobs that run as their creators (the default), so that who they run as is no drift.
        const QList<qint64> devIds = runningAsCreator(m_dev);
        const QList<qint64> prodIds = runningAsCreator(m_prod);
        m_devJobId = devIds.first();
        m_prodJobId = prodIds.at(prodIds.size() / 2);
        m_dev.emulator().updateJobSettings(m_devJobId, devSettings());
        m_prod.emulator().updateJobSettings(m_prodJobId, prodSettings());
        m_devConnection
            = std::make_unique<Connection>(m_dev.url(), std::make_shared<StaticTokenProvider>(m_dev.token()));
        m_prodConnection = std::make_unique<Connection>(
            m_prod.url(), std::make_shared<StaticTokenProvider>(m_prod.token()));
        m_store = std::make_unique<WorkspaceStore>(m_dir.filePath(u"settings.ini"_s));
        m_set = std::make_unique<WorkspaceSet>(m_store.get(), &m_keychain, &m_sessionSecrets);
        m_devKey = m_set->addConnection(u"Dev"_s, m_devConnection.get());
        m_prodKey = m_set->addConnection(u"Prod"_s, m_prodConnection.get());
    }

    static QString jobName() { return u"Drift check: nightly ingest"_s; }

    static QJsonObject devSettings()
    {
        QJsonObject settings = common(u"/Repos/etl/report"_s, u"dev"_s);
        settings.insert(u"email_notifications"_s, QJsonObject {});
        settings.insert(u"deployment"_s,
            QJsonObject {{u"kind"_s, u"BUNDLE"_s},
                {u"metadata_file_path"_s, u"/Workspace/Users/ana/.bundle/etl/dev/state/metadata.json"_s}});
        return settings;
    }

    static QJsonObject prodSettings()
    {
        QJsonObject settings = common(u"/Repos/etl/report_v2"_s, u"prod"_s);
        settings.insert(u"x_future_setting"_s, QJsonObject {{u"mode"_s, u"fast"_s}});
        settings.insert(u"deployment"_s,
            QJsonObject {{u"kind"_s, u"BUNDLE"_s},
                {u"metadata_file_path"_s, u"/Workspace/Shared/.bundle/etl/prod/state/metadata.json"_s}});
        return settings;
    }

    // Exactly what a comparison of dev's job with prod's lists (JsonDiff's lines, in its order).
    static QStringList expectedDifferences()
    {
        return {u"parameters[env].default: \"dev\" → \"prod\""_s,
            u"tasks[report].notebook_task.notebook_path: \"/Repos/etl/report\" → \"/Repos/etl/report_v2\""_s,
            u"x_future_setting: added {\"mode\":\"fast\"}"_s};
    }

    // Gives prod a second job of the same name (prod's settings); returns its id.
    qint64 addNamesakeInProd()
    {
        const QList<qint64> ids = runningAsCreator(m_prod);
        const qint64 id = ids.first() == m_prodJobId ? ids.at(1) : ids.first();
        m_prod.emulator().updateJobSettings(id, prodSettings());
        return id;
    }

    // Renames every job of prod that has the name (none keeps it).
    void renameInProd(const QString &name)
    {
        const QList<qint64> ids = m_prod.emulator().jobIds();
        for (const qint64 id : ids) {
            QJsonObject settings = m_prod.emulator().job(id).value(u"settings"_s).toObject();
            if (settings.value(u"name"_s).toString() == jobName()) {
                settings.insert(u"name"_s, name);
                m_prod.emulator().updateJobSettings(id, settings);
            }
        }
    }

    EmulatorFixture &dev() { return m_dev; }
    // Signed in with each emulator's token.
    Connection *devConnection() const { return m_devConnection.get(); }
    Connection *prodConnection() const { return m_prodConnection.get(); }
    WorkspaceSet *set() const { return m_set.get(); }
    WorkspaceStore *store() const { return m_store.get(); }
    QString devKey() const { return m_devKey; }
    QString prodKey() const { return m_prodKey; }
    // A folder for files of the test (a ~/.databrickscfg...).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    EmulatorFixture &prod() { return m_prod; }
    qint64 devJobId() const { return m_devJobId; }
    qint64 prodJobId() const { return m_prodJobId; }

private:
    static QList<qint64> runningAsCreator(EmulatorFixture &fixture)
    {
        QList<qint64> ids;
        const QList<qint64> all = fixture.emulator().jobIds();
        for (const qint64 id : all) {
            const QJsonObject job = fixture.emulator().job(id);
            if (job.value(u"run_as_user_name"_s) == job.value(u"creator_user_name"_s))
                ids.append(id);
        }
        return ids;
    }

    static QJsonObject common(const QString &reportPath, const QString &env)
    {
        const QJsonArray tasks {
            QJsonObject {{u"task_key"_s, u"ingest"_s},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/Repos/etl/ingest"_s}}}},
            QJsonObject {{u"task_key"_s, u"report"_s},
                {u"depends_on"_s, QJsonArray {QJsonObject {{u"task_key"_s, u"ingest"_s}}}},
                {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, reportPath}}}},
        };
        const QJsonArray parameters {QJsonObject {{u"name"_s, u"env"_s}, {u"default"_s, env}},
            QJsonObject {{u"name"_s, u"date"_s}, {u"default"_s, u"today"_s}}};
        return QJsonObject {{u"name"_s, jobName()}, {u"tasks"_s, tasks}, {u"parameters"_s, parameters},
            {u"max_concurrent_runs"_s, 1}, {u"format"_s, u"MULTI_TASK"_s},
            {u"queue"_s, QJsonObject {{u"enabled"_s, true}}}};
    }

    QTemporaryDir m_dir;
    EmulatorFixture m_dev;
    EmulatorFixture m_prod;
    std::unique_ptr<Connection> m_devConnection;
    std::unique_ptr<Connection> m_prodConnection;
    std::unique_ptr<WorkspaceStore> m_store;
    MemorySecretStore m_keychain;
    MemorySecretStore m_sessionSecrets;
    std::unique_ptr<WorkspaceSet> m_set;
    QString m_devKey;
    QString m_prodKey;
    qint64 m_devJobId = 0;
    qint64 m_prodJobId = 0;
};

} // namespace brickdesk::test
