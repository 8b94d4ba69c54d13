#include "api/apierror.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("brickdesk::ApiError", text);
}

QString withServerText(const QString &sentence, const QString &message)
{
    if (message.isEmpty())
        return sentence;
    // Spelled out: lupdate files a tr() outside a class under the namespace, not this context.
    return QCoreApplication::translate("brickdesk::ApiError", "%1 The server said: %2")
        .arg(sentence, message);
}

} // namespace

ApiError::ApiError(Kind kind, QString message, int httpStatus, QString errorCode)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_errorCode(std::move(errorCode))
    , m_message(std::move(message))
{ }

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return withServerText(tr("Could not reach the workspace. Check the host name and your network "
                                 "connection, then try again."),
            m_message);
    case Kind::Timeout:
        return tr("The workspace did not answer in time. It may be busy or the network slow; try again.");
    case Kind::Tls:
        return withServerText(tr("The secure connection to the workspace could not be established: its "
                                 "certificate was not accepted. Brickdesk never ignores certificate errors."),
            m_message);
    case Kind::InsecureHost:
        return tr("Brickdesk only talks to workspaces over https://. Plain http:// is allowed only for this "
                  "computer (localhost).");
    case Kind::Unauthenticated:
        return withServerText(tr("The workspace did not accept your credentials (HTTP 401). Sign in again "
                                 "or replace the access token."),
            m_message);
    case Kind::PermissionDenied:
        return withServerText(tr("You do not have permission to do this (HTTP 403)."), m_message);
    case Kind::NotFound:
        return withServerText(tr("It does not exist, or no longer exists."), m_message);
    case Kind::BadRequest:
        return withServerText(tr("The workspace refused the request as invalid (HTTP %1).")
                                  .arg(m_httpStatus ? m_httpStatus : 400),
            m_message);
    case Kind::Conflict:
        return withServerText(tr("The request conflicts with the current state (HTTP 409)."), m_message);
    case Kind::RateLimited:
        return tr("The workspace is receiving too many requests (HTTP 429). Brickdesk retried and gave up; "
                  "wait a moment and try again.");
    case Kind::Server:
        if (m_bodyIssue == BodyIssue::Html)
            return withServerText(tr("The workspace had an internal problem (HTTP %1) and a proxy or gateway "
                                     "answered with a web page.")
                                      .arg(m_httpStatus),
                m_message);
        return withServerText(
            tr("The workspace had an internal problem (HTTP %1). Try again later.").arg(m_httpStatus),
            m_message);
    case Kind::Unavailable:
        return tr("The workspace is temporarily unavailable (HTTP 503). Brickdesk retried and gave up; "
                  "try again later.");
    case Kind::BadResponse:
        switch (m_bodyIssue) {
        case BodyIssue::Html:
            return withServerText(tr("The server answered with a web page instead of data. A proxy, "
                                     "firewall or sign-in page may be in the way, or the host is not a "
                                     "Databricks workspace."),
                m_message);
        case BodyIssue::Truncated:
            return tr("The answer from the workspace was cut off before its end. Try again.");
        case BodyIssue::TooLarge:
            return tr("The answer from the workspace was larger than Brickdesk accepts, so it was not read.");
        case BodyIssue::NotJson:
            return withServerText(tr("The server answered with something that is not data Brickdesk "
                                     "understands. Is the host a Databricks workspace?"),
                m_message);
        case BodyIssue::Unexpected:
        case BodyIssue::None:
            break;
        }
        return withServerText(tr("The workspace answered in an unexpected way."), m_message);
    case Kind::Auth:
        return withServerText(tr("Brickdesk could not obtain credentials for this workspace."), m_message);
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return m_message;
}

QString ApiError::toString() const
{
    if (!isError())
        return u"no error"_s;
    QString text = kindName(m_kind);
    if (m_httpStatus)
        text += u" HTTP " + QString::number(m_httpStatus);
    if (!m_errorCode.isEmpty())
        text += u' ' + m_errorCode;
    if (!m_request.isEmpty())
        text += u" (" + m_request + u')';
    if (!m_message.isEmpty())
        text += u": " + m_message;
    return text;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"None"_s;
    case Kind::Network:
        return u"Network"_s;
    case Kind::Timeout:
        return u"Timeout"_s;
    case Kind::Tls:
        return u"Tls"_s;
    case Kind::InsecureHost:
        return u"InsecureHost"_s;
    case Kind::Unauthenticated:
        return u"Unauthenticated"_s;
    case Kind::PermissionDenied:
        return u"PermissionDenied"_s;
    case Kind::NotFound:
        return u"NotFound"_s;
    case Kind::BadRequest:
        return u"BadRequest"_s;
    case Kind::Conflict:
        return u"Conflict"_s;
    case Kind::RateLimited:
        return u"RateLimited"_s;
    case Kind::Server:
        return u"Server"_s;
    case Kind::Unavailable:
        return u"Unavailable"_s;
    case Kind::BadResponse:
        return u"BadResponse"_s;
    case Kind::Auth:
        return u"Auth"_s;
    case Kind::Cancelled:
        return u"Cancelled"_s;
    }
    return u"Unknown"_s;
}

} // namespace brickdesk
