#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace brickdesk {

// Removes what looks like a secret from JSON before it is written to disk. Job settings,
// cluster configurations and runs carry user text (parameters, Spark configuration,
// environment variables) where people paste tokens and passwords; the archive must never
// keep them (nor would an export of it).
//
// A value is replaced by redacted() when its field is named like a secret (password, secret,
// token, credential, api_key, private_key, ...: the name's words, so `tokenizer_path` stays)
// or when the string itself looks like one: a Databricks personal access token (`dapi` + 32
// hex digits), an OAuth secret (`dose...`), a JWT, a `Bearer ...` header value, an AWS
// secret pair's access key id, or an http(s) URL with a password in it. References to a
// secret scope (`{{secrets/scope/key}}`) are not secrets and are kept.
class SecretScrubber final
{
public:
    static QString redacted(); // "[redacted]"

    static QJsonObject scrub(const QJsonObject &object, int *redactions = nullptr);
    static QJsonValue scrub(const QJsonValue &value, int *redactions = nullptr);

    // False only when scrub() would change nothing in the JSON these bytes were written from
    // by QJsonDocument: no name or string holds a secret word's or pattern's letters in any
    // case (ASCII only: anything else, or an escape, may hide one). A screen that skips the
    // walk for the JSON of nearly every event, which holds none.
    static bool mayHoldSecret(QByteArrayView json);

    static bool isSecretName(const QString &fieldName);
    static bool looksLikeSecret(const QString &text);
    // The text with every secret-looking token inside it replaced (for free text such as a
    // run's error message, which may quote a command line).
    static QString scrubText(const QString &text, int *redactions = nullptr);

private:
    static bool isSecretNameUncached(const QString &fieldName);
};

} // namespace brickdesk
