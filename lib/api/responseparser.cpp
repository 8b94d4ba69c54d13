#include "api/responseparser.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkReply>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

using Kind = ApiError::Kind;
using BodyIssue = ApiError::BodyIssue;

constexpr int MaxQuotedText = 300;

QString clip(QString text)
{
    text = text.simplified();
    if (text.size() > MaxQuotedText)
        text = text.left(MaxQuotedText - 1) + QChar(0x2026);
    return text;
}

Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthenticated;
    case 403:
        return Kind::PermissionDenied;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    case 499:
        return Kind::Cancelled;
    case 503:
        return Kind::Unavailable;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    if (status >= 400)
        return Kind::BadRequest;
    return Kind::BadResponse; // an unfollowed redirect or another unexpected status
}

// Databricks' error_code refines the status class and wins over it (guide §3.2, as the
// Python SDK's mapper does).
std::optional<Kind> kindForCode(const QString &code)
{
    static const QHash<QString, Kind> map = {
        {u"RESOURCE_DOES_NOT_EXIST"_s, Kind::NotFound},
        {u"NOT_FOUND"_s, Kind::NotFound},
        {u"ENDPOINT_NOT_FOUND"_s, Kind::NotFound},
        {u"FEATURE_DISABLED"_s, Kind::NotFound},
        {u"PERMISSION_DENIED"_s, Kind::PermissionDenied},
        {u"UNAUTHENTICATED"_s, Kind::Unauthenticated},
        {u"ALREADY_EXISTS"_s, Kind::Conflict},
        {u"RESOURCE_ALREADY_EXISTS"_s, Kind::Conflict},
        {u"RESOURCE_CONFLICT"_s, Kind::Conflict},
        {u"ABORTED"_s, Kind::Conflict},
        {u"REQUEST_LIMIT_EXCEEDED"_s, Kind::RateLimited},
        {u"RESOURCE_EXHAUSTED"_s, Kind::RateLimited},
        {u"TOO_MANY_REQUESTS"_s, Kind::RateLimited},
        {u"TEMPORARILY_UNAVAILABLE"_s, Kind::Unavailable},
        {u"INTERNAL_ERROR"_s, Kind::Server},
        {u"DATA_LOSS"_s, Kind::Server},
    };
    const auto it = map.constFind(code);
    if (it == map.cend())
        return std::nullopt;
    return *it;
}

bool startsWithJsonContainer(const QByteArray &trimmed)
{
    return trimmed.startsWith('{') || trimmed.startsWith('[');
}

bool isTruncated(const QByteArray &trimmed, const QJsonParseError &error)
{
    if (!startsWithJsonContainer(trimmed))
        return false;
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
        return true;
    default:
        // A body cut inside a number or literal fails at its very end.
        return error.offset >= trimmed.size() - 1;
    }
}

ApiError transportError(const ResponseParser::Raw &raw)
{
    using NE = QNetworkReply::NetworkError;
    const auto code = NE(raw.networkError);
    ApiError error;
    switch (code) {
    case NE::SslHandshakeFailedError:
    case NE::InsecureRedirectError:
        error = ApiError(
            code == NE::InsecureRedirectError ? Kind::InsecureHost : Kind::Tls, raw.networkErrorString);
        break;
    case NE::TimeoutError:
        error = ApiError(Kind::Timeout, raw.networkErrorString);
        break;
    default:
        // Refused, reset or closed connections, unknown hosts, proxies, and OperationCanceled
        // (we abort only for our own timeout or a cancel, both handled before this).
        error = ApiError(Kind::Network, raw.networkErrorString);
        break;
    }
    if (error.message().isEmpty())
        error = ApiError(error.kind(), u"network error %1"_s.arg(raw.networkError));
    error.setNetworkError(raw.networkError);
    error.setHttpStatus(raw.httpStatus);
    return error;
}

ApiError httpError(const ResponseParser::Raw &raw)
{
    const QByteArray trimmed = raw.body.trimmed();
    QString code;
    QString message;
    QJsonArray details;
    BodyIssue issue = BodyIssue::None;

    if (!trimmed.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
            const QJsonObject body = doc.object();
            const QJsonValue codeValue = body.value(u"error_code"_s);
            // error_code is usually a string; accept a number too (guide §3.1).
            code = codeValue.isDouble() ? QString::number(codeValue.toInteger()) : codeValue.toString();
            message = body.value(u"message"_s).toString();
            details = body.value(u"details"_s).toArray();
            if (message.isEmpty())
                message = body.value(u"error"_s).toString(); // API 1.2
            if (message.isEmpty())
                message = body.value(u"detail"_s).toString(); // SCIM
        } else if (ResponseParser::looksLikeHtml(trimmed, raw.contentType)) {
            issue = BodyIssue::Html;
            message = ResponseParser::htmlText(trimmed);
        } else if (parseError.error != QJsonParseError::NoError && isTruncated(trimmed, parseError)) {
            issue = BodyIssue::Truncated;
        } else {
            issue = parseError.error == QJsonParseError::NoError ? BodyIssue::Unexpected : BodyIssue::NotJson;
            // Some gateways answer "CODE: message" in plain text (guide §3.1).
            static const QRegularExpression codeColon(
                u"^([A-Z][A-Z0-9_]+): (.*)$"_s, QRegularExpression::DotMatchesEverythingOption);
            const QString text = QString::fromUtf8(trimmed);
            const auto match = codeColon.match(text);
            if (match.hasMatch()) {
                code = match.captured(1);
                message = clip(match.captured(2));
            } else {
                message = clip(text);
            }
        }
    }
    if (message.isEmpty() && code.isEmpty())
        message = QString::fromLatin1(raw.reasonPhrase);

    Kind kind = kindForStatus(raw.httpStatus);
    if (const auto byCode = kindForCode(code))
        kind = *byCode;
    // jobs/get, runs/get and clusters/get answer a missing id with 400
    // INVALID_PARAMETER_VALUE "... does not exist"; the SDKs remap it (guide §1.2).
    if (raw.httpStatus == 400 && code == u"INVALID_PARAMETER_VALUE"_s
        && message.contains(u"does not exist"_s, Qt::CaseInsensitive))
        kind = Kind::NotFound;
    if (raw.httpStatus >= 300 && raw.httpStatus < 400 && issue == BodyIssue::None)
        message = u"unexpected redirect (HTTP %1)"_s.arg(raw.httpStatus);

    ApiError error(kind, message, raw.httpStatus, code);
    error.setDetails(details);
    error.setBodyIssue(issue);
    error.setRetryAfterSeconds(ResponseParser::parseRetryAfter(raw.retryAfter));
    return error;
}

