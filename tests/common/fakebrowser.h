#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <functional>

namespace brickdesk::test {

// Plays the user's browser in the OAuth user-to-machine flow without a browser: GETs the
// authorize URL, then follows the redirect to the loopback listener, as a browser would.
// Pass browser.opener() as the provider's openBrowser. Counts the pages it was asked to open.
class FakeBrowser final
{
public:
    std::function<void(const QUrl &)> opener()
    {
        return [this](const QUrl &url) { open(url); };
    }

    void open(const QUrl &url)
    {
        ++m_opened;
        m_lastUrl = url;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            reply->deleteLater();
            const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
            if (location.isEmpty())
                return; // the authorization server answered itself (an error page)
            QNetworkReply *callback = m_network.get(QNetworkRequest(reply->url().resolved(location)));
            QObject::connect(callback, &QNetworkReply::finished, callback, &QObject::deleteLater);
        });
    }

    int opened() const { return m_opened; }
    QUrl lastUrl() const { return m_lastUrl; }

private:
    QNetworkAccessManager m_network;
    int m_opened = 0;
    QUrl m_lastUrl;
};

} // namespace brickdesk::test
