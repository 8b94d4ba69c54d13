#pragma once

#include "api/apierror.h"
#include "api/apireply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <utility>

namespace brickdesk {

// The outcome of a typed call: a value, or an ApiError (then the value is default-constructed).
template<typename T>
class ApiResult final
{
public:
    ApiResult(T value)
        : m_value(std::move(value))
    { }
    ApiResult(ApiError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.isError(); }
    const T &value() const { return m_value; }
    const ApiError &error() const { return m_error; }

private:
    T m_value {};
    ApiError m_error;
};

// A typed call in flight: the ApiReply of one endpoint plus the function that turns its JSON
// into a domain value, so that nothing above lib/api ever reads a reply's JSON. A cheap handle
// (copyable); the reply it wraps keeps the exactly-once, abortable semantics of ApiReply.
//
//     connection->jobs().getJob(id).then(this, [this](const ApiResult<Job> &job) { ... });
template<typename T>
class ApiCall final
{
public:
    using Parser = std::function<T(const QJsonObject &)>;

    ApiCall() = default;
    ApiCall(ApiReply *reply, Parser parse)
        : m_reply(reply)
        , m_parse(std::move(parse))
    { }

    // Calls `done` exactly once, from the event loop, with the value or the error; never after
    // `context` is destroyed. An aborted call completes with ApiError::Kind::Cancelled, and so
    // does a call that was never made (a default-constructed ApiCall: no connection).
    void then(QObject *context, std::function<void(const ApiResult<T> &)> done) const
    {
        if (!m_reply) {
            QTimer::singleShot(0, context, [done = std::move(done)] {
                using namespace Qt::Literals::StringLiterals;
                done(ApiResult<T>(ApiError(ApiError::Kind::Cancelled, u"no connection"_s)));
            });
            return;
        }
        ApiReply *reply = m_reply;
        QObject::connect(
            reply, &ApiReply::finished, context, [reply, parse = m_parse, done = std::move(done)] {
                if (reply->hasError())
                    done(ApiResult<T>(reply->error()));
                else
                    done(ApiResult<T>(parse(reply->json())));
            });
    }

    void abort() const
    {
        if (m_reply)
            m_reply->abort();
    }
    bool isFinished() const { return !m_reply || m_reply->isFinished(); }

    // For progress and retry notices (ApiReply::retrying); the JSON stays behind parse.
    ApiReply *reply() const { return m_reply; }

private:
    QPointer<ApiReply> m_reply;
    Parser m_parse;
};

// Calls that answer nothing worth parsing (cancel, delete, start...): success or an error.
struct Done
{
};

// The parser of a Done call.
inline Done nothingToParse(const QJsonObject &)
{
    return {};
}

// The parser of a list call: the array `key` of the reply, each item through T::fromJson.
template<typename T>
QList<T> parseList(const QJsonObject &json, const QString &key)
{
    QList<T> items;
    const QJsonArray array = json.value(key).toArray();
    items.reserve(array.size());
    for (const QJsonValue &value : array)
        items.append(T::fromJson(value.toObject()));
    return items;
}

} // namespace brickdesk
