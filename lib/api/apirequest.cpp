#include "api/apirequest.h"

namespace brickdesk {

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.method = "GET";
    request.path = path;
    request.query = query;
    request.retrySafe = true;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonObject &body, bool retrySafe)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.retrySafe = retrySafe;
    return request;
}

QString ApiRequest::description() const
{
    return QString::fromLatin1(method) + u' ' + path;
}

} // namespace brickdesk
