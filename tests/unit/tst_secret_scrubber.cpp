// SecretScrubber: what is named or shaped like a secret is redacted wherever it sits (objects
// in arrays in objects, strings in arrays, parameters named like secrets), each redaction is
// counted, and everything else comes back exactly as it was, in its order.
#include "archive/secretscrubber.h"
#include "jsonfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <string>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return test::parseJsonObject(text);
}

// Shaped like a personal access token, built at run time and obviously fake.
const std::string pat = "dapi" + QByteArray("0bad").repeated(8).toStdString();

} // namespace

class TestSecretScrubber final : public QObject
{
    Q_OBJECT

private slots:
    void cleanInputComesBackUnchanged()
    {
        const QJsonObject in = json(
            "{\"task_key\":\"ingest\",\"tokenizer_path\":\"/dbfs/t\","
            "\"tasks\":[{\"notebook_task\":{\"base_parameters\":{\"date\":\"2026-12-01\"}}},3,\"plain\",[1,["
            "2]]],"
            "\"spark_conf\":{\"spark.sql.shuffle.partitions\":\"8\"},\"url\":\"https://example.com/a\"}");
        int redactions = 0;
        QCOMPARE(SecretScrubber::scrub(in, &redactions), in);
        QCOMPARE(redactions, 0);
        QCOMPARE(SecretScrubber::scrub(QJsonValue(in.value(u"tasks"_s)), &redactions), in.value(u"tasks"_s));
        QCOMPARE(redactions, 0);
    }

    void secretsAreRedactedWhereverTheySit()
    {
        const QJsonObject in = json(
            (std::string(
                 "{\"name\":\"job\",\"tasks\":["
                 "{\"task_key\":\"a\",\"spark_env_vars\":{\"DB_PASSWORD\":\"hunter2\",\"PATH\":\"/bin\"}},"
                 "{\"task_key\":\"b\",\"args\":[\"--verbose\",\"")
                + pat
                + "\",\"--x\"]},"
                  "\"kept\","
                  "{\"task_key\":\"c\",\"credentials\":{\"user\":\"u\"}}],"
                  "\"parameters\":[{\"name\":\"api_token\",\"default\":\"abc\"},{\"name\":\"date\","
                  "\"default\":\"d\"}],"
                  "\"url\":\"https://user:pw@example.com/x\",\"empty_secret\":\"\"}")
                .c_str());
        int redactions = 0;
        const QJsonObject out = SecretScrubber::scrub(in, &redactions);
        const QJsonArray tasks = out.value(u"tasks"_s).toArray();
        QCOMPARE(tasks.size(), 4);
        const QJsonObject env = tasks.at(0).toObject().value(u"spark_env_vars"_s).toObject();
        QCOMPARE(env.value(u"DB_PASSWORD"_s).toString(), SecretScrubber::redacted());
        QCOMPARE(env.value(u"PATH"_s).toString(), u"/bin"_s);
        QCOMPARE(tasks.at(1).toObject().value(u"args"_s).toArray(),
            QJsonArray({u"--verbose"_s, SecretScrubber::redacted(), u"--x"_s}));
        QCOMPARE(tasks.at(2).toString(), u"kept"_s);
        QCOMPARE(tasks.at(3).toObject().value(u"credentials"_s).toString(), SecretScrubber::redacted());
        QCOMPARE(tasks.at(3).toObject().value(u"task_key"_s).toString(), u"c"_s);
        const QJsonArray parameters = out.value(u"parameters"_s).toArray();
        QCOMPARE(parameters.at(0).toObject().value(u"default"_s).toString(), SecretScrubber::redacted());
        QCOMPARE(parameters.at(1).toObject().value(u"default"_s).toString(), u"d"_s);
        QCOMPARE(out.value(u"url"_s).toString(), u"https://[redacted]@example.com/x"_s);
        QCOMPARE(out.value(u"empty_secret"_s).toString(), QString()); // nothing to hide
        QCOMPARE(out.value(u"name"_s).toString(), u"job"_s);
        QCOMPARE(redactions, 5);
        // Nothing of it is left in the text, and scrubbing again changes nothing.
        const QByteArray text = QJsonDocument(out).toJson(QJsonDocument::Compact);
        QVERIFY(!text.contains("hunter2"));
        QVERIFY(!text.contains(pat.c_str()));
        QVERIFY(!text.contains(":pw@"));
        int again = 0;
        QCOMPARE(SecretScrubber::scrub(out, &again), out);
    }

