#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace brickdesk::emulator {

// A request as the emulator sees it, copied out of QHttpServerRequest (which cannot be kept
// past the handler) so it can be answered later, after simulated latency.
struct EmulatorRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasQueryItem(const QString &key) const { return query.hasQueryItem(key); }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    QStringList queryValues(const QString &key) const
    {
        return query.allQueryItemValues(key, QUrl::FullyDecoded);
    }
};

} // namespace brickdesk::emulator
