#include "pagetoken.h"

#include <QCryptographicHash>
#include <QList>

namespace brickdesk::emulator::pagetoken {

static QByteArray filterHash(const QString &filterKey)
{
    return QCryptographicHash::hash(filterKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
}

QString encode(qint64 offset, const QString &filterKey, qint64 pin)
{
    const QByteArray raw
        = "o=" + QByteArray::number(offset) + ";f=" + filterHash(filterKey) + ";p=" + QByteArray::number(pin);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decode(const QString &token, const QString &filterKey, qint64 *pin)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(';');
    if (parts.size() != 3 || !parts[0].startsWith("o=") || !parts[1].startsWith("f=")
        || !parts[2].startsWith("p="))
        return std::nullopt;
    bool ok = false;
    const qint64 offset = parts[0].mid(2).toLongLong(&ok);
    if (!ok || offset < 0 || parts[1].mid(2) != filterHash(filterKey))
        return std::nullopt;
    const qint64 pinned = parts[2].mid(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (pin)
        *pin = pinned;
    return offset;
}

} // namespace brickdesk::emulator::pagetoken
