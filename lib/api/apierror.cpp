#include "api/apierror.h"

#include <QCoreApplication>

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
        return QStringLiteral("no error");
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
        return QStringLiteral("None");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::InsecureHost:
        return QStringLiteral("InsecureHost");
    case Kind::Unauthenticated:
        return QStringLiteral("Unauthenticated");
    case Kind::PermissionDenied:
        return QStringLiteral("PermissionDenied");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::BadRequest:
        return QStringLiteral("BadRequest");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::Unavailable:
        return QStringLiteral("Unavailable");
    case Kind::BadResponse:
        return QStringLiteral("BadResponse");
    case Kind::Auth:
        return QStringLiteral("Auth");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

} // namespace brickdesk
