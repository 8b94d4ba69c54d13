#include "secretscrubber.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// Words that make a field name a secret's. Matched against the name's words (split on `_`,
// `-`, `.`, and camelCase), so `token` matches `access_token` and `apiToken` but not
// `tokenizer`; `key` alone is too common (task_key, environment_key) and only counts after
// `api`, `private`, `secret`, `access` or `account`.
bool isSecretWord(const QString &word)
{
    static const QStringList words {u"password"_s, u"passwd"_s, u"pwd"_s, u"secret"_s, u"secrets"_s,
        u"token"_s, u"tokens"_s, u"credential"_s, u"credentials"_s, u"passphrase"_s, u"authorization"_s,
        u"cookie"_s, u"sas"_s};
    return words.contains(word);
}

QStringList nameWords(const QString &name)
{
    QString spaced;
    spaced.reserve(name.size() + 4);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper() && i > 0 && name.at(i - 1).isLower())
            spaced += u' ';
        spaced += (c == u'_' || c == u'-' || c == u'.' || c == u'/') ? QChar(u' ') : c.toLower();
    }
    return spaced.split(u' ', Qt::SkipEmptyParts);
}

const QRegularExpression &secretPattern()
{
    // dapi + 32 hex (PAT), dose... (OAuth client secret), JWTs, Bearer values, AWS access key
    // ids, user:password@ in a URL.
    static const QRegularExpression pattern(
        uR"((dapi[0-9a-f]{32}(-\d+)?)|(\bdose[0-9a-zA-Z]{20,})|(\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*))"
        uR"(|((?i)bearer\s+[A-Za-z0-9._~+/=-]{8,})|(\b(AKIA|ASIA)[0-9A-Z]{16}\b))"
        uR"(|((?<=://)[^/\s:@]+:[^/\s@]+(?=@)))"_s);
    return pattern;
}

} // namespace

QString SecretScrubber::redacted()
{
    return u"[redacted]"_s;
}

bool SecretScrubber::isSecretName(const QString &fieldName)
{
    // A few hundred distinct field names recur across millions of events: decide each once.
    thread_local QHash<QString, bool> known;
    if (const auto it = known.constFind(fieldName); it != known.constEnd())
        return *it;
    const bool secret = isSecretNameUncached(fieldName);
    if (known.size() < 10'000)
        known.insert(fieldName, secret);
    return secret;
}

bool SecretScrubber::isSecretNameUncached(const QString &fieldName)
{
    const QStringList words = nameWords(fieldName);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (isSecretWord(w))
            return true;
        if ((w == u"key"_s || w == u"keys"_s) && i > 0) {
            const QString &before = words.at(i - 1);
            if (before == u"api"_s || before == u"private"_s || before == u"secret"_s || before == u"access"_s
                || before == u"account"_s || before == u"signing"_s)
                return true;
        }
        if (w == u"apikey"_s || w == u"privatekey"_s || w == u"accesskey"_s)
            return true;
    }
    return false;
}

bool SecretScrubber::looksLikeSecret(const QString &text)
{
    // Cheap screen first: every pattern needs one of these (most strings have none).
    static const QStringList hints {
        u"dapi"_s, u"dose"_s, u"eyJ"_s, u"earer"_s, u"EARER"_s, u"AKIA"_s, u"ASIA"_s, u"://"_s};
    if (text.size() < 8)
        return false;
    bool hinted = false;
    for (const QString &hint : hints) {
        if (text.contains(hint)) {
            hinted = true;
            break;
        }
    }
    return hinted && secretPattern().match(text).hasMatch();
}

QString SecretScrubber::scrubText(const QString &text, int *redactions)
{
    if (!looksLikeSecret(text))
        return text;
    QString out = text;
    int n = 0;
    QRegularExpressionMatchIterator it = secretPattern().globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    for (qsizetype i = matches.size() - 1; i >= 0; --i) {
        out.replace(matches.at(i).capturedStart(), matches.at(i).capturedLength(), redacted());
        ++n;
    }
    if (redactions)
        *redactions += n;
    return out;
}

QJsonValue SecretScrubber::scrub(const QJsonValue &value, int *redactions)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return scrub(value.toObject(), redactions);
    case QJsonValue::Array: {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(scrub(item, redactions));
        return out;
    }
    case QJsonValue::String:
        return scrubText(value.toString(), redactions);
    default:
        return value;
    }
}

QJsonObject SecretScrubber::scrub(const QJsonObject &object, int *redactions)
{
    QJsonObject out = object;
    for (auto it = out.begin(); it != out.end(); ++it) {
        const QJsonValue v = it.value();
        if (isSecretName(it.key()) && (v.isString() || v.isDouble())) {
            if (!(v.isString() && v.toString().isEmpty())) {
                it.value() = redacted();
                if (redactions)
                    ++*redactions;
            }
            continue;
        }
        if (isSecretName(it.key()) && (v.isObject() || v.isArray())) {
            it.value() = redacted();
            if (redactions)
                ++*redactions;
            continue;
        }
        if (v.isObject() || v.isArray() || v.isString())
            it.value() = scrub(v, redactions);
    }
    // Parameters are {name, default/value} pairs: a parameter named like a secret is one.
    const QString name = out.value(u"name"_s).toString();
    if (!name.isEmpty() && isSecretName(name)) {
        for (const QString &field : {u"default"_s, u"value"_s}) {
            if (out.contains(field) && out.value(field).toString() != redacted()) {
                out.insert(field, redacted());
                if (redactions)
                    ++*redactions;
            }
        }
    }
    return out;
}

} // namespace brickdesk
