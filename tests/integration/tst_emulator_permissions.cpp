// The emulator's identity and access endpoints over loopback HTTP: SCIM Me (whom the token
// belongs to) and job permissions (GET/PUT/PATCH /api/2.0/permissions/jobs/{id}), raw and
// through the typed client call JobsApi::getPermissions.
#include "api/apireply.h"
#include "api/connection.h"
#include "api/jobsapi.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "httptestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using brickdesk::ApiError;
using brickdesk::ApiReply;
using brickdesk::Connection;
using brickdesk::StaticTokenProvider;
using brickdesk::test::EmulatorFixture;
using brickdesk::test::HttpTestClient;

class TestEmulatorPermissions final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpTestClient> m_http;

    HttpTestClient::Reply permissions(
        qint64 jobId, const QByteArray &method = "GET", const QJsonObject &body = {})
    {
        return m_http->send(method, u"/api/2.0/permissions/jobs/%1"_s.arg(jobId), {},
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // The first seeded job not owned by the caller whose permissions answer `status`.
    qint64 foreignJobAnswering(int status)
    {
        for (qint64 id : m_fixture->emulator().jobIds()) {
            const QJsonObject job = m_fixture->emulator().job(id);
            if (job.value(u"creator_user_name").toString() == m_fixture->emulator().userName())
                continue;
            if (permissions(id).status == status)
                return id;
        }
        return 0;
    }
    static QJsonObject entryOf(const QJsonObject &permissions, const QString &key, const QString &name)
    {
        for (const QJsonValue &value : permissions.value(u"access_control_list").toArray()) {
            if (value.toObject().value(key).toString() == name)
                return value.toObject();
        }
        return {};
    }
    static QString levelOf(const QJsonObject &entry)
    {
        return entry.value(u"all_permissions")
            .toArray()
            .first()
            .toObject()
            .value(u"permission_level")
            .toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<EmulatorFixture>();
        m_http = std::make_unique<HttpTestClient>(m_fixture->url(), m_fixture->token());
    }

    void meIsTheTokensUserAndACreatorOfSeededJobs()
    {
        const auto reply = m_http->get(u"/api/2.0/preview/scim/v2/Me"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject me = reply.json;
        QVERIFY(me.value(u"schemas").toArray().contains(u"urn:ietf:params:scim:schemas:core:2.0:User"_s));
        QVERIFY(!me.value(u"id").toString().isEmpty());
        const QString userName = me.value(u"userName").toString();
        QCOMPARE(userName, m_fixture->emulator().userName());
        QCOMPARE(me.value(u"displayName").toString(), u"Ana Souza"_s);
        QCOMPARE(me.value(u"active").toBool(), true);
        const QJsonObject email = me.value(u"emails").toArray().first().toObject();
        QCOMPARE(email.value(u"value").toString(), userName);
        QCOMPARE(email.value(u"primary").toBool(), true);
        QStringList groups;
        for (const QJsonValue &g : me.value(u"groups").toArray()) {
            groups << g.toObject().value(u"display").toString();
            QVERIFY(!g.toObject().value(u"value").toString().isEmpty());
        }
        QVERIFY(groups.contains(u"users"_s));

        // "Mine" means something: some, not all, seeded jobs are the user's.
        int mine = 0;
        const QList<qint64> ids = m_fixture->emulator().jobIds();
        for (qint64 id : ids)
            mine += m_fixture->emulator().job(id).value(u"creator_user_name").toString() == userName;
        QVERIFY2(mine > 0 && mine < ids.size(), qPrintable(QString::number(mine)));
    }

    void meNeedsAToken()
    {
        const auto reply = m_http->send(
            "GET", u"/api/2.0/preview/scim/v2/Me"_s, {}, {}, "application/json", "Bearer not-a-token");
        QCOMPARE(reply.status, 403);
    }

    void ownerReadsThePermissionsOfTheirJob()
    {
        const QString me = m_fixture->emulator().userName();
        qint64 jobId = 0;
        for (qint64 id : m_fixture->emulator().jobIds()) {
            if (m_fixture->emulator().job(id).value(u"creator_user_name").toString() == me) {
                jobId = id;
                break;
            }
        }
        QVERIFY(jobId);
        const auto reply = permissions(jobId);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"object_id").toString(), u"/jobs/%1"_s.arg(jobId));
        QCOMPARE(reply.json.value(u"object_type").toString(), u"job"_s);
        const QJsonObject owner = entryOf(reply.json, u"user_name"_s, me);
        QCOMPARE(levelOf(owner), u"IS_OWNER"_s);
        QCOMPARE(
            owner.value(u"all_permissions").toArray().first().toObject().value(u"inherited").toBool(), false);
        const QJsonObject admins = entryOf(reply.json, u"group_name"_s, u"admins"_s);
        const QJsonObject inherited = admins.value(u"all_permissions").toArray().first().toObject();
        QCOMPARE(inherited.value(u"permission_level").toString(), u"CAN_MANAGE"_s);
        QCOMPARE(inherited.value(u"inherited").toBool(), true);
        QCOMPARE(inherited.value(u"inherited_from_object").toArray(), QJsonArray {u"/jobs/"_s});
        // Every level is one the API documents.
        const QStringList known {u"CAN_VIEW"_s, u"CAN_MANAGE_RUN"_s, u"CAN_MANAGE"_s, u"IS_OWNER"_s};
        for (const QJsonValue &value : reply.json.value(u"access_control_list").toArray())
            QVERIFY(known.contains(levelOf(value.toObject())));
    }

    void someForeignJobsAreReadableAndSomeAreNot()
    {
        const qint64 readable = foreignJobAnswering(200);
        QVERIFY(readable);
        const qint64 denied = foreignJobAnswering(403);
        QVERIFY(denied);
        const auto reply = permissions(denied);
        QCOMPARE(reply.json.value(u"error_code").toString(), u"PERMISSION_DENIED"_s);
    }

    void unknownJobIsResourceDoesNotExist()
    {
        const auto reply = permissions(42);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json.value(u"error_code").toString(), u"RESOURCE_DOES_NOT_EXIST"_s);
        QCOMPARE(m_http->get(u"/api/2.0/permissions/jobs/not-a-number"_s).status, 404);
    }

    void patchAddsAndPutReplacesDirectPermissions()
    {
        // A job the caller owns (created through the API).
        const auto created = m_http->post(u"/api/2.2/jobs/create"_s,
            QJsonObject {{u"name"_s, u"acl_test"_s},
                {u"tasks"_s,
                    QJsonArray {QJsonObject {{u"task_key"_s, u"t"_s},
                        {u"existing_cluster_id"_s, m_fixture->emulator().clusterIds().first()},
                        {u"notebook_task"_s, QJsonObject {{u"notebook_path"_s, u"/x"_s}}}}}}});
        QCOMPARE(created.status, 200);
        const qint64 jobId = created.json.value(u"job_id").toInteger();

        const QJsonObject grant {{u"access_control_list"_s,
            QJsonArray {QJsonObject {{u"user_name"_s, u"ben.carter@example.com"_s},
                {u"permission_level"_s, u"CAN_MANAGE_RUN"_s}}}}};
        auto reply = permissions(jobId, "PATCH", grant);
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            levelOf(entryOf(reply.json, u"user_name"_s, u"ben.carter@example.com"_s)), u"CAN_MANAGE_RUN"_s);
        QCOMPARE(
            levelOf(entryOf(reply.json, u"user_name"_s, m_fixture->emulator().userName())), u"IS_OWNER"_s);
        QCOMPARE(permissions(jobId).json, reply.json);

        reply = permissions(jobId, "PUT",
            QJsonObject {{u"access_control_list"_s,
                QJsonArray {QJsonObject {
                    {u"group_name"_s, u"analytics"_s}, {u"permission_level"_s, u"CAN_VIEW"_s}}}}});
        QCOMPARE(reply.status, 200);
        QVERIFY(entryOf(reply.json, u"user_name"_s, u"ben.carter@example.com"_s).isEmpty());
        QCOMPARE(levelOf(entryOf(reply.json, u"group_name"_s, u"analytics"_s)), u"CAN_VIEW"_s);
        // The owner stays.
        QCOMPARE(
            levelOf(entryOf(reply.json, u"user_name"_s, m_fixture->emulator().userName())), u"IS_OWNER"_s);

        reply = permissions(jobId, "PATCH",
            QJsonObject {{u"access_control_list"_s,
                QJsonArray {QJsonObject {
                    {u"user_name"_s, u"x@example.com"_s}, {u"permission_level"_s, u"CAN_FLY"_s}}}}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error_code").toString(), u"INVALID_PARAMETER_VALUE"_s);
    }

    void createWithAccessControlListSetsDirectPermissions()
    {
        const auto created = m_http->post(u"/api/2.2/jobs/create"_s,
            QJsonObject {{u"name"_s, u"acl_on_create"_s},
                {u"access_control_list"_s,
                    QJsonArray {QJsonObject {
                        {u"group_name"_s, u"finance"_s}, {u"permission_level"_s, u"CAN_MANAGE_RUN"_s}}}}});
        QCOMPARE(created.status, 200);
        const qint64 jobId = created.json.value(u"job_id").toInteger();
        // Not a setting.
        QVERIFY(
            !m_fixture->emulator().job(jobId).value(u"settings").toObject().contains(u"access_control_list"));
        const auto reply = permissions(jobId);
        QCOMPARE(reply.status, 200);
        QCOMPARE(levelOf(entryOf(reply.json, u"group_name"_s, u"finance"_s)), u"CAN_MANAGE_RUN"_s);
        QCOMPARE(
            levelOf(entryOf(reply.json, u"user_name"_s, m_fixture->emulator().userName())), u"IS_OWNER"_s);
    }

    void changedPermissionsSurviveARestartWithState()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto options = EmulatorFixture::smallOptions();
        options.stateFile = dir.filePath(u"state.json"_s);
        const QJsonObject grant {{u"access_control_list"_s,
            QJsonArray {QJsonObject {
                {u"user_name"_s, u"omar.farouk@example.com"_s}, {u"permission_level"_s, u"CAN_VIEW"_s}}}}};
        qint64 jobId = 0;
        {
            EmulatorFixture first(options);
            HttpTestClient http(first.url(), first.token());
            const QString me = first.emulator().userName();
            for (qint64 id : first.emulator().jobIds()) {
                if (first.emulator().job(id).value(u"creator_user_name").toString() == me) {
                    jobId = id;
                    break;
                }
            }
            QVERIFY(jobId);
            QCOMPARE(http.send("PATCH", u"/api/2.0/permissions/jobs/%1"_s.arg(jobId), {},
                             QJsonDocument(grant).toJson(QJsonDocument::Compact))
                         .status,
                200);
        }
        EmulatorFixture second(options);
        HttpTestClient http(second.url(), second.token());
        const auto reply = http.get(u"/api/2.0/permissions/jobs/%1"_s.arg(jobId));
        QCOMPARE(reply.status, 200);
        QCOMPARE(levelOf(entryOf(reply.json, u"user_name"_s, u"omar.farouk@example.com"_s)), u"CAN_VIEW"_s);
    }

    void clientGetPermissionsGivesTheAclOrPermissionDenied()
    {
        Connection connection(m_fixture->url(), std::make_shared<StaticTokenProvider>(m_fixture->token()));
        const qint64 readable = foreignJobAnswering(200);
        const qint64 denied = foreignJobAnswering(403);
        QVERIFY(readable && denied);

        std::unique_ptr<ApiReply> ok(connection.jobs().getPermissions(readable));
        ok->setAutoDelete(false);
        QSignalSpy okSpy(ok.get(), &ApiReply::finished);
        QVERIFY(okSpy.wait(10000));
        QVERIFY(!ok->hasError());
        QCOMPARE(ok->json().value(u"object_id").toString(), u"/jobs/%1"_s.arg(readable));
        QVERIFY(!ok->json().value(u"access_control_list").toArray().isEmpty());

        std::unique_ptr<ApiReply> no(connection.jobs().getPermissions(denied));
        no->setAutoDelete(false);
        QSignalSpy noSpy(no.get(), &ApiReply::finished);
        QVERIFY(noSpy.wait(10000));
        QCOMPARE(noSpy.size(), 1);
        QCOMPARE(no->error().kind(), ApiError::Kind::PermissionDenied);
        QCOMPARE(no->error().errorCode(), u"PERMISSION_DENIED"_s);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorPermissions)
#include "tst_emulator_permissions.moc"
