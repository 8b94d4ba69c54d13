#include "auth/databrickshost.h"

#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

QString DatabricksHost::normalize(const QString &input, QString *workspaceId)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url(trimmed, QUrl::TolerantMode);
    if (url.host().isEmpty())
        url = QUrl(u"https://"_s + trimmed, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    if (workspaceId) {
        const QUrlQuery query(url);
        QString id = query.queryItemValue(u"o"_s);
        if (id.isEmpty())
            id = query.queryItemValue(u"workspace_id"_s);
        *workspaceId = id;
    }
    QUrl out;
    out.setScheme(url.scheme().toLower());
    out.setHost(url.host());
    out.setPort(url.port());
    return out.toString();
}

bool DatabricksHost::isLoopback(const QString &normalizedHost)
{
    const QString host = QUrl(normalizedHost).host();
    if (host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace brickdesk
