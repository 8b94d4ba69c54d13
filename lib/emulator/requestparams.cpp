#include "requestparams.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

RequestParams::RequestParams(const EmulatorRequest &request)
    : m_isGet(request.method == "GET" || request.method == "HEAD" || request.method == "DELETE")
    , m_request(request)
{
    if (m_isGet || request.body.trimmed().isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(EmulatorResponse::malformed(u"Could not parse request object: %1"_s.arg(
            error.error != QJsonParseError::NoError ? error.errorString() : u"expected a JSON object"_s)));
        return;
    }
    m_body = doc.object();
}

bool RequestParams::has(const QString &key) const
{
    return m_isGet ? m_request.hasQueryItem(key) : (m_body.contains(key) && !m_body.value(key).isNull());
}

std::optional<qint64> RequestParams::integer(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    if (m_isGet) {
        bool ok = false;
        const qint64 v = m_request.queryValue(key).toLongLong(&ok);
        if (!ok) {
            invalid(u"Invalid value for parameter %1: '%2' is not an integer"_s.arg(
                key, m_request.queryValue(key)));
            return std::nullopt;
        }
        return v;
    }
    const QJsonValue v = m_body.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != double(v.toInteger())) {
            fail(EmulatorResponse::malformed(
                u"Could not parse request object: Expected an integer for '%1'"_s.arg(key)));
            return std::nullopt;
        }
        return v.toInteger();
    }
    if (v.isString()) { // proto3 JSON accepts int64 as a string
        bool ok = false;
        const qint64 i = v.toString().toLongLong(&ok);
        if (ok)
            return i;
    }
    fail(EmulatorResponse::malformed(
        u"Could not parse request object: Expected an integer for '%1'"_s.arg(key)));
    return std::nullopt;
}

qint64 RequestParams::requiredInteger(const QString &key)
{
    if (!has(key)) {
        invalid(u"Missing required field: %1"_s.arg(key));
        return 0;
    }
    return integer(key).value_or(0);
}

std::optional<bool> RequestParams::boolean(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    if (m_isGet) {
        const QString s = m_request.queryValue(key).toLower();
        if (s == u"true"_s || s == u"1"_s)
            return true;
        if (s == u"false"_s || s == u"0"_s)
            return false;
        invalid(u"Invalid value for parameter %1: '%2' is not a boolean"_s.arg(key, s));
        return std::nullopt;
    }
    const QJsonValue v = m_body.value(key);
    if (!v.isBool()) {
        fail(EmulatorResponse::malformed(
            u"Could not parse request object: Expected a boolean for '%1'"_s.arg(key)));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QString> RequestParams::string(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    if (m_isGet)
        return m_request.queryValue(key);
    const QJsonValue v = m_body.value(key);
    if (!v.isString()) {
        fail(EmulatorResponse::malformed(
            u"Could not parse request object: Expected a string for '%1'"_s.arg(key)));
        return std::nullopt;
    }
    return v.toString();
}

QStringList RequestParams::strings(const QString &key)
{
    if (m_isGet)
        return m_request.queryValues(key);
    if (!has(key))
        return {};
    const QJsonValue v = m_body.value(key);
    if (!v.isArray()) {
        fail(EmulatorResponse::malformed(
            u"Could not parse request object: Expected an array for '%1'"_s.arg(key)));
        return {};
    }
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a) {
        if (!item.isString()) {
            fail(EmulatorResponse::malformed(
                u"Could not parse request object: Expected strings in '%1'"_s.arg(key)));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

std::optional<QJsonObject> RequestParams::object(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_body.value(key);
    if (!v.isObject()) {
        fail(EmulatorResponse::malformed(
            u"Could not parse request object: Expected an object for '%1'"_s.arg(key)));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> RequestParams::array(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_body.value(key);
    if (!v.isArray()) {
        fail(EmulatorResponse::malformed(
            u"Could not parse request object: Expected an array for '%1'"_s.arg(key)));
        return std::nullopt;
    }
    return v.toArray();
}

} // namespace brickdesk::emulator
