#include "auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace brickdesk {

namespace {
constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray Pkce::randomUrlSafe(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        data[i] = char(QRandomGenerator::system()->bounded(256));
    return data.toBase64(base64url);
}

QByteArray Pkce::challenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(base64url);
}

} // namespace brickdesk