    void secretReferencesAreNotSecrets()
    {
        const QJsonObject in = json("{\"spark_env_vars\":{\"KEY\":\"{{secrets/scope/key}}\"}}");
        int redactions = 0;
        QCOMPARE(SecretScrubber::scrub(in, &redactions), in);
        QCOMPARE(redactions, 0);
    }

    void textHintsAreFoundAnywhereInAString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("secret");
        QTest::newRow("a token at the end") << u"export X="_s + QString::fromStdString(pat) << true;
        QTest::newRow("a bearer header") << u"curl -H 'Authorization: Bearer abcdefgh12345678'"_s << true;
        QTest::newRow("an AWS key id") << u"key AKIAABCDEFGHIJKLMNOP used"_s << true;
        QTest::newRow("a JWT") << u"t=eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.sig"_s << true;
        QTest::newRow("hints without a secret") << u"dapi dose eyJ earer AKIA ASIA ://"_s << false;
        QTest::newRow("plain") << u"a perfectly ordinary sentence"_s << false;
        QTest::newRow("short") << u"dapi"_s << false;
    }

    void textHintsAreFoundAnywhereInAString()
    {
        QFETCH(QString, text);
        QFETCH(bool, secret);
        QCOMPARE(SecretScrubber::looksLikeSecret(text), secret);
    }

    // The screen may answer true for clean JSON (it only saves a walk), never false for JSON
    // that scrub() changes: every name and value below, alone, nested, and as a parameter.
    void theScreenPassesAllThatScrubChanges()
    {
        const QStringList names {u"password"_s, u"DB_PASSWD"_s, u"passPhrase"_s, u"PWD"_s, u"client_secret"_s,
            u"secrets"_s, u"apiToken"_s, u"TOKENS"_s, u"credential"_s, u"Authorization"_s, u"cookie"_s,
            u"sas"_s, u"api_key"_s, u"privateKey"_s, u"ACCESS-KEYS"_s, u"signing.key"_s, u"accountKey"_s,
            u"apikey"_s, u"api\u212Aey"_s /* a Kelvin sign: lower-cases to k */, u"task_key"_s,
            u"tokenizer"_s, u"user"_s, u"cause"_s, u"name"_s, u"t\u006fken"_s};
        const QStringList values {u"hunter2"_s, QString::fromStdString(pat), u"Bearer abcdefgh12345678"_s,
            u"bEaReR abcdefgh12345678"_s, u"AKIAABCDEFGHIJKLMNOP"_s,
            u"eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.sig"_s, u"https://user:pw@example.com/x"_s,
            u"doseABCDEFGHIJKLMNOPQRSTUV"_s, u"plain words"_s, u"42"_s};
        int changed = 0;
        for (const QString &name : names) {
            for (const QString &value : values) {
                const QString key
                    = QJsonDocument::fromJson("[\"" + name.toUtf8() + "\"]").array().at(0).toString();
                QVERIFY2(!key.isEmpty(), qPrintable(name));
                const QJsonObject one {{key, value}};
                const QJsonObject number {{key, 7}};
                const QJsonObject nested {{u"a"_s, QJsonArray {1, QJsonObject {{u"b"_s, one}}, value}}};
                const QJsonObject parameter {{u"name"_s, key}, {u"default"_s, u"x"_s}};
                for (const QJsonObject &in : {one, number, nested, parameter}) {
                    if (SecretScrubber::scrub(in) == in)
                        continue;
                    ++changed;
                    const QByteArray bytes = QJsonDocument(in).toJson(QJsonDocument::Compact);
                    QVERIFY2(SecretScrubber::mayHoldSecret(bytes), bytes.constData());
                }
            }
        }
        QVERIFY(changed > 300); // the cases above do reach the screen's every word
        // What cluster events hold passes without a walk.
        for (const char *details :
            {"{\"details\":{\"cause\":\"AUTOSCALE\",\"current_num_workers\":2,\"target_num_workers\":8}}",
                "{\"details\":{\"reason\":{\"code\":\"INACTIVITY\",\"type\":\"SUCCESS\","
                "\"parameters\":{\"inactivity_duration_min\":\"120\"}}}}",
                "{\"details\":{\"user\":\"ana@example.com\"}}"})
            QVERIFY2(!SecretScrubber::mayHoldSecret(details), details);
    }
};

QTEST_GUILESS_MAIN(TestSecretScrubber)
#include "tst_secret_scrubber.moc"
