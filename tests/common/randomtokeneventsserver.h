#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::test {

// A minimal HTTP/1.1 server for POST /api/2.1/clusters/events that behaves like today's
// service and nothing else: random page tokens (keys into a table here: nothing a client can
// compute), no total_count, no next_page, `limit`/`offset` ignored. Holds `count` synthetic
// events of one cluster, evenly spread over [startMs, endMs]. Serves on 127.0.0.1 from the
// thread it lives in (the test's event loop), keep-alive included.
class RandomTokenEventsServer final : public QObject
{
public:
    RandomTokenEventsServer(const QString &clusterId, int count, qint64 startMs, qint64 endMs)
        : m_clusterId(clusterId)
    {
        const qint64 span = std::max<qint64>(1, endMs - startMs);
        for (int i = 0; i < count; ++i) {
            const qint64 t = startMs + span * i / std::max(1, count);
            QJsonObject details {{u"current_num_workers"_s, i % 17}, {u"target_num_workers"_s, (i + 3) % 17},
                {u"cause"_s, i % 2 ? u"AUTOSCALE_V2"_s : u"DBR_AUTOSCALE"_s}, {u"serial"_s, i}};
            // Several events share a timestamp now and then, as on a busy cluster.
            m_events.append(
                QJsonObject {{u"cluster_id"_s, clusterId}, {u"timestamp"_s, t - (i % 5 == 4 ? 1 : 0)},
                    {u"type"_s, i % 3 ? u"RESIZING"_s : u"UPSIZE_COMPLETED"_s}, {u"details"_s, details}});
        }
        std::stable_sort(m_events.begin(), m_events.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"timestamp"_s).toInteger() < b.value(u"timestamp"_s).toInteger();
        });
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QJsonArray eventsBetween(qint64 startMs, qint64 endMs) const
    {
        QJsonArray out;
        for (const QJsonObject &e : m_events) {
            const qint64 t = e.value(u"timestamp"_s).toInteger();
            if (t >= startMs && t <= endMs)
                out.append(e);
        }
        return out;
    }
    int requests() const { return m_requests; }
    // Requests that carried a deprecated field (limit, offset) or a token we never handed out.
    int deprecatedFieldsSeen() const { return m_deprecated; }
    int unknownTokens() const { return m_unknownTokens; }

private:
    struct Cursor
    {
        QByteArray filter;
        qsizetype offset = 0;
    };

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (true) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qsizetype length = 0;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            const QByteArray body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            const bool isEvents = lines.value(0).startsWith("POST /api/2.1/clusters/events ");
            int status = 404;
            const QJsonObject json
                = isEvents ? answer(QJsonDocument::fromJson(body).object(), &status) : QJsonObject();
            respond(socket, json, status);
        }
    }

    QJsonObject answer(const QJsonObject &request, int *status)
    {
        ++m_requests;
        *status = 200;
        if (request.contains(u"limit"_s) || request.contains(u"offset"_s))
            ++m_deprecated;
        const qint64 start = request.value(u"start_time"_s).toInteger(0);
        const qint64 end = request.value(u"end_time"_s).toInteger(std::numeric_limits<qint64>::max());
        const qsizetype pageSize = std::clamp<qint64>(request.value(u"page_size"_s).toInteger(50), 1, 500);
        QJsonObject filter = request;
        filter.remove(u"page_token"_s);
        filter.remove(u"page_size"_s);
        const QByteArray filterKey = QJsonDocument(filter).toJson(QJsonDocument::Compact);
        qsizetype offset = 0;
        const QString token = request.value(u"page_token"_s).toString();
        if (!token.isEmpty()) {
            const auto it = m_cursors.constFind(token);
            if (it == m_cursors.constEnd() || it->filter != filterKey) {
                ++m_unknownTokens;
                *status = 400;
                return {{u"error_code"_s, u"INVALID_PARAMETER_VALUE"_s},
                    {u"message"_s, u"Invalid page token."_s}};
            }
            offset = it->offset;
        }
        const QJsonArray matching = eventsBetween(start, end);
        QJsonArray page;
        for (qsizetype i = offset; i < std::min(matching.size(), offset + pageSize); ++i)
            page.append(matching.at(i));
        QJsonObject out {{u"events"_s, page}};
        if (offset + pageSize < matching.size()) {
            const QString next = QString::number(QRandomGenerator::global()->generate64(), 36)
                + QString::number(QRandomGenerator::global()->generate64(), 36);
            m_cursors.insert(next, {filterKey, offset + pageSize});
            out.insert(u"next_page_token"_s, next);
        }
        return out;
    }

    static void respond(QTcpSocket *socket, const QJsonObject &json, int status)
    {
        const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const QByteArray reason = status == 200 ? "OK" : status == 400 ? "Bad Request" : "Not Found";
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QString m_clusterId;
    QList<QJsonObject> m_events;
    QHash<QString, Cursor> m_cursors;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
    int m_deprecated = 0;
    int m_unknownTokens = 0;
};

} // namespace brickdesk::test