ResponseParser::Result successBody(const ResponseParser::Raw &raw)
{
    ResponseParser::Result result;
    const QByteArray trimmed = raw.body.trimmed();
    if (trimmed.isEmpty())
        return result; // empty success ({} by convention)
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (doc.isObject()) {
            result.json = doc.object();
            return result;
        }
        result.error = ApiError(Kind::BadResponse, u"expected a JSON object"_s, raw.httpStatus);
        result.error.setBodyIssue(BodyIssue::Unexpected);
        return result;
    }
    if (ResponseParser::looksLikeHtml(trimmed, raw.contentType)) {
        result.error = ApiError(Kind::BadResponse, ResponseParser::htmlText(trimmed), raw.httpStatus);
        result.error.setBodyIssue(BodyIssue::Html);
    } else if (isTruncated(trimmed, parseError)) {
        result.error = ApiError(Kind::BadResponse,
            u"JSON ends early (%1 at byte %2 of %3)"_s.arg(parseError.errorString())
                .arg(parseError.offset)
                .arg(raw.body.size()),
            raw.httpStatus);
        result.error.setBodyIssue(BodyIssue::Truncated);
    } else {
        result.error = ApiError(Kind::BadResponse,
            u"not JSON (%1 at byte %2): %3"_s.arg(parseError.errorString())
                .arg(parseError.offset)
                .arg(clip(QString::fromUtf8(trimmed.left(MaxQuotedText * 2)))),
            raw.httpStatus);
        result.error.setBodyIssue(BodyIssue::NotJson);
    }
    return result;
}

// Only entities that cannot make markup: "&lt;b&gt;" stays as sent, so that text from an
// error page never turns into tags wherever it is shown (a label that guesses rich text).
// "&amp;" is decoded last, so "&amp;lt;" becomes the harmless text "&lt;".
QString decodeEntities(QString text)
{
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s);
    text.replace(u"&nbsp;"_s, u" "_s);
    text.replace(u"&amp;"_s, u"&"_s);
    return text;
}

QString stripTags(const QString &html)
{
    static const QRegularExpression scripts(u"<(script|style)[^>]*>.*?</\\1>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = html;
    text.remove(scripts);
    text.replace(tags, u" "_s);
    return decodeEntities(text);
}

} // namespace

ResponseParser::Result ResponseParser::parse(const Raw &raw, const QString &requestDescription)
{
    Result result;
    if (raw.sizeLimit > 0) {
        result.error = ApiError(Kind::BadResponse,
            u"the answer is larger than the limit of %1 bytes"_s.arg(raw.sizeLimit), raw.httpStatus);
        result.error.setBodyIssue(BodyIssue::TooLarge);
    } else if (raw.deadlineExceeded) {
        result.error = ApiError(
            Kind::Timeout, u"the whole answer did not arrive within the time limit"_s, raw.httpStatus);
    } else if (raw.timedOut) {
        result.error = ApiError(Kind::Timeout, u"no data received within the time limit"_s, raw.httpStatus);
    } else if (raw.httpStatus == 0
        || (raw.networkError != QNetworkReply::NoError && raw.httpStatus >= 200 && raw.httpStatus < 300)) {
        // No HTTP answer, or the connection broke in the middle of a successful one.
        result.error = transportError(raw);
    } else if (raw.httpStatus >= 200 && raw.httpStatus < 300) {
        result = successBody(raw);
    } else {
        result.error = httpError(raw);
    }
    if (result.error.isError())
        result.error.setRequestDescription(requestDescription);
    return result;
}

int ResponseParser::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // HTTP-date form, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (checked first: chopping " GMT"
    // off anything shorter would cut before the start).
    if (!trimmed.endsWith(" GMT"))
        return -1;
    const QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(trimmed).chopped(4), u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!when.isValid() || !trimmed.endsWith("GMT"))
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(utc);
    return int(std::clamp<qint64>(delta, 0, 24 * 3600));
}

QString ResponseParser::htmlText(const QByteArray &html)
{
    const QString text = QString::fromUtf8(html);
    const auto inner = [&](const QString &tag) -> QString {
        const QRegularExpression re(u"<" + tag + u"[^>]*>(.*?)</" + tag + u">",
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        const auto match = re.match(text);
        return match.hasMatch() ? clip(stripTags(match.captured(1))) : QString();
    };
    for (const QString &tag : {u"pre"_s, u"title"_s, u"h1"_s}) {
        const QString found = inner(tag);
        if (!found.isEmpty())
            return found;
    }
    return clip(stripTags(text));
}

bool ResponseParser::looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.contains("text/html"))
        return true;
    const QByteArray start = body.trimmed().left(64).toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body") || start.startsWith("<pre") || start.startsWith("<h1");
}

} // namespace brickdesk
