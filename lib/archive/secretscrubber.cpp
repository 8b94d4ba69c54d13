#include "secretscrubber.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <array>
#include <string_view>

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

bool SecretScrubber::mayHoldSecret(QByteArrayView json)
{
    // Each word isSecretName() knows (password, passwd, passphrase, pwd, secret(s), token(s),
    // credential(s), authorization, cookie, sas and the *key* ones) holds one of the first
    // nine; each pattern of looksLikeSecret() holds one of the others.
    static constexpr std::string_view needles[] {"pass", "pwd", "secret", "token", "credential",
        "authorization", "cookie", "sas", "key", "dapi", "dose", "eyj", "earer", "akia", "asia", "://"};
    static const std::array<bool, 256> starts = [] {
        std::array<bool, 256> table {};
        for (const std::string_view needle : needles)
            table[static_cast<unsigned char>(needle.front())] = true;
        return table;
    }();
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = lower(json[i]);
        if (c == '\\' || (static_cast<unsigned char>(c) & 0x80))
            return true;
        if (!starts[static_cast<unsigned char>(c)])
            continue;
        for (const std::string_view needle : needles) {
            if (needle.front() != c || json.size() - i < qsizetype(needle.size()))
                continue;
            bool equal = true;
            for (std::size_t k = 1; k < needle.size() && equal; ++k)
                equal = lower(json[i + qsizetype(k)]) == needle[k];
            if (equal)
                return true;
        }
    }
    return false;
}

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
    // Cheap screen first, in one pass: every pattern needs one of these (most strings have none).
    static const std::array<QStringView, 8> hints {
        u"dapi", u"dose", u"eyJ", u"earer", u"EARER", u"AKIA", u"ASIA", u"://"};
    if (text.size() < 8)
        return false;
    bool hinted = false;
    const QStringView view(text);
    for (qsizetype i = 0; i < view.size() && !hinted; ++i) {
        const char16_t c = view.at(i).unicode();
        if (c != u'd' && c != u'e' && c != u'E' && c != u'A' && c != u':')
            continue;
        for (const QStringView hint : hints) {
            if (hint.front() == c && view.sliced(i).startsWith(hint)) {
                hinted = true;
                break;
            }
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

// Every change is a redaction, counted: a container whose count did not move is returned
// as it came (shared, not copied), which is what nearly every event and setting is.
QJsonValue SecretScrubber::scrub(const QJsonValue &value, int *redactions)
{
    int n = 0;
    QJsonValue out = value;
    switch (value.type()) {
    case QJsonValue::Object:
        out = scrub(value.toObject(), &n);
        break;
    case QJsonValue::Array: {
        const QJsonArray in = value.toArray();
        QJsonArray changed;
        for (qsizetype i = 0; i < in.size(); ++i) {
            const int before = n;
            const QJsonValue item = scrub(in.at(i), &n);
            if (n == before)
                continue;
            if (changed.isEmpty())
                changed = in;
            changed.replace(i, item);
        }
        if (n > 0)
            out = changed;
        break;
    }
    case QJsonValue::String:
        out = scrubText(value.toString(), &n);
        break;
    default:
        break;
    }
    if (redactions)
        *redactions += n;
    return n > 0 ? out : value;
}

QJsonObject SecretScrubber::scrub(const QJsonObject &object, int *redactions)
{
    int n = 0;
    QJsonObject out = object; // written (and so copied) only on a first redaction
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (isSecretName(it.key()) && (v.isString() || v.isDouble())) {
            if (!(v.isString() && v.toString().isEmpty())) {
                out.insert(it.key(), redacted());
                ++n;
            }
            continue;
        }
        if (isSecretName(it.key()) && (v.isObject() || v.isArray())) {
            out.insert(it.key(), redacted());
            ++n;
            continue;
        }
        if (v.isObject() || v.isArray() || v.isString()) {
            const int before = n;
            const QJsonValue scrubbed = scrub(v, &n);
            if (n != before)
                out.insert(it.key(), scrubbed);
        }
    }
    // Parameters are {name, default/value} pairs: a parameter named like a secret is one.
    const QString name = out.value(u"name"_s).toString();
    if (!name.isEmpty() && isSecretName(name)) {
        for (const QString &field : {u"default"_s, u"value"_s}) {
            if (out.contains(field) && out.value(field).toString() != redacted()) {
                out.insert(field, redacted());
                ++n;
            }
        }
    }
    if (redactions)
        *redactions += n;
    return out;
}

} // namespace brickdesk
