#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace brickdesk::test {

// A blocking raw-HTTP client for emulator tests: sends one request, spins the event loop until
// the reply finishes (the in-process emulator serves meanwhile) and returns what came back.
class HttpTestClient final
{
public:
    struct Reply
    {
        int status = 0; // 0 = no HTTP answer (connection dropped)
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QJsonObject json; // empty when the body is not a JSON object
        bool isJson = false;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };

    HttpTestClient(const QUrl &base, const QString &token)
        : m_base(base)
        , m_token(token)
    { }

    void setToken(const QString &token) { m_token = token; }

    Reply get(const QString &path, const QUrlQuery &query = {}) { return send("GET", path, query, {}); }
    Reply post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Reply postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType,
        const QByteArray &authorization = {})
    {
        return send("POST", path, {}, body, contentType, authorization);
    }

    Reply send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
        const QByteArray &contentType = "application/json", const QByteArray &authorization = {},
        int timeoutMs = 20000)
    {
        QUrl url = m_base;
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        else if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setRawHeader("Accept", "application/json");
        if (!body.isEmpty() || method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
        out.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            out.headers.insert(pair.first.toLower(), pair.second);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(out.body, &parseError);
        out.isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
        out.json = doc.object();
        reply->abort();
        reply->deleteLater();
        return out;
    }

private:
    QNetworkAccessManager m_manager;
    QUrl m_base;
    QString m_token;
};

} // namespace brickdesk::test
