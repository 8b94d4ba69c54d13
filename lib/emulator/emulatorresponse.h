#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

// What the emulator answers: status, body and headers, built before it is written so that
// latency and faults (truncation) can be applied uniformly.
struct EmulatorResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    // Answer this much later than usual (a call that waits server-side, like a statement's
    // wait_timeout).
    int delayMs = 0;

    static EmulatorResponse json(const QJsonObject &object, int status = 200)
    {
        EmulatorResponse r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }
    // The Databricks error body: {"error_code": ..., "message": ...}.
    static EmulatorResponse error(int status, const QString &errorCode, const QString &message)
    {
        return json(QJsonObject {{u"error_code"_s, errorCode}, {u"message"_s, message}}, status);
    }
    static EmulatorResponse invalidParameter(const QString &message)
    {
        return error(400, u"INVALID_PARAMETER_VALUE"_s, message);
    }
    static EmulatorResponse malformed(const QString &message)
    {
        return error(400, u"MALFORMED_REQUEST"_s, message);
    }
    static EmulatorResponse html(int status, const QByteArray &page)
    {
        EmulatorResponse r;
        r.status = status;
        r.body = page;
        r.contentType = "text/html; charset=utf-8";
        return r;
    }
    static EmulatorResponse redirect(const QUrl &location)
    {
        EmulatorResponse r;
        r.status = 302;
        r.contentType = "text/plain";
        r.headers.append(qMakePair(QByteArray("Location"), location.toEncoded()));
        return r;
    }
};

} // namespace brickdesk::emulator
