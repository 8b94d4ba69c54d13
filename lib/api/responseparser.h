#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace brickdesk {

// Turns what came back from one HTTP exchange into either a JSON object or an ApiError
// (guide §3): status classes refined by error_code, 400 "... does not exist" remapped to
// NotFound as the SDKs do, legacy {"error": ...} bodies, HTML pages (the <pre> text is
// extracted), plain "CODE: message" text, truncated JSON, transport failures. Pure and
// thread-safe: large bodies are parsed on a worker thread with it.
class ResponseParser final
{
public:
    struct Raw
    {
        int networkError = 0; // QNetworkReply::NetworkError
        QString networkErrorString;
        int httpStatus = 0; // 0: no HTTP answer
        QByteArray reasonPhrase;
        QByteArray contentType;
        QByteArray retryAfter;
        QByteArray body;
        bool timedOut = false; // our per-attempt timer fired
        bool deadlineExceeded = false; // the attempt's total deadline passed (a dripping answer)
        qint64 sizeLimit = 0; // set when the answer was larger than this and was not read
    };
    struct Result
    {
        QJsonObject json;
        ApiError error;
    };

    static Result parse(const Raw &raw, const QString &requestDescription);

    // Retry-After in whole seconds (delta-seconds or an HTTP date), -1 when absent/invalid.
    static int parseRetryAfter(const QByteArray &value);
    // Readable text of an HTML error page: the <pre> block if any, else <title>/<h1>, else
    // the text with tags stripped; collapsed whitespace, at most 300 characters.
    static QString htmlText(const QByteArray &html);
    static bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType);

private:
    ResponseParser() = delete;
};

} // namespace brickdesk
