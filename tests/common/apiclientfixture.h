#pragma once

#include "api/apicall.h"
#include "api/apireply.h"
#include "api/connection.h"
#include "api/retrypolicy.h"
#include "auth/statictokenprovider.h"
#include "emulatorfixture.h"
#include "eventwait.h"

#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <memory>
#include <optional>

namespace brickdesk::test {

// The small emulator and a Connection to it that retries on the fast schedule of tests: what
// the client's tests against the emulator start from (one per test function).
struct ApiClientFixture
{
    ApiClientFixture() { connection.setRetryPolicy(RetryPolicy::fastForTests()); }

    EmulatorFixture fx;
    std::shared_ptr<StaticTokenProvider> provider = std::make_shared<StaticTokenProvider>(fx.token());
    Connection connection {fx.url(), provider};
};

// Waits for the reply and takes ownership of it.
inline std::unique_ptr<ApiReply> finish(ApiReply *reply, int timeoutMs = 20'000)
{
    reply->setAutoDelete(false);
    QSignalSpy spy(reply, &ApiReply::finished);
    if (spy.isEmpty())
        spy.wait(timeoutMs);
    return std::unique_ptr<ApiReply>(reply);
}

inline QString describe(const ApiReply &reply)
{
    return reply.error().toString();
}

// Waits for a typed call's result (a Timeout error when none came).
template<typename T>
ApiResult<T> await(const ApiCall<T> &call, int timeoutMs = 20'000)
{
    std::optional<ApiResult<T>> result;
    QObject context;
    call.then(&context, [&result](const ApiResult<T> &r) { result = r; });
    if (!brickdesk::test::waitFor([&result] { return result.has_value(); }, timeoutMs)) {
        using namespace Qt::Literals::StringLiterals;
        return ApiResult<T>(ApiError(ApiError::Kind::Timeout, u"no result in time"_s));
    }
    return *result;
}

} // namespace brickdesk::test
