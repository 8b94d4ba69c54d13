#pragma once

#include "emulatorrequest.h"
#include "emulatorresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace brickdesk::emulator {

// Typed access to a request's parameters: the query string of a GET, the JSON body of a POST.
// The first problem is remembered and turned into the service's error body: a malformed
// body or wrong JSON type is 400 MALFORMED_REQUEST, a bad value 400 INVALID_PARAMETER_VALUE.
class RequestParams final
{
public:
    explicit RequestParams(const EmulatorRequest &request);

    bool failed() const { return m_error.has_value(); }
    EmulatorResponse error() const { return *m_error; }
    void fail(const EmulatorResponse &response)
    {
        if (!m_error)
            m_error = response;
    }
    void invalid(const QString &message) { fail(EmulatorResponse::invalidParameter(message)); }

    const QJsonObject &body() const { return m_body; }
    bool has(const QString &key) const;
    std::optional<qint64> integer(const QString &key);
    qint64 requiredInteger(const QString &key);
    std::optional<bool> boolean(const QString &key);
    std::optional<QString> string(const QString &key);
    QStringList strings(const QString &key); // repeated query items or a JSON array
    std::optional<QJsonObject> object(const QString &key); // POST only
    std::optional<QJsonArray> array(const QString &key); // POST only

private:
    bool m_isGet = true;
    QJsonObject m_body;
    EmulatorRequest m_request;
    std::optional<EmulatorResponse> m_error;
};

} // namespace brickdesk::emulator
